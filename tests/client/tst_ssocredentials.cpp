// IAM Identity Center, against local fakes of the portal and SSO OIDC (FaultServer): the
// AWS CLI's token cache read where the CLI puts it (SHA-1 of the session name, or of the
// legacy start URL) and exchanged for role credentials; an expiring token refreshed and
// the cache written back in the CLI's format (what it does not know kept); the refusals
// that tell the user to sign in, name a missing sso-session or list missing settings.

#include "credentialstest.h"
#include "faultserver.h"
#include "ssocredentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace credentialstest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray kConfig =
    "[profile dev]\nsso_session = my-sso\nsso_account_id = 111122223333\n"
    "sso_role_name = ReadOnly\nregion = eu-west-1\n"
    "[sso-session my-sso]\nsso_start_url = https://example.awsapps.com/start\n"
    "sso_region = eu-central-1\nsso_registration_scopes = sso:account:access\n"
    "[profile legacy]\nsso_start_url = https://example.awsapps.com/start\n"
    "sso_region = eu-central-1\nsso_account_id = 111122223333\n"
    "sso_role_name = Admin\nregion = eu-west-1\n"
    "[profile lost]\nsso_session = nowhere\nregion = eu-west-1\n"
    "[profile half]\nsso_session = my-sso\nregion = eu-west-1\n";

const QByteArray kRoleCredentials = R"({"roleCredentials": {"accessKeyId": "ASIASSO",
    "secretAccessKey": "sso-secret", "sessionToken": "sso-token", "expiration": 4102444800000}})";

} // namespace

class SsoCredentialsTest : public Fixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cachedTokenGivesRoleCredentials();
    void legacyProfileUsesTheStartUrlsCache();
    void expiringTokenIsRefreshedAndWrittenBack();
    void expiredWithoutRefreshSaysToSignIn();
    void settingsProblemsAreNamed();
    void portalRefusalIsReported();

private:
    QString cacheFile(const char *hash) const
    {
        return m_dir->filePath(s(".aws/sso/cache/") + s(hash) + s(".json"));
    }
    void writeToken(const char *hash, const QJsonObject &token)
    {
        QDir().mkpath(m_dir->filePath(s(".aws/sso/cache")));
        QVERIFY(writeFile(cacheFile(hash), QJsonDocument(token).toJson()));
    }
    std::shared_ptr<CredentialsProvider> resolved(const QString &profile, QString *error = nullptr)
    {
        ConnectionSettings settings;
        settings.profile = profile;
        const auto out = resolveConnection(settings, m_env, AwsSharedConfig::load(m_env));
        if (!out.ok()) {
            if (error)
                *error = out.error().message;
            return nullptr;
        }
        return out.value().credentials;
    }

    std::unique_ptr<FaultServer> m_fake;
    QProcessEnvironment m_env;
    const QDateTime m_inAnHour = QDateTime::currentDateTimeUtc().addSecs(3600);
};

void SsoCredentialsTest::init()
{
    QVERIFY(makeDir());
    m_fake = std::make_unique<FaultServer>();
    QVERIFY(m_fake->listen());
    m_env = files(kConfig, "");
    m_env.insert(s("AWS_ENDPOINT_URL_SSO"), m_fake->url().toString());
    m_env.insert(s("AWS_ENDPOINT_URL_SSO_OIDC"), m_fake->url().toString());
}

void SsoCredentialsTest::cachedTokenGivesRoleCredentials()
{
    // The name the AWS CLI gives the cache of sso-session "my-sso": its SHA-1.
    writeToken("0ad374308c5a4e22f723adf10145eafad7c4031c",
               {{s("startUrl"), s("https://example.awsapps.com/start")},
                {s("region"), s("eu-central-1")},
                {s("accessToken"), s("access-1")},
                {s("expiresAt"), m_inAnHour.toString(Qt::ISODate)}});
    auto provider = resolved(s("dev"));
    QVERIFY(provider);
    QVERIFY(provider->description().contains(s("ReadOnly")));
    m_fake->reply(200, kRoleCredentials);
    const auto got = resolveNow(*provider);
    QVERIFY2(got && got->ok(), got ? qPrintable(got->error().message) : "no answer");
    QCOMPARE(got->value().accessKeyId, s("ASIASSO"));
    QCOMPARE(got->value().expiration->date(), QDate(2100, 1, 1));
    const auto &request = m_fake->requests().at(0);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.rawPath, QByteArray("/federation/credentials"));
    const QUrlQuery query(QString::fromUtf8(request.rawQuery));
    QCOMPARE(query.queryItemValue(s("account_id")), s("111122223333"));
    QCOMPARE(query.queryItemValue(s("role_name")), s("ReadOnly"));
    QCOMPARE(request.header("x-amz-sso_bearer_token"), QByteArray("access-1"));
    QVERIFY(request.header("Authorization").isEmpty());
}

void SsoCredentialsTest::legacyProfileUsesTheStartUrlsCache()
{
    writeToken("e8be5486177c5b5392bd9aa76563515b29358e6e",
               {{s("accessToken"), s("legacy-access")},
                {s("expiresAt"), m_inAnHour.toString(Qt::ISODate)}});
    auto provider = resolved(s("legacy"));
    QVERIFY(provider);
    m_fake->reply(200, kRoleCredentials);
    const auto got = resolveNow(*provider);
    QVERIFY(got && got->ok());
    QCOMPARE(m_fake->requests().at(0).header("x-amz-sso_bearer_token"),
             QByteArray("legacy-access"));
}

void SsoCredentialsTest::expiringTokenIsRefreshedAndWrittenBack()
{
    const char *hash = "0ad374308c5a4e22f723adf10145eafad7c4031c";
    writeToken(hash,
               {{s("startUrl"), s("https://example.awsapps.com/start")},
                {s("region"), s("eu-central-1")},
                {s("accessToken"), s("old-access")},
                {s("expiresAt"), QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate)},
                {s("clientId"), s("client-1")},
                {s("clientSecret"), s("client-secret")},
                {s("registrationExpiresAt"), m_inAnHour.addDays(30).toString(Qt::ISODate)},
                {s("refreshToken"), s("refresh-1")}});
    auto provider = resolved(s("dev"));
    QVERIFY(provider);
    m_fake->reply(200, R"({"accessToken": "new-access", "expiresIn": 28800,
                          "refreshToken": "refresh-2", "tokenType": "Bearer"})");
    m_fake->reply(200, kRoleCredentials);
    const auto got = resolveNow(*provider);
    QVERIFY2(got && got->ok(), got ? qPrintable(got->error().message) : "no answer");
    const auto &refresh = m_fake->requests().at(0);
    QCOMPARE(refresh.method, QByteArray("POST"));
    QCOMPARE(refresh.rawPath, QByteArray("/token"));
    const QJsonObject body = QJsonDocument::fromJson(refresh.body).object();
    QCOMPARE(body.value(s("grantType")).toString(), s("refresh_token"));
    QCOMPARE(body.value(s("refreshToken")).toString(), s("refresh-1"));
    QCOMPARE(body.value(s("clientId")).toString(), s("client-1"));
    QCOMPARE(m_fake->requests().at(1).header("x-amz-sso_bearer_token"), QByteArray("new-access"));

    // The cache as the CLI will read it: new token, new expiry, the rest kept.
    QFile file(cacheFile(hash));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject cached = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(cached.value(s("accessToken")).toString(), s("new-access"));
    QCOMPARE(cached.value(s("refreshToken")).toString(), s("refresh-2"));
    QCOMPARE(cached.value(s("startUrl")).toString(), s("https://example.awsapps.com/start"));
    QCOMPARE(cached.value(s("clientSecret")).toString(), s("client-secret"));
    const QString expiresAt = cached.value(s("expiresAt")).toString();
    QVERIFY2(expiresAt.endsWith(QLatin1Char('Z')) && !expiresAt.contains(QLatin1Char('.')),
             qPrintable(expiresAt)); // "2030-01-01T12:00:00Z", as the CLI writes it
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(QDateTime::fromString(expiresAt, Qt::ISODate)) >
            7 * 3600);
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void SsoCredentialsTest::expiredWithoutRefreshSaysToSignIn()
{
    auto provider = resolved(s("dev"));
    QVERIFY(provider);
    auto got = resolveNow(*provider); // no cache at all
    QVERIFY(got && !got->ok());
    QVERIFY2(got->error().message.contains(s("aws sso login --sso-session my-sso")),
             qPrintable(got->error().message));
    writeToken(
        "0ad374308c5a4e22f723adf10145eafad7c4031c",
        {{s("accessToken"), s("stale")},
         {s("expiresAt"), QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate)}});
    got = resolveNow(*provider);
    QVERIFY(got && !got->ok());
    QVERIFY(got->error().message.contains(s("expired")));
    QCOMPARE(m_fake->requestCount(), 0);
}

void SsoCredentialsTest::settingsProblemsAreNamed()
{
    QString error;
    QVERIFY(!resolved(s("lost"), &error));
    QVERIFY2(error.contains(s("nowhere")), qPrintable(error));
    QVERIFY(!resolved(s("half"), &error));
    QVERIFY2(error.contains(s("sso_account_id")) && error.contains(s("sso_role_name")),
             qPrintable(error));
    // An [sso-session] section is not a profile.
    QVERIFY(!AwsSharedConfig::load(m_env).profileNames().contains(s("my-sso")));
}

void SsoCredentialsTest::portalRefusalIsReported()
{
    writeToken(
        "0ad374308c5a4e22f723adf10145eafad7c4031c",
        {{s("accessToken"), s("access-1")}, {s("expiresAt"), m_inAnHour.toString(Qt::ISODate)}});
    auto provider = resolved(s("dev"));
    QVERIFY(provider);
    m_fake->error(401, "UnauthorizedException", "Session token not found or invalid");
    const auto got = resolveNow(*provider);
    QVERIFY(got && !got->ok());
    QCOMPARE(got->error().kind, Kind::Credentials);
    QVERIFY(got->error().message.contains(s("ReadOnly")));
    QVERIFY(!got->error().message.contains(s("access-1"))); // never the token
}

QTEST_GUILESS_MAIN(SsoCredentialsTest)
#include "tst_ssocredentials.moc"
