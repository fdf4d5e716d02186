#include "connectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace cp::views {

ConnectionDialog::ConnectionDialog(const QStringList &awsProfiles, const QStringList &takenNames,
                                   QWidget *parent)
    : QDialog(parent)
    , m_takenNames(takenNames)
    , m_name(new QLineEdit(this))
    , m_useProfile(new QRadioButton(tr("An AWS &profile from ~/.aws"), this))
    , m_useKeys(new QRadioButton(tr("Access &keys (the secret goes to the system keychain)"), this))
    , m_profile(new QComboBox(this))
    , m_accessKeyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_skipTlsCheck(new QCheckBox(tr("Do not verify HTTPS certificates (unsafe)"), this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New connection"));
    setObjectName(QStringLiteral("connectionDialog"));
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_profile->setObjectName(QStringLiteral("connectionProfile"));
    m_profile->addItems(awsProfiles);
    m_accessKeyId->setObjectName(QStringLiteral("connectionAccessKeyId"));
    m_secret->setObjectName(QStringLiteral("connectionSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_region->setObjectName(QStringLiteral("connectionRegion"));
    m_region->setEditable(true);
    m_region->addItem(QString());
    m_region->addItems(models::knownRegions());
    m_region->setToolTip(tr("Empty: the profile's region"));
    m_endpoint->setObjectName(QStringLiteral("connectionEndpoint"));
    m_endpoint->setPlaceholderText(tr("optional, e.g. http://127.0.0.1:4566"));
    m_skipTlsCheck->setObjectName(QStringLiteral("connectionSkipTlsCheck"));
    m_skipTlsCheck->setToolTip(
        tr("Anyone between this computer and the endpoint could read and change the calls. "
           "Prefer AWS_CA_BUNDLE or the profile's ca_bundle for a company's own certificates."));
    m_problems->setObjectName(QStringLiteral("connectionProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    (awsProfiles.isEmpty() ? m_useKeys : m_useProfile)->setChecked(true);
    m_useProfile->setEnabled(!awsProfiles.isEmpty());

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_useProfile);
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(m_useKeys);
    form->addRow(tr("Access key id:"), m_accessKeyId);
    form->addRow(tr("Secret access key:"), m_secret);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Endpoint URL:"), m_endpoint);
    form->addRow(m_skipTlsCheck);
    form->addRow(m_problems);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_accessKeyId, m_secret, m_endpoint})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(m_region, &QComboBox::currentTextChanged, this, &ConnectionDialog::revalidate);
    connect(m_useKeys, &QRadioButton::toggled, this, &ConnectionDialog::revalidate);
    revalidate();
}

models::ConnectionConfig ConnectionDialog::config() const
{
    models::ConnectionConfig c;
    c.name = m_name->text().trimmed();
    c.kind = m_useKeys->isChecked() ? models::ConnectionConfig::Kind::Keys
                                    : models::ConnectionConfig::Kind::AwsProfile;
    c.profile =
        c.kind == models::ConnectionConfig::Kind::AwsProfile ? m_profile->currentText() : QString();
    c.accessKeyId = c.kind == models::ConnectionConfig::Kind::Keys ? m_accessKeyId->text().trimmed()
                                                                   : QString();
    c.region = m_region->currentText().trimmed();
    c.endpointUrl = m_endpoint->text().trimmed();
    c.verifyTls = !m_skipTlsCheck->isChecked();
    return c;
}

QString ConnectionDialog::secret() const
{
    return m_useKeys->isChecked() ? m_secret->text() : QString();
}

void ConnectionDialog::revalidate()
{
    const bool keys = m_useKeys->isChecked();
    m_profile->setEnabled(!keys);
    m_accessKeyId->setEnabled(keys);
    m_secret->setEnabled(keys);
    const auto issues = models::validateConnection(config(), secret(), m_takenNames);
    QStringList shown;
    for (const auto &issue : issues) {
        const bool untouched =
            (issue.field == QStringLiteral("name") && m_name->text().isEmpty()) ||
            (issue.field == QStringLiteral("accessKeyId") && m_accessKeyId->text().isEmpty()) ||
            (issue.field == QStringLiteral("secret") && m_secret->text().isEmpty());
        if (!untouched)
            shown.append(issue.message);
    }
    m_problems->setText(shown.join(QLatin1Char('\n')));
    m_problems->setVisible(!shown.isEmpty());
    m_valid = issues.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace cp::views
