// Assumed roles, as the AWS CLI resolves them from ~/.aws/config, against a local fake of
// STS (FaultServer answering the query protocol's XML): a source_profile chain signs each
// AssumeRole with the credentials the previous one gave; loops are refused by name;
// credential_source Environment; web identity from the profile and from the environment
// (unsigned, the token in the body); MFA codes asked through the prompt; the answer kept
// until five minutes before it expires; STS's XML errors reported.

#include "credentialstest.h"
#include "faultserver.h"
#include "rolecredentials.h"
#include "stscredentials.h"

#include <QUrlQuery>

using namespace credentialstest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray answer(const QByteArray &id, const QDateTime &expiration,
                  const QByteArray &action = "AssumeRole")
{
    return "<" + action + "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><" +
           action + "Result><Credentials><AccessKeyId>" + id +
           "</AccessKeyId><SecretAccessKey>secret-" + id +
           "</SecretAccessKey><SessionToken>token-" + id + "</SessionToken><Expiration>" +
           expiration.toString(Qt::ISODate).toUtf8() + "</Expiration></Credentials></" + action +
           "Result></" + action + "Response>";
}

QUrlQuery form(const FaultServer::Received &request)
{
    return QUrlQuery(QString::fromUtf8(request.body));
}

QString param(const FaultServer::Received &request, const char *name)
{
    return form(request).queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

// The key id a request was signed with ("" when unsigned).
QString signedWith(const FaultServer::Received &request)
{
    const QByteArray authorization = request.header("Authorization");
    const qsizetype at = authorization.indexOf("Credential=");
    if (at < 0)
        return {};
    return QString::fromUtf8(authorization.mid(at + 11).split('/').first());
}

} // namespace

class RoleCredentialsTest : public Fixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void chainSignsEachCallWithThePreviousAnswer();
    void loopIsRefusedByName();
    void credentialSourceEnvironment();
    void webIdentityFromProfileAndEnvironment();
    void mfaCodeAskedThroughThePrompt();
    void keptUntilFiveMinutesBeforeExpiry();
    void stsErrorsAreReported();
    void endpointsFollowTheSdkRules();

private:
    QProcessEnvironment withSts(QProcessEnvironment env) const
    {
        env.insert(s("AWS_ENDPOINT_URL_STS"), m_sts->url().toString());
        return env;
    }
    std::shared_ptr<CredentialsProvider> resolved(const QProcessEnvironment &env,
                                                  const QString &profile, QString *error = nullptr)
    {
        ConnectionSettings settings;
        settings.profile = profile;
        settings.region = s("eu-west-1");
        const auto out = resolveConnection(settings, env, AwsSharedConfig::load(env));
        if (!out.ok()) {
            if (error)
                *error = out.error().message;
            return nullptr;
        }
        return out.value().credentials;
    }

    std::unique_ptr<FaultServer> m_sts;
    QDateTime m_later = QDateTime::currentDateTimeUtc().addSecs(3600);
};

void RoleCredentialsTest::init()
{
    QVERIFY(makeDir());
    m_sts = std::make_unique<FaultServer>();
    QVERIFY(m_sts->listen());
}

void RoleCredentialsTest::chainSignsEachCallWithThePreviousAnswer()
{
    const auto env = withSts(files("[profile admin]\nrole_arn = arn:aws:iam::111:role/Admin\n"
                                   "source_profile = hop\nrole_session_name = me\n"
                                   "external_id = ext-1\nduration_seconds = 900\n"
                                   "[profile hop]\nrole_arn = arn:aws:iam::222:role/Hop\n"
                                   "source_profile = base\n",
                                   "[base]\naws_access_key_id = AKIDBASE\n"
                                   "aws_secret_access_key = base-secret\n"));
    m_sts->reply(200, answer("ASIAHOP", m_later));
    m_sts->reply(200, answer("ASIAADMIN", m_later));
    auto provider = resolved(env, s("admin"));
    QVERIFY(provider);
    QVERIFY(provider->description().contains(s("arn:aws:iam::111:role/Admin")));
    const auto got = resolveNow(*provider);
    QVERIFY(got && got->ok());
    QCOMPARE(got->value().accessKeyId, s("ASIAADMIN"));
    QCOMPARE(got->value().sessionToken, s("token-ASIAADMIN"));
    QCOMPARE(m_sts->requestCount(), 2);
    const auto &first = m_sts->requests().at(0);
    const auto &second = m_sts->requests().at(1);
    QCOMPARE(param(first, "Action"), s("AssumeRole"));
    QCOMPARE(param(first, "RoleArn"), s("arn:aws:iam::222:role/Hop"));
    QCOMPARE(signedWith(first), s("AKIDBASE"));
    QVERIFY(first.header("Authorization").contains("/eu-west-1/sts/aws4_request"));
    QCOMPARE(param(second, "RoleArn"), s("arn:aws:iam::111:role/Admin"));
    QCOMPARE(signedWith(second), s("ASIAHOP")); // the hop's answer signs the next call
    QCOMPARE(second.header("X-Amz-Security-Token"), QByteArray("token-ASIAHOP"));
    QCOMPARE(param(second, "RoleSessionName"), s("me"));
    QCOMPARE(param(second, "ExternalId"), s("ext-1"));
    QCOMPARE(param(second, "DurationSeconds"), s("900"));
    QCOMPARE(param(second, "Version"), s("2011-06-15"));
}

void RoleCredentialsTest::loopIsRefusedByName()
{
    const auto env =
        withSts(files("[profile a]\nrole_arn = arn:aws:iam::1:role/A\nsource_profile = b\n"
                      "[profile b]\nrole_arn = arn:aws:iam::1:role/B\nsource_profile = a\n"
                      "[profile self]\nrole_arn = arn:aws:iam::1:role/S\n"
                      "source_profile = self\naws_access_key_id = AKIDSELF\n"
                      "aws_secret_access_key = x\n"
                      "[profile lost]\nrole_arn = arn:aws:iam::1:role/L\n"
                      "source_profile = nowhere\n",
                      ""));
    QString error;
    QVERIFY(!resolved(env, s("a"), &error));
    QVERIFY2(error.contains(s("a → b → a")), qPrintable(error));
    QVERIFY(!resolved(env, s("lost"), &error));
    QVERIFY2(error.contains(s("nowhere")), qPrintable(error));
    // A profile that is its own source with keys of its own: botocore allows it.
    m_sts->reply(200, answer("ASIASELF", m_later));
    auto self = resolved(env, s("self"));
    QVERIFY(self);
    const auto got = resolveNow(*self);
    QVERIFY(got && got->ok());
    QCOMPARE(signedWith(m_sts->requests().at(0)), s("AKIDSELF"));
    QCOMPARE(got->value().accessKeyId, s("ASIASELF"));
}

void RoleCredentialsTest::credentialSourceEnvironment()
{
    auto env = withSts(files("[profile ci]\nrole_arn = arn:aws:iam::1:role/Ci\n"
                             "credential_source = Environment\n"
                             "[profile box]\nrole_arn = arn:aws:iam::1:role/Box\n"
                             "credential_source = Printer\n",
                             ""));
    QString error;
    QVERIFY(!resolved(env, s("ci"), &error)); // no keys in the environment
    QVERIFY2(error.contains(s("AWS_ACCESS_KEY_ID")), qPrintable(error));
    QVERIFY(!resolved(env, s("box"), &error)); // said, not silently skipped
    QVERIFY2(error.contains(s("Printer")), qPrintable(error));
    env.insert(s("AWS_ACCESS_KEY_ID"), s("AKIDENV"));
    env.insert(s("AWS_SECRET_ACCESS_KEY"), s("env-secret"));
    m_sts->reply(200, answer("ASIACI", m_later));
    auto provider = resolved(env, s("ci"));
    QVERIFY(provider);
    const auto got = resolveNow(*provider);
    QVERIFY(got && got->ok());
    QCOMPARE(signedWith(m_sts->requests().at(0)), s("AKIDENV"));
}

void RoleCredentialsTest::webIdentityFromProfileAndEnvironment()
{
    const QString tokenFile = m_dir->filePath(s("token"));
    QVERIFY(writeFile(tokenFile, "eyJ.web.token\n"));
    auto env = withSts(files("[profile pod]\nrole_arn = arn:aws:iam::1:role/Pod\n"
                             "web_identity_token_file = " +
                                 tokenFile.toUtf8() +
                                 "\nrole_session_name = pod-1\n"
                                 "[profile plain]\nregion = eu-west-1\n",
                             ""));
    m_sts->reply(200, answer("ASIAPOD", m_later, "AssumeRoleWithWebIdentity"));
    auto provider = resolved(env, s("pod"));
    QVERIFY(provider);
    auto got = resolveNow(*provider);
    QVERIFY2(got && got->ok(), got ? qPrintable(got->error().message) : "no answer");
    QCOMPARE(got->value().accessKeyId, s("ASIAPOD"));
    const auto &request = m_sts->requests().at(0);
    QCOMPARE(param(request, "Action"), s("AssumeRoleWithWebIdentity"));
    QCOMPARE(param(request, "WebIdentityToken"), s("eyJ.web.token"));
    QCOMPARE(param(request, "RoleSessionName"), s("pod-1"));
    QVERIFY(request.header("Authorization").isEmpty()); // unsigned, as the SDKs send it

    // The environment's, for a profile that names no credentials of its own.
    env.insert(s("AWS_WEB_IDENTITY_TOKEN_FILE"), tokenFile);
    env.insert(s("AWS_ROLE_ARN"), s("arn:aws:iam::1:role/FromEnv"));
    m_sts->reply(200, answer("ASIAENV", m_later, "AssumeRoleWithWebIdentity"));
    provider = resolved(env, s("plain"));
    QVERIFY(provider);
    got = resolveNow(*provider);
    QVERIFY(got && got->ok());
    QCOMPARE(param(m_sts->requests().at(1), "RoleArn"), s("arn:aws:iam::1:role/FromEnv"));

    // A token file that is gone: said, with its path.
    QFile::remove(tokenFile);
    StsCredentialsProvider gone({s("arn:aws:iam::1:role/Pod"), {}, {}, {}, 3600, tokenFile},
                                {m_sts->url(), s("eu-west-1")}, nullptr, s("test"));
    got = resolveNow(gone);
    QVERIFY(got && !got->ok());
    QVERIFY(got->error().message.contains(tokenFile));
    QCOMPARE(m_sts->requestCount(), 2);
}

void RoleCredentialsTest::mfaCodeAskedThroughThePrompt()
{
    RoleSettings role{s("arn:aws:iam::1:role/Mfa"), s("s"), {},
                      s("arn:aws:iam::1:mfa/me"),   3600,   {}};
    auto source = std::make_shared<StaticCredentialsProvider>(
        Credentials{s("AKIDSRC"), s("x"), {}, std::nullopt}, s("source"));
    StsCredentialsProvider provider(role, {m_sts->url(), s("eu-west-1")}, source, s("test"));
    // Without a prompt: a clear refusal, nothing sent.
    auto got = resolveNow(provider);
    QVERIFY(got && !got->ok());
    QVERIFY(got->error().message.contains(s("arn:aws:iam::1:mfa/me")));
    QCOMPARE(m_sts->requestCount(), 0);

    QStringList asked;
    std::function<void(std::optional<QString>)> pending;
    provider.setMfaPrompt([&](const QString &serial, auto answer) {
        asked.append(serial);
        pending = answer;
    });
    m_sts->reply(200, answer("ASIAMFA", m_later));
    std::optional<Outcome<Credentials>> out;
    QObject context;
    provider.resolve(&context, [&out](const Outcome<Credentials> &o) { out = o; });
    QTRY_VERIFY(pending); // the prompt is open; nothing waits on it but this call
    QCOMPARE(asked, QStringList{s("arn:aws:iam::1:mfa/me")});
    QCOMPARE(m_sts->requestCount(), 0);
    pending(s(" 123456 "));
    QTRY_VERIFY(out.has_value());
    QVERIFY(out->ok());
    QCOMPARE(param(m_sts->requests().at(0), "TokenCode"), s("123456"));
    QCOMPARE(param(m_sts->requests().at(0), "SerialNumber"), s("arn:aws:iam::1:mfa/me"));
}

void RoleCredentialsTest::keptUntilFiveMinutesBeforeExpiry()
{
    const QDateTime start(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
    QDateTime now = start;
    auto source = std::make_shared<StaticCredentialsProvider>(
        Credentials{s("AKIDSRC"), s("x"), {}, std::nullopt}, s("source"));
    StsCredentialsProvider provider({s("arn:aws:iam::1:role/R"), {}, {}, {}, 3600, {}},
                                    {m_sts->url(), s("eu-west-1")}, source, s("test"));
    provider.setClock([&now] { return now; });
    m_sts->reply(200, answer("ASIAONE", start.addSecs(3600)));
    m_sts->reply(200, answer("ASIATWO", start.addSecs(7200)));
    // Two callers at once share one call.
    std::optional<Outcome<Credentials>> a, b;
    QObject context;
    provider.resolve(&context, [&a](const Outcome<Credentials> &o) { a = o; });
    provider.resolve(&context, [&b](const Outcome<Credentials> &o) { b = o; });
    QTRY_VERIFY(a && b);
    QCOMPARE(m_sts->requestCount(), 1);
    now = start.addSecs(3600 - 301);
    QCOMPARE(resolveNow(provider)->value().accessKeyId, s("ASIAONE"));
    QCOMPARE(m_sts->requestCount(), 1);
    now = start.addSecs(3600 - 299);
    QCOMPARE(resolveNow(provider)->value().accessKeyId, s("ASIATWO"));
    QCOMPARE(m_sts->requestCount(), 2);
}

void RoleCredentialsTest::stsErrorsAreReported()
{
    auto source = std::make_shared<StaticCredentialsProvider>(
        Credentials{s("AKIDSRC"), s("x"), {}, std::nullopt}, s("source"));
    StsCredentialsProvider provider({s("arn:aws:iam::1:role/Denied"), {}, {}, {}, 3600, {}},
                                    {m_sts->url(), s("eu-west-1")}, source, s("test"));
    m_sts->reply(403, "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>"
                      "<Message>User is not authorized to perform: sts:AssumeRole</Message>"
                      "</Error><RequestId>r-1</RequestId></ErrorResponse>");
    auto got = resolveNow(provider);
    QVERIFY(got && !got->ok());
    QCOMPARE(got->error().kind, Kind::Credentials);
    QCOMPARE(got->error().type, s("AccessDenied"));
    QVERIFY(got->error().message.contains(s("arn:aws:iam::1:role/Denied")));
    QVERIFY(got->error().message.contains(s("not authorized")));
    QVERIFY(!got->error().message.contains(s("AKIDSRC")));
    // An answer without credentials.
    m_sts->reply(200, "<AssumeRoleResponse><AssumeRoleResult/></AssumeRoleResponse>");
    got = resolveNow(provider);
    QVERIFY(got && !got->ok());
    QVERIFY(StsCredentialsProvider::parseAnswer("not xml <<<").ok() == false);
}

void RoleCredentialsTest::endpointsFollowTheSdkRules()
{
    QCOMPARE(stsEndpoint(s("eu-west-1"), {}, {}), QUrl(s("https://sts.eu-west-1.amazonaws.com")));
    QCOMPARE(stsEndpoint(s("cn-north-1"), {}, {}),
             QUrl(s("https://sts.cn-north-1.amazonaws.com.cn")));
    QCOMPARE(stsEndpoint(s("eu-west-1"), s("http://sts.test"), s("http://all.test")),
             QUrl(s("http://sts.test")));
    QCOMPARE(stsEndpoint(s("eu-west-1"), {}, s("http://all.test")), QUrl(s("http://all.test")));
    // Form encoding: every reserved byte encoded.
    RoleSettings role{s("arn:aws:iam::1:role/a+b"), {}, s("x&y=z"), {}, 900, {}};
    const QByteArray body = StsCredentialsProvider::requestBody(role, s("n m"), {});
    QVERIFY(body.contains("RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fa%2Bb"));
    QVERIFY(body.contains("ExternalId=x%26y%3Dz"));
    QVERIFY(body.contains("RoleSessionName=n%20m"));
}

QTEST_GUILESS_MAIN(RoleCredentialsTest)
#include "tst_rolecredentials.moc"
