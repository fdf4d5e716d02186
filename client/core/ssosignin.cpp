#include "ssosignin.h"

#include "call.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace cp::client {
namespace {

struct SignInText
{
    Q_DECLARE_TR_FUNCTIONS(cp::client::SsoSignIn)
};

constexpr int kDefaultInterval = 5;      // RFC 8628 §3.5, as the CLI
constexpr int kSlowDownIncrement = 5;    // RFC 8628 §3.5, as the CLI
constexpr qint64 kExpiryWindow = 15 * 60; // a cached registration must outlive this
const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

// The CLI writes times as strftime('%Y-%m-%dT%H:%M:%SZ'): whole seconds, UTC, "Z".
QString cliTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + QLatin1Char('Z');
}

QDateTime readTime(const QJsonValue &value)
{
    const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

// A string as Python's json.dumps writes it (ensure_ascii): every character outside
// printable ASCII as \uXXXX, so that the SHA-1 of the key matches the CLI's.
QString pythonJsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        case u'\b': out += QStringLiteral("\\b"); break;
        case u'\f': out += QStringLiteral("\\f"); break;
        default:
            if (u < 0x20 || u > 0x7e)
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

bool writePrivateJson(const QString &path, const QJsonObject &object)
{
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // 0600, as the CLI
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace

QString ssoRegistrationCacheKey(const QString &startUrl, const QString &region,
                                const QStringList &scopes, const QString &sessionName)
{
    QString scopeList = QStringLiteral("null");
    if (!scopes.isEmpty()) {
        QStringList quoted;
        for (const QString &scope : scopes)
            quoted.append(pythonJsonString(scope));
        scopeList = QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    // json.dumps(..., sort_keys=True): keys in code-point order, ", " and ": " between.
    const QString json =
        QStringLiteral("{\"region\": %1, \"scopes\": %2, \"session_name\": %3, "
                       "\"startUrl\": %4, \"tool\": \"botocore\"}")
            .arg(pythonJsonString(region), scopeList,
                 sessionName.isEmpty() ? QStringLiteral("null") : pythonJsonString(sessionName),
                 pythonJsonString(startUrl));
    return QString::fromLatin1(
        QCryptographicHash::hash(json.toUtf8(), QCryptographicHash::Sha1).toHex());
}

SsoSignIn::SsoSignIn(SsoSettings settings, QProcessEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_env(std::move(environment))
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &SsoSignIn::createToken);
}

SsoSignIn::~SsoSignIn()
{
    ++m_generation; // whatever the cancelled call answers is dropped
    if (m_call)
        m_call->cancel();
}

bool SsoSignIn::isRunning() const
{
    return m_state == State::Registering || m_state == State::Authorizing ||
           m_state == State::Waiting;
}

QUrl SsoSignIn::oidcEndpoint() const
{
    // As SsoCredentialsProvider: the configuration's, AWS_ENDPOINT_URL_SSO_OIDC, the region's.
    QString given = m_settings.oidcEndpoint;
    if (given.isEmpty())
        given = m_env.value(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"));
    return QUrl(given.isEmpty()
                    ? QStringLiteral("https://oidc.%1.amazonaws.com").arg(m_settings.region)
                    : given);
}

QString SsoSignIn::registrationCachePath() const
{
    // The legacy form registers without scopes, as the CLI does.
    const QStringList scopes = m_settings.sessionName.isEmpty() ? QStringList() : m_settings.scopes;
    const QString key = ssoRegistrationCacheKey(m_settings.startUrl, m_settings.region, scopes,
                                                m_settings.sessionName);
    return QFileInfo(ssoCachePath(m_env, m_settings)).path() + QLatin1Char('/') + key +
           QStringLiteral(".json");
}

QDateTime SsoSignIn::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void SsoSignIn::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SsoSignIn::start()
{
    if (isRunning())
        return;
    ++m_generation;
    m_registration = {};
    m_deviceCode.clear();
    m_userCode.clear();
    m_interval = kDefaultInterval;
    setState(State::Registering);
    // As the credentials' calls: AWS_CA_BUNDLE, else the profile's ca_bundle; proxies.
    const Outcome<NetworkSettings> network =
        resolveNetworkSettings(m_env, m_settings.caBundle, std::nullopt);
    if (!network.ok())
        return fail(network.error().message);
    m_network = network.value();
    m_cachedRegistration = useCachedRegistration();
    if (m_cachedRegistration)
        startDeviceAuthorization();
    else
        registerClient();
}

void SsoSignIn::cancel()
{
    if (!isRunning())
        return;
    ++m_generation;
    m_poll.stop();
    if (m_call)
        m_call->cancel(); // its answer, Cancelled, is dropped by the generation
    m_deviceCode.clear();
    setState(State::Cancelled);
}

void SsoSignIn::fail(const QString &message)
{
    ++m_generation;
    m_poll.stop();
    // A service's message could quote what it was sent: never let a secret through.
    QString text = message;
    for (const QString &secret : {m_registration.clientSecret, m_deviceCode, m_userCode})
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("…"));
    m_deviceCode.clear();
    setState(State::Failed);
    Q_EMIT failed(text);
}

void SsoSignIn::post(const QByteArray &path, const QJsonObject &body,
                     std::function<void(const HttpResult &)> then)
{
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    CallOptions options;
    options.operation = QString::fromLatin1(path); // no body is logged: it holds secrets
    const quint64 generation = m_generation;
    // Unsigned, as the CLI calls SSO OIDC: the client secret in the body is the proof.
    m_call = sendUnsigned(this, {oidcEndpoint(), m_settings.region, "sso-oauth"}, request,
                          options, [this, generation, then](const HttpResult &result) {
                              if (generation != m_generation)
                                  return;
                              m_call = nullptr;
                              then(result);
                          },
                          m_network);
}

QString SsoSignIn::errorType(const HttpResult &result) const
{
    QString type = result.error.type;
    if (!type.isEmpty() && !type.startsWith(QStringLiteral("HTTP ")))
        return type;
    // Without x-amzn-ErrorType, the OAuth error code of the body names it.
    static const QHash<QString, QString> oauth = {
        {QStringLiteral("authorization_pending"), QStringLiteral("AuthorizationPendingException")},
        {QStringLiteral("slow_down"), QStringLiteral("SlowDownException")},
        {QStringLiteral("expired_token"), QStringLiteral("ExpiredTokenException")},
        {QStringLiteral("access_denied"), QStringLiteral("AccessDeniedException")},
        {QStringLiteral("invalid_client"), QStringLiteral("InvalidClientException")},
    };
    const QString code =
        QJsonDocument::fromJson(result.body).object().value(QStringLiteral("error")).toString();
    return oauth.value(code, type);
}

bool SsoSignIn::useCachedRegistration()
{
    QFile file(registrationCachePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.read(1024 * 1024)).object();
    Registration cached{o.value(QStringLiteral("clientId")).toString(),
                        o.value(QStringLiteral("clientSecret")).toString(),
                        readTime(o.value(QStringLiteral("expiresAt")))};
    // The CLI's authorization-code registrations share the key; the device grant needs its own.
    const bool forAuthCode = o.value(QStringLiteral("grantTypes"))
                                 .toArray()
                                 .contains(QJsonValue(QStringLiteral("authorization_code")));
    if (cached.clientId.isEmpty() || cached.clientSecret.isEmpty() || !cached.expiresAt.isValid() ||
        now().secsTo(cached.expiresAt) < kExpiryWindow || forAuthCode)
        return false;
    m_registration = cached;
    return true;
}

void SsoSignIn::registerClient()
{
    setState(State::Registering);
    // botocore's name: the session's, or the time for the legacy form.
    const QString name = m_settings.sessionName.isEmpty()
                             ? QString::number(now().toSecsSinceEpoch())
                             : m_settings.sessionName;
    QJsonObject body{{QStringLiteral("clientName"), QString(QStringLiteral("botocore-client-") + name)},
                     {QStringLiteral("clientType"), QStringLiteral("public")}};
    const QStringList scopes = m_settings.sessionName.isEmpty() ? QStringList() : m_settings.scopes;
    if (!scopes.isEmpty())
        body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    post("/client/register", body, [this, scopes](const HttpResult &result) {
        const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
        const qint64 expires =
            answer.value(QStringLiteral("clientSecretExpiresAt")).toVariant().toLongLong();
        Registration fresh{answer.value(QStringLiteral("clientId")).toString(),
                           answer.value(QStringLiteral("clientSecret")).toString(),
                           QDateTime::fromSecsSinceEpoch(expires, Qt::UTC)};
        if (result.error.isError())
            return fail(SignInText::tr("IAM Identity Center did not register the console for "
                                       "sign-in: %1")
                            .arg(result.error.summary()));
        if (fresh.clientId.isEmpty() || fresh.clientSecret.isEmpty() || expires <= 0)
            return fail(SignInText::tr("IAM Identity Center answered the registration with "
                                       "no usable client."));
        m_registration = fresh;
        // Cached as the CLI caches it, for the next sign-in of either.
        QJsonObject cached{{QStringLiteral("clientId"), fresh.clientId},
                           {QStringLiteral("clientSecret"), fresh.clientSecret},
                           {QStringLiteral("expiresAt"), cliTime(fresh.expiresAt)}};
        if (!scopes.isEmpty())
            cached.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
        writePrivateJson(registrationCachePath(), cached);
        startDeviceAuthorization();
    });
}

void SsoSignIn::startDeviceAuthorization()
{
    setState(State::Authorizing);
    const QJsonObject body{{QStringLiteral("clientId"), m_registration.clientId},
                           {QStringLiteral("clientSecret"), m_registration.clientSecret},
                           {QStringLiteral("startUrl"), m_settings.startUrl}};
    post("/device_authorization", body, [this](const HttpResult &result) {
        if (result.error.isError() && m_cachedRegistration &&
            errorType(result) == QStringLiteral("InvalidClientException")) {
            // A cached registration the service no longer knows (revoked, or the
            // instance's): register anew once rather than leave the user stuck with it.
            m_cachedRegistration = false;
            return registerClient();
        }
        if (result.error.isError()) {
            return fail(SignInText::tr("IAM Identity Center did not start the sign-in to %1: %2")
                            .arg(m_settings.startUrl, result.error.summary()));
        }
        const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
        m_deviceCode = answer.value(QStringLiteral("deviceCode")).toString();
        m_userCode = answer.value(QStringLiteral("userCode")).toString();
        const QUrl uri(answer.value(QStringLiteral("verificationUri")).toString());
        const QUrl complete(answer.value(QStringLiteral("verificationUriComplete")).toString());
        m_expiresIn = answer.value(QStringLiteral("expiresIn")).toInteger(600);
        m_interval = int(answer.value(QStringLiteral("interval")).toInteger(kDefaultInterval));
        if (m_deviceCode.isEmpty() || (!uri.isValid() && !complete.isValid()))
            return fail(SignInText::tr("IAM Identity Center answered the sign-in with no code "
                                       "to approve."));
        m_authorizedAt.start();
        setState(State::Waiting);
        Q_EMIT authorizationPending(m_userCode, uri.isValid() ? uri : complete,
                                    complete.isValid() ? complete : uri);
        if (m_state == State::Waiting) // a receiver may have cancelled
            createToken();              // once at once: a pre-approved client is done
    });
}

void SsoSignIn::createToken()
{
    if (m_state != State::Waiting)
        return;
    if (m_authorizedAt.elapsed() >= m_expiresIn * m_second.count())
        return fail(SignInText::tr("The sign-in code expired before it was approved in the "
                                   "browser. Sign in again."));
    const QJsonObject body{{QStringLiteral("grantType"), kDeviceGrant},
                           {QStringLiteral("clientId"), m_registration.clientId},
                           {QStringLiteral("clientSecret"), m_registration.clientSecret},
                           {QStringLiteral("deviceCode"), m_deviceCode}};
    post("/token", body, [this](const HttpResult &result) {
        if (!result.error.isError())
            return tokenReceived(QJsonDocument::fromJson(result.body).object());
        const QString type = errorType(result);
        if (type == QStringLiteral("AuthorizationPendingException"))
            return scheduleNextPoll();
        if (type == QStringLiteral("SlowDownException")) {
            m_interval += kSlowDownIncrement;
            Q_EMIT slowedDown(m_interval);
            return scheduleNextPoll();
        }
        if (type == QStringLiteral("ExpiredTokenException"))
            return fail(SignInText::tr("The sign-in code expired before it was approved in the "
                                       "browser. Sign in again."));
        if (type == QStringLiteral("AccessDeniedException"))
            return fail(SignInText::tr("The sign-in was denied in the browser."));
        fail(SignInText::tr("IAM Identity Center refused the sign-in: %1")
                 .arg(result.error.summary()));
    });
}

void SsoSignIn::scheduleNextPoll()
{
    m_poll.start(std::chrono::milliseconds(qMax(0, m_interval) * m_second.count()));
}

void SsoSignIn::tokenReceived(const QJsonObject &answer)
{
    SsoToken token;
    token.accessToken = answer.value(QStringLiteral("accessToken")).toString();
    token.expiresAt = now().addSecs(answer.value(QStringLiteral("expiresIn")).toInteger(3600));
    token.refreshToken = answer.value(QStringLiteral("refreshToken")).toString();
    if (token.accessToken.isEmpty())
        return fail(SignInText::tr("IAM Identity Center answered the sign-in with no token."));
    // The members and formats the CLI writes (botocore's SSOTokenFetcher); write() adds
    // accessToken, expiresAt and refreshToken.
    token.raw = {{QStringLiteral("startUrl"), m_settings.startUrl},
                 {QStringLiteral("region"), m_settings.region},
                 {QStringLiteral("clientId"), m_registration.clientId},
                 {QStringLiteral("clientSecret"), m_registration.clientSecret},
                 {QStringLiteral("registrationExpiresAt"), cliTime(m_registration.expiresAt)}};
    const QString path = ssoCachePath(m_env, m_settings);
    if (!token.write(path))
        return fail(SignInText::tr("Signed in, but the sign-in could not be saved to %1.")
                        .arg(QDir::toNativeSeparators(path)));
    ++m_generation;
    m_deviceCode.clear();
    setState(State::Succeeded);
    Q_EMIT succeeded();
}

} // namespace cp::client
