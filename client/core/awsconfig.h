#pragma once

#include "credentials.h"
#include "error.h"
#include "networksettings.h"
#include "ssocredentials.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

namespace cp::client {

// The AWS shared files (~/.aws/config and ~/.aws/credentials, or the files that
// AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE name), read as the AWS CLI reads them.
class AwsSharedConfig
{
public:
    using Section = QMap<QString, QString>;

    static AwsSharedConfig load(const QProcessEnvironment &environment);
    static AwsSharedConfig fromText(const QString &configText, const QString &credentialsText);

    // Profiles named in either file, "default" first when present.
    QStringList profileNames() const;
    Section configFor(const QString &profile) const;      // from the config file
    Section credentialsFor(const QString &profile) const; // from the credentials file
    // An [sso-session NAME] section of the config file.
    Section ssoSession(const QString &name) const;
    bool hasSsoSession(const QString &name) const;
    // A setting of a service in the [services NAME] section the profile's `services`
    // names ("customer_profiles", "endpoint_url"); empty when none.
    QString serviceSetting(const QString &profile, const QString &serviceId,
                           const QString &key) const;
    QString configPath() const { return m_configPath; }
    QString credentialsPath() const { return m_credentialsPath; }

private:
    QMap<QString, Section> m_config;
    QMap<QString, Section> m_credentials;
    QMap<QString, Section> m_ssoSessions;
    QMap<QString, Section> m_services; // keys "service.setting"
    QString m_configPath;
    QString m_credentialsPath;
};

// What the user chose for a connection; empty members fall back to the environment
// and the shared files, in the AWS CLI's order.
struct ConnectionSettings
{
    std::optional<QString> profile;
    std::optional<QString> region;
    std::optional<QString> endpointUrl;
    std::optional<QString> accessKeyId;
    std::optional<QString> secretAccessKey;
    std::optional<QString> sessionToken;
    // Set to false only by an explicit choice for this connection: its HTTPS certificates
    // are then not verified at all (anyone on the path can read and change the calls).
    // A console that offers it must show a warning that stays visible while it is off.
    std::optional<bool> verifyTls;
};

struct ResolvedConnection
{
    QString profile;
    QString region;
    QUrl endpointUrl;
    std::shared_ptr<CredentialsProvider> credentials;
    // TLS trust (AWS_CA_BUNDLE, else the profile's ca_bundle) and proxies: for
    // Transport::setNetworkSettings().
    NetworkSettings network;
};

// The default endpoint of the service in a region.
QUrl defaultEndpoint(const QString &region);

// The endpoint URL configured for a service ("customer_profiles", "sts", "sso",
// "sso_oidc"), as the SDKs read it: AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, the
// profile's [services] section, the profile's endpoint_url; none when
// AWS_IGNORE_CONFIGURED_ENDPOINT_URLS or ignore_configured_endpoint_urls is true. Empty:
// the service's default.
QString configuredEndpoint(const QString &serviceId, const QString &profile,
                           const QProcessEnvironment &env, const AwsSharedConfig &files);

// Explicit values, then the environment (AWS_ACCESS_KEY_ID..., AWS_PROFILE, AWS_REGION,
// AWS_DEFAULT_REGION, AWS_ENDPOINT_URL_CUSTOMER_PROFILES, AWS_ENDPOINT_URL), then a role
// the profile names (role_arn, web_identity_token_file; see rolecredentials.h), the
// environment's web identity, then the credentials file, credential_process, then the
// config file. The network settings come from the environment and the profile's
// ca_bundle (networksettings.h); a CA bundle that cannot be used fails here.
Outcome<ResolvedConnection> resolveConnection(const ConnectionSettings &settings,
                                              const QProcessEnvironment &environment,
                                              const AwsSharedConfig &files);

// What a profile says of IAM Identity Center (sso_session with its [sso-session] section,
// or the legacy sso_start_url), endpoints included; nothing when it names neither, an
// error naming what is missing.
std::optional<Outcome<SsoSettings>> ssoSettingsFor(const QString &profile,
                                                   const AwsSharedConfig &files,
                                                   const QProcessEnvironment &env);

// The credentials a profile holds itself, in botocore's order: IAM Identity Center
// (sso_session or sso_start_url; see ssocredentials.h), keys in the credentials file,
// credential_process, keys in the config file. Nothing when it holds none.
std::optional<Outcome<std::shared_ptr<CredentialsProvider>>>
profileCredentials(const QString &profile, const AwsSharedConfig &files,
                   const QProcessEnvironment &env);

} // namespace cp::client
