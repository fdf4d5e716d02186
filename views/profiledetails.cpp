#include "profiledetails.h"

#include "standardprofile.h"

#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cp::views {
namespace {
namespace sp = cp::schema::standardprofile;

QLabel *valueLabel(const QString &path, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("profileValue_") +
                         QString(path).replace(QLatin1Char('.'), QLatin1Char('_')));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

} // namespace

ProfileDetails::ProfileDetails(QWidget *parent)
    : QWidget(parent)
    , m_form(new QWidget)
    , m_layout(new QFormLayout(m_form))
    , m_json(new QPlainTextEdit(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("profileDetails"));
    m_json->setObjectName(QStringLiteral("profileJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFont(QStringLiteral("monospace")));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileForm"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, tr("Fields"));
    m_tabs->addTab(m_json, tr("JSON"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void ProfileDetails::show(const QJsonObject &profile)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_json->setPlainText(profile.isEmpty() ? QString()
                                           : QString::fromUtf8(QJsonDocument(profile).toJson(
                                                 QJsonDocument::Indented)));
    if (profile.isEmpty())
        return;
    m_layout->addRow(tr("Profile id:"),
                     valueLabel(QStringLiteral("ProfileId"),
                                profile.value(QStringLiteral("ProfileId")).toString(), m_form));
    for (const QString &member : sp::scalarMembers()) {
        const QString value = profile.value(member).toString();
        if (!value.isEmpty())
            m_layout->addRow(member + QLatin1Char(':'), valueLabel(member, value, m_form));
    }
    for (const QString &address : sp::addressMembers()) {
        const QJsonObject lines = profile.value(address).toObject();
        if (lines.isEmpty())
            continue;
        m_layout->addRow(heading(address, m_form));
        for (const QString &line : sp::addressFields()) {
            const QString value = lines.value(line).toString();
            if (!value.isEmpty())
                m_layout->addRow(line + QLatin1Char(':'),
                                 valueLabel(address + QLatin1Char('.') + line, value, m_form));
        }
    }
    const QJsonObject attributes = profile.value(QStringLiteral("Attributes")).toObject();
    if (!attributes.isEmpty()) {
        m_layout->addRow(heading(tr("Attributes"), m_form));
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            m_layout->addRow(it.key() + QLatin1Char(':'),
                             valueLabel(QStringLiteral("Attributes.") + it.key(),
                                        it.value().toString(), m_form));
    }
}

QString ProfileDetails::jsonText() const
{
    return m_json->toPlainText();
}

QString ProfileDetails::formValue(const QString &path) const
{
    const auto *label =
        m_form->findChild<QLabel *>(QStringLiteral("profileValue_") +
                                    QString(path).replace(QLatin1Char('.'), QLatin1Char('_')));
    return label ? label->text() : QString();
}

} // namespace cp::views
