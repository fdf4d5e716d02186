// The AWS shared files and the connection's resolution as the AWS CLI does it: sections,
// comments, precedence of explicit settings, environment and files, clear errors.
#include "credentialstest.h"

#include <QElapsedTimer>

using namespace credentialstest;

class TstAwsConfig : public Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(makeDir()); }

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
    void servicesSectionEndpoints();
    void defaultEndpoints();
    void unknownProfileIsClear();
    void missingRegionIsClear();
    void invalidEndpointIsClear();
    void partialKeysAreClear();
    void emptySettingsFallBack();
};

void TstAwsConfig::parseSections()
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

void TstAwsConfig::parseCommentsCrlfAndNesting()
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

void TstAwsConfig::parseDelimitersAndBom()
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

void TstAwsConfig::profileNamesDefaultFirst()
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

void TstAwsConfig::loadFromEnvironmentPaths()
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

void TstAwsConfig::credentialsOrder()
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
    // Nothing in the files: an EC2 instance's role is the last resort; off an instance its
    // failure says first that nothing else answered, within its one short attempt.
    env = files("[default]\nregion = us-east-1\n", "");
    env.insert(QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"),
               QStringLiteral("http://127.0.0.1:9")); // the discard port: nothing listens
    const auto viaInstance = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(viaInstance.ok());
    QElapsedTimer clock;
    clock.start();
    const auto fromInstance = resolveNow(*viaInstance->credentials);
    QVERIFY(fromInstance && !fromInstance->ok());
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(fromInstance->error().message.startsWith(QStringLiteral("No credentials found")));
    QVERIFY(fromInstance->error().message.contains(QStringLiteral("instance metadata")));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
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

void TstAwsConfig::explicitProfileBeatsEnvironmentKeys()
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

void TstAwsConfig::awsProfileSelects()
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

void TstAwsConfig::regionOrder()
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

void TstAwsConfig::endpointOrder()
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

void TstAwsConfig::servicesSectionEndpoints()
{
    // A [services] section sits between the variables and the profile's endpoint_url, per
    // service; nested blocks of other services or settings are read but do not interfere.
    const QByteArray config = "[default]\nregion = us-east-1\nendpoint_url = http://config:1\n"
                              "services = local\n"
                              "[services local]\n"
                              "s3 =\n  addressing_style = path\n"
                              "customer_profiles =\n  endpoint_url = http://section:5\n"
                              "sts =\n  endpoint_url = http://sts-section:6\n"
                              "[sso-session corp]\nsso_start_url = https://corp.example/start\n"
                              "sso_region = eu-west-1\nsso_registration_scopes = sso:account:access, "
                              "codewhisperer:completions\n"
                              "[profile sso]\nsso_session = corp\nsso_account_id = 111122223333\n"
                              "sso_role_name = Admin\nservices = local\n";
    QProcessEnvironment env =
        files(config, "[default]\naws_access_key_id = A\naws_secret_access_key = s\n");
    AwsSharedConfig shared = AwsSharedConfig::load(env);
    const QString def = QStringLiteral("default");
    QCOMPARE(shared.serviceSetting(def, QStringLiteral("s3"), QStringLiteral("addressing_style")),
             QStringLiteral("path"));
    QCOMPARE(configuredEndpoint(QStringLiteral("customer_profiles"), def, env, shared),
             QStringLiteral("http://section:5"));
    QCOMPARE(configuredEndpoint(QStringLiteral("sts"), def, env, shared),
             QStringLiteral("http://sts-section:6"));
    // No entry for the service in the section: the profile's endpoint_url.
    QCOMPARE(configuredEndpoint(QStringLiteral("sso"), def, env, shared),
             QStringLiteral("http://config:1"));
    QVERIFY(!shared.profileNames().contains(QStringLiteral("local")));
    QCOMPARE(resolveConnection({}, env, shared)->endpointUrl.toString(),
             QStringLiteral("http://section:5"));

    env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://global:2"));
    QCOMPARE(configuredEndpoint(QStringLiteral("customer_profiles"), def, env, shared),
             QStringLiteral("http://global:2"));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), QStringLiteral("http://sts-env:3"));
    QCOMPARE(configuredEndpoint(QStringLiteral("sts"), def, env, shared),
             QStringLiteral("http://sts-env:3"));
    env.insert(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), QStringLiteral("true"));
    QCOMPARE(configuredEndpoint(QStringLiteral("sts"), def, env, shared), QString());
    QCOMPARE(resolveConnection({}, env, shared)->endpointUrl.toString(),
             QStringLiteral("https://profile.us-east-1.amazonaws.com"));
    env.remove(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"));
    env.remove(QStringLiteral("AWS_ENDPOINT_URL"));
    env.remove(QStringLiteral("AWS_ENDPOINT_URL_STS"));

    // IAM Identity Center's settings carry the session's scopes and endpoints.
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"), QStringLiteral("http://oidc:7"));
    const auto sso = ssoSettingsFor(QStringLiteral("sso"), shared, env);
    QVERIFY(sso && sso->ok());
    QCOMPARE(sso->value().sessionName, QStringLiteral("corp"));
    QCOMPARE(sso->value().scopes,
             QStringList({QStringLiteral("sso:account:access"),
                          QStringLiteral("codewhisperer:completions")}));
    QCOMPARE(sso->value().oidcEndpoint, QStringLiteral("http://oidc:7"));
    QCOMPARE(sso->value().portalEndpoint, QString()); // the region's default
    QVERIFY(!ssoSettingsFor(def, shared, env).has_value());
}

void TstAwsConfig::defaultEndpoints()
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

void TstAwsConfig::unknownProfileIsClear()
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

void TstAwsConfig::missingRegionIsClear()
{
    QProcessEnvironment env =
        files("", "[default]\naws_access_key_id = A\naws_secret_access_key = s\n");
    const auto resolved = resolveConnection({}, env, AwsSharedConfig::load(env));
    QVERIFY(!resolved.ok());
    QVERIFY(resolved.error().message.contains(QStringLiteral("region")));
    QVERIFY(resolved.error().message.contains(QStringLiteral("AWS_REGION")));
}

void TstAwsConfig::invalidEndpointIsClear()
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

void TstAwsConfig::partialKeysAreClear()
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

void TstAwsConfig::emptySettingsFallBack()
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

QTEST_GUILESS_MAIN(TstAwsConfig)
#include "tst_awsconfig.moc"
