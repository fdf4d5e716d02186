// Signing in to IAM Identity Center from the console (SsoSignIn), against a local fake of
// SSO OIDC and of the portal (FaultServer): the device authorization flow as the AWS CLI
// runs it, the token cache written in the CLI's format and then used by
// SsoCredentialsProvider, the client registration cached under the CLI's name and reused,
// slow_down widening the interval, expiry, cancellation, and no secret in a message.

#include "credentialstest.h"
#include "faultserver.h"
#include "ssosignin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace credentialstest;
using State = SsoSignIn::State;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray kConfig =
    "[profile dev]\nsso_session = my-sso\nsso_account_id = 111122223333\n"
    "sso_role_name = ReadOnly\nregion = eu-west-1\n"
    "[sso-session my-sso]\nsso_start_url = https://example.awsapps.com/start\n"
    "sso_region = eu-central-1\nsso_registration_scopes = sso:account:access\n";

const QByteArray kRoleCredentials = R"({"roleCredentials": {"accessKeyId": "ASIASSO",
    "secretAccessKey": "sso-secret", "sessionToken": "sso-token", "expiration": 4102444800000}})";

// A token cache file as the AWS SDKs and Tools reference guide and botocore's
// SSOTokenFetcher describe it (values invented): the members and formats to match.
const QByteArray kCliTokenFile =
    "{\"startUrl\": \"https://example.awsapps.com/start\", \"region\": \"us-east-1\", "
    "\"accessToken\": \"eyJlbmMiOi...\", \"expiresAt\": \"2026-12-06T16:00:00Z\", "
    "\"clientId\": \"ExampleClientId\", \"clientSecret\": \"eyJraWQiOi...\", "
    "\"registrationExpiresAt\": \"2027-03-06T15:00:00Z\", \"refreshToken\": \"Atzr-IwEB...\"}";

// The names the CLI gives these files: SHA-1 of the session name, and of botocore's
// json.dumps({"tool": "botocore", "startUrl": ..., "region": ..., "scopes": [...],
// "session_name": ...}, sort_keys=True), computed with Python.
const char *const kTokenFile = "0ad374308c5a4e22f723adf10145eafad7c4031c";
const char *const kRegistrationFile = "03de94b80104129a4b582046903c5f47d0c00de9";
const char *const kLegacyTokenFile = "e8be5486177c5b5392bd9aa76563515b29358e6e";
const char *const kLegacyRegistrationFile = "d8b7a6c20f92c4ce5c67e529b7edee8ee7771747";

const QRegularExpression kCliTime(s("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));

} // namespace

class SsoSignInTest : public Fixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void deviceFlowWritesTheCliCacheThatTheProviderUses();
    void slowDownWidensTheInterval();
    void expiredCodeFailsClearly();
    void cancelStopsPolling();
    void cachedRegistrationIsReused();
    void refusedCachedRegistrationIsReplaced();
    void legacyFormRegistersWithoutScopes();
    void refusalsKeepSecretsOut();

private:
    SsoSettings settings(bool legacy = false) const
    {
        SsoSettings out;
        out.sessionName = legacy ? QString() : s("my-sso");
        out.startUrl = s("https://example.awsapps.com/start");
        out.region = s("eu-central-1");
        out.accountId = s("111122223333");
        out.roleName = s("ReadOnly");
        out.scopes = {s("sso:account:access")};
        return out;
    }
    QString cacheFile(const char *hash) const
    {
        return m_dir->filePath(s(".aws/sso/cache/") + s(hash) + s(".json"));
    }
    static QJsonObject readJson(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }
    void scriptRegistration()
    {
        m_oidc->reply(200, QJsonDocument(QJsonObject{{s("clientId"), s("client-1")},
                                                     {s("clientSecret"), s("client-SECRET-1")},
                                                     {s("clientIdIssuedAt"), 1700000000},
                                                     {s("clientSecretExpiresAt"), m_regExpiry}})
                               .toJson());
    }
    void scriptDevice(int interval, int expiresIn = 600)
    {
        m_oidc->reply(
            200, QJsonDocument(
                     QJsonObject{{s("deviceCode"), s("device-CODE-1")},
                                 {s("userCode"), s("ABCD-EFGH")},
                                 {s("verificationUri"), s("https://device.sso.example/")},
                                 {s("verificationUriComplete"),
                                  s("https://device.sso.example/?user_code=ABCD-EFGH")},
                                 {s("expiresIn"), expiresIn},
                                 {s("interval"), interval}})
                     .toJson());
    }
    void scriptPending(int times = 1)
    {
        for (int i = 0; i < times; ++i)
            m_oidc->error(400, "AuthorizationPendingException", "Authorization is pending");
    }
    void scriptToken()
    {
        m_oidc->reply(200, R"({"accessToken": "access-NEW", "tokenType": "Bearer",
                              "expiresIn": 28800, "refreshToken": "refresh-NEW"})");
    }
    QList<qint64> tokenPolls() const
    {
        QList<qint64> at;
        for (const auto &request : m_oidc->requests())
            if (request.rawPath == "/token")
                at.append(request.arrivalMs);
        return at;
    }
    static bool settle(SsoSignIn &flow)
    {
        return QTest::qWaitFor([&flow] { return !flow.isRunning(); }, kWait);
    }

    std::unique_ptr<FaultServer> m_oidc;
    std::unique_ptr<FaultServer> m_portal;
    QProcessEnvironment m_env;
    const qint64 m_regExpiry = QDateTime::currentSecsSinceEpoch() + 90 * 86400;
};

void SsoSignInTest::init()
{
    QVERIFY(makeDir());
    m_oidc = std::make_unique<FaultServer>();
    m_portal = std::make_unique<FaultServer>();
    QVERIFY(m_oidc->listen() && m_portal->listen());
    m_env = files(kConfig, "");
    m_env.insert(s("AWS_ENDPOINT_URL_SSO_OIDC"), m_oidc->url().toString());
    m_env.insert(s("AWS_ENDPOINT_URL_SSO"), m_portal->url().toString());
}

void SsoSignInTest::deviceFlowWritesTheCliCacheThatTheProviderUses()
{
    scriptRegistration();
    scriptDevice(1);
    scriptPending();
    // The OAuth form of the same answer, without x-amzn-ErrorType.
    m_oidc->reply(400, R"({"error": "authorization_pending", "error_description": "wait"})");
    scriptToken();
    SsoSignIn flow(settings(), m_env);
    flow.setSecondLength(std::chrono::milliseconds(50));
    QSignalSpy pending(&flow, &SsoSignIn::authorizationPending);
    QSignalSpy done(&flow, &SsoSignIn::succeeded);
    QSignalSpy failed(&flow, &SsoSignIn::failed);
    flow.start();
    QVERIFY(settle(flow));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(flow.state(), State::Succeeded);
    QCOMPARE(done.count(), 1);
    QCOMPARE(pending.count(), 1);
    QCOMPARE(pending.at(0).at(0).toString(), s("ABCD-EFGH"));
    QCOMPARE(pending.at(0).at(1).toUrl(), QUrl(s("https://device.sso.example/")));
    QCOMPARE(pending.at(0).at(2).toUrl(), QUrl(s("https://device.sso.example/?user_code=ABCD-EFGH")));

    // The requests as the CLI sends them, unsigned.
    const auto &requests = m_oidc->requests();
    QCOMPARE(requests.size(), 5);
    QCOMPARE(requests.at(0).rawPath, QByteArray("/client/register"));
    const QJsonObject reg = QJsonDocument::fromJson(requests.at(0).body).object();
    QCOMPARE(reg.value(s("clientName")).toString(), s("botocore-client-my-sso"));
    QCOMPARE(reg.value(s("clientType")).toString(), s("public"));
    QCOMPARE(reg.value(s("scopes")).toArray(), QJsonArray{s("sso:account:access")});
    QCOMPARE(requests.at(1).rawPath, QByteArray("/device_authorization"));
    const QJsonObject device = QJsonDocument::fromJson(requests.at(1).body).object();
    QCOMPARE(device.value(s("clientId")).toString(), s("client-1"));
    QCOMPARE(device.value(s("clientSecret")).toString(), s("client-SECRET-1"));
    QCOMPARE(device.value(s("startUrl")).toString(), s("https://example.awsapps.com/start"));
    for (int i = 2; i < 5; ++i) {
        QCOMPARE(requests.at(i).method, QByteArray("POST"));
        QCOMPARE(requests.at(i).rawPath, QByteArray("/token"));
        QVERIFY(requests.at(i).header("Authorization").isEmpty());
        const QJsonObject poll = QJsonDocument::fromJson(requests.at(i).body).object();
        QCOMPARE(poll.value(s("grantType")).toString(),
                 s("urn:ietf:params:oauth:grant-type:device_code"));
        QCOMPARE(poll.value(s("deviceCode")).toString(), s("device-CODE-1"));
        QCOMPARE(poll.value(s("clientId")).toString(), s("client-1"));
        QCOMPARE(poll.value(s("clientSecret")).toString(), s("client-SECRET-1"));
    }

    // The token cache: the CLI's file name, members and formats, readable by the user only.
    const QJsonObject token = readJson(cacheFile(kTokenFile));
    const QJsonObject cli = QJsonDocument::fromJson(kCliTokenFile).object();
    QCOMPARE(token.keys(), cli.keys());
    for (const QString &time : {s("expiresAt"), s("registrationExpiresAt")}) {
        QVERIFY(kCliTime.match(cli.value(time).toString()).hasMatch());
        QVERIFY2(kCliTime.match(token.value(time).toString()).hasMatch(),
                 qPrintable(token.value(time).toString()));
    }
    QCOMPARE(token.value(s("startUrl")).toString(), s("https://example.awsapps.com/start"));
    QCOMPARE(token.value(s("region")).toString(), s("eu-central-1"));
    QCOMPARE(token.value(s("accessToken")).toString(), s("access-NEW"));
    QCOMPARE(token.value(s("refreshToken")).toString(), s("refresh-NEW"));
    QCOMPARE(token.value(s("clientSecret")).toString(), s("client-SECRET-1"));
    QCOMPARE(token.value(s("registrationExpiresAt")).toString(),
             QDateTime::fromSecsSinceEpoch(m_regExpiry, Qt::UTC).toString(Qt::ISODate));
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(
        QDateTime::fromString(token.value(s("expiresAt")).toString(), Qt::ISODate));
    QVERIFY2(left > 28800 - 60 && left <= 28800, qPrintable(QString::number(left)));
    QCOMPARE(QFile(cacheFile(kTokenFile)).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // The registration, cached under the CLI's name with the CLI's members.
    QCOMPARE(flow.registrationCachePath(), cacheFile(kRegistrationFile));
    const QJsonObject registration = readJson(cacheFile(kRegistrationFile));
    QCOMPARE(registration.keys(),
             (QStringList{s("clientId"), s("clientSecret"), s("expiresAt"), s("scopes")}));
    QVERIFY(kCliTime.match(registration.value(s("expiresAt")).toString()).hasMatch());

    // And the provider, as for a token of `aws sso login`, exchanges it for credentials.
    m_portal->reply(200, kRoleCredentials);
    ConnectionSettings connection;
    connection.profile = s("dev");
    const auto resolved = resolveConnection(connection, m_env, AwsSharedConfig::load(m_env));
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
    const auto credentials = resolveNow(*resolved.value().credentials);
    QVERIFY2(credentials && credentials->ok(),
             credentials ? qPrintable(credentials->error().message) : "no answer");
    QCOMPARE(credentials->value().accessKeyId, s("ASIASSO"));
    QCOMPARE(m_portal->requests().at(0).header("x-amz-sso_bearer_token"), QByteArray("access-NEW"));
}

void SsoSignInTest::slowDownWidensTheInterval()
{
    scriptRegistration();
    scriptDevice(1);
    scriptPending();
    m_oidc->error(400, "SlowDownException", "Client is polling too quickly");
    scriptPending();
    scriptToken();
    SsoSignIn flow(settings(), m_env);
    flow.setSecondLength(std::chrono::milliseconds(100));
    QSignalSpy slowed(&flow, &SsoSignIn::slowedDown);
    flow.start();
    QVERIFY(settle(flow));
    QCOMPARE(flow.state(), State::Succeeded);
    QCOMPARE(slowed.count(), 1);
    QCOMPARE(slowed.at(0).at(0).toInt(), 6); // 1 + 5, as RFC 8628 and the CLI
    QCOMPARE(flow.interval(), 6);
    // Polls at 0 and +1 "second" (answered slow_down), then +6 and +6.
    const QList<qint64> at = tokenPolls();
    QCOMPARE(at.size(), 4);
    const qint64 before = at[1] - at[0], after = at[2] - at[1], next = at[3] - at[2];
    QVERIFY2(before >= 90 && before < 450, qPrintable(QString::number(before)));
    QVERIFY2(after >= 590, qPrintable(QString::number(after)));
    QVERIFY2(next >= 590, qPrintable(QString::number(next)));
}

void SsoSignInTest::expiredCodeFailsClearly()
{
    // The service says so.
    scriptRegistration();
    scriptDevice(1);
    scriptPending();
    m_oidc->error(400, "ExpiredTokenException", "Device code has expired");
    SsoSignIn flow(settings(), m_env);
    flow.setSecondLength(std::chrono::milliseconds(20));
    QSignalSpy failed(&flow, &SsoSignIn::failed);
    flow.start();
    QVERIFY(settle(flow));
    QCOMPARE(flow.state(), State::Failed);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(s("expired before it was approved")),
             qPrintable(failed.at(0).at(0).toString()));
    const int sent = m_oidc->requestCount();
    QTest::qWait(100);
    QCOMPARE(m_oidc->requestCount(), sent);
    QVERIFY(!QFile::exists(cacheFile(kTokenFile)));

    // Or the code's lifetime runs out while the service still says pending.
    m_oidc->clearScript();
    scriptDevice(1, 2); // the registration is cached now
    scriptPending(10);
    failed.clear();
    flow.setSecondLength(std::chrono::milliseconds(60));
    flow.start();
    QVERIFY(settle(flow));
    QCOMPARE(flow.state(), State::Failed);
    QVERIFY(failed.at(0).at(0).toString().contains(s("expired")));
    QVERIFY2(m_oidc->requestCount() - sent <= 4, qPrintable(QString::number(m_oidc->requestCount())));
}

void SsoSignInTest::cancelStopsPolling()
{
    scriptRegistration();
    scriptDevice(1);
    scriptPending(20);
    SsoSignIn flow(settings(), m_env);
    flow.setSecondLength(std::chrono::milliseconds(50));
    QSignalSpy failed(&flow, &SsoSignIn::failed);
    QSignalSpy done(&flow, &SsoSignIn::succeeded);
    flow.start();
    QVERIFY(QTest::qWaitFor([this] { return tokenPolls().size() >= 2; }, kWait));
    const int atCancel = m_oidc->requestCount();
    flow.cancel();
    QCOMPARE(flow.state(), State::Cancelled);
    QTest::qWait(400); // eight intervals: at most the poll already on the wire arrives
    const int sent = m_oidc->requestCount();
    QVERIFY2(sent <= atCancel + 1, qPrintable(QString::number(sent - atCancel)));

    // A poll in flight is cancelled too: its answer never arrives.
    m_oidc->clearScript();
    scriptDevice(1);
    m_oidc->neverAnswer();
    flow.start();
    QVERIFY(QTest::qWaitFor([this, sent] { return m_oidc->requestCount() >= sent + 2; }, kWait));
    QVERIFY(flow.isRunning());
    flow.cancel();
    QCOMPARE(flow.state(), State::Cancelled);
    QTest::qWait(200);
    QCOMPARE(m_oidc->requestCount(), sent + 2);
    QVERIFY(failed.isEmpty() && done.isEmpty());
}

void SsoSignInTest::cachedRegistrationIsReused()
{
    // As `aws sso login --use-device-code` leaves it.
    QDir().mkpath(m_dir->filePath(s(".aws/sso/cache")));
    const QString inAMonth = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
    QJsonObject cached{{s("clientId"), s("cli-client")},
                       {s("clientSecret"), s("cli-SECRET")},
                       {s("expiresAt"), inAMonth},
                       {s("scopes"), QJsonArray{s("sso:account:access")}}};
    QVERIFY(writeFile(cacheFile(kRegistrationFile), QJsonDocument(cached).toJson()));
    scriptDevice(1);
    scriptToken();
    SsoSignIn flow(settings(), m_env);
    flow.setSecondLength(std::chrono::milliseconds(20));
    flow.start();
    QVERIFY(settle(flow));
    QCOMPARE(flow.state(), State::Succeeded);
    QCOMPARE(m_oidc->requests().at(0).rawPath, QByteArray("/device_authorization"));
    QCOMPARE(QJsonDocument::fromJson(m_oidc->requests().at(0).body).object().value(s("clientId")),
             QJsonValue(s("cli-client")));
    QCOMPARE(readJson(cacheFile(kTokenFile)).value(s("clientId")).toString(), s("cli-client"));
    QCOMPARE(readJson(cacheFile(kTokenFile)).value(s("registrationExpiresAt")).toString(),
             inAMonth);

    // One that expires within 15 minutes, or that the CLI made for the authorization-code
    // flow, is not: the console registers anew.
    for (const QJsonObject &unusable :
         {QJsonObject{{s("clientId"), s("old")},
                      {s("clientSecret"), s("x")},
                      {s("expiresAt"),
                       QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODate)}},
          QJsonObject{{s("clientId"), s("pkce")},
                      {s("clientSecret"), s("x")},
                      {s("expiresAt"), inAMonth},
                      {s("grantTypes"), QJsonArray{s("authorization_code"), s("refresh_token")}}}}) {
        QVERIFY(writeFile(cacheFile(kRegistrationFile), QJsonDocument(unusable).toJson()));
        const int before = m_oidc->requestCount();
        scriptRegistration();
        scriptDevice(1);
        scriptToken();
        flow.start();
        QVERIFY(settle(flow));
        QCOMPARE(flow.state(), State::Succeeded);
        QCOMPARE(m_oidc->requests().at(before).rawPath, QByteArray("/client/register"));
        QCOMPARE(readJson(cacheFile(kRegistrationFile)).value(s("clientId")).toString(),
                 s("client-1"));
    }
}

void SsoSignInTest::refusedCachedRegistrationIsReplaced()
{
    QDir().mkpath(m_dir->filePath(s(".aws/sso/cache")));
    const QJsonObject revoked{
        {s("clientId"), s("revoked")},
        {s("clientSecret"), s("x")},
        {s("expiresAt"), QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate)}};
    QVERIFY(writeFile(cacheFile(kRegistrationFile), QJsonDocument(revoked).toJson()));
    m_oidc->error(400, "InvalidClientException", "Invalid client");
    scriptRegistration();
    scriptDevice(1);
    scriptToken();
    SsoSignIn flow(settings(), m_env);
    flow.setSecondLength(std::chrono::milliseconds(20));
    flow.start();
    QVERIFY(settle(flow));
    QCOMPARE(flow.state(), State::Succeeded);
    QStringList paths;
    for (const auto &request : m_oidc->requests())
        paths.append(QString::fromLatin1(request.rawPath));
    QCOMPARE(paths, (QStringList{s("/device_authorization"), s("/client/register"),
                                 s("/device_authorization"), s("/token")}));
    QCOMPARE(readJson(cacheFile(kRegistrationFile)).value(s("clientId")).toString(), s("client-1"));
}

void SsoSignInTest::legacyFormRegistersWithoutScopes()
{
    scriptRegistration();
    scriptDevice(1);
    scriptToken();
    SsoSignIn flow(settings(true), m_env);
    flow.setSecondLength(std::chrono::milliseconds(20));
    flow.start();
    QVERIFY(settle(flow));
    QCOMPARE(flow.state(), State::Succeeded);
    const QJsonObject reg = QJsonDocument::fromJson(m_oidc->requests().at(0).body).object();
    QVERIFY(!reg.contains(s("scopes")));
    QVERIFY(QRegularExpression(s("^botocore-client-\\d{10}$"))
                .match(reg.value(s("clientName")).toString())
                .hasMatch());
    QVERIFY(QFile::exists(cacheFile(kLegacyTokenFile)));
    QCOMPARE(flow.registrationCachePath(), cacheFile(kLegacyRegistrationFile));
    QVERIFY(!readJson(cacheFile(kLegacyRegistrationFile)).contains(s("scopes")));
}

void SsoSignInTest::refusalsKeepSecretsOut()
{
    // A service that quotes what it was sent: the message still holds no secret.
    scriptRegistration();
    scriptDevice(1);
    m_oidc->error(400, "AccessDeniedException", "denied for device-CODE-1 of client-SECRET-1");
    SsoSignIn flow(settings(), m_env);
    flow.setSecondLength(std::chrono::milliseconds(20));
    QSignalSpy failed(&flow, &SsoSignIn::failed);
    flow.start();
    QVERIFY(settle(flow));
    QCOMPARE(failed.count(), 1);
    QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(s("denied in the browser")), qPrintable(message));

    m_oidc->clearScript();
    scriptDevice(1);
    m_oidc->error(400, "InvalidGrantException", "bad grant device-CODE-1 client-SECRET-1");
    flow.start();
    QVERIFY(settle(flow));
    message = failed.at(1).at(0).toString();
    QVERIFY2(message.contains(s("refused")), qPrintable(message));

    m_oidc->clearScript();
    m_oidc->error(400, "InvalidRequestException", "client-SECRET-1 is not valid");
    flow.start();
    QVERIFY(settle(flow));
    message = failed.at(2).at(0).toString();
    QVERIFY2(message.contains(s("https://example.awsapps.com/start")), qPrintable(message));
    for (const QVariantList &args : failed) {
        const QString text = args.at(0).toString();
        for (const char *secret : {"client-SECRET-1", "device-CODE-1", "ABCD-EFGH"})
            QVERIFY2(!text.contains(s(secret)), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(SsoSignInTest)
#include "tst_ssosignin.moc"
