// The connection list as ~/.aws/config makes it (ConnectionManager), offscreen: every
// profile listed with its kind, one that cannot be used saying why, an IAM Identity
// Center profile without a token opening the sign-in when chosen and offering
// "Sign in…", which, driven through fakes of SSO OIDC and the portal, lets it list the
// domains of an in-memory local endpoint; the status bar saying who each connection is
// (from the configuration, or STS GetCallerIdentity on a fake) and until when.

#include "../client/faultserver.h"
#include "connectionmanager.h"
#include "connectionstatus.h"
#include "guifixture.h"
#include "messagebar.h"
#include "signinprompt.h"
#include "ssosignindialog.h"

#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cp;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

const QByteArray kConfig =
    "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\n"
    "sso_role_name = ProfilesAdmin\nregion = us-east-1\n"
    "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
    "sso_region = eu-central-1\n"
    "[profile keys]\nregion = us-east-1\n"
    "[profile orphan]\nrole_arn = arn:aws:iam::444455556666:role/Ops\nsource_profile = gone\n"
    "region = us-east-1\n";

const QByteArray kCallerIdentity =
    "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
    "<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/alice</Arn>"
    "<UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account></GetCallerIdentityResult>"
    "</GetCallerIdentityResponse>";

// Hands out credentials expiring at the times given, one per fetch.
class ExpiringCredentials : public client::RefreshingCredentialsProvider
{
public:
    QList<QDateTime> expirations;
    int fetches = 0;
    QString description() const override { return QStringLiteral("test"); }

protected:
    void fetch() override
    {
        client::Credentials credentials{s("ASIATEST"), s("secret"), s("token"),
                                        expirations.value(fetches++)};
        finish(credentials);
    }
};

// Refuses the first fetch (an MFA prompt cancelled, say), then hands out keys without an
// expiry.
class FailingFirstCredentials : public client::RefreshingCredentialsProvider
{
public:
    int fetches = 0;
    QString description() const override { return QStringLiteral("test"); }

protected:
    void fetch() override
    {
        if (fetches++ == 0)
            finish(client::credentialsError(s("The MFA code was not given.")));
        else
            finish(client::Credentials{s("AKIATEST"), s("secret"), QString(), std::nullopt});
    }
};

} // namespace

class ConnectionsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyProfileListedWithItsKindAndProblem();
    void uncheckedCertificatesStayInSight();
    void renewedCredentialsShowTheirExpiry();
    void credentialsGotLaterClearTheProblem();

private:
    int row(const QString &name) const { return m_picker->findData(name); }
    QStringList domainsListed() const
    {
        return testing::listed(m_window->domains(), s("DomainName"));
    }

    QTemporaryDir m_home;
    FaultServer m_oidc;
    FaultServer m_portal;
    FaultServer m_sts;
    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<views::MainWindow> m_window;
    QComboBox *m_picker = nullptr;
};

void ConnectionsTest::initTestCase()
{
    testing::isolateSettings();
    QVERIFY(m_home.isValid());
    QVERIFY(m_oidc.listen() && m_portal.listen() && m_sts.listen());
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    testing::TestClient setup(m_endpoint->url());
    QVERIFY(testing::succeeded(
        setup.ok(s("CreateDomain"), testing::createDomainInput(s("listed-domain")))));
    QVERIFY(writeFile(m_home.filePath(s("config")), kConfig));
    QVERIFY(writeFile(m_home.filePath(s("credentials")),
                      "[keys]\naws_access_key_id = " + testing::kAccessKey.toUtf8() +
                          "\naws_secret_access_key = " + testing::kSecretKey.toUtf8() + "\n"));
    // ConnectionManager reads the process's environment, as the console does.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("AWS_CONFIG_FILE", m_home.filePath(s("config")).toUtf8());
    qputenv("AWS_SHARED_CREDENTIALS_FILE", m_home.filePath(s("credentials")).toUtf8());
    qputenv("AWS_ENDPOINT_URL_CUSTOMER_PROFILES", m_endpoint->url().toString().toUtf8());
    qputenv("AWS_ENDPOINT_URL_SSO_OIDC", m_oidc.url().toString().toUtf8());
    qputenv("AWS_ENDPOINT_URL_SSO", m_portal.url().toString().toUtf8());
    qputenv("AWS_ENDPOINT_URL_STS", m_sts.url().toString().toUtf8());
    qputenv("AWS_EC2_METADATA_DISABLED", "true");
    for (const char *name : {"AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                             "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL"})
        qunsetenv(name);
}

void ConnectionsTest::everyProfileListedWithItsKindAndProblem()
{
    QList<QUrl> opened;
    views::SsoSignInDialog::setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    m_window = std::make_unique<views::MainWindow>();
    views::installSsoSignInPrompt(m_window.get());
    app::ConnectionManager manager(m_window.get());
    m_picker = m_window->findChild<QComboBox *>(s("connectionPicker"));
    QVERIFY(m_picker);
    m_sts.reply(200, kCallerIdentity);
    manager.offerSavedAndProfiles();
    m_window->show();

    // All three, with their kinds; the orphan says what is missing, the SSO one why.
    QCOMPARE(m_picker->count(), 3);
    QCOMPARE(m_picker->itemText(row(s("AWS dev"))), s("AWS dev (IAM Identity Center)"));
    QCOMPARE(m_picker->itemText(row(s("AWS keys"))), s("AWS keys (keys)"));
    QCOMPARE(m_picker->itemText(row(s("AWS orphan"))), s("AWS orphan (role)"));
    QVERIFY(m_picker->itemData(row(s("AWS orphan")), Qt::ToolTipRole).toString().contains(s("gone")));
    QVERIFY(!m_picker->itemIcon(row(s("AWS orphan"))).isNull());
    QVERIFY(m_picker->itemData(row(s("AWS dev")), Qt::ToolTipRole)
                .toString()
                .contains(s("https://corp.awsapps.com/start")));
    QVERIFY(m_picker->itemIcon(row(s("AWS keys"))).isNull());

    // The first that can be used as it is opens: the keys, whom STS names, asked with a
    // signature for STS.
    QCOMPARE(m_picker->currentData().toString(), s("AWS keys"));
    auto *status = m_window->findChild<views::ConnectionStatus *>(s("connectionStatus"));
    QVERIFY(status);
    QVERIFY(QTest::qWaitFor([status] { return status->text().contains(s("user alice")); }, 20000));
    QVERIFY(status->text().contains(s("Account 123456789012")));
    QCOMPARE(m_sts.requests().at(0).body, QByteArray("Action=GetCallerIdentity&Version=2011-06-15"));
    QVERIFY(m_sts.requests().at(0).header("Authorization").contains("/us-east-1/sts/aws4_request"));
    auto *signIn = m_window->findChild<QAction *>(s("signInAction"));
    QVERIFY(signIn && !signIn->isEnabled());
    QVERIFY(QTest::qWaitFor([this] { return domainsListed() == QStringList{s("listed-domain")}; },
                            20000));

    // Chosen, the IAM Identity Center one needs the sign-in, which opens by itself when
    // its first call needs credentials; the message bar offers it too, and so does the
    // Connection menu.
    QVERIFY(m_window->selectConnection(s("AWS dev")));
    QVERIFY(signIn->isEnabled());
    QVERIFY(m_window->messageBar()->text().contains(s("Sign in to IAM Identity Center")));
    views::SsoSignInDialog *prompted = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (prompted = m_window->findChild<views::SsoSignInDialog *>()) != nullptr; },
        20000));
    QVERIFY(domainsListed().isEmpty()); // the other connection's list is gone
    QPointer<views::SsoSignInDialog> first(prompted);
    prompted->reject(); // the user closes it: the listing fails, saying why
    QVERIFY(QTest::qWaitFor([&first] { return first.isNull(); }, 5000));
    QVERIFY(QTest::qWaitFor(
        [this] { return m_window->messageBar()->text().contains(s("Not signed in")); }, 20000));

    // "Sign in…": the device flow against the fake, then the domains of the local endpoint
    // with the role credentials the portal gives.
    m_oidc.reply(200, R"({"clientId": "client-1", "clientSecret": "client-SECRET",
                         "clientSecretExpiresAt": 4102444800})");
    m_oidc.reply(200, R"({"deviceCode": "device-CODE", "userCode": "ABCD-EFGH",
        "verificationUri": "https://device.sso.example/", "expiresIn": 600, "interval": 1})");
    m_oidc.reply(200, R"({"accessToken": "access-NEW", "expiresIn": 28800,
                          "refreshToken": "refresh-NEW", "tokenType": "Bearer"})");
    m_portal.reply(200, QJsonDocument(QJsonObject{
                                          {s("roleCredentials"),
                                           QJsonObject{{s("accessKeyId"), testing::kAccessKey},
                                                       {s("secretAccessKey"), testing::kSecretKey},
                                                       {s("sessionToken"), s("sso-session")},
                                                       {s("expiration"), 4102444800000.0}}}})
                            .toJson());
    signIn->trigger();
    auto *dialog = m_window->findChild<views::SsoSignInDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->flow()->setSecondLength(std::chrono::milliseconds(20));
    QVERIFY(QTest::qWaitFor([this] { return domainsListed() == QStringList{s("listed-domain")}; },
                            20000));
    QCOMPARE(opened.size(), 1);
    QVERIFY(m_picker->itemIcon(row(s("AWS dev"))).isNull());
    QVERIFY(m_window->messageBar()->text().contains(s("Signed in")) ||
            m_window->messageBar()->text().isEmpty());
    QVERIFY(QTest::qWaitFor([status] { return status->text().contains(s("credentials until")); },
                            20000));
    QVERIFY2(status->text().contains(s("Account 111122223333")), qPrintable(status->text()));
    QVERIFY(status->text().contains(s("role ProfilesAdmin")));
    QCOMPARE(m_sts.requestCount(), 1); // the configuration said who it is

    // The orphan: chosen, it says exactly why it cannot be used.
    QVERIFY(m_window->selectConnection(s("AWS orphan")));
    QVERIFY(m_window->messageBar()->text().contains(s("gone")));
    QVERIFY(QTest::qWaitFor([status] { return status->text().contains(s("no credentials")); },
                            20000));
    QVERIFY(status->text().contains(s("444455556666")));
    views::SsoSignInDialog::setUrlOpener({});
    client::setSsoSignInPrompt({});
    m_window.reset();
}

void ConnectionsTest::uncheckedCertificatesStayInSight()
{
    // The choice is saved with the connection, and only when made.
    models::ConnectionConfig config;
    config.name = s("unchecked");
    config.profile = s("keys");
    QVERIFY(!config.toJson().contains(s("verifyTls")));
    config.verifyTls = false;
    QCOMPARE(models::ConnectionConfig::fromJson(config.toJson()).verifyTls, false);

    views::MainWindow window;
    window.show();
    views::ConnectionDetails details;
    details.kind = s("keys");
    details.network = client::NetworkSettings();
    details.network->verifyTls = false;
    window.addConnection({s("unchecked"), {m_endpoint->url(), s("us-east-1")},
                          testing::testCredentials(), false},
                         details);
    auto *status = window.findChild<views::ConnectionStatus *>(s("connectionStatus"));
    QVERIFY(status->text().contains(s("certificates not verified")));
    QVERIFY(status->toolTip().contains(s("HTTPS certificate")));
    QVERIFY(QTest::qWaitFor(
        [&window] {
            return testing::listed(window.domains(), s("DomainName")) ==
                   QStringList{s("listed-domain")};
        },
        20000));
    // Still there once the calls have been made.
    QVERIFY(status->text().contains(s("certificates not verified")));
}

// A call that renewed the connection's credentials (ExpiredToken, or near their end)
// moves the expiry the status bar shows; dropped ones leave the last expiry on show.
void ConnectionsTest::renewedCredentialsShowTheirExpiry()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime first = now.addSecs(3600).addSecs(-now.time().second());
    const QDateTime second = first.addSecs(2 * 3600 + 17 * 60);
    auto credentials = std::make_shared<ExpiringCredentials>();
    credentials->expirations = {first, second};
    views::Session session({s("renewing"), {m_endpoint->url(), s("us-east-1")}, credentials, false});
    views::ConnectionStatus status;
    status.setSession(&session);
    const QLocale locale;
    const auto shows = [&](const QDateTime &at) {
        return status.text().contains(
            locale.toString(at.toLocalTime().time(), QLocale::ShortFormat));
    };
    QVERIFY2(QTest::qWaitFor([&] { return shows(first); }, 20000), qPrintable(status.text()));

    credentials->invalidate(); // the endpoint said ExpiredToken: none held until the next call
    status.recheck();
    QVERIFY(shows(first));
    std::optional<client::Outcome<client::Credentials>> renewed;
    QObject context;
    credentials->resolve(&context, [&](const client::Outcome<client::Credentials> &got) {
        renewed = got;
    });
    QVERIFY(QTest::qWaitFor([&] { return renewed.has_value(); }, 20000));
    QCOMPARE(credentials->fetches, 2);
    status.recheck();
    QVERIFY2(shows(second), qPrintable(status.text()));
    QVERIFY(!shows(first));
    QCOMPARE(credentials->fetches, 2); // the status never fetches by itself
}

// "no credentials" went only with the connection: a later call that got them (F5 after a
// cancelled MFA prompt) left it, and the account unasked, for good.
void ConnectionsTest::credentialsGotLaterClearTheProblem()
{
    auto credentials = std::make_shared<FailingFirstCredentials>();
    views::Session session({s("mfa"), {m_endpoint->url(), s("us-east-1")}, credentials, false});
    views::ConnectionStatus status;
    status.setSession(&session);
    QVERIFY2(QTest::qWaitFor([&] { return status.text().contains(s("no credentials")); }, 20000),
             qPrintable(status.text()));
    QVERIFY(status.toolTip().contains(s("MFA code")));

    std::optional<client::Outcome<client::Credentials>> got;
    QObject context;
    credentials->resolve(&context, [&](const client::Outcome<client::Credentials> &outcome) {
        got = outcome;
    });
    QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 20000));
    QVERIFY(got->ok());
    status.recheck();
    QVERIFY2(!status.text().contains(s("no credentials")), qPrintable(status.text()));
    QVERIFY(!status.toolTip().contains(s("MFA code")));
    QCOMPARE(credentials->fetches, 2); // the status never fetches by itself
}

QTEST_MAIN(ConnectionsTest)
#include "tst_gui_connections.moc"
