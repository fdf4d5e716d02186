// "Sign in…" for an IAM Identity Center profile (SsoSignInDialog), offscreen: the dialog
// driven through fakes of SSO OIDC and the portal with the browser seamed (the URL it
// would open recorded), the code shown, success announced; then the profile, which could
// not resolve before, lists the domains of an in-memory local endpoint with the role
// credentials the portal gives for the token the dialog saved.

#include "../client/faultserver.h"
#include "awsconfig.h"
#include "consolefixture.h"
#include "ssosignindialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
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
    "[profile dev]\nsso_session = my-sso\nsso_account_id = 111122223333\n"
    "sso_role_name = ProfilesAdmin\nregion = us-east-1\n"
    "[sso-session my-sso]\nsso_start_url = https://example.awsapps.com/start\n"
    "sso_region = eu-central-1\nsso_registration_scopes = sso:account:access\n";

} // namespace

class SsoSignInDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void signInThenListDomains();
    void cancelStopsTheFlowAndTryAgainRestarts();
    void awsCliUsesTheConsolesSignIn();

private:
    void scriptUntilCode()
    {
        m_oidc.reply(200, R"({"clientId": "client-1", "clientSecret": "client-SECRET",
                             "clientSecretExpiresAt": 4102444800})");
        m_oidc.reply(200, R"({"deviceCode": "device-CODE", "userCode": "WXYZ-1234",
            "verificationUri": "https://device.sso.example/",
            "verificationUriComplete": "https://device.sso.example/?user_code=WXYZ-1234",
            "expiresIn": 600, "interval": 1})");
    }
    std::optional<client::Outcome<client::ResolvedConnection>> resolved()
    {
        client::ConnectionSettings settings;
        settings.profile = s("dev");
        return client::resolveConnection(settings, m_env, client::AwsSharedConfig::load(m_env));
    }
    std::optional<client::Outcome<client::Credentials>> credentials(client::CredentialsProvider &p)
    {
        std::optional<client::Outcome<client::Credentials>> out;
        p.resolve(&m_context, [&out](const client::Outcome<client::Credentials> &o) { out = o; });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, 20000);
        return out;
    }
    client::SsoSettings ssoSettings()
    {
        const auto settings =
            client::ssoSettingsFor(s("dev"), client::AwsSharedConfig::load(m_env), m_env);
        return settings && settings->ok() ? settings->value() : client::SsoSettings();
    }

    QTemporaryDir m_home;
    FaultServer m_oidc;
    FaultServer m_portal;
    QProcessEnvironment m_env;
    QList<QUrl> m_opened;
    QObject m_context;
};

void SsoSignInDialogTest::init()
{
    testing::isolateSettings();
    QVERIFY(m_home.isValid());
    if (m_oidc.port() == 0) // the fakes serve every test; each test scripts its own
        QVERIFY(m_oidc.listen() && m_portal.listen());
    m_oidc.clearScript();
    m_portal.clearScript();
    QVERIFY(writeFile(m_home.filePath(s("config")), kConfig));
    QVERIFY(writeFile(m_home.filePath(s("credentials")), ""));
    m_env = QProcessEnvironment();
    m_env.insert(s("HOME"), m_home.path());
    m_env.insert(s("AWS_CONFIG_FILE"), m_home.filePath(s("config")));
    m_env.insert(s("AWS_SHARED_CREDENTIALS_FILE"), m_home.filePath(s("credentials")));
    m_env.insert(s("AWS_ENDPOINT_URL_SSO_OIDC"), m_oidc.url().toString());
    m_env.insert(s("AWS_ENDPOINT_URL_SSO"), m_portal.url().toString());
    QDir(m_home.filePath(s(".aws"))).removeRecursively();
    m_opened.clear();
    views::SsoSignInDialog::setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
}

void SsoSignInDialogTest::cleanup()
{
    views::SsoSignInDialog::setUrlOpener({});
}

void SsoSignInDialogTest::signInThenListDomains()
{
    auto endpoint = testing::startEndpoint();
    QVERIFY(endpoint);
    testing::TestClient setup(endpoint->url());
    QVERIFY(testing::succeeded(setup.ok(s("CreateDomain"), testing::createDomainInput(s("sso-domain")))));
    m_env.insert(s("AWS_ENDPOINT_URL_CUSTOMER_PROFILES"), endpoint->url().toString());

    // Not signed in: the profile resolves to a provider that says so.
    auto before = resolved();
    QVERIFY(before && before->ok());
    auto refused = credentials(*before->value().credentials);
    QVERIFY(refused && !refused->ok());
    QVERIFY2(refused->error().message.contains(s("Not signed in")),
             qPrintable(refused->error().message));

    scriptUntilCode();
    m_oidc.error(400, "AuthorizationPendingException", "pending");
    m_oidc.error(400, "AuthorizationPendingException", "pending");
    m_oidc.reply(200, R"({"accessToken": "access-NEW", "expiresIn": 28800,
                          "refreshToken": "refresh-NEW", "tokenType": "Bearer"})");

    QWidget window;
    window.show();
    auto *dialog = new views::SsoSignInDialog(s("dev"), ssoSettings(), m_env, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->flow()->setSecondLength(std::chrono::milliseconds(100));
    QPointer<views::SsoSignInDialog> alive(dialog);
    QSignalSpy signedIn(dialog, &views::SsoSignInDialog::signedIn);
    QSignalSpy finished(dialog, &QDialog::finished);
    auto *intro = dialog->findChild<QLabel *>(s("ssoSignInIntro"));
    QVERIFY(intro);
    QVERIFY(intro->text().contains(s("https://example.awsapps.com/start")));
    QVERIFY(intro->text().contains(s("ProfilesAdmin")) && intro->text().contains(s("111122223333")));
    dialog->open(); // does not block: the test goes on while the flow runs
    QVERIFY(dialog->isVisible());

    // The code shown, selectable and copyable; the browser opened once on the full URL.
    auto *code = dialog->findChild<QLabel *>(s("ssoUserCode"));
    QVERIFY(code);
    QVERIFY(QTest::qWaitFor([code] { return code->text() == s("WXYZ-1234"); }, 20000));
    QVERIFY(code->textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(m_opened, QList<QUrl>{QUrl(s("https://device.sso.example/?user_code=WXYZ-1234"))});
    auto *status = dialog->findChild<QLabel *>(s("ssoStatus"));
    QVERIFY(status->text().contains(s("Waiting for you to approve")));
    QVERIFY(dialog->findChild<QLabel *>(s("ssoVerificationUrl"))
                ->text()
                .contains(s("https://device.sso.example/")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("ssoCopyCode")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), s("WXYZ-1234"));

    // Approved: announced, closed, accepted.
    QVERIFY(signedIn.wait(20000));
    QCOMPARE(signedIn.at(0).at(0).toString(), s("dev"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QVERIFY(QTest::qWaitFor([&alive] { return alive.isNull(); }, 5000)); // deleted on close
    QCOMPARE(m_opened.size(), 1);

    // The profile now resolves, and its credentials list the local endpoint's domains.
    m_portal.reply(200, QJsonDocument(QJsonObject{
                                          {s("roleCredentials"),
                                           QJsonObject{{s("accessKeyId"), testing::kAccessKey},
                                                       {s("secretAccessKey"), testing::kSecretKey},
                                                       {s("sessionToken"), s("sso-session")},
                                                       {s("expiration"), 4102444800000.0}}}})
                            .toJson());
    auto after = resolved();
    QVERIFY(after && after->ok());
    QCOMPARE(after->value().endpointUrl, endpoint->url());
    QObject owner;
    auto *transport = new client::Transport({after->value().endpointUrl, after->value().region},
                                            after->value().credentials, &owner);
    auto *api = new client::CustomerProfilesClient(transport, &owner);
    std::optional<client::Outcome<QJsonObject>> listing;
    api->call(s("ListDomains"), {}, &owner,
              [&listing](const client::Outcome<QJsonObject> &o) { listing = o; });
    QVERIFY(QTest::qWaitFor([&listing] { return listing.has_value(); }, 20000));
    QVERIFY2(listing->ok(), qPrintable(listing->error().summary()));
    QStringList names;
    for (const QJsonValue &item : listing->value().value(s("Items")).toArray())
        names.append(item.toObject().value(s("DomainName")).toString());
    QCOMPARE(names, QStringList{s("sso-domain")});
    QCOMPARE(m_portal.requests().at(0).header("x-amz-sso_bearer_token"), QByteArray("access-NEW"));
}

void SsoSignInDialogTest::cancelStopsTheFlowAndTryAgainRestarts()
{
    scriptUntilCode();
    for (int i = 0; i < 30; ++i)
        m_oidc.error(400, "AuthorizationPendingException", "pending");
    QWidget window;
    window.show();
    views::SsoSignInDialog dialog(s("dev"), ssoSettings(), m_env, &window);
    dialog.flow()->setSecondLength(std::chrono::milliseconds(50));
    QSignalSpy signedIn(&dialog, &views::SsoSignInDialog::signedIn);
    dialog.open();
    auto *code = dialog.findChild<QLabel *>(s("ssoUserCode"));
    QVERIFY(QTest::qWaitFor([code] { return !code->text().isEmpty(); }, 20000));
    auto *cancel = dialog.findChild<QPushButton *>(s("ssoCancel"));
    auto *retry = dialog.findChild<QPushButton *>(s("ssoRetry"));
    QVERIFY(cancel->isEnabled() && !retry->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(dialog.flow()->state(), client::SsoSignIn::State::Cancelled);
    QVERIFY(dialog.findChild<QLabel *>(s("ssoStatus"))->text().contains(s("cancelled")));
    QVERIFY(!cancel->isEnabled() && retry->isVisible());
    QVERIFY(dialog.isVisible()); // the user may try again
    QTest::qWait(100); // a poll already on the wire may still arrive: then nothing more
    const int sent = m_oidc.requestCount();
    QTest::qWait(300);
    QCOMPARE(m_oidc.requestCount(), sent);

    // Try again: a new code (the registration cached, so no RegisterClient), opened again.
    m_oidc.clearScript();
    m_oidc.reply(200, R"({"deviceCode": "device-2", "userCode": "SECO-NDXX",
        "verificationUri": "https://device.sso.example/",
        "verificationUriComplete": "https://device.sso.example/?user_code=SECO-NDXX",
        "expiresIn": 600, "interval": 1})");
    m_oidc.error(400, "AccessDeniedException", "denied");
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&dialog] { return !dialog.flow()->isRunning(); }, 20000));
    QCOMPARE(m_oidc.requests().at(sent).rawPath, QByteArray("/device_authorization"));
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(code->text(), s("SECO-NDXX"));
    QVERIFY(dialog.findChild<QLabel *>(s("ssoStatus"))->text().contains(s("denied")));
    QVERIFY(signedIn.isEmpty());

    // Close ends it all.
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("ssoClose")), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

// The issue asks that the CLI and the console read each other's caches: the AWS CLI on the
// machine lists cplocal's domains with the token the console saved. It needs a botocore
// that honours AWS_ENDPOINT_URL_SSO (1.31 and later) to reach the fake portal.
void SsoSignInDialogTest::awsCliUsesTheConsolesSignIn()
{
    const QString aws = QStandardPaths::findExecutable(s("aws"));
    if (aws.isEmpty())
        QSKIP("no aws on PATH");
    QProcess version;
    version.start(aws, {s("--version")});
    QVERIFY(version.waitForFinished(60000));
    const auto found = QRegularExpression(s("botocore/(\\d+)\\.(\\d+)"))
                           .match(QString::fromUtf8(version.readAllStandardOutput() +
                                                    version.readAllStandardError()));
    if (!found.hasMatch() || found.captured(1).toInt() < 1 ||
        (found.captured(1).toInt() == 1 && found.captured(2).toInt() < 31))
        QSKIP("this aws's botocore predates AWS_ENDPOINT_URL_SSO: it cannot reach the fake");

    scriptUntilCode();
    m_oidc.reply(200, R"({"accessToken": "access-CLI", "expiresIn": 28800,
                          "refreshToken": "refresh-CLI", "tokenType": "Bearer"})");
    client::SsoSignIn flow(ssoSettings(), m_env);
    flow.setSecondLength(std::chrono::milliseconds(20));
    flow.start();
    QVERIFY(QTest::qWaitFor([&flow] { return !flow.isRunning(); }, 20000));
    QCOMPARE(flow.state(), client::SsoSignIn::State::Succeeded);

    auto endpoint = testing::startEndpoint();
    QVERIFY(endpoint);
    testing::TestClient setup(endpoint->url());
    QVERIFY(testing::succeeded(setup.ok(s("CreateDomain"), testing::createDomainInput(s("cli-sso")))));
    m_portal.reply(200, QJsonDocument(QJsonObject{
                                          {s("roleCredentials"),
                                           QJsonObject{{s("accessKeyId"), testing::kAccessKey},
                                                       {s("secretAccessKey"), testing::kSecretKey},
                                                       {s("sessionToken"), s("sso-session")},
                                                       {s("expiration"), 4102444800000.0}}}})
                            .toJson());
    QProcessEnvironment env = m_env;
    env.insert(s("PATH"), QProcessEnvironment::systemEnvironment().value(s("PATH")));
    env.insert(s("AWS_EC2_METADATA_DISABLED"), s("true"));
    env.insert(s("AWS_PAGER"), QString());
    // A pyenv shim finds its root through HOME, which is the test's own here.
    const QString shims = QFileInfo(aws).absolutePath();
    if (shims.endsWith(s("/.pyenv/shims")))
        env.insert(s("PYENV_ROOT"), QFileInfo(shims).path());
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(aws, {s("customer-profiles"), s("list-domains"), s("--profile"), s("dev"),
                    s("--endpoint-url"), endpoint->url().toString(), s("--output"), s("json")});
    QSignalSpy finished(&cli, &QProcess::finished);
    // The fakes and the endpoint answer on this thread's loop: wait with it running.
    QVERIFY(cli.waitForStarted(60000));
    QVERIFY(cli.state() == QProcess::NotRunning || finished.wait(120000));
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, err.constData());
    const QJsonArray items =
        QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(s("Items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(s("DomainName")).toString(), s("cli-sso"));
    QCOMPARE(m_portal.requests().last().header("x-amz-sso_bearer_token"), QByteArray("access-CLI"));
}

QTEST_MAIN(SsoSignInDialogTest)
#include "tst_gui_ssosignin.moc"
