// The AWS shared files and the connection's resolution as the AWS CLI does it, and
// credential_process: parsing, caching, refresh, failures that must not leak secrets.
// Never reads the real ~/.aws: every test names its files through the environment.
#include "awsconfig.h"
#include "credentials.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace cp::client;
using Kind = ServiceError::Kind;

namespace {

constexpr int kWait = 20000;

std::optional<Outcome<Credentials>> resolveNow(CredentialsProvider &provider)
{
    std::optional<Outcome<Credentials>> out;
    QObject context;
    provider.resolve(&context, [&out](const Outcome<Credentials> &o) { out = o; });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, kWait);
    return out;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text) == text.size();
}

int readCounter(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().count('x');
}

} // namespace

class TstCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void parseSections();
    void parseCommentsCrlfAndNesting();
    void parseDelimitersAndBom();
    void profileNamesDefaultFirst();
    void loadFromEnvironmentPaths();

    void credentialsOrder();
    void explicitProfileBeatsEnvironmentKeys();
    void awsProfileSelects();
    void regionOrder();
    void endpointOrder();
    void defaultEndpoints();
    void unknownProfileIsClear();
    void missingRegionIsClear();
    void invalidEndpointIsClear();
    void partialKeysAreClear();
    void emptySettingsFallBack();

    void processParsedAndCached();
    void processRefreshedNearExpiration();
    void processFailureHidesStderr();
    void processBadOutputHidesStdout();
    void processNotFound();
    void processInvalidCommandLine();
    void processContextDestroyed();
    void parseOutputCases();

    void splitCommandLineCases_data();
    void splitCommandLineCases();

private:
    // Writes the two files and returns an environment that names them (and nothing else).
    QProcessEnvironment files(const QByteArray &config, const QByteArray &credentials);
    // A credential_process script that counts its runs in `counter`.
    QString script(const QByteArray &body);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCredentials::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcessEnvironment TstCredentials::files(const QByteArray &config, const QByteArray &credentials)
{
    const QString configPath = m_dir->filePath(QStringLiteral("config"));
    const QString credentialsPath = m_dir->filePath(QStringLiteral("credentials"));
    writeFile(configPath, config);
    writeFile(credentialsPath, credentials);
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), configPath);
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentialsPath);
    env.insert(QStringLiteral("HOME"), m_dir->path());
    return env;
}

QString TstCredentials::script(const QByteArray &body)
{
    QDir(m_dir->path()).mkdir(QStringLiteral("with space"));
    const QString path = m_dir->filePath(QStringLiteral("with space/creds.sh"));
    writeFile(path, "#!/bin/sh\n" + body);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void TstCredentials::parseSections()
{
    const auto files = AwsSharedConfig::fromText(
        QStringLiteral("[default]\nregion = eu-west-1\n"
                       "[profile dev]\nregion = us-west-2\n"
                       "[plain]\nregion = ap-south-1\n" // not a profile in the config file
                       "[sso-session corp]\nsso_region = us-east-1\n"
                       "[services local]\ncustomer_profiles =\n  endpoint_url = http://x\n"
                       "[profile   spaced  ]\nRegion = ca-central-1\n"
                       "[profile default]\noutput = json\n"),
        QStringLiteral("[dev]\naws_access_key_id = AKIDDEV\n"
                       "[profile odd]\naws_access_key_id = AKIDODD\n"));
    QCOMPARE(files.configFor(QStringLiteral("default")).value(QStringLiteral("region")),
             QStringLiteral("eu-west-1"));
    QCOMPARE(files.configFor(QStringLiteral("default")).value(QStringLiteral("output")),
             QStringLiteral("json"));
    QCOMPARE(files.configFor(QStringLiteral("dev")).value(QStringLiteral("region")),
             QStringLiteral("us-west-2"));
    QVERIFY(files.configFor(QStringLiteral("plain")).isEmpty());
    QVERIFY(files.configFor(QStringLiteral("corp")).isEmpty());
    QVERIFY(files.configFor(QStringLiteral("sso-session corp")).isEmpty());
    QCOMPARE(files.configFor(QStringLiteral("spaced")).value(QStringLiteral("region")),
             QStringLiteral("ca-central-1")); // keys are case-insensitive, as ConfigParser
    QCOMPARE(files.credentialsFor(QStringLiteral("dev")).value(QStringLiteral("aws_access_key_id")),
             QStringLiteral("AKIDDEV"));
    // In the credentials file there is no "profile " prefix: the name is taken as it is.
    QCOMPARE(files.credentialsFor(QStringLiteral("profile odd"))
                 .value(QStringLiteral("aws_access_key_id")),
             QStringLiteral("AKIDODD"));
    QVERIFY(files.credentialsFor(QStringLiteral("odd")).isEmpty());
}

void TstCredentials::parseCommentsCrlfAndNesting()
{
    const auto files = AwsSharedConfig::fromText(
        QStringLiteral("# a comment\r\n; another\r\n[profile p]\r\nregion = us-east-2\r\n"
                       "  # indented comment\r\n"
                       "s3 =\r\n    max_concurrent_requests = 20\r\n    region = nested\r\n"
                       "output=text\r\n\r\n   \r\n[profile q]\r\nregion=eu-north-1"),
        QStringLiteral("[p]\r\naws_access_key_id = AKID\r\naws_secret_access_key = s3cr3t\r\n"));
    const auto p = files.configFor(QStringLiteral("p"));
    QCOMPARE(p.value(QStringLiteral("region")), QStringLiteral("us-east-2"));
    QCOMPARE(p.value(QStringLiteral("output")), QStringLiteral("text"));
    QVERIFY(!p.contains(QStringLiteral("max_concurrent_requests")));
    QVERIFY(!p.contains(QStringLiteral("# indented comment")));
    QCOMPARE(files.configFor(QStringLiteral("q")).value(QStringLiteral("region")),
             QStringLiteral("eu-north-1"));
    const auto creds = files.credentialsFor(QStringLiteral("p"));
    QCOMPARE(creds.value(QStringLiteral("aws_secret_access_key")), QStringLiteral("s3cr3t"));
    for (auto it = p.begin(); it != p.end(); ++it) {
        QVERIFY(!it.value().contains(QLatin1Char('\r')));
        QVERIFY(!it.key().contains(QLatin1Char('\r')));
    }
}

void TstCredentials::parseDelimitersAndBom()
{
    const auto files = AwsSharedConfig::fromText(
        QStringLiteral("\xfeff[default]\nregion: us-west-1\nendpoint_url = http://localhost:4566\n"
                       "credential_process = tool --a=b:c\n"),
        QString());
    const auto d = files.configFor(QStringLiteral("default"));
    QCOMPARE(d.value(QStringLiteral("region")), QStringLiteral("us-west-1"));
    QCOMPARE(d.value(QStringLiteral("endpoint_url")), QStringLiteral("http://localhost:4566"));
    QCOMPARE(d.value(QStringLiteral("credential_process")), QStringLiteral("tool --a=b:c"));
}

void TstCredentials::profileNamesDefaultFirst()
{
    const auto files = AwsSharedConfig::fromText(
        QStringLiteral("[profile zeta]\n[profile alpha]\n[default]\n[plain]\n"),
        QStringLiteral("[beta]\n[alpha]\n[default]\n"));
    QCOMPARE(files.profileNames(), QStringList({QStringLiteral("default"), QStringLiteral("alpha"),
                                                QStringLiteral("beta"), QStringLiteral("zeta")}));
    const auto none =
        AwsSharedConfig::fromText(QStringLiteral("[profile b]\n"), QStringLiteral("[a]\n"));
    QCOMPARE(none.profileNames(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(AwsSharedConfig::fromText({}, {}).profileNames().isEmpty());
}

void TstCredentials::loadFromEnvironmentPaths()
{
    QProcessEnvironment env =
        files("[profile x]\nregion = eu-west-3\n", "[x]\naws_access_key_id = A\n");
    AwsSharedConfig loaded = AwsSharedConfig::load(env);
    QCOMPARE(loaded.configPath(), m_dir->filePath(QStringLiteral("config")));
    QCOMPARE(loaded.credentialsPath(), m_dir->filePath(QStringLiteral("credentials")));
    QCOMPARE(loaded.configFor(QStringLiteral("x")).value(QStringLiteral("region")),
             QStringLiteral("eu-west-3"));

    // Without the variables: ~/.aws under the environment's HOME, never the real one.
    QDir(m_dir->path()).mkpath(QStringLiteral(".aws"));
    writeFile(m_dir->filePath(QStringLiteral(".aws/config")),
              "[profile home]\nregion = sa-east-1\n");
    QProcessEnvironment homeOnly;
    homeOnly.insert(QStringLiteral("HOME"), m_dir->path());
    loaded = AwsSharedConfig::load(homeOnly);
    QCOMPARE(loaded.configPath(), m_dir->filePath(QStringLiteral(".aws/config")));
    QCOMPARE(loaded.configFor(QStringLiteral("home")).value(QStringLiteral("region")),
             QStringLiteral("sa-east-1"));

    // "~/" in the variables.
    QProcessEnvironment tilde = homeOnly;
    tilde.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("~/.aws/config"));
    tilde.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("~/missing"));
    loaded = AwsSharedConfig::load(tilde);
    QCOMPARE(loaded.configPath(), m_dir->filePath(QStringLiteral(".aws/config")));
    QCOMPARE(loaded.profileNames(), QStringList{QStringLiteral("home")});
}

void TstCredentials::credentialsOrder()
{
    const QString counter = m_dir->filePath(QStringLiteral("count"));
    const QString tool = script("printf x >> '" + counter.toUtf8() +
                                "'\necho '{\"Version\":1,\"AccessKeyId\":\"AKIDPROCESS\","
                                "\"SecretAccessKey\":\"sp\"}'\n");
    const QByteArray process = "credential_process = \"" + tool.toUtf8() + "\"\n";
    const QByteArray configKeys = "aws_access_key_id = AKIDCONFIG\naws_secret_access_key = sc\n";
    const QByteArray fileKeys =
        "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = sf\n";

    const auto keyOf = [](const Outcome<ResolvedConnection> &resolved) -> QString {
        if (!resolved.ok())
            return QStringLiteral("error: ") + resolved.error().message;
        const auto creds = resolveNow(*resolved->credentials);
        if (!creds || !creds->ok())
            return QStringLiteral("no credentials");
        return creds->value().accessKeyId;
    };
    const QByteArray config = "[default]\nregion = us-east-1\n" + process + configKeys;

    QProcessEnvironment env = files(config, fileKeys);
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("se"));
    ConnectionSettings explicitKeys;
    explicitKeys.accessKeyId = QStringLiteral("AKIDEXPLICIT");
    explicitKeys.secretAccessKey = QStringLiteral("sx");
    QCOMPARE(keyOf(resolveConnection(explicitKeys, env, AwsSharedConfig::load(env))),
             QStringLiteral("AKIDEXPLICIT"));
    QCOMPARE(keyOf(resolveConnection({}, env, AwsSharedConfig::load(env))),
             QStringLiteral("AKIDENV"));

    env = files(config, fileKeys);
    QCOMPARE(keyOf(resolveConnection({}, env, AwsSharedConfig::load(env))),
             QStringLiteral("AKIDFILE"));
    env = files(config, "");
    QCOMPARE(keyOf(resolveConnection({}, env, AwsSharedConfig::load(env))),
             QStringLiteral("AKIDPROCESS"));
    QCOMPARE(readCounter(counter), 1);
    env = files("[default]\nregion = us-east-1\n" + configKeys, "");
    QCOMPARE(keyOf(resolveConnection({}, env, AwsSharedConfig::load(env))),
             QStringLiteral("AKIDCONFIG"));
    env = files("[default]\nregion = us-east-1\n", "");
    const auto none = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, Kind::Credentials);
    QVERIFY(none.error().message.contains(QStringLiteral("default")));

    // The session token travels with the keys; descriptions never hold a secret.
    env = files("[default]\nregion = us-east-1\n",
                "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = topsecret\n"
                "aws_session_token = tokentoken\n");
    const auto withToken = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(withToken.ok());
    const auto creds = resolveNow(*withToken->credentials);
    QVERIFY(creds && creds->ok());
    QCOMPARE(creds->value().sessionToken, QStringLiteral("tokentoken"));
    QVERIFY(!withToken->credentials->description().contains(QStringLiteral("topsecret")));
    QVERIFY(withToken->credentials->description().contains(
        m_dir->filePath(QStringLiteral("credentials"))));
}

void TstCredentials::explicitProfileBeatsEnvironmentKeys()
{
    QProcessEnvironment env =
        files("[profile dev]\nregion = us-west-2\n",
              "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n"
              "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s\n");
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("se"));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("eu-central-1"));
    ConnectionSettings settings;
    settings.profile = QStringLiteral("dev");
    const auto resolved = resolveConnection(settings, env, AwsSharedConfig::load(env));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->profile, QStringLiteral("dev"));
    const auto creds = resolveNow(*resolved->credentials);
    QVERIFY(creds && creds->ok());
    QCOMPARE(creds->value().accessKeyId, QStringLiteral("AKIDDEV"));

    // AWS_PROFILE is not an explicit choice: the environment's keys still win (as the CLI).
    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("dev"));
    const auto viaEnv = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(viaEnv.ok());
    QCOMPARE(viaEnv->profile, QStringLiteral("dev"));
    const auto envCreds = resolveNow(*viaEnv->credentials);
    QVERIFY(envCreds && envCreds->ok());
    QCOMPARE(envCreds->value().accessKeyId, QStringLiteral("AKIDENV"));
}

void TstCredentials::awsProfileSelects()
{
    QProcessEnvironment env =
        files("[profile dev]\nregion = us-west-2\n[default]\nregion = us-east-1\n",
              "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n"
              "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s\n");
    auto resolved = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->profile, QStringLiteral("default"));
    QCOMPARE(resolved->region, QStringLiteral("us-east-1"));

    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("dev"));
    resolved = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->profile, QStringLiteral("dev"));
    QCOMPARE(resolved->region, QStringLiteral("us-west-2"));
    const auto creds = resolveNow(*resolved->credentials);
    QVERIFY(creds && creds->ok());
    QCOMPARE(creds->value().accessKeyId, QStringLiteral("AKIDDEV"));

    // Set but empty: as if not set.
    env.insert(QStringLiteral("AWS_PROFILE"), QString());
    resolved = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->profile, QStringLiteral("default"));
}

void TstCredentials::regionOrder()
{
    QProcessEnvironment env =
        files("[default]\nregion = ap-southeast-2\n",
              "[default]\naws_access_key_id = A\naws_secret_access_key = s\n");
    const auto regionWith = [&](const QProcessEnvironment &e,
                                std::optional<QString> explicitRegion) {
        ConnectionSettings settings;
        settings.region = explicitRegion;
        const auto resolved = resolveConnection(settings, e, AwsSharedConfig::load(e));
        return resolved.ok() ? resolved->region : QStringLiteral("error");
    };
    QCOMPARE(regionWith(env, std::nullopt), QStringLiteral("ap-southeast-2"));
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("eu-west-2"));
    QCOMPARE(regionWith(env, std::nullopt), QStringLiteral("eu-west-2"));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("eu-west-1"));
    QCOMPARE(regionWith(env, std::nullopt), QStringLiteral("eu-west-1"));
    QCOMPARE(regionWith(env, QStringLiteral("ca-central-1")), QStringLiteral("ca-central-1"));
}

void TstCredentials::endpointOrder()
{
    QProcessEnvironment env =
        files("[default]\nregion = us-east-1\nendpoint_url = http://config:1\n",
              "[default]\naws_access_key_id = A\naws_secret_access_key = s\n");
    const auto endpointWith = [&](const QProcessEnvironment &e,
                                  std::optional<QString> explicitUrl) {
        ConnectionSettings settings;
        settings.endpointUrl = explicitUrl;
        const auto resolved = resolveConnection(settings, e, AwsSharedConfig::load(e));
        return resolved.ok() ? resolved->endpointUrl.toString() : QStringLiteral("error");
    };
    QCOMPARE(endpointWith(env, std::nullopt), QStringLiteral("http://config:1"));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://global:2"));
    QCOMPARE(endpointWith(env, std::nullopt), QStringLiteral("http://global:2"));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_CUSTOMER_PROFILES"),
               QStringLiteral("http://service:3"));
    QCOMPARE(endpointWith(env, std::nullopt), QStringLiteral("http://service:3"));
    QCOMPARE(endpointWith(env, QStringLiteral("https://explicit:4")),
             QStringLiteral("https://explicit:4"));
}

void TstCredentials::defaultEndpoints()
{
    QCOMPARE(defaultEndpoint(QStringLiteral("us-east-1")),
             QUrl(QStringLiteral("https://profile.us-east-1.amazonaws.com")));
    QCOMPARE(defaultEndpoint(QStringLiteral("cn-north-1")),
             QUrl(QStringLiteral("https://profile.cn-north-1.amazonaws.com.cn")));
    QProcessEnvironment env =
        files("[default]\nregion = us-east-1\n",
              "[default]\naws_access_key_id = A\naws_secret_access_key = s\n");
    auto resolved = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->endpointUrl,
             QUrl(QStringLiteral("https://profile.us-east-1.amazonaws.com")));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("cn-north-1"));
    resolved = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->endpointUrl,
             QUrl(QStringLiteral("https://profile.cn-north-1.amazonaws.com.cn")));
}

void TstCredentials::unknownProfileIsClear()
{
    QProcessEnvironment env =
        files("[default]\nregion = us-east-1\n",
              "[default]\naws_access_key_id = A\naws_secret_access_key = s\n");
    ConnectionSettings settings;
    settings.profile = QStringLiteral("nosuch");
    auto resolved = resolveConnection(settings, env, AwsSharedConfig::load(env));
    QVERIFY(!resolved.ok());
    QVERIFY(resolved.error().message.contains(QStringLiteral("\"nosuch\"")));
    QVERIFY(!resolved.error().summary().isEmpty());

    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("alsonot"));
    resolved = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(!resolved.ok());
    QVERIFY(resolved.error().message.contains(QStringLiteral("\"alsonot\"")));
}

void TstCredentials::missingRegionIsClear()
{
    QProcessEnvironment env =
        files("", "[default]\naws_access_key_id = A\naws_secret_access_key = s\n");
    const auto resolved = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(!resolved.ok());
    QVERIFY(resolved.error().message.contains(QStringLiteral("region")));
    QVERIFY(resolved.error().message.contains(QStringLiteral("AWS_REGION")));
}

void TstCredentials::invalidEndpointIsClear()
{
    QProcessEnvironment env =
        files("[default]\nregion = us-east-1\n",
              "[default]\naws_access_key_id = A\naws_secret_access_key = s\n");
    for (const QString &bad :
         {QStringLiteral("ftp://x"), QStringLiteral("not a url"), QStringLiteral("http://")}) {
        ConnectionSettings settings;
        settings.endpointUrl = bad;
        const auto resolved = resolveConnection(settings, env, AwsSharedConfig::load(env));
        QVERIFY2(!resolved.ok(), qPrintable(bad));
        QVERIFY(resolved.error().message.contains(bad));
    }
}

void TstCredentials::partialKeysAreClear()
{
    QProcessEnvironment env =
        files("[default]\nregion = us-east-1\n", "[default]\naws_access_key_id = AKIDHALF\n");
    auto resolved = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, Kind::Credentials);
    QVERIFY(resolved.error().message.contains(QStringLiteral("aws_secret_access_key")));

    env = files("[default]\nregion = us-east-1\n", "[default]\naws_secret_access_key = hushhush\n");
    resolved = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(!resolved.ok());
    QVERIFY(!resolved.error().message.contains(QStringLiteral("hushhush")));

    env = files("[default]\nregion = us-east-1\n", "");
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    resolved = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(!resolved.ok());
    QVERIFY(resolved.error().message.contains(QStringLiteral("AWS_SECRET_ACCESS_KEY")));

    ConnectionSettings settings;
    settings.secretAccessKey = QStringLiteral("onlythesecret");
    resolved = resolveConnection(settings, env, AwsSharedConfig::load(env));
    QVERIFY(!resolved.ok());
    QVERIFY(!resolved.error().message.contains(QStringLiteral("onlythesecret")));
}

void TstCredentials::emptySettingsFallBack()
{
    QProcessEnvironment env =
        files("[default]\nregion = us-east-1\n",
              "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n");
    ConnectionSettings settings; // as a form with every field cleared
    settings.profile = QString();
    settings.region = QStringLiteral("  ");
    settings.endpointUrl = QString();
    settings.accessKeyId = QString();
    settings.secretAccessKey = QString();
    settings.sessionToken = QString();
    const auto resolved = resolveConnection(settings, env, AwsSharedConfig::load(env));
    QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
    QCOMPARE(resolved->region, QStringLiteral("us-east-1"));
    QCOMPARE(resolved->profile, QStringLiteral("default"));
    const auto creds = resolveNow(*resolved->credentials);
    QVERIFY(creds && creds->ok());
    QCOMPARE(creds->value().accessKeyId, QStringLiteral("AKIDFILE"));
}

void TstCredentials::processParsedAndCached()
{
    const QString counter = m_dir->filePath(QStringLiteral("count"));
    const QString tool =
        script("printf x >> \"$1\"\n"
               "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": "
               "\"procsecret\", \"SessionToken\": \"proctoken\", \"Expiration\": "
               "\"2030-01-01T12:00:00Z\"}'\n");
    ProcessCredentialsProvider provider(QLatin1Char('"') + tool + QStringLiteral("\" '") + counter +
                                            QLatin1Char('\''),
                                        QStringLiteral("proc"));
    provider.setClock([] { return QDateTime(QDate(2030, 1, 1), QTime(11, 0), Qt::UTC); });
    QVERIFY(provider.description().contains(QStringLiteral("proc")));

    // Two callers while the process runs: one run, both answered.
    std::optional<Outcome<Credentials>> first, second;
    QObject context;
    provider.resolve(&context, [&first](const Outcome<Credentials> &o) { first = o; });
    provider.resolve(&context, [&second](const Outcome<Credentials> &o) { second = o; });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value() && second.has_value(), kWait);
    QVERIFY2(first->ok(), qPrintable(first->error().message));
    QVERIFY(second->ok());
    QCOMPARE(first->value().accessKeyId, QStringLiteral("AKIDPROC"));
    QCOMPARE(first->value().secretAccessKey, QStringLiteral("procsecret"));
    QCOMPARE(first->value().sessionToken, QStringLiteral("proctoken"));
    QVERIFY(first->value().expiration.has_value());
    QCOMPARE(*first->value().expiration, QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(readCounter(counter), 1);

    // From the cache, still answered on a later turn.
    bool answered = false;
    provider.resolve(&context, [&answered](const Outcome<Credentials> &o) { answered = o.ok(); });
    QVERIFY(!answered);
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWait);
    QCOMPARE(readCounter(counter), 1);
}

void TstCredentials::processRefreshedNearExpiration()
{
    const QString counter = m_dir->filePath(QStringLiteral("count"));
    const QString tool = script("printf x >> \"$1\"\n"
                                "n=$(wc -c < \"$1\" | tr -d ' ')\n"
                                "echo \"{\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"AKID$n\\\", "
                                "\\\"SecretAccessKey\\\": \\\"s\\\", \\\"Expiration\\\": "
                                "\\\"2030-01-01T12:00:00.000+00:00\\\"}\"\n");
    ProcessCredentialsProvider provider(QLatin1Char('\'') + tool + QStringLiteral("' ") + counter,
                                        QStringLiteral("proc"));
    QDateTime now(QDate(2030, 1, 1), QTime(11, 50), Qt::UTC);
    provider.setClock([&now] { return now; });

    auto creds = resolveNow(provider);
    QVERIFY(creds && creds->ok());
    QCOMPARE(creds->value().accessKeyId, QStringLiteral("AKID1"));
    now = QDateTime(QDate(2030, 1, 1), QTime(11, 54, 59), Qt::UTC); // 5 min 1 s left: fresh
    creds = resolveNow(provider);
    QVERIFY(creds && creds->ok());
    QCOMPARE(creds->value().accessKeyId, QStringLiteral("AKID1"));
    QCOMPARE(readCounter(counter), 1);
    now = QDateTime(QDate(2030, 1, 1), QTime(11, 56), Qt::UTC); // 4 min left: refreshed
    creds = resolveNow(provider);
    QVERIFY(creds && creds->ok());
    QCOMPARE(creds->value().accessKeyId, QStringLiteral("AKID2"));
    QCOMPARE(readCounter(counter), 2);
    now = QDateTime(QDate(2030, 1, 2), QTime(0, 0), Qt::UTC); // expired: refreshed again
    creds = resolveNow(provider);
    QVERIFY(creds && creds->ok());
    QCOMPARE(readCounter(counter), 3);
}

void TstCredentials::processFailureHidesStderr()
{
    const QString tool = script("echo 'aws_secret_access_key=STDERRSECRET123' >&2\n"
                                "echo 'partial STDOUTSECRET456'\nexit 3\n");
    ProcessCredentialsProvider provider(QLatin1Char('"') + tool + QLatin1Char('"'),
                                        QStringLiteral("failing"));
    const auto creds = resolveNow(provider);
    QVERIFY(creds);
    QVERIFY(!creds->ok());
    QCOMPARE(creds->error().kind, Kind::Credentials);
    QVERIFY(creds->error().message.contains(QStringLiteral("failing")));
    QVERIFY2(creds->error().message.contains(QStringLiteral("3")),
             qPrintable(creds->error().message));
    for (const QString &text :
         {creds->error().message, creds->error().summary(), creds->error().type}) {
        QVERIFY(!text.contains(QStringLiteral("STDERRSECRET123")));
        QVERIFY(!text.contains(QStringLiteral("STDOUTSECRET456")));
    }
}

void TstCredentials::processBadOutputHidesStdout()
{
    const QString tool =
        script("echo '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": "
               "\"VERSIONTWOSECRET\"}'\n");
    ProcessCredentialsProvider provider(QLatin1Char('"') + tool + QLatin1Char('"'),
                                        QStringLiteral("p"));
    auto creds = resolveNow(provider);
    QVERIFY(creds && !creds->ok());
    QVERIFY2(creds->error().message.contains(QStringLiteral("Version")),
             qPrintable(creds->error().message));
    QVERIFY(!creds->error().message.contains(QStringLiteral("VERSIONTWOSECRET")));

    const QString garbage = script("echo 'SecretAccessKey: GARBAGESECRET not json'\n");
    ProcessCredentialsProvider second(QLatin1Char('"') + garbage + QLatin1Char('"'),
                                      QStringLiteral("p"));
    creds = resolveNow(second);
    QVERIFY(creds && !creds->ok());
    QVERIFY(!creds->error().message.contains(QStringLiteral("GARBAGESECRET")));
}

void TstCredentials::processNotFound()
{
    ProcessCredentialsProvider provider(m_dir->filePath(QStringLiteral("does-not-exist")) +
                                            QStringLiteral(" --x"),
                                        QStringLiteral("missing"));
    bool called = false;
    std::optional<Outcome<Credentials>> out;
    QObject context;
    provider.resolve(&context, [&](const Outcome<Credentials> &o) {
        called = true;
        out = o;
    });
    QVERIFY(!called); // never inside resolve()
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
    QVERIFY(!out->ok());
    QCOMPARE(out->error().kind, Kind::Credentials);
    QVERIFY(out->error().message.contains(QStringLiteral("missing")));
    // A later call tries again (and fails again), it is not stuck "running".
    const auto again = resolveNow(provider);
    QVERIFY(again && !again->ok());
}

void TstCredentials::processInvalidCommandLine()
{
    ProcessCredentialsProvider provider(QStringLiteral("tool \"unterminated"),
                                        QStringLiteral("bad"));
    bool called = false;
    QObject context;
    provider.resolve(&context, [&called](const Outcome<Credentials> &o) { called = !o.ok(); });
    QVERIFY(!called); // never inside resolve()
    QTRY_VERIFY_WITH_TIMEOUT(called, kWait);
    ProcessCredentialsProvider empty(QStringLiteral("   "), QStringLiteral("bad"));
    const auto out = resolveNow(empty);
    QVERIFY(out && !out->ok());
}

void TstCredentials::processContextDestroyed()
{
    const QString tool =
        script("echo '{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\"}'\n");
    ProcessCredentialsProvider provider(QLatin1Char('"') + tool + QLatin1Char('"'),
                                        QStringLiteral("p"));
    bool called = false;
    auto *context = new QObject;
    provider.resolve(context, [&called](const Outcome<Credentials> &) { called = true; });
    delete context;
    const auto out = resolveNow(provider); // the run finishes for this one
    QVERIFY(out && out->ok());
    QTest::qWait(20);
    QVERIFY(!called);
}

void TstCredentials::parseOutputCases()
{
    const auto parse = [](const char *json) {
        return ProcessCredentialsProvider::parseOutput(json);
    };
    auto c = parse(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S"})");
    QVERIFY(c.ok());
    QVERIFY(!c.value().expiration.has_value());
    QVERIFY(c.value().sessionToken.isEmpty());
    c = parse(
        R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"2030-06-01T10:00:00.123456Z"})");
    QVERIFY2(c.ok(), qPrintable(c.error().message));
    QCOMPARE(c.value().expiration->toUTC().time().hour(), 10);
    c = parse(
        R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"2030-06-01T12:00:00+02:00"})");
    QVERIFY(c.ok());
    QCOMPARE(*c.value().expiration, QDateTime(QDate(2030, 6, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(
        !parse(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"tomorrow"})")
             .ok());
    QVERIFY(!parse(R"({"Version":1,"AccessKeyId":"A"})").ok());
    QVERIFY(!parse(R"({"Version":1,"SecretAccessKey":"S"})").ok());
    QVERIFY(!parse(R"({"AccessKeyId":"A","SecretAccessKey":"S"})").ok());
    QVERIFY(!parse(R"([1])").ok());
    QVERIFY(!parse("").ok());
    QCOMPARE(parse("{").error().kind, Kind::Credentials);
}

void TstCredentials::splitCommandLineCases_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("ok");
    const auto L = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out.append(QString::fromUtf8(item));
        return out;
    };
    QTest::newRow("plain") << QStringLiteral("a b  c") << L({"a", "b", "c"}) << true;
    QTest::newRow("tabs and newlines") << QStringLiteral("a\tb\nc") << L({"a", "b", "c"}) << true;
    QTest::newRow("double quotes") << QStringLiteral("\"a b\" c") << L({"a b", "c"}) << true;
    QTest::newRow("single quotes") << QStringLiteral("'a \"b\"' c") << L({"a \"b\"", "c"}) << true;
    QTest::newRow("escapes in double quotes")
        << QStringLiteral("\"a \\\"b\\\" \\\\ \\x\"") << L({"a \"b\" \\ \\x"}) << true;
    QTest::newRow("no escapes in single quotes") << QStringLiteral("'a\\b'") << L({"a\\b"}) << true;
    QTest::newRow("escaped space") << QStringLiteral("a\\ b") << L({"a b"}) << true;
    QTest::newRow("empty quoted") << QStringLiteral("x '' \"\"") << L({"x", "", ""}) << true;
    QTest::newRow("adjacent") << QStringLiteral("a\"b c\"d") << L({"ab cd"}) << true;
    QTest::newRow("no expansion") << QStringLiteral("echo $HOME ~ *")
                                  << L({"echo", "$HOME", "~", "*"}) << true;
    QTest::newRow("hash is not a comment") << QStringLiteral("a #b") << L({"a", "#b"}) << true;
    QTest::newRow("empty") << QString() << QStringList() << true;
    QTest::newRow("blank") << QStringLiteral("   ") << QStringList() << true;
    QTest::newRow("unterminated double") << QStringLiteral("a \"b") << QStringList() << false;
    QTest::newRow("unterminated single") << QStringLiteral("a 'b") << QStringList() << false;
    QTest::newRow("trailing backslash") << QStringLiteral("a b\\") << QStringList() << false;
}

void TstCredentials::splitCommandLineCases()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QFETCH(bool, ok);
    bool parsed = !ok;
    const QStringList actual = splitCommandLine(line, &parsed);
    QCOMPARE(parsed, ok);
    if (ok)
        QCOMPARE(actual, expected);
    (void)splitCommandLine(line); // no ok pointer: no crash
}

QTEST_GUILESS_MAIN(TstCredentials)
#include "tst_credentials.moc"
