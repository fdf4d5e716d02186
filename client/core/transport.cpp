#include "transport.h"

#include "pendingcall.h"

#include <QNetworkAccessManager>

namespace cp::client {

Transport::Transport(Endpoint endpoint, std::shared_ptr<CredentialsProvider> credentials,
                     QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
    , m_network(new QNetworkAccessManager(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<cp::client::RequestLogEntry>();
    // Redirects are not part of the protocol; a 3xx is reported, not followed.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
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
    const QList<PendingCall *> calls = findChildren<PendingCall *>(Qt::FindDirectChildrenOnly);
    for (PendingCall *call : calls)
        call->cancel();
}

Call *Transport::send(const HttpRequest &request, QObject *context, Callback callback,
                      const CallOptions &options)
{
    auto *call = new PendingCall(this, request, context, std::move(callback), options);
    call->start();
    return call;
}

} // namespace cp::client
