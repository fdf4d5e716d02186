// Credentials that run out mid-session: a call answered ExpiredToken(Exception) gets new
// credentials from its provider once and goes again; fixed keys are not retried; an IAM
// Identity Center profile without a usable token asks the installed sign-in prompt and
// goes on once the user has signed in.
#include "credentialstest.h"
#include "faultserver.h"
#include "ssocredentials.h"
#include "transport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace credentialstest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Hands out AKID1, AKID2... one per fetch.
class CountingProvider : public RefreshingCredentialsProvider
{
public:
    int fetches = 0;
    QString description() const override { return s("counting"); }

protected:
    void fetch() override
    {
        ++fetches;
        finish(Credentials{s("AKID%1").arg(fetches), s("secret"), s("token"),
                           QDateTime::currentDateTimeUtc().addSecs(3600)});
    }
};

HttpRequest listDomains()
{
    HttpRequest request;
    request.method = "GET";
    request.path = "/domains";
    return request;
}

const QByteArray kConfig =
    "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\n"
    "sso_role_name = Admin\nregion = eu-west-1\n"
    "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
    "sso_region = eu-west-1\n";
const QByteArray kRoleCredentials = R"({"roleCredentials": {"accessKeyId": "ASIASSO",
    "secretAccessKey": "sso-secret", "sessionToken": "sso-token", "expiration": 4102444800000}})";

} // namespace

class TstCredentialRenewal : public Fixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { setSsoSignInPrompt({}); }
    void expiredTokenRenewsOnceAndRetries();
    void expiredAgainIsReported();
    void fixedKeysAreNotRetried();
    void signInPromptLetsTheCallGoOn();
    void declinedSignInKeepsTheReason();

private:
    HttpResult call(Transport &transport)
    {
        std::optional<HttpResult> out;
        transport.send(listDomains(), &transport,
                       [&out](const HttpResult &result) { out = result; });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, kWait);
        return out.value_or(HttpResult{});
    }
    std::shared_ptr<CredentialsProvider> ssoProvider()
    {
        ConnectionSettings settings;
        settings.profile = s("dev");
        const auto resolved = resolveConnection(settings, m_env, AwsSharedConfig::load(m_env));
        return resolved.ok() ? resolved->credentials : nullptr;
    }

    std::unique_ptr<FaultServer> m_fake;
    QProcessEnvironment m_env;
};

void TstCredentialRenewal::init()
{
    QVERIFY(makeDir());
    m_fake = std::make_unique<FaultServer>();
    QVERIFY(m_fake->listen());
    m_env = files(kConfig, "");
    m_env.insert(s("AWS_ENDPOINT_URL_SSO"), m_fake->url().toString());
}

void TstCredentialRenewal::expiredTokenRenewsOnceAndRetries()
{
    auto provider = std::make_shared<CountingProvider>();
    Transport transport({m_fake->url(), s("us-east-1")}, provider);
    m_fake->error(403, "ExpiredTokenException", "The security token included in the request is expired");
    m_fake->reply(200, R"({"Items": []})");
    const HttpResult result = call(transport);
    QCOMPARE(result.error.kind, ServiceError::Kind::None);
    QCOMPARE(provider->fetches, 2);
    QCOMPARE(m_fake->requests().size(), 2);
    QVERIFY(m_fake->requests().at(0).header("Authorization").contains("AKID1/"));
    QVERIFY(m_fake->requests().at(1).header("Authorization").contains("AKID2/"));
}

void TstCredentialRenewal::expiredAgainIsReported()
{
    auto provider = std::make_shared<CountingProvider>();
    Transport transport({m_fake->url(), s("us-east-1")}, provider);
    m_fake->error(400, "ExpiredToken", "expired");
    m_fake->error(400, "ExpiredToken", "still expired");
    const HttpResult result = call(transport);
    QCOMPARE(result.error.type, s("ExpiredToken"));
    QCOMPARE(provider->fetches, 2); // renewed once, not in a loop
    QCOMPARE(m_fake->requests().size(), 2);
}

void TstCredentialRenewal::fixedKeysAreNotRetried()
{
    auto provider = std::make_shared<StaticCredentialsProvider>(
        Credentials{s("AKIDFIXED"), s("secret"), s("token"), std::nullopt}, s("fixed"));
    Transport transport({m_fake->url(), s("us-east-1")}, provider);
    m_fake->error(403, "ExpiredTokenException", "expired");
    const HttpResult result = call(transport);
    QCOMPARE(result.error.type, s("ExpiredTokenException"));
    QCOMPARE(m_fake->requests().size(), 1);
}

void TstCredentialRenewal::signInPromptLetsTheCallGoOn()
{
    QStringList asked;
    setSsoSignInPrompt([&asked](const QString &profile, const SsoSettings &settings,
                                const QProcessEnvironment &env, std::function<void(bool)> done) {
        asked.append(profile + QLatin1Char(' ') + settings.startUrl);
        // What the sign-in dialog leaves behind: a token in the CLI's cache.
        SsoToken token;
        token.accessToken = s("fresh-access");
        token.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(token.write(ssoCachePath(env, settings)));
        QTimer::singleShot(10, [done] { done(true); }); // later, as a dialog answers
    });
    auto provider = ssoProvider();
    QVERIFY(provider);
    m_fake->reply(200, kRoleCredentials);
    const auto got = resolveNow(*provider);
    QVERIFY2(got && got->ok(), got ? qPrintable(got->error().message) : "no answer");
    QCOMPARE(got->value().accessKeyId, s("ASIASSO"));
    QCOMPARE(asked, QStringList{s("dev https://corp.awsapps.com/start")});
    QCOMPARE(m_fake->requests().at(0).header("x-amz-sso_bearer_token"),
             QByteArray("fresh-access"));
}

void TstCredentialRenewal::declinedSignInKeepsTheReason()
{
    int asked = 0;
    setSsoSignInPrompt([&asked](const QString &, const SsoSettings &, const QProcessEnvironment &,
                                std::function<void(bool)> done) {
        ++asked;
        done(false);
    });
    auto provider = ssoProvider();
    QVERIFY(provider);
    const auto got = resolveNow(*provider);
    QVERIFY(got && !got->ok());
    QCOMPARE(asked, 1);
    QVERIFY2(got->error().message.contains(s("Not signed in")), qPrintable(got->error().message));
    QVERIFY(m_fake->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TstCredentialRenewal)
#include "tst_credentialrenewal.moc"
