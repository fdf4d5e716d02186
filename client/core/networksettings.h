#pragma once

#include "error.h"

#include <QList>
#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace cp::client {

// How a connection reaches its endpoint through a company network: whom to trust for
// TLS and which proxy to use, read as the AWS CLI reads them (docs/network.md).
struct NetworkSettings
{
    // AWS_CA_BUNDLE, else the profile's ca_bundle; empty: the system's trust store. The
    // bundle's certificates REPLACE the system's (botocore hands it to urllib3 as verify=).
    QString caBundlePath;
    QList<QSslCertificate> caCertificates;
    // False only when a connection says so explicitly (ConnectionSettings::verifyTls):
    // the console must then show a warning that stays visible.
    bool verifyTls = true;

    // From HTTPS_PROXY/https_proxy and HTTP_PROXY/http_proxy (the lowercase one wins, as
    // in Python's urllib); they may carry user:password, which never reaches a message.
    std::optional<QNetworkProxy> httpsProxy;
    std::optional<QNetworkProxy> httpProxy;
    // NO_PROXY/no_proxy entries as urllib's proxy_bypass_environment matches them: a host,
    // a domain and its subdomains (".example.com" or "example.com"), host:port, or "*".
    QStringList noProxy;
    // The environment names no proxy at all: ask the system (QNetworkProxyFactory).
    bool systemProxy = true;
    // Loopback (localhost, 127.0.0.0/8, ::1) never goes through a proxy unless this is
    // set: the embedded endpoint and cplocal must work behind any company proxy. (The
    // CLI would send it to the proxy unless NO_PROXY says otherwise.)
    bool proxyLoopback = false;

    // Not empty: these settings cannot be used (an unreadable bundle in the process's
    // environment); every call fails with this message, which names the cause.
    QString problem;

    // The proxies to try for a request to `url`: NoProxy when none applies.
    QList<QNetworkProxy> proxiesFor(const QUrl &url) const;
    bool bypassesProxy(const QUrl &url) const;
    // Per request: the bundle's roots instead of the system's, or no verification.
    QSslConfiguration sslConfiguration() const;
};

// From the environment (AWS_CA_BUNDLE, the proxy variables) and the profile's ca_bundle
// (already ~-expanded). A bundle that cannot be read or holds no certificate, or a proxy
// variable that is no proxy URL, is an error (Kind::Credentials, as every configuration
// problem of a connection) naming the file or the variable, never the proxy's password.
Outcome<NetworkSettings> resolveNetworkSettings(const QProcessEnvironment &env,
                                                const QString &profileCaBundle = {},
                                                std::optional<bool> verifyTls = {});

// What a transport uses unless given other settings: the process's environment, read
// once. (Credential providers' own transports, e.g. STS, use these.)
const NetworkSettings &defaultNetworkSettings();

// "host:port" of a proxy, for messages and as the key of credentials typed for it.
QString proxyDisplayName(const QNetworkProxy &proxy);

// The error types of the two network failures that retrying cannot mend.
inline const QString kTlsNotTrusted = QStringLiteral("TlsCertificateNotTrusted");
inline const QString kProxyAuthenticationRequired = QStringLiteral("ProxyAuthenticationRequired");

// "The server's certificate for CN (issued by CN) is not trusted: why. Set ..."
QString describeTlsFailure(const QList<QSslError> &errors, const QUrl &url);

// A proxy that answers 407. The console's dialog is installed with setProxyAuthPrompt()
// (client/ opens none): it gets "host:port" and answers later with a user and password,
// or nothing when the user declined. The failed call is then tried once more. Typed
// credentials are kept in memory for the process, per proxy, and never logged.
struct ProxyCredentials
{
    QString user;
    QString password;
};
using ProxyAuthPrompt = std::function<void(
    const QString &proxy, std::function<void(std::optional<ProxyCredentials>)> answer)>;
void setProxyAuthPrompt(ProxyAuthPrompt prompt);
ProxyAuthPrompt proxyAuthPrompt();
std::optional<ProxyCredentials> proxyCredentials(const QString &proxy);
void setProxyCredentials(const QString &proxy, std::optional<ProxyCredentials> credentials);

} // namespace cp::client
