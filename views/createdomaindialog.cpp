#include "createdomaindialog.h"

#include "formissues.h"
#include "wiremodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace cp::views {
CreateDomainDialog::CreateDomainDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_expiration(new QSpinBox(this))
    , m_encryptionKey(new QLineEdit(this))
    , m_deadLetterQueue(new QLineEdit(this))
    , m_nameError(formissues::issueLabel(this, QStringLiteral("nameError")))
    , m_keyError(formissues::issueLabel(this, QStringLiteral("encryptionKeyError")))
    , m_queueError(formissues::issueLabel(this, QStringLiteral("deadLetterQueueError")))
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
    for (QLabel *issue : {m_nameError, m_keyError, m_queueError})
        issue->show();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60); // a sentence per line

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
    // The lines under the fields stay, empty or not: nothing moves while typing.
    m_nameError->setText(m_name->text().isEmpty() ? QString() : name);
    m_keyError->setText(key);
    m_queueError->setText(queue);
    m_valid = issues.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace cp::views
