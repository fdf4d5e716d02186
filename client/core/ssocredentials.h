#pragma once

#include "credentials.h"
#include "transport.h"

#include <QJsonObject>
#include <QProcessEnvironment>

namespace cp::client {

// What a profile says of IAM Identity Center: the sso-session form (sso_session naming an
// [sso-session NAME] section with sso_start_url and sso_region) or the legacy form (both
// in the profile), with the account and role to sign in to.
struct SsoSettings
{
    QString sessionName; // sso_session; empty in the legacy form
    QString startUrl;
    QString region;
    QString accountId;
    QString roleName;
    QStringList scopes; // sso_registration_scopes of the session (comma-separated there)
    // Endpoints the configuration names (configuredEndpoint: "sso", "sso_oidc"); empty:
    // AWS_ENDPOINT_URL_SSO(_OIDC), else the region's.
    QString portalEndpoint;
    QString oidcEndpoint;
    // The profile's ca_bundle: the sign-in's own calls trust it (AWS_CA_BUNDLE first).
    QString caBundle;
};

// A token of the AWS CLI's cache (~/.aws/sso/cache/SHA1.json): read and written in the
// CLI's format, so that a token from `aws sso login` serves here and one refreshed here
// serves the CLI. Members this product does not use are kept as they were.
struct SsoToken
{
    QString accessToken;
    QDateTime expiresAt;
    QString refreshToken;
    QString clientId;
    QString clientSecret;
    QDateTime registrationExpiresAt;
    QJsonObject raw; // the file as read

    static std::optional<SsoToken> read(const QString &path);
    bool write(const QString &path) const;
    // Holds what CreateToken needs to renew it, and its client registration is still valid.
    bool canRefresh(const QDateTime &now) const;
    // Gives credentials without a sign-in: not expired yet, or renewable.
    bool usable(const QDateTime &now) const;
};

// The cache file of a session (SHA-1 of its name) or of a legacy start URL, in
// HOME/.aws/sso/cache as the CLI names it.
QString ssoCachePath(const QProcessEnvironment &environment, const SsoSettings &settings);

// Asks the user to sign in to IAM Identity Center when a profile has no usable token (the
// console's device-authorization dialog): `done(true)` once a token is in the cache,
// `done(false)` when the user gave up. Called on the provider's thread; it may answer later.
using SsoSignInPrompt =
    std::function<void(const QString &profile, const SsoSettings &settings,
                       const QProcessEnvironment &environment, std::function<void(bool)> done)>;
// Installed once by the application; without one, a missing sign-in is an error saying how
// to sign in with the AWS CLI.
void setSsoSignInPrompt(SsoSignInPrompt prompt);

// Role credentials from IAM Identity Center: the cached token is exchanged for the role's
// credentials (GetRoleCredentials); a token that has expired, or expires within five
// minutes, is first refreshed with its refresh token (SSO OIDC CreateToken) where the
// registration allows, and the cache written back. Without a usable token it says to sign
// in. The portal and OIDC endpoints follow AWS_ENDPOINT_URL_SSO and
// AWS_ENDPOINT_URL_SSO_OIDC.
class SsoCredentialsProvider : public RefreshingCredentialsProvider
{
    Q_OBJECT
public:
    SsoCredentialsProvider(SsoSettings settings, QProcessEnvironment environment, QString profile,
                           QObject *parent = nullptr);
    QString description() const override;
    const SsoSettings &settings() const { return m_settings; }

    // {"roleCredentials": {...}} of GetRoleCredentials; exposed for tests.
    static Outcome<Credentials> parseRoleCredentials(const QByteArray &json);

protected:
    void fetch() override;

private:
    // After a sign-in the prompt is not asked again: a second failure is reported.
    void fetchWithToken(bool mayPrompt);
    void askToSignIn(const ServiceError &otherwise);
    void refresh(SsoToken token);
    void getRoleCredentials(const QString &accessToken);
    void call(const QUrl &base, HttpRequest request, std::function<void(const HttpResult &)> then);
    QUrl portal() const;
    QUrl oidc() const;

    SsoSettings m_settings;
    QProcessEnvironment m_env;
    QString m_profile;
};

} // namespace cp::client
