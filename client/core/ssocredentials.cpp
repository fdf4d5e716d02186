#include "ssocredentials.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

namespace cp::client {
namespace {

struct SsoText
{
    Q_DECLARE_TR_FUNCTIONS(cp::client::SsoText)
};

constexpr qint64 kRefreshWindowSeconds = 300;

QDateTime readTime(const QJsonValue &value)
{
    const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

QString writeTime(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate); // "2030-01-01T12:00:00Z", as the CLI writes
}

} // namespace

std::optional<SsoToken> SsoToken::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(1024 * 1024)).object();
    SsoToken token;
    token.raw = o;
    token.accessToken = o.value(QStringLiteral("accessToken")).toString();
    token.expiresAt = readTime(o.value(QStringLiteral("expiresAt")));
    token.refreshToken = o.value(QStringLiteral("refreshToken")).toString();
    token.clientId = o.value(QStringLiteral("clientId")).toString();
    token.clientSecret = o.value(QStringLiteral("clientSecret")).toString();
    token.registrationExpiresAt = readTime(o.value(QStringLiteral("registrationExpiresAt")));
    if (token.accessToken.isEmpty() || !token.expiresAt.isValid())
        return std::nullopt;
    return token;
}

bool SsoToken::write(const QString &path) const
{
    QJsonObject o = raw;
    o.insert(QStringLiteral("accessToken"), accessToken);
    o.insert(QStringLiteral("expiresAt"), writeTime(expiresAt));
    if (!refreshToken.isEmpty())
        o.insert(QStringLiteral("refreshToken"), refreshToken);
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Only the user may read a token, as the CLI leaves it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return file.commit();
}

bool SsoToken::canRefresh(const QDateTime &now) const
{
    return !refreshToken.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty() &&
           (!registrationExpiresAt.isValid() || now < registrationExpiresAt);
}

bool SsoToken::usable(const QDateTime &now) const
{
    return (!accessToken.isEmpty() && expiresAt.isValid() && now < expiresAt) || canRefresh(now);
}

QString ssoCachePath(const QProcessEnvironment &environment, const SsoSettings &settings)
{
    const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
    const QString key = settings.sessionName.isEmpty() ? settings.startUrl : settings.sessionName;
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return home + QStringLiteral("/.aws/sso/cache/") + QString::fromLatin1(hash) +
           QStringLiteral(".json");
}

SsoCredentialsProvider::SsoCredentialsProvider(SsoSettings settings,
                                               QProcessEnvironment environment, QString profile,
                                               QObject *parent)
    : RefreshingCredentialsProvider(parent)
    , m_settings(std::move(settings))
    , m_env(std::move(environment))
    , m_profile(std::move(profile))
{}

QString SsoCredentialsProvider::description() const
{
    return SsoText::tr("IAM Identity Center role %1 in account %2 (profile %3)")
        .arg(m_settings.roleName, m_settings.accountId, m_profile);
}

QUrl SsoCredentialsProvider::portal() const
{
    const QString given = !m_settings.portalEndpoint.isEmpty()
                              ? m_settings.portalEndpoint
                              : m_env.value(QStringLiteral("AWS_ENDPOINT_URL_SSO"));
    return QUrl(given.isEmpty()
                    ? QStringLiteral("https://portal.sso.%1.amazonaws.com").arg(m_settings.region)
                    : given);
}

QUrl SsoCredentialsProvider::oidc() const
{
    const QString given = !m_settings.oidcEndpoint.isEmpty()
                              ? m_settings.oidcEndpoint
                              : m_env.value(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"));
    return QUrl(given.isEmpty()
                    ? QStringLiteral("https://oidc.%1.amazonaws.com").arg(m_settings.region)
                    : given);
}

void SsoCredentialsProvider::call(const QUrl &base, HttpRequest request,
                                  std::function<void(const HttpResult &)> then)
{
    // A bearer token, or nothing, proves who calls: unsigned.
    sendUnsigned(this, {base, m_settings.region}, request, {}, std::move(then), networkSettings());
}

namespace {
SsoSignInPrompt &signInPrompt()
{
    static SsoSignInPrompt prompt;
    return prompt;
}
} // namespace

void setSsoSignInPrompt(SsoSignInPrompt prompt)
{
    signInPrompt() = std::move(prompt);
}

void SsoCredentialsProvider::fetch()
{
    fetchWithToken(true);
}

void SsoCredentialsProvider::askToSignIn(const ServiceError &otherwise)
{
    QPointer<SsoCredentialsProvider> self(this);
    signInPrompt()(m_profile, m_settings, m_env, [self, otherwise](bool signedIn) {
        if (!self)
            return;
        if (signedIn)
            self->fetchWithToken(false);
        else
            self->finish(otherwise);
    });
}

void SsoCredentialsProvider::fetchWithToken(bool mayPrompt)
{
    const QString path = ssoCachePath(m_env, m_settings);
    const std::optional<SsoToken> token = SsoToken::read(path);
    const QString signIn =
        m_settings.sessionName.isEmpty()
            ? SsoText::tr("Sign in with \"aws sso login --profile %1\".").arg(m_profile)
            : SsoText::tr("Sign in with \"aws sso login --sso-session %1\".")
                  .arg(m_settings.sessionName);
    const bool prompt = mayPrompt && signInPrompt();
    if (!token) {
        const ServiceError error =
            credentialsError(SsoText::tr("Not signed in to IAM Identity Center for profile %1. %2")
                                 .arg(m_profile, signIn));
        prompt ? askToSignIn(error) : finish(error);
        return;
    }
    const qint64 left = now().secsTo(token->expiresAt);
    if (left <= kRefreshWindowSeconds && token->canRefresh(now())) {
        refresh(*token);
        return;
    }
    if (left <= 0) {
        const ServiceError error = credentialsError(
            SsoText::tr("The IAM Identity Center sign-in of profile %1 has expired. %2")
                .arg(m_profile, signIn));
        prompt ? askToSignIn(error) : finish(error);
        return;
    }
    getRoleCredentials(token->accessToken);
}

void SsoCredentialsProvider::refresh(SsoToken token)
{
    HttpRequest request;
    request.method = "POST";
    request.path = "/token";
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("clientId"), token.clientId},
                                  {QStringLiteral("clientSecret"), token.clientSecret},
                                  {QStringLiteral("grantType"), QStringLiteral("refresh_token")},
                                  {QStringLiteral("refreshToken"), token.refreshToken}})
            .toJson(QJsonDocument::Compact);
    call(oidc(), request, [this, token](const HttpResult &result) mutable {
        const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
        const QString access = answer.value(QStringLiteral("accessToken")).toString();
        if (result.error.kind != ServiceError::Kind::None || access.isEmpty()) {
            // The token may still be valid for a few minutes: use it while it is.
            if (now() < token.expiresAt)
                return getRoleCredentials(token.accessToken);
            const ServiceError error = credentialsError(
                SsoText::tr("The IAM Identity Center sign-in of profile %1 has expired and could "
                            "not be refreshed (%2). Sign in again.")
                    .arg(m_profile, result.error.summary()));
            signInPrompt() ? askToSignIn(error) : finish(error);
            return;
        }
        token.accessToken = access;
        token.expiresAt =
            now().addSecs(qMax(1, answer.value(QStringLiteral("expiresIn")).toInt(3600)));
        const QString refreshToken = answer.value(QStringLiteral("refreshToken")).toString();
        if (!refreshToken.isEmpty())
            token.refreshToken = refreshToken;
        token.write(ssoCachePath(m_env, m_settings)); // the CLI finds it refreshed too
        getRoleCredentials(token.accessToken);
    });
}

void SsoCredentialsProvider::getRoleCredentials(const QString &accessToken)
{
    HttpRequest request;
    request.method = "GET";
    request.path = "/federation/credentials";
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("account_id"), m_settings.accountId);
    query.addQueryItem(QStringLiteral("role_name"), m_settings.roleName);
    request.query = query.toString(QUrl::FullyEncoded).toUtf8();
    request.headers.append({QByteArray("x-amz-sso_bearer_token"), accessToken.toUtf8()});
    call(portal(), request, [this](const HttpResult &result) {
        if (result.error.kind != ServiceError::Kind::None) {
            ServiceError error = result.error;
            error.kind = ServiceError::Kind::Credentials;
            error.message =
                SsoText::tr("IAM Identity Center gave no credentials for role %1 in "
                            "account %2: %3")
                    .arg(m_settings.roleName, m_settings.accountId, result.error.summary());
            finish(error);
            return;
        }
        finish(parseRoleCredentials(result.body));
    });
}

Outcome<Credentials> SsoCredentialsProvider::parseRoleCredentials(const QByteArray &json)
{
    const QJsonObject o =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("roleCredentials")).toObject();
    Credentials c;
    c.accessKeyId = o.value(QStringLiteral("accessKeyId")).toString();
    c.secretAccessKey = o.value(QStringLiteral("secretAccessKey")).toString();
    c.sessionToken = o.value(QStringLiteral("sessionToken")).toString();
    if (!c.isValid())
        return credentialsError(SsoText::tr("IAM Identity Center answered no credentials."));
    const qint64 expiration = o.value(QStringLiteral("expiration")).toVariant().toLongLong();
    if (expiration > 0)
        c.expiration = QDateTime::fromMSecsSinceEpoch(expiration, Qt::UTC);
    return c;
}

} // namespace cp::client
