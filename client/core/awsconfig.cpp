#include "awsconfig.h"

#include "hostcredentials.h"
#include "rolecredentials.h"
#include "ssocredentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace cp::client {
namespace {

// lupdate reads the context from this class; the messages are looked up under it.
struct AwsConfigText
{
    Q_DECLARE_TR_FUNCTIONS(cp::client::AwsConfigText)
};

// INI as botocore reads it: [section], "key = value", # and ; comments; indented lines
// under a key with no value form its nested block ("customer_profiles =" then
// "  endpoint_url = ..."), kept as "customer_profiles.endpoint_url".
QMap<QString, AwsSharedConfig::Section>
parseIni(const QString &text, bool configStyle,
         QMap<QString, AwsSharedConfig::Section> *ssoSessions = nullptr,
         QMap<QString, AwsSharedConfig::Section> *services = nullptr)
{
    QMap<QString, AwsSharedConfig::Section> sections;
    QMap<QString, AwsSharedConfig::Section> *target = &sections;
    QString current;
    QString block; // the key whose nested block indented lines belong to
    bool inSection = false;
    QStringView body(text);
    if (body.startsWith(QChar(0xfeff))) // a byte-order mark, as Windows editors write
        body = body.mid(1);
    const QList<QStringView> lines = body.split(QLatin1Char('\n'));
    for (const QStringView raw : lines) {
        QString line = raw.toString();
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) ||
            trimmed.startsWith(QLatin1Char(';')))
            continue;
        if (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']'))) {
            QString name = trimmed.mid(1, trimmed.size() - 2).trimmed();
            inSection = true;
            target = &sections;
            if (configStyle) {
                if (name.startsWith(QStringLiteral("profile "))) {
                    name = name.mid(8).trimmed();
                } else if (name.startsWith(QStringLiteral("sso-session ")) && ssoSessions) {
                    name = name.mid(12).trimmed();
                    target = ssoSessions;
                } else if (name.startsWith(QStringLiteral("services ")) && services) {
                    name = name.mid(9).trimmed();
                    target = services;
                } else if (name != QStringLiteral("default")) {
                    inSection = false; // not a profile
                }
            }
            current = name;
            block.clear();
            if (inSection)
                (*target)[current];
            continue;
        }
        if (!inSection)
            continue;
        const bool nested = line.front().isSpace();
        if (nested && block.isEmpty())
            continue;
        // As Python's ConfigParser: the first '=' or ':' separates the key from the value.
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const qsizetype eq = equals < 0 ? colon : (colon < 0 ? equals : std::min(equals, colon));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed().toLower();
        const QString value = line.mid(eq + 1).trimmed();
        if (nested) {
            (*target)[current].insert(block + QLatin1Char('.') + key, value);
            continue;
        }
        block = value.isEmpty() ? key : QString();
        (*target)[current].insert(key, value);
    }
    return sections;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString expandHome(QString path, const QString &home)
{
    if (path.startsWith(QStringLiteral("~/")))
        path = home + path.mid(1);
    return path;
}

// Explicit settings left empty (a cleared field) count as not set.
std::optional<QString> given(const std::optional<QString> &value)
{
    if (value && !value->trimmed().isEmpty())
        return value->trimmed();
    return std::nullopt;
}

std::optional<QString> firstSet(const QProcessEnvironment &env,
                                std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = env.value(QString::fromLatin1(name));
        if (!value.isEmpty())
            return value;
    }
    return std::nullopt;
}

} // namespace

AwsSharedConfig AwsSharedConfig::fromText(const QString &configText, const QString &credentialsText)
{
    AwsSharedConfig out;
    out.m_config = parseIni(configText, true, &out.m_ssoSessions, &out.m_services);
    out.m_credentials = parseIni(credentialsText, false);
    return out;
}

AwsSharedConfig AwsSharedConfig::load(const QProcessEnvironment &environment)
{
    // The environment given, not the process's: HOME too.
    const QString home = firstSet(environment, {"HOME"}).value_or(QDir::homePath());
    const QString configPath = expandHome(
        firstSet(environment, {"AWS_CONFIG_FILE"}).value_or(home + QStringLiteral("/.aws/config")),
        home);
    const QString credentialsPath =
        expandHome(firstSet(environment, {"AWS_SHARED_CREDENTIALS_FILE"})
                       .value_or(home + QStringLiteral("/.aws/credentials")),
                   home);
    AwsSharedConfig out = fromText(readText(configPath), readText(credentialsPath));
    out.m_configPath = configPath;
    out.m_credentialsPath = credentialsPath;
    return out;
}

QStringList AwsSharedConfig::profileNames() const
{
    QStringList names = m_credentials.keys();
    for (const QString &name : m_config.keys()) {
        if (!names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    if (names.removeAll(QStringLiteral("default")) > 0)
        names.prepend(QStringLiteral("default"));
    return names;
}

AwsSharedConfig::Section AwsSharedConfig::configFor(const QString &profile) const
{
    return m_config.value(profile);
}

AwsSharedConfig::Section AwsSharedConfig::ssoSession(const QString &name) const
{
    return m_ssoSessions.value(name);
}

bool AwsSharedConfig::hasSsoSession(const QString &name) const
{
    return m_ssoSessions.contains(name);
}

AwsSharedConfig::Section AwsSharedConfig::credentialsFor(const QString &profile) const
{
    return m_credentials.value(profile);
}

QString AwsSharedConfig::serviceSetting(const QString &profile, const QString &serviceId,
                                        const QString &key) const
{
    const QString services = m_config.value(profile).value(QStringLiteral("services"));
    if (services.isEmpty())
        return {};
    return m_services.value(services).value(serviceId + QLatin1Char('.') + key);
}

QString configuredEndpoint(const QString &serviceId, const QString &profile,
                           const QProcessEnvironment &env, const AwsSharedConfig &files)
{
    // The SDKs' order: the service's variable, the global one, the profile's services
    // section, the profile's endpoint_url; all of it off when the user says to ignore them.
    const AwsSharedConfig::Section config = files.configFor(profile);
    const auto isTrue = [](const QString &value) {
        return value.trimmed().compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
    };
    const QString ignore = env.value(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"),
                                     config.value(QStringLiteral("ignore_configured_endpoint_urls")));
    if (isTrue(ignore))
        return {};
    const QString variable =
        QStringLiteral("AWS_ENDPOINT_URL_") + serviceId.toUpper().replace(QLatin1Char(' '), QLatin1Char('_'));
    for (const QString &name : {variable, QStringLiteral("AWS_ENDPOINT_URL")}) {
        const QString value = env.value(name);
        if (!value.isEmpty())
            return value;
    }
    const QString inSection = files.serviceSetting(profile, serviceId, QStringLiteral("endpoint_url"));
    if (!inSection.isEmpty())
        return inSection;
    return config.value(QStringLiteral("endpoint_url"));
}

QUrl defaultEndpoint(const QString &region)
{
    const QString suffix = region.startsWith(QStringLiteral("cn-"))
                               ? QStringLiteral("amazonaws.com.cn")
                               : QStringLiteral("amazonaws.com");
    return QUrl(QStringLiteral("https://profile.%1.%2").arg(region, suffix));
}

namespace {
Outcome<ResolvedConnection> resolveWithoutNetwork(const ConnectionSettings &givenSettings,
                                                  const QProcessEnvironment &env,
                                                  const AwsSharedConfig &files);
} // namespace

Outcome<ResolvedConnection> resolveConnection(const ConnectionSettings &givenSettings,
                                              const QProcessEnvironment &env,
                                              const AwsSharedConfig &files)
{
    Outcome<ResolvedConnection> resolved = resolveWithoutNetwork(givenSettings, env, files);
    // The credentials' own calls (STS, IAM Identity Center, a container) trust and proxy
    // as the connection does.
    if (resolved.ok() && resolved->credentials)
        resolved->credentials->setNetworkSettings(resolved->network);
    return resolved;
}

namespace {
Outcome<ResolvedConnection> resolveWithoutNetwork(const ConnectionSettings &givenSettings,
                                                  const QProcessEnvironment &env,
                                                  const AwsSharedConfig &files)
{
    ConnectionSettings settings;
    settings.profile = given(givenSettings.profile);
    settings.region = given(givenSettings.region);
    settings.endpointUrl = given(givenSettings.endpointUrl);
    settings.accessKeyId = given(givenSettings.accessKeyId);
    settings.secretAccessKey = given(givenSettings.secretAccessKey);
    settings.sessionToken = given(givenSettings.sessionToken);
    settings.verifyTls = givenSettings.verifyTls;

    const auto fail = [](const QString &message) {
        ServiceError error;
        error.kind = ServiceError::Kind::Credentials;
        error.message = message;
        return error;
    };

    ResolvedConnection out;
    const bool profileExplicit = settings.profile.has_value();
    const std::optional<QString> envProfile = firstSet(env, {"AWS_PROFILE"});
    out.profile = settings.profile.value_or(envProfile.value_or(QStringLiteral("default")));
    const AwsSharedConfig::Section config = files.configFor(out.profile);
    const AwsSharedConfig::Section creds = files.credentialsFor(out.profile);
    const bool profileKnown = files.profileNames().contains(out.profile);
    if ((profileExplicit || envProfile) && !profileKnown && !settings.accessKeyId)
        return fail(AwsConfigText::tr("The profile \"%1\" is in neither %2 nor %3.")
                        .arg(out.profile, files.configPath(), files.credentialsPath()));

    out.region = settings.region.value_or(firstSet(env, {"AWS_REGION", "AWS_DEFAULT_REGION"})
                                              .value_or(config.value(QStringLiteral("region"))));
    if (out.region.isEmpty())
        return fail(AwsConfigText::tr(
            "No region is configured: choose one for the connection, or set AWS_REGION or "
            "the profile's region."));

    const QString configured =
        settings.endpointUrl.value_or(configuredEndpoint(QStringLiteral("customer_profiles"),
                                                         out.profile, env, files));
    out.endpointUrl = configured.isEmpty() ? defaultEndpoint(out.region) : QUrl(configured);
    if (!out.endpointUrl.isValid() || out.endpointUrl.host().isEmpty() ||
        (out.endpointUrl.scheme() != QStringLiteral("https") &&
         out.endpointUrl.scheme() != QStringLiteral("http")))
        return fail(AwsConfigText::tr("The endpoint URL \"%1\" is not an http or https URL.")
                        .arg(configured));
    const QString home = firstSet(env, {"HOME"}).value_or(QDir::homePath());
    const auto network = resolveNetworkSettings(
        env, expandHome(config.value(QStringLiteral("ca_bundle")), home), settings.verifyTls);
    if (!network.ok())
        return network.error();
    out.network = network.value();

    if (settings.accessKeyId || settings.secretAccessKey) {
        if (!settings.accessKeyId || !settings.secretAccessKey)
            return fail(AwsConfigText::tr(
                "The connection has only one of the access key id and the secret key."));
        out.credentials = std::make_shared<StaticCredentialsProvider>(
            Credentials{settings.accessKeyId.value_or(QString()),
                        settings.secretAccessKey.value_or(QString()),
                        settings.sessionToken.value_or(QString()), std::nullopt},
            AwsConfigText::tr("keys of this connection"));
        return out;
    }
    // As the AWS CLI: an explicitly chosen profile wins over keys in the environment.
    if (!profileExplicit && firstSet(env, {"AWS_ACCESS_KEY_ID"})) {
        if (!firstSet(env, {"AWS_SECRET_ACCESS_KEY"}))
            return fail(
                AwsConfigText::tr("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not."));
        out.credentials = std::make_shared<StaticCredentialsProvider>(
            Credentials{env.value(QStringLiteral("AWS_ACCESS_KEY_ID")),
                        env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")),
                        env.value(QStringLiteral("AWS_SESSION_TOKEN")), std::nullopt},
            AwsConfigText::tr("environment variables"));
        return out;
    }
    if (auto role = roleCredentials(out.profile, out.region, env, files)) {
        if (!role->ok())
            return role->error();
        out.credentials = role->value();
        return out;
    }
    if (auto plain = profileCredentials(out.profile, files, env)) {
        if (!plain->ok())
            return plain->error();
        out.credentials = plain->value();
        return out;
    }
    // A container's credentials endpoint, as the SDKs try it after the shared files.
    if (HostCredentialsProvider::containerConfigured(env)) {
        out.credentials = std::make_shared<HostCredentialsProvider>(
            HostCredentialsProvider::Source::Container, env);
        return out;
    }
    const QString none =
        AwsConfigText::tr(
            "No credentials found for profile \"%1\": add keys to %2, a credential_process to "
            "%3, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.")
            .arg(out.profile, files.credentialsPath(), files.configPath());
    // Last, as the SDKs: an EC2 instance's role (IMDSv2, one short attempt), unless
    // turned off; off an instance, its failure says first that nothing else answered.
    if (env.value(QStringLiteral("AWS_EC2_METADATA_DISABLED")).compare(QStringLiteral("true"),
                                                                        Qt::CaseInsensitive) != 0) {
        auto instance = std::make_shared<HostCredentialsProvider>(
            HostCredentialsProvider::Source::InstanceMetadata, env);
        instance->setFailurePreamble(none);
        out.credentials = instance;
        return out;
    }
    return fail(none);
}
} // namespace

namespace {

// IAM Identity Center's provider for a profile that names it.
std::optional<Outcome<std::shared_ptr<CredentialsProvider>>>
ssoCredentials(const QString &profile, const AwsSharedConfig &files, const QProcessEnvironment &env)
{
    const auto settings = ssoSettingsFor(profile, files, env);
    if (!settings)
        return std::nullopt;
    if (!settings->ok())
        return settings->error();
    return std::shared_ptr<CredentialsProvider>(
        std::make_shared<SsoCredentialsProvider>(settings->value(), env, profile));
}

} // namespace

std::optional<Outcome<SsoSettings>> ssoSettingsFor(const QString &profile,
                                                   const AwsSharedConfig &files,
                                                   const QProcessEnvironment &env)
{
    const AwsSharedConfig::Section config = files.configFor(profile);
    const QString session = config.value(QStringLiteral("sso_session"));
    if (session.isEmpty() && config.value(QStringLiteral("sso_start_url")).isEmpty())
        return std::nullopt;
    SsoSettings settings;
    settings.accountId = config.value(QStringLiteral("sso_account_id"));
    settings.roleName = config.value(QStringLiteral("sso_role_name"));
    AwsSharedConfig::Section source = config;
    if (!session.isEmpty()) {
        if (!files.hasSsoSession(session))
            return credentialsError(
                AwsConfigText::tr("The profile \"%1\" names the sso-session \"%2\", which %3 "
                                  "does not define.")
                    .arg(profile, session, files.configPath()));
        settings.sessionName = session;
        source = files.ssoSession(session);
    }
    settings.startUrl = source.value(QStringLiteral("sso_start_url"));
    settings.region = source.value(QStringLiteral("sso_region"));
    settings.scopes = source.value(QStringLiteral("sso_registration_scopes"))
                          .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &scope : settings.scopes)
        scope = scope.trimmed();
    settings.portalEndpoint = configuredEndpoint(QStringLiteral("sso"), profile, env, files);
    settings.oidcEndpoint = configuredEndpoint(QStringLiteral("sso_oidc"), profile, env, files);
    settings.caBundle = config.value(QStringLiteral("ca_bundle"));
    QStringList missing;
    for (const auto &[name, value] :
         {std::pair{"sso_start_url", settings.startUrl}, std::pair{"sso_region", settings.region},
          std::pair{"sso_account_id", settings.accountId},
          std::pair{"sso_role_name", settings.roleName}}) {
        if (value.isEmpty())
            missing.append(QString::fromLatin1(name));
    }
    if (!missing.isEmpty())
        return credentialsError(
            AwsConfigText::tr("The IAM Identity Center profile \"%1\" lacks %2.")
                .arg(profile, missing.join(QStringLiteral(", "))));
    return settings;
}

std::optional<Outcome<std::shared_ptr<CredentialsProvider>>>
profileCredentials(const QString &profile, const AwsSharedConfig &files,
                   const QProcessEnvironment &env)
{
    if (auto sso = ssoCredentials(profile, files, env))
        return sso;
    const AwsSharedConfig::Section config = files.configFor(profile);
    const AwsSharedConfig::Section creds = files.credentialsFor(profile);
    const auto hasKeys = [](const AwsSharedConfig::Section &section) {
        return !section.value(QStringLiteral("aws_access_key_id")).isEmpty() ||
               !section.value(QStringLiteral("aws_secret_access_key")).isEmpty();
    };
    const auto keysIn = [&](const AwsSharedConfig::Section &section,
                            const QString &where) -> Outcome<std::shared_ptr<CredentialsProvider>> {
        const Credentials keys{section.value(QStringLiteral("aws_access_key_id")),
                               section.value(QStringLiteral("aws_secret_access_key")),
                               section.value(QStringLiteral("aws_session_token")), std::nullopt};
        if (!keys.isValid()) // as botocore's PartialCredentialsError, without the key
            return credentialsError(
                AwsConfigText::tr("The profile \"%1\" in %2 has only one of aws_access_key_id and "
                                  "aws_secret_access_key.")
                    .arg(profile, where));
        return std::shared_ptr<CredentialsProvider>(std::make_shared<StaticCredentialsProvider>(
            keys, AwsConfigText::tr("profile %1 in %2").arg(profile, where)));
    };
    if (hasKeys(creds))
        return keysIn(creds, files.credentialsPath());
    const QString process = config.value(QStringLiteral("credential_process"));
    if (!process.isEmpty())
        return std::shared_ptr<CredentialsProvider>(
            std::make_shared<ProcessCredentialsProvider>(process, profile));
    if (hasKeys(config))
        return keysIn(config, files.configPath());
    return std::nullopt;
}

} // namespace cp::client
