#include "editdomaindialog.h"

#include "domainmatchingpage.h"
#include "formissues.h"
#include "operations.h"
#include "windowsize.h"
#include "wiremodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cp::views {

using formissues::issueLabel;
using formissues::showIssue;

namespace {
const QString kExpiration = QStringLiteral("DefaultExpirationDays");
const QString kKey = QStringLiteral("DefaultEncryptionKey");
const QString kQueue = QStringLiteral("DeadLetterQueueUrl");
} // namespace

EditDomainDialog::EditDomainDialog(client::CustomerProfilesClient *client, const QString &domain,
                                   QWidget *parent)
    : QDialog(parent)
    , m_name(domain)
    , m_expiration(new QSpinBox(this))
    , m_encryptionKey(new QLineEdit(this))
    , m_deadLetterQueue(new QLineEdit(this))
    , m_status(issueLabel(this, QStringLiteral("editDomainStatus"), false))
    , m_keyError(issueLabel(this, QStringLiteral("encryptionKeyError")))
    , m_keyNote(issueLabel(this, QStringLiteral("encryptionKeyNote"), false))
    , m_queueError(issueLabel(this, QStringLiteral("deadLetterQueueError")))
    , m_queueNote(issueLabel(this, QStringLiteral("deadLetterQueueNote"), false))
    , m_matching(new DomainMatchingPage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("editDomainDialog"));
    setWindowTitle(tr("Edit domain %1").arg(domain));
    // Room for the rule-based matching form without scrolling on a 1366x768 screen.
    keepWindowSize(this, QStringLiteral("sizes/editDomain"), QSize(860, 700));
    m_expiration->setObjectName(QStringLiteral("expirationDays"));
    const schema::Shape *days = schema::WireModel::bundled().shape(u"expirationDaysInteger");
    m_expiration->setRange(int(days && days->min ? *days->min : 1),
                           int(days && days->max ? *days->max : 1098));
    m_expiration->setSuffix(tr(" days"));
    m_encryptionKey->setObjectName(QStringLiteral("encryptionKey"));
    m_encryptionKey->setPlaceholderText(tr("none: arn:aws:kms:..."));
    m_encryptionKey->setClearButtonEnabled(true);
    m_deadLetterQueue->setObjectName(QStringLiteral("deadLetterQueueUrl"));
    m_deadLetterQueue->setPlaceholderText(tr("none: https://sqs..."));
    m_deadLetterQueue->setClearButtonEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));

    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    form->addRow(tr("Data &expires after:"), m_expiration);
    form->addRow(tr("Encryption &key:"), m_encryptionKey);
    form->addRow(QString(), m_keyError);
    form->addRow(QString(), m_keyNote);
    form->addRow(tr("Dead-letter &queue:"), m_deadLetterQueue);
    form->addRow(QString(), m_queueError);
    form->addRow(QString(), m_queueNote);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("editDomainTabs"));
    tabs->addTab(general, tr("&General"));
    tabs->addTab(m_matching, tr("&Identity resolution"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_buttons);
    connect(m_matching, &DomainMatchingPage::changed, this, &EditDomainDialog::revalidate);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_encryptionKey, m_deadLetterQueue})
        connect(edit, &QLineEdit::textChanged, this, &EditDomainDialog::revalidate);
    connect(m_expiration, &QSpinBox::valueChanged, this, &EditDomainDialog::revalidate);

    for (QWidget *field :
         {static_cast<QWidget *>(m_expiration), static_cast<QWidget *>(m_encryptionKey),
          static_cast<QWidget *>(m_deadLetterQueue), static_cast<QWidget *>(m_matching)})
        field->setEnabled(false);
    showIssue(m_status, tr("Loading the domain's settings…"));
    revalidate();
    if (!client)
        return;
    m_call = client->call(schema::ops::GetDomain, {{QStringLiteral("DomainName"), domain}}, this,
                          [this](const client::Outcome<QJsonObject> &outcome) {
                              if (!outcome.ok()) {
                                  showIssue(m_status, outcome.error().summary());
                                  Q_EMIT failed(outcome.error());
                                  return;
                              }
                              setDomain(outcome.value());
                          });
}

void EditDomainDialog::setDomain(const QJsonObject &domain)
{
    m_original = domain;
    const QJsonValue days = domain.value(kExpiration);
    if (days.isDouble())
        m_expiration->setValue(days.toInt());
    m_encryptionKey->setText(domain.value(kKey).toString());
    m_deadLetterQueue->setText(domain.value(kQueue).toString());
    m_matching->setDomain(domain);
    for (QWidget *field :
         {static_cast<QWidget *>(m_expiration), static_cast<QWidget *>(m_encryptionKey),
          static_cast<QWidget *>(m_deadLetterQueue), static_cast<QWidget *>(m_matching)})
        field->setEnabled(true);
    showIssue(m_status, QString());
    m_loaded = true;
    revalidate();
    Q_EMIT loaded();
}

QJsonObject EditDomainDialog::input() const
{
    QJsonObject input{{QStringLiteral("DomainName"), m_name}};
    if (!m_loaded)
        return input;
    const QJsonValue days = m_original.value(kExpiration);
    if (!days.isDouble() || days.toInt() != m_expiration->value())
        input.insert(kExpiration, m_expiration->value());
    // An emptied field is sent as "": the service removes the setting.
    const auto text = [&](const QString &member, const QLineEdit *edit) {
        const QString now = edit->text().trimmed();
        if (now != m_original.value(member).toString())
            input.insert(member, now);
    };
    text(kKey, m_encryptionKey);
    text(kQueue, m_deadLetterQueue);
    // UpdateDomain changes only what it is given: members left alone are not sent, so the
    // service keeps them as they are.
    const QJsonObject matching = m_matching->changedMembers();
    for (auto it = matching.begin(); it != matching.end(); ++it)
        input.insert(it.key(), it.value());
    return input;
}

bool EditDomainDialog::hasChanges() const
{
    return input().size() > 1;
}

void EditDomainDialog::revalidate()
{
    const QJsonObject request = input();
    const auto issues =
        schema::WireModel::bundled().validate(QStringLiteral("UpdateDomainRequest"), request);
    QString key, queue, other;
    QHash<QString, QString> matching;
    for (const schema::ValidationIssue &issue : issues) {
        const QString member = issue.path.section(QLatin1Char('.'), 0, 0);
        if (member == kKey)
            key = issue.message;
        else if (member == kQueue)
            queue = issue.message;
        else if (request.value(member).isObject() && !matching.contains(member))
            matching.insert(member, issue.message);
        else
            other = issue.message;
    }
    m_matching->showIssues(matching);
    const QStringList syntax = m_matching->syntaxProblems();
    showIssue(m_keyError, key);
    showIssue(m_queueError, queue);
    const auto cleared = [&](const QString &member) {
        return request.value(member) == QJsonValue(QString()) &&
               !m_original.value(member).toString().isEmpty();
    };
    showIssue(m_keyNote, cleared(kKey)
                             ? tr("The domain will no longer have a default encryption key.")
                             : QString());
    showIssue(m_queueNote, cleared(kQueue)
                               ? tr("The domain will no longer send failed records to a "
                                    "dead-letter queue.")
                               : QString());
    if (m_loaded)
        showIssue(m_status, other);
    m_valid = m_loaded && issues.isEmpty() && syntax.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid && hasChanges());
}

} // namespace cp::views
