#include "rolecredentials.h"

#include "hostcredentials.h"

#include <QCoreApplication>
#include <QSet>

namespace cp::client {
namespace {

struct RoleText
{
    Q_DECLARE_TR_FUNCTIONS(cp::client::RoleText)
};

using ProviderOutcome = Outcome<std::shared_ptr<CredentialsProvider>>;

StsCredentialsProvider::MfaPrompt &mfaPrompt()
{
    static StsCredentialsProvider::MfaPrompt prompt;
    return prompt;
}

// A profile as botocore sees it: the config file's keys with the credentials file's over them.
AwsSharedConfig::Section merged(const AwsSharedConfig &files, const QString &profile)
{
    AwsSharedConfig::Section out = files.configFor(profile);
    const AwsSharedConfig::Section creds = files.credentialsFor(profile);
    for (auto it = creds.cbegin(); it != creds.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

bool hasStaticKeys(const AwsSharedConfig::Section &section)
{
    return !section.value(QStringLiteral("aws_access_key_id")).isEmpty();
}

bool namesRole(const AwsSharedConfig::Section &section)
{
    return !section.value(QStringLiteral("role_arn")).isEmpty() &&
           (section.contains(QStringLiteral("source_profile")) ||
            section.contains(QStringLiteral("credential_source")));
}

class Resolver
{
public:
    Resolver(const QString &region, const QProcessEnvironment &env, const AwsSharedConfig &files)
        : m_region(region)
        , m_env(env)
        , m_files(files)
    {}

    ProviderOutcome assumeRole(const QString &profile, QStringList visited);
    ProviderOutcome webIdentity(const RoleSettings &role, const QString &where,
                                const QString &profile);
    // What a source_profile yields: its own credentials, or the role it assumes.
    ProviderOutcome source(const QString &profile, const QStringList &visited);
    RoleSettings roleOf(const AwsSharedConfig::Section &section) const;
    Endpoint sts(const QString &profile) const;

private:
    QString m_region;
    const QProcessEnvironment &m_env;
    const AwsSharedConfig &m_files;
};

RoleSettings Resolver::roleOf(const AwsSharedConfig::Section &section) const
{
    RoleSettings role;
    role.roleArn = section.value(QStringLiteral("role_arn"));
    role.sessionName = section.value(QStringLiteral("role_session_name"));
    role.externalId = section.value(QStringLiteral("external_id"));
    role.mfaSerial = section.value(QStringLiteral("mfa_serial"));
    role.webIdentityTokenFile = section.value(QStringLiteral("web_identity_token_file"));
    bool ok = false;
    const int duration = section.value(QStringLiteral("duration_seconds")).toInt(&ok);
    if (ok && duration > 0)
        role.durationSeconds = duration;
    return role;
}

Endpoint Resolver::sts(const QString &profile) const
{
    Endpoint endpoint;
    endpoint.url = stsEndpoint(
        m_region, configuredEndpoint(QStringLiteral("sts"), profile, m_env, m_files), QString());
    endpoint.region = m_region;
    endpoint.service = "sts";
    return endpoint;
}

ProviderOutcome Resolver::webIdentity(const RoleSettings &role, const QString &where,
                                      const QString &profile)
{
    auto provider = std::make_shared<StsCredentialsProvider>(
        role, sts(profile), nullptr,
        RoleText::tr("role %1 with the web identity token of %2").arg(role.roleArn, where));
    return std::shared_ptr<CredentialsProvider>(provider);
}

ProviderOutcome Resolver::source(const QString &profile, const QStringList &visited)
{
    const AwsSharedConfig::Section section = merged(m_files, profile);
    // As botocore: a source with keys of its own uses them, even if it names a role too.
    if (hasStaticKeys(section) || !namesRole(section)) {
        if (!section.value(QStringLiteral("web_identity_token_file")).isEmpty() &&
            !section.value(QStringLiteral("role_arn")).isEmpty())
            return webIdentity(roleOf(section), RoleText::tr("profile %1").arg(profile), profile);
        if (auto own = profileCredentials(profile, m_files, m_env))
            return *own;
        return credentialsError(
            RoleText::tr("The source profile \"%1\" has no credentials of its own and names no "
                         "role.")
                .arg(profile));
    }
    return assumeRole(profile, visited);
}

ProviderOutcome Resolver::assumeRole(const QString &profile, QStringList visited)
{
    const AwsSharedConfig::Section section = merged(m_files, profile);
    const RoleSettings role = roleOf(section);
    const QString sourceProfile = section.value(QStringLiteral("source_profile"));
    const QString credentialSource = section.value(QStringLiteral("credential_source"));
    if (!sourceProfile.isEmpty() && !credentialSource.isEmpty())
        return credentialsError(
            RoleText::tr("The profile \"%1\" names both source_profile and credential_source; "
                         "it may name only one.")
                .arg(profile));
    std::shared_ptr<CredentialsProvider> sourceProvider;
    if (!sourceProfile.isEmpty()) {
        if (!m_files.profileNames().contains(sourceProfile))
            return credentialsError(
                RoleText::tr("The profile \"%1\" names the source profile \"%2\", which is in "
                             "neither %3 nor %4.")
                    .arg(profile, sourceProfile, m_files.configPath(), m_files.credentialsPath()));
        const bool selfWithKeys =
            sourceProfile == profile && hasStaticKeys(merged(m_files, sourceProfile));
        if (visited.contains(sourceProfile) && !selfWithKeys)
            return credentialsError(
                RoleText::tr("The profiles' source_profile settings make a loop: %1.")
                    .arg((visited << sourceProfile).join(QStringLiteral(" → "))));
        if (selfWithKeys) {
            auto own = profileCredentials(profile, m_files, m_env);
            if (!own || !own->ok())
                return own ? *own : credentialsError(QString());
            sourceProvider = own->value();
        } else {
            visited.append(sourceProfile);
            const ProviderOutcome from = source(sourceProfile, visited);
            if (!from.ok())
                return from;
            sourceProvider = from.value();
        }
    } else if (credentialSource == QLatin1String("Environment")) {
        const QString id = m_env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
        const QString secret = m_env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        if (id.isEmpty() || secret.isEmpty())
            return credentialsError(
                RoleText::tr("The profile \"%1\" takes its source credentials from the "
                             "environment, where AWS_ACCESS_KEY_ID or AWS_SECRET_ACCESS_KEY is "
                             "not set.")
                    .arg(profile));
        sourceProvider = std::make_shared<StaticCredentialsProvider>(
            Credentials{id, secret, m_env.value(QStringLiteral("AWS_SESSION_TOKEN")), std::nullopt},
            RoleText::tr("environment variables"));
    } else if (credentialSource == QLatin1String("EcsContainer")) {
        if (!HostCredentialsProvider::containerConfigured(m_env))
            return credentialsError(
                RoleText::tr("The profile \"%1\" takes its source credentials from the "
                             "container, but AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and "
                             "AWS_CONTAINER_CREDENTIALS_FULL_URI are not set.")
                    .arg(profile));
        sourceProvider = std::make_shared<HostCredentialsProvider>(
            HostCredentialsProvider::Source::Container, m_env);
    } else if (credentialSource == QLatin1String("Ec2InstanceMetadata")) {
        sourceProvider = std::make_shared<HostCredentialsProvider>(
            HostCredentialsProvider::Source::InstanceMetadata, m_env);
    } else {
        return credentialsError(
            RoleText::tr("The profile \"%1\" names the credential_source %2; it may be "
                         "Environment, EcsContainer or Ec2InstanceMetadata.")
                .arg(profile, credentialSource));
    }
    auto provider = std::make_shared<StsCredentialsProvider>(
        role, sts(profile), sourceProvider,
        RoleText::tr("role %1 of profile %2").arg(role.roleArn, profile));
    provider->setMfaPrompt(mfaPrompt());
    return std::shared_ptr<CredentialsProvider>(provider);
}

} // namespace

void setMfaPrompt(StsCredentialsProvider::MfaPrompt prompt)
{
    mfaPrompt() = std::move(prompt);
}

std::optional<ProviderOutcome> roleCredentials(const QString &profile, const QString &region,
                                               const QProcessEnvironment &env,
                                               const AwsSharedConfig &files)
{
    Resolver resolver(region, env, files);
    const AwsSharedConfig::Section section = merged(files, profile);
    if (namesRole(section))
        return resolver.assumeRole(profile, {profile});
    if (!section.value(QStringLiteral("role_arn")).isEmpty() &&
        !section.value(QStringLiteral("web_identity_token_file")).isEmpty())
        return resolver.webIdentity(resolver.roleOf(section),
                                    RoleText::tr("profile %1").arg(profile), profile);
    if (!section.value(QStringLiteral("role_arn")).isEmpty() && !hasStaticKeys(section) &&
        section.value(QStringLiteral("credential_process")).isEmpty())
        return ProviderOutcome(credentialsError(
            RoleText::tr("The profile \"%1\" names role_arn but neither source_profile, "
                         "credential_source nor web_identity_token_file.")
                .arg(profile)));
    const QString tokenFile = env.value(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"));
    const QString roleArn = env.value(QStringLiteral("AWS_ROLE_ARN"));
    if (!tokenFile.isEmpty() && !roleArn.isEmpty() && !hasStaticKeys(section) &&
        section.value(QStringLiteral("credential_process")).isEmpty()) {
        RoleSettings role;
        role.roleArn = roleArn;
        role.webIdentityTokenFile = tokenFile;
        role.sessionName = env.value(QStringLiteral("AWS_ROLE_SESSION_NAME"));
        return resolver.webIdentity(role, QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), profile);
    }
    return std::nullopt;
}

} // namespace cp::client
