#pragma once

#include "transport.h"

#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace cp::client {

// One call through the Transport: credentials, signing, sending, classifying the
// answer, backing off and trying again, then delivering to the context's callback.
class PendingCall : public Call
{
    Q_OBJECT
public:
    PendingCall(Transport *transport, HttpRequest request, QObject *context,
                Transport::Callback callback, CallOptions options);
    ~PendingCall() override;

    void start();
    void cancel() override;
    bool isFinished() const override { return m_finished; }

private:
    void attempt();
    void send(const Credentials &credentials);
    void onReplyFinished();
    void onTimeout();
    void conclude(HttpResult result);
    void retryOrConclude(HttpResult result);
    void deliver(const HttpResult &result);
    QByteArray signedHost() const;
    bool learnClockSkew(const QList<QPair<QByteArray, QByteArray>> &headers);
    void checkAnnouncedLength();
    void redactSecrets(ServiceError &error) const;

    QPointer<Transport> m_transport;
    HttpRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext = false; // a null context means "not bound": the callback always runs
    Transport::Callback m_callback;
    CallOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    QElapsedTimer m_elapsed;
    QDateTime m_started;
    QByteArray m_sentUrl;  // the last attempt's URL, as QUrl encodes it on the wire
    QStringList m_secrets; // the last attempt's secret key and token, kept out of errors
    int m_attempt = 0;
    int m_maxAttempts = 3;
    int m_quotaTaken = 0;
    bool m_skewRetried = false;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_counted = false; // counted in the transport's in-flight calls
    void uncount();
};

} // namespace cp::client
