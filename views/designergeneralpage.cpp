#include "designergeneralpage.h"

#include "objecttypedocument.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cp::views {

DesignerGeneralPage::DesignerGeneralPage(models::ObjectTypeDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_nameProblem(new QLabel(this))
    , m_description(new QLineEdit(this))
    , m_templateId(new QLabel(this))
    , m_expirationDays(new QSpinBox(this))
    , m_encryptionKey(new QLineEdit(this))
    , m_allowProfileCreation(new QCheckBox(tr("&Create a profile when no profile matches"), this))
{
    setObjectName(QStringLiteral("designerGeneralPage"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_templateId->setObjectName(QStringLiteral("templateIdLabel"));
    m_templateId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expirationDays->setObjectName(QStringLiteral("expirationDaysSpin"));
    m_expirationDays->setRange(0, 1098);
    m_expirationDays->setSpecialValueText(tr("The domain's default"));
    m_encryptionKey->setObjectName(QStringLiteral("encryptionKeyEdit"));
    m_encryptionKey->setPlaceholderText(tr("The domain's key"));
    m_allowProfileCreation->setObjectName(QStringLiteral("allowProfileCreationCheck"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Template:"), m_templateId);
    form->addRow(tr("E&xpiration days:"), m_expirationDays);
    form->addRow(tr("&Encryption key:"), m_encryptionKey);
    form->addRow(QString(), m_allowProfileCreation);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_document->setName(text);
        refresh(); // a refused edit puts the document's name back
    });
    connect(m_description, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_document->setDescription(text); });
    connect(m_expirationDays, &QSpinBox::valueChanged, this, [this](int days) {
        m_document->setExpirationDays(days > 0 ? std::optional<int>(days) : std::nullopt);
    });
    connect(m_encryptionKey, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_document->setEncryptionKey(text.isEmpty() ? std::nullopt : std::optional<QString>(text));
    });
    connect(m_allowProfileCreation, &QCheckBox::toggled, this,
            [this](bool on) { m_document->setAllowProfileCreation(on); });
    connect(m_document, &models::ObjectTypeDocument::generalChanged, this,
            &DesignerGeneralPage::refresh);
    connect(m_document, &models::ObjectTypeDocument::reset, this, &DesignerGeneralPage::refresh);
    connect(m_document, &models::ObjectTypeDocument::dirtyChanged, this,
            &DesignerGeneralPage::refresh);
    refresh();
}

QString DesignerGeneralPage::nameProblem() const
{
    return m_nameProblem->text();
}

void DesignerGeneralPage::refresh()
{
    const models::GeneralProperties &general = m_document->general();
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text) {
            const QSignalBlocker blocker(edit);
            edit->setText(text);
        }
    };
    setText(m_name, general.name);
    m_name->setReadOnly(m_document->isStored());
    m_name->setToolTip(m_document->isStored() ? tr("The name of a saved object type cannot change.")
                                              : QString());
    const auto issue = schema::validateObjectTypeName(general.name);
    m_nameProblem->setText(issue ? issue->message : QString());
    m_nameProblem->setVisible(issue.has_value());
    setText(m_description, general.description);
    m_templateId->setText(general.templateId.value_or(tr("None")));
    {
        const QSignalBlocker blocker(m_expirationDays);
        m_expirationDays->setValue(general.expirationDays.value_or(0));
    }
    setText(m_encryptionKey, general.encryptionKey.value_or(QString()));
    {
        const QSignalBlocker blocker(m_allowProfileCreation);
        m_allowProfileCreation->setChecked(general.allowProfileCreation.value_or(false));
    }
}

} // namespace cp::views
