#include "networksettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QMap>
#include <QMutex>
#include <QNetworkProxyFactory>
#include <QSslSocket>

namespace cp::client {
namespace {

// lupdate reads the context from this class; the messages are looked up under it.
struct NetworkText
{
    Q_DECLARE_TR_FUNCTIONS(cp::client::NetworkText)
};

ServiceError configError(const QString &message)
{
    ServiceError error;
    error.kind = ServiceError::Kind::Credentials;
    error.message = message;
    return error;
}

// Python's urllib.request.getproxies_environment(): every non-empty *_PROXY variable in
// any case, then the lowercase ones again so that they win (an empty lowercase one
// removes the entry). Keys are "https", "http", "no"...
QMap<QString, QString> environmentProxies(const QProcessEnvironment &env)
{
    QMap<QString, QString> proxies;
    const QStringList names = env.keys();
    for (const QString &name : names) {
        const QString lower = name.toLower();
        const QString value = env.value(name);
        if (!value.isEmpty() && lower.endsWith(QStringLiteral("_proxy")))
            proxies.insert(lower.chopped(6), value);
    }
    for (const QString &name : names) {
        if (!name.endsWith(QStringLiteral("_proxy")))
            continue; // lowercase suffix only: the lowercase spelling's second pass
        const QString value = env.value(name);
        const QString key = name.toLower().chopped(6);
        if (!value.isEmpty())
            proxies.insert(key, value);
        else
            proxies.remove(key);
    }
    return proxies;
}

// "http://user:password@host:port" (or "host:port", taken as http:// as requests does).
// The variable's value may hold a password: messages name the variable only.
Outcome<std::optional<QNetworkProxy>> parseProxy(const QString &variable, const QString &value)
{
    if (value.isEmpty())
        return std::optional<QNetworkProxy>();
    const QString text = value.contains(QStringLiteral("://")) ? value.trimmed()
                                                               : QStringLiteral("http://") +
                                                                     value.trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    int defaultPort = 80; // urllib3's default for an http:// proxy
    if (scheme == QStringLiteral("socks5") || scheme == QStringLiteral("socks5h")) {
        type = QNetworkProxy::Socks5Proxy;
        defaultPort = 1080;
    } else if (scheme != QStringLiteral("http")) {
        return configError(
            NetworkText::tr("%1 names a proxy the console cannot use: give its http:// address.")
                .arg(variable));
    }
    if (!url.isValid() || url.host().isEmpty())
        return configError(NetworkText::tr("%1 is not a proxy URL.").arg(variable));
    QNetworkProxy proxy(type, url.host(), quint16(url.port(defaultPort)),
                        url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
    return std::optional<QNetworkProxy>(proxy);
}

bool isLoopback(const QString &host)
{
    if (host == QStringLiteral("localhost") || host.endsWith(QStringLiteral(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString firstCommonName(const QStringList &names)
{
    return names.isEmpty() ? QString() : names.first();
}

struct PromptState
{
    QMutex mutex;
    ProxyAuthPrompt prompt;
    QMap<QString, ProxyCredentials> credentials;
};

PromptState &promptState()
{
    static PromptState state;
    return state;
}

} // namespace

bool NetworkSettings::bypassesProxy(const QUrl &url) const
{
    const QString host = url.host().toLower();
    if (!proxyLoopback && isLoopback(host))
        return true;
    // As urllib's proxy_bypass_environment: the host alone or with the URL's port, equal to
    // an entry or a subdomain of it; "*" alone bypasses everything. No CIDR ranges.
    const QString hostPort =
        url.port() >= 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
    for (const QString &entry : noProxy) {
        if (entry == QStringLiteral("*"))
            return true;
        QString name = entry.toLower();
        while (name.startsWith(QLatin1Char('.')))
            name.remove(0, 1);
        if (name.isEmpty())
            continue;
        if (host == name || hostPort == name)
            return true;
        const QString suffix = QLatin1Char('.') + name;
        if (host.endsWith(suffix) || hostPort.endsWith(suffix))
            return true;
    }
    return false;
}

QList<QNetworkProxy> NetworkSettings::proxiesFor(const QUrl &url) const
{
    if (bypassesProxy(url))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    const std::optional<QNetworkProxy> &proxy =
        url.scheme() == QStringLiteral("https") ? httpsProxy : httpProxy;
    if (proxy)
        return {*proxy};
    if (systemProxy) {
        const QList<QNetworkProxy> system =
            QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
        if (!system.isEmpty())
            return system;
    }
    return {QNetworkProxy(QNetworkProxy::NoProxy)};
}

QSslConfiguration NetworkSettings::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Replaces the system's roots (and stops Qt loading them on demand).
    if (!caCertificates.isEmpty())
        configuration.setCaCertificates(caCertificates);
    if (!verifyTls)
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

Outcome<NetworkSettings> resolveNetworkSettings(const QProcessEnvironment &env,
                                                const QString &profileCaBundle,
                                                std::optional<bool> verifyTls)
{
    NetworkSettings out;
    out.verifyTls = verifyTls.value_or(true);
    // botocore's ca_bundle: the environment first, then the profile.
    const QString fromEnv = env.value(QStringLiteral("AWS_CA_BUNDLE"));
    const QString bundle = fromEnv.isEmpty() ? profileCaBundle.trimmed() : fromEnv;
    if (!bundle.isEmpty()) {
        const QString origin = fromEnv.isEmpty() ? QStringLiteral("ca_bundle")
                                                 : QStringLiteral("AWS_CA_BUNDLE");
        QFile file(bundle);
        if (!file.open(QIODevice::ReadOnly))
            return configError(NetworkText::tr("The CA bundle %1 (%2) cannot be read: %3.")
                                   .arg(bundle, origin, file.errorString()));
        out.caCertificates = QSslCertificate::fromData(file.read(16 * 1024 * 1024), QSsl::Pem);
        if (out.caCertificates.isEmpty())
            return configError(
                NetworkText::tr("The CA bundle %1 (%2) holds no PEM certificate.").arg(bundle, origin));
        out.caBundlePath = bundle;
    }

    const QMap<QString, QString> proxies = environmentProxies(env);
    out.systemProxy = proxies.isEmpty(); // as urllib: the environment's, else the system's
    const auto variable = [&env](const char *upper, const char *lower) {
        const QString name = QString::fromLatin1(lower);
        return env.contains(name) && !env.value(name).isEmpty() ? name : QString::fromLatin1(upper);
    };
    auto https = parseProxy(variable("HTTPS_PROXY", "https_proxy"), proxies.value(QStringLiteral("https")));
    if (!https.ok())
        return https.error();
    auto http = parseProxy(variable("HTTP_PROXY", "http_proxy"), proxies.value(QStringLiteral("http")));
    if (!http.ok())
        return http.error();
    out.httpsProxy = https.value();
    out.httpProxy = http.value();
    for (const QString &entry : proxies.value(QStringLiteral("no")).split(QLatin1Char(','))) {
        if (!entry.trimmed().isEmpty())
            out.noProxy.append(entry.trimmed());
    }
    return out;
}

const NetworkSettings &defaultNetworkSettings()
{
    static const NetworkSettings settings = [] {
        const auto resolved = resolveNetworkSettings(QProcessEnvironment::systemEnvironment());
        if (resolved.ok())
            return resolved.value();
        NetworkSettings unusable;
        unusable.problem = resolved.error().message;
        return unusable;
    }();
    return settings;
}

QString proxyDisplayName(const QNetworkProxy &proxy)
{
    const QString host = proxy.hostName().contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + proxy.hostName() + QLatin1Char(']')
                             : proxy.hostName();
    return host + QLatin1Char(':') + QString::number(proxy.port());
}

QString describeTlsFailure(const QList<QSslError> &errors, const QUrl &url)
{
    // The first error about a certificate says whose it is; the leaf's comes first.
    QSslError chosen = errors.isEmpty() ? QSslError() : errors.first();
    for (const QSslError &error : errors) {
        if (!error.certificate().isNull()) {
            chosen = error;
            break;
        }
    }
    const QSslCertificate certificate = chosen.certificate();
    QString subject = firstCommonName(certificate.subjectInfo(QSslCertificate::CommonName));
    if (subject.isEmpty())
        subject = url.host();
    QString issuer = firstCommonName(certificate.issuerInfo(QSslCertificate::CommonName));
    if (issuer.isEmpty())
        issuer = firstCommonName(certificate.issuerInfo(QSslCertificate::Organization));
    const QString hint = NetworkText::tr(
        "Set AWS_CA_BUNDLE or the profile's ca_bundle to a PEM file with the certificate of the "
        "authority that issued it (your organisation's, if it inspects HTTPS).");
    if (issuer.isEmpty())
        return NetworkText::tr("The server's certificate for %1 is not trusted: %2. %3")
            .arg(subject, chosen.errorString(), hint);
    return NetworkText::tr("The server's certificate for %1 (issued by %2) is not trusted: %3. %4")
        .arg(subject, issuer, chosen.errorString(), hint);
}

void setProxyAuthPrompt(ProxyAuthPrompt prompt)
{
    PromptState &state = promptState();
    const QMutexLocker lock(&state.mutex);
    state.prompt = std::move(prompt);
}

ProxyAuthPrompt proxyAuthPrompt()
{
    PromptState &state = promptState();
    const QMutexLocker lock(&state.mutex);
    return state.prompt;
}

std::optional<ProxyCredentials> proxyCredentials(const QString &proxy)
{
    PromptState &state = promptState();
    const QMutexLocker lock(&state.mutex);
    const auto found = state.credentials.constFind(proxy);
    if (found == state.credentials.constEnd())
        return std::nullopt;
    return *found;
}

void setProxyCredentials(const QString &proxy, std::optional<ProxyCredentials> credentials)
{
    PromptState &state = promptState();
    const QMutexLocker lock(&state.mutex);
    if (credentials)
        state.credentials.insert(proxy, *credentials);
    else
        state.credentials.remove(proxy);
}

} // namespace cp::client
