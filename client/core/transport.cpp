#include "transport.h"

#include "loopbackhttp.h"
#include "pendingcall.h"

#include <QAuthenticator>
#include <QNetworkProxyFactory>
#include <QPointer>

namespace cp::client {
namespace {

// Picks the proxy per request from the settings: the environment's (with NO_PROXY), else
// the system's. The access manager owns it.
class SettingsProxyFactory : public QNetworkProxyFactory
{
public:
    explicit SettingsProxyFactory(NetworkSettings settings)
        : m_settings(std::move(settings))
    {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return m_settings.proxiesFor(query.url());
    }

private:
    NetworkSettings m_settings;
};

} // namespace

Transport::Transport(Endpoint endpoint, std::shared_ptr<CredentialsProvider> credentials,
                     QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
    , m_network(new LoopbackNetworkAccessManager(this)) // Qt's for all but local http
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<cp::client::RequestLogEntry>();
    // Redirects are not part of the protocol; a 3xx is reported, not followed.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Qt asks synchronously; credentials the user typed earlier for this proxy (the
    // prompt runs after a first 407, see PendingCall) are given, else none and the call
    // fails with a 407. Credentials in the proxy's URL Qt takes from the proxy itself.
    connect(m_network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [](const QNetworkProxy &proxy, QAuthenticator *authenticator) {
                if (const auto typed = proxyCredentials(proxyDisplayName(proxy))) {
                    authenticator->setUser(typed->user);
                    authenticator->setPassword(typed->password);
                }
            });
    setNetworkSettings(defaultNetworkSettings());
}

void Transport::setNetworkSettings(const NetworkSettings &settings)
{
    m_networkSettings = settings;
    m_sslConfiguration = settings.sslConfiguration();
    m_network->setProxyFactory(new SettingsProxyFactory(settings)); // deletes the previous
    m_network->clearConnectionCache(); // no connection made under the old settings
}

Transport::~Transport() = default;

QDateTime Transport::now() const
{
    return m_clock().addMSecs(m_skew.count());
}

void Transport::callStarted()
{
    Q_EMIT inFlightChanged(++m_inFlight);
}

void Transport::callEnded()
{
    Q_EMIT inFlightChanged(--m_inFlight);
}

void Transport::cancelAll()
{
    // Each call's callback runs as it is cancelled, and may end other calls or destroy
    // this transport.
    QList<QPointer<PendingCall>> calls;
    for (PendingCall *call : findChildren<PendingCall *>(Qt::FindDirectChildrenOnly))
        calls.append(call);
    for (const QPointer<PendingCall> &call : std::as_const(calls)) {
        if (call)
            call->cancel();
    }
}

Call *Transport::send(const HttpRequest &request, QObject *context, Callback callback,
                      const CallOptions &options)
{
    auto *call = new PendingCall(this, request, context, std::move(callback), options);
    call->start();
    return call;
}

Call *sendUnsigned(QObject *owner, const Endpoint &endpoint, const HttpRequest &request,
                   CallOptions options, Transport::Callback callback,
                   const std::optional<NetworkSettings> &network)
{
    // The transport wants a provider; an unsigned call never asks it.
    auto *transport = new Transport(
        endpoint, std::make_shared<StaticCredentialsProvider>(Credentials{}, QString()), owner);
    if (network)
        transport->setNetworkSettings(*network);
    options.anonymous = true;
    return transport->send(
        request, owner,
        [transport, callback = std::move(callback)](const HttpResult &result) {
            transport->deleteLater();
            callback(result);
        },
        options);
}

} // namespace cp::client
