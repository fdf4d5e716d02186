#include "profilesummary.h"

#include "hostcredentials.h"

#include <QCoreApplication>

namespace cp::client {
namespace {

struct ProfileSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(cp::client::ProfileSummaryText)
};

bool has(const AwsSharedConfig::Section &section, const char *key)
{
    return !section.value(QString::fromLatin1(key)).isEmpty();
}

// The kind in the order resolveConnection() tries them.
ProfileSummary::Kind kindOf(const QString &profile, const AwsSharedConfig &files)
{
    const AwsSharedConfig::Section config = files.configFor(profile);
    const AwsSharedConfig::Section creds = files.credentialsFor(profile);
    if (has(config, "role_arn") || has(creds, "role_arn")) {
        return has(config, "web_identity_token_file") || has(creds, "web_identity_token_file")
                   ? ProfileSummary::Kind::WebIdentity
                   : ProfileSummary::Kind::Role;
    }
    if (has(config, "sso_session") || has(config, "sso_start_url"))
        return ProfileSummary::Kind::Sso;
    if (has(creds, "aws_access_key_id") || has(creds, "aws_secret_access_key"))
        return ProfileSummary::Kind::Keys;
    if (has(config, "credential_process"))
        return ProfileSummary::Kind::Process;
    if (has(config, "aws_access_key_id") || has(config, "aws_secret_access_key"))
        return ProfileSummary::Kind::Keys;
    return ProfileSummary::Kind::None;
}

// The profile whose IAM Identity Center sign-in the profile depends on: itself, or the
// root of its source_profile chain (a loop ends the walk; resolving reports it).
QString signInRoot(const QString &profile, const AwsSharedConfig &files)
{
    QString current = profile;
    QStringList seen;
    while (!seen.contains(current)) {
        seen.append(current);
        const AwsSharedConfig::Section config = files.configFor(current);
        if (has(config, "sso_session") || has(config, "sso_start_url"))
            return current;
        const QString source = config.value(QStringLiteral("source_profile"),
                                            files.credentialsFor(current).value(
                                                QStringLiteral("source_profile")));
        if (source.isEmpty() || !has(config, "role_arn"))
            return {};
        current = source;
    }
    return {};
}

} // namespace

bool ssoTokenUsable(const SsoSettings &settings, const QProcessEnvironment &environment,
                    const QDateTime &now)
{
    const std::optional<SsoToken> token = SsoToken::read(ssoCachePath(environment, settings));
    return token && token->usable(now);
}

ProfileSummary summarizeProfile(const QString &profile, const QProcessEnvironment &environment,
                                const AwsSharedConfig &files, const QDateTime &now)
{
    ProfileSummary out;
    out.profile = profile;
    out.kind = kindOf(profile, files);
    ConnectionSettings settings;
    settings.profile = profile;
    // A connection chooses the region when the profile has none: the credentials are
    // what is summarised here.
    const QString region = files.configFor(profile).value(QStringLiteral("region"));
    out.region = region;
    settings.region = region.isEmpty() ? QStringLiteral("us-east-1") : region;
    // Keys in the environment do not stand in for a profile chosen by name (as the CLI).
    const auto resolved = resolveConnection(settings, environment, files);
    if (!resolved.ok()) {
        out.problem = resolved.error().message;
        return out;
    }
    const QString root = signInRoot(profile, files);
    if (!root.isEmpty()) {
        const auto sso = ssoSettingsFor(root, files, environment);
        if (sso && sso->ok() && !ssoTokenUsable(sso->value(), environment, now)) {
            out.needsSignIn = true;
            out.signIn = sso->value();
            out.signInProfile = root;
            out.problem =
                ProfileSummaryText::tr("Sign in to IAM Identity Center (%1) to use this profile.")
                    .arg(sso->value().startUrl);
        }
    }
    if (out.kind == ProfileSummary::Kind::None) {
        // Only the default chain's last resorts can answer: a container's endpoint, or an
        // EC2 instance's role, which a desktop does not have.
        out.kind = ProfileSummary::Kind::Container;
        if (!HostCredentialsProvider::containerConfigured(environment))
            out.problem = ProfileSummaryText::tr(
                "Nothing in the shared files gives this profile credentials: only an EC2 "
                "instance's role could.");
    }
    return out;
}

QString profileKindName(ProfileSummary::Kind kind)
{
    switch (kind) {
    case ProfileSummary::Kind::Keys:
        return ProfileSummaryText::tr("keys");
    case ProfileSummary::Kind::Sso:
        return ProfileSummaryText::tr("IAM Identity Center");
    case ProfileSummary::Kind::Role:
        return ProfileSummaryText::tr("role");
    case ProfileSummary::Kind::WebIdentity:
        return ProfileSummaryText::tr("web identity");
    case ProfileSummary::Kind::Process:
        return ProfileSummaryText::tr("process");
    case ProfileSummary::Kind::Container:
        return ProfileSummaryText::tr("container or instance");
    case ProfileSummary::Kind::None:
        break;
    }
    return ProfileSummaryText::tr("no credentials");
}

} // namespace cp::client
