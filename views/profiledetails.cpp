#include "profiledetails.h"

#include "profilehistoryview.h"
#include "standardprofile.h"
#include "wiremodel.h"

#include <QFormLayout>
#include <QJsonArray>
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
    , m_history(new ProfileHistoryView(this))
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
    m_tabs->addTab(m_history, tr("History"));
    connect(m_history, &ProfileHistoryView::failed, this, &ProfileDetails::failed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    clear();
}

void ProfileDetails::setClient(client::CustomerProfilesClient *client)
{
    m_history->setClient(client);
}

void ProfileDetails::setDomain(const QString &domain)
{
    m_history->setDomain(domain);
}

void ProfileDetails::show(const QJsonObject &profile)
{
    m_history->showProfile(profile.value(QStringLiteral("ProfileId")).toString());
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_json->setPlainText(profile.isEmpty() ? QString()
                                           : QString::fromUtf8(QJsonDocument(profile).toJson(
                                                 QJsonDocument::Indented)));
    if (profile.isEmpty()) {
        // Said where the fields will be, as the objects beside it say it.
        auto *none = new QLabel(tr("Choose a profile to see its fields."), m_form);
        none->setObjectName(QStringLiteral("profileFieldsPlaceholder"));
        none->setAlignment(Qt::AlignCenter);
        none->setWordWrap(true);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_layout->addRow(none);
        return;
    }
    // Every member the model's Profile shape lists, in its order: a new release's members
    // show up without new code. Members the model does not know are shown last.
    const auto &model = schema::WireModel::bundled();
    const schema::Shape *shape = model.shape(u"Profile");
    QStringList seen;
    const auto addValue = [&](const QString &path, const QString &label, const QJsonValue &v) {
        // Text as it is; anything else as compact JSON (an array around it, then taken off).
        const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        const QString text =
            v.isString() ? v.toString() : QString::fromUtf8(json.mid(1, json.size() - 2));
        if (!text.isEmpty())
            m_layout->addRow(label + QLatin1Char(':'), valueLabel(path, text, m_form));
    };
    const auto addObject = [&](const QString &member, const QString &title,
                               const QJsonObject &lines) {
        if (lines.isEmpty())
            return;
        m_layout->addRow(heading(title, m_form));
        for (auto it = lines.begin(); it != lines.end(); ++it)
            addValue(member + QLatin1Char('.') + it.key(), it.key(), it.value());
    };
    for (const schema::Member &member : shape ? shape->members : QList<schema::Member>()) {
        seen.append(member.name);
        const QJsonValue value = profile.value(member.name);
        if (value.isUndefined() || value.isNull())
            continue;
        const schema::Shape *memberShape = model.shape(member.shape);
        if (member.name == QLatin1String("Attributes"))
            addObject(member.name, tr("Attributes"), value.toObject());
        else if (memberShape && memberShape->kind == schema::ShapeKind::Structure &&
                 sp::addressMembers().contains(member.name))
            addObject(member.name, member.name, value.toObject());
        else
            addValue(member.name,
                     member.name == QLatin1String("ProfileId") ? tr("Profile id") : member.name,
                     value);
    }
    for (auto it = profile.begin(); it != profile.end(); ++it) {
        if (!seen.contains(it.key()))
            addValue(it.key(), it.key(), it.value());
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
