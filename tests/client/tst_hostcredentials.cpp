// Credentials the machine hands out, against local fakes (FaultServer): a container's
// endpoint (full URI, authorization token from a file), IMDSv2 (token, role, credentials;
// AWS_EC2_METADATA_SERVICE_ENDPOINT points at the fake), a role whose source is the
// instance, and the refusals: an http URI to another host, a service that never answers
// (one attempt, the short timeout), metadata turned off.

#include "credentialstest.h"
#include "faultserver.h"
#include "hostcredentials.h"
#include "rolecredentials.h"

using namespace credentialstest;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray kCredentials = R"({"Code": "Success", "AccessKeyId": "ASIAHOST",
    "SecretAccessKey": "host-secret", "Token": "host-token",
    "Expiration": "2099-01-01T00:00:00Z"})";

} // namespace

class HostCredentialsTest : public Fixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void containerWithTokenFile();
    void containerRefusesPlainHttpElsewhere();
    void instanceMetadataV2();
    void roleFromTheInstance();
    void silentServiceCostsOneShortAttempt();
    void metadataTurnedOff();

private:
    std::unique_ptr<FaultServer> m_fake;
};

void HostCredentialsTest::init()
{
    QVERIFY(makeDir());
    m_fake = std::make_unique<FaultServer>();
    QVERIFY(m_fake->listen());
}

void HostCredentialsTest::containerWithTokenFile()
{
    const QString tokenFile = m_dir->filePath(s("agent-token"));
    QVERIFY(writeFile(tokenFile, "Bearer abc\n"));
    auto env = files("[default]\nregion = eu-west-1\n", "");
    env.insert(s("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
               m_fake->url().toString() + s("/v2/credentials/xyz"));
    env.insert(s("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"), tokenFile);
    const auto connection = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(connection.ok());
    m_fake->reply(200, kCredentials);
    const auto got = resolveNow(*connection.value().credentials);
    QVERIFY(got && got->ok());
    QCOMPARE(got->value().accessKeyId, s("ASIAHOST"));
    QCOMPARE(got->value().sessionToken, s("host-token"));
    QVERIFY(got->value().expiration.has_value());
    const auto &request = m_fake->requests().at(0);
    QCOMPARE(request.rawPath, QByteArray("/v2/credentials/xyz"));
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer abc"));
    // Kept: a second caller does not ask again.
    QVERIFY(resolveNow(*connection.value().credentials)->ok());
    QCOMPARE(m_fake->requestCount(), 1);
}

void HostCredentialsTest::containerRefusesPlainHttpElsewhere()
{
    QProcessEnvironment env;
    env.insert(s("AWS_CONTAINER_CREDENTIALS_FULL_URI"), s("http://example.com/creds"));
    HostCredentialsProvider provider(HostCredentialsProvider::Source::Container, env);
    const auto got = resolveNow(provider);
    QVERIFY(got && !got->ok());
    QVERIFY(got->error().message.contains(s("https")));
    QCOMPARE(m_fake->requestCount(), 0);
    QVERIFY(!HostCredentialsProvider::parseAnswer(R"({"Code": "Expired"})").ok());
}

void HostCredentialsTest::instanceMetadataV2()
{
    QProcessEnvironment env;
    env.insert(s("AWS_EC2_METADATA_SERVICE_ENDPOINT"), m_fake->url().toString() + s("/"));
    HostCredentialsProvider provider(HostCredentialsProvider::Source::InstanceMetadata, env);
    m_fake->reply(200, "session-token-1");
    m_fake->reply(200, "desktop-role\n");
    m_fake->reply(200, kCredentials);
    const auto got = resolveNow(provider);
    QVERIFY2(got && got->ok(), got ? qPrintable(got->error().message) : "no answer");
    QCOMPARE(got->value().accessKeyId, s("ASIAHOST"));
    QCOMPARE(m_fake->requestCount(), 3);
    const auto &token = m_fake->requests().at(0);
    QCOMPARE(token.method, QByteArray("PUT"));
    QCOMPARE(token.rawPath, QByteArray("/latest/api/token"));
    QCOMPARE(token.header("X-aws-ec2-metadata-token-ttl-seconds"), QByteArray("21600"));
    const auto &roles = m_fake->requests().at(1);
    QCOMPARE(roles.rawPath, QByteArray("/latest/meta-data/iam/security-credentials/"));
    QCOMPARE(roles.header("X-aws-ec2-metadata-token"), QByteArray("session-token-1"));
    QCOMPARE(m_fake->requests().at(2).rawPath,
             QByteArray("/latest/meta-data/iam/security-credentials/desktop-role"));
    QVERIFY(m_fake->requests().at(2).header("Authorization").isEmpty()); // never signed
}

void HostCredentialsTest::roleFromTheInstance()
{
    auto env = files("[profile admin]\nrole_arn = arn:aws:iam::1:role/Admin\n"
                     "credential_source = Ec2InstanceMetadata\nregion = eu-west-1\n",
                     "");
    env.insert(s("AWS_EC2_METADATA_SERVICE_ENDPOINT"), m_fake->url().toString());
    env.insert(s("AWS_ENDPOINT_URL_STS"), m_fake->url().toString());
    m_fake->reply(200, "t");
    m_fake->reply(200, "desktop-role");
    m_fake->reply(200, kCredentials);
    m_fake->reply(200, "<AssumeRoleResponse><AssumeRoleResult><Credentials>"
                       "<AccessKeyId>ASIAADMIN</AccessKeyId><SecretAccessKey>s</SecretAccessKey>"
                       "<SessionToken>t</SessionToken><Expiration>2099-01-01T00:00:00Z"
                       "</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>");
    ConnectionSettings settings;
    settings.profile = s("admin");
    const auto connection = resolveConnection(settings, env, AwsSharedConfig::load(env));
    QVERIFY(connection.ok());
    const auto got = resolveNow(*connection.value().credentials);
    QVERIFY2(got && got->ok(), got ? qPrintable(got->error().message) : "no answer");
    QCOMPARE(got->value().accessKeyId, s("ASIAADMIN"));
    QVERIFY(m_fake->requests().at(3).header("Authorization").contains("Credential=ASIAHOST/"));
}

void HostCredentialsTest::silentServiceCostsOneShortAttempt()
{
    QProcessEnvironment env;
    env.insert(s("AWS_EC2_METADATA_SERVICE_ENDPOINT"), m_fake->url().toString());
    HostCredentialsProvider provider(HostCredentialsProvider::Source::InstanceMetadata, env);
    QCOMPARE(provider.timeout, std::chrono::milliseconds(1000)); // the SDKs' default
    m_fake->neverAnswer();
    const auto got = resolveNow(provider);
    QVERIFY(got && !got->ok());
    QCOMPARE(got->error().kind, Kind::Credentials);
    QVERIFY(got->error().message.contains(s("did not answer")));
    QCOMPARE(m_fake->requestCount(), 1); // one attempt, no retry
}

void HostCredentialsTest::metadataTurnedOff()
{
    QProcessEnvironment env;
    env.insert(s("AWS_EC2_METADATA_SERVICE_ENDPOINT"), m_fake->url().toString());
    env.insert(s("AWS_EC2_METADATA_DISABLED"), s("true"));
    HostCredentialsProvider provider(HostCredentialsProvider::Source::InstanceMetadata, env);
    const auto got = resolveNow(provider);
    QVERIFY(got && !got->ok());
    QVERIFY(got->error().message.contains(s("AWS_EC2_METADATA_DISABLED")));
    QCOMPARE(m_fake->requestCount(), 0);
}

QTEST_GUILESS_MAIN(HostCredentialsTest)
#include "tst_hostcredentials.moc"
