#include "createdomaindialog.h"

#include "wiremodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace cp::views {
namespace {

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showIssue(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

CreateDomainDialog::CreateDomainDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_expiration(new QSpinBox(this))
    , m_encryptionKey(new QLineEdit(this))
    , m_deadLetterQueue(new QLineEdit(this))
    , m_nameError(errorLabel(this, QStringLiteral("nameError")))
    , m_keyError(errorLabel(this, QStringLiteral("encryptionKeyError")))
    , m_queueError(errorLabel(this, QStringLiteral("deadLetterQueueError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New domain"));
    setObjectName(QStringLiteral("createDomainDialog"));
    m_name->setObjectName(QStringLiteral("domainName"));
    m_name->setPlaceholderText(tr("letters, digits, - and _"));
    m_expiration->setObjectName(QStringLiteral("expirationDays"));
    m_expiration->setRange(1, 1098);
    m_expiration->setValue(366);
    m_expiration->setSuffix(tr(" days"));
    m_encryptionKey->setObjectName(QStringLiteral("encryptionKey"));
    m_encryptionKey->setPlaceholderText(tr("optional: arn:aws:kms:..."));
    m_deadLetterQueue->setObjectName(QStringLiteral("deadLetterQueueUrl"));
    m_deadLetterQueue->setPlaceholderText(tr("optional: https://sqs..."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Data &expires after:"), m_expiration);
    form->addRow(tr("Encryption &key:"), m_encryptionKey);
    form->addRow(QString(), m_keyError);
    form->addRow(tr("Dead-letter &queue:"), m_deadLetterQueue);
    form->addRow(QString(), m_queueError);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_encryptionKey, m_deadLetterQueue})
        connect(edit, &QLineEdit::textChanged, this, &CreateDomainDialog::revalidate);
    connect(m_expiration, &QSpinBox::valueChanged, this, &CreateDomainDialog::revalidate);
    revalidate();
}

QJsonObject CreateDomainDialog::input() const
{
    QJsonObject input{{QStringLiteral("DomainName"), m_name->text().trimmed()},
                      {QStringLiteral("DefaultExpirationDays"), m_expiration->value()}};
    if (!m_encryptionKey->text().trimmed().isEmpty())
        input.insert(QStringLiteral("DefaultEncryptionKey"), m_encryptionKey->text().trimmed());
    if (!m_deadLetterQueue->text().trimmed().isEmpty())
        input.insert(QStringLiteral("DeadLetterQueueUrl"), m_deadLetterQueue->text().trimmed());
    return input;
}

bool CreateDomainDialog::isValid() const
{
    return m_valid;
}

void CreateDomainDialog::revalidate()
{
    const auto issues =
        schema::WireModel::bundled().validate(QStringLiteral("CreateDomainRequest"), input());
    QString name, key, queue;
    for (const schema::ValidationIssue &issue : issues) {
        if (issue.path.startsWith(QStringLiteral("DomainName")))
            name = issue.message;
        else if (issue.path.startsWith(QStringLiteral("DefaultEncryptionKey")))
            key = issue.message;
        else if (issue.path.startsWith(QStringLiteral("DeadLetterQueueUrl")))
            queue = issue.message;
    }
    // An empty name is not an error to shout about before anything was typed.
    showIssue(m_nameError, m_name->text().isEmpty() ? QString() : name);
    showIssue(m_keyError, key);
    showIssue(m_queueError, queue);
    m_valid = issues.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace cp::views
