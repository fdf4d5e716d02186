#pragma once

#include "transport.h"

#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <functional>

class QNetworkReply;
class QThread;

namespace cp::client {

using Task = std::function<void()>;

// Where a call's callback runs (client.h's promise): on the thread that owns the
// context, never once the context is gone. On that thread, at once (no extra event-loop
// turn); from another thread, queued to the context's thread through a connection made
// while the context certainly existed, so Qt drops the task if the context goes first.
// A null context means "not bound": tasks always run, at once. Lives on the thread of
// the call that owns it; the context keeps its thread while the call is pending.
class ContextBinding : public QObject
{
    Q_OBJECT
public:
    ContextBinding(QObject *context, QObject *parent);

    // Bound to a context that no longer exists.
    bool isGone() const;
    // Runs the task where the context lives, or drops it when the context is gone. The
    // task may delete the binding: nothing is touched after it ran.
    void run(const Task &task);

Q_SIGNALS:
    void contextDestroyed();
    void queued(const cp::client::Task &task, QPrivateSignal);

private:
    QPointer<QObject> m_context;
    QThread *m_thread = nullptr; // the context's, when the call was made
    bool m_bound = false;
    bool m_gone = false;
};

// One call through the Transport: credentials, signing, sending, classifying the
// answer, backing off and trying again, then delivering to the context's callback.
// Every call ends in exactly one callback (the answer, or Kind::Cancelled from cancel())
// unless its context is gone, then finished().
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
    void end(HttpResult result);
    void log(const HttpResult &result);
    QByteArray signedHost() const;
    bool learnClockSkew(const QList<QPair<QByteArray, QByteArray>> &headers);
    void checkAnnouncedLength();
    void redactSecrets(ServiceError &error) const;
    bool readNetworkFailure(QNetworkReply *reply, HttpResult &result);
    bool askProxyCredentials(const HttpResult &result);
    void rememberProxy(const QUrl &url);

    QPointer<Transport> m_transport;
    HttpRequest m_request;
    ContextBinding *m_binding;
    Transport::Callback m_callback; // emptied when it runs: never a second time
    CallOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    QElapsedTimer m_elapsed;
    QDateTime m_started;
    QByteArray m_sentUrl;  // the last attempt's URL, as QUrl encodes it on the wire
    QStringList m_secrets; // the last attempt's secret key and token, kept out of errors
                           // (and any proxy password)
    QList<QSslError> m_sslErrors; // the last attempt's, for a message that says why
    QString m_proxyName;          // the last attempt's proxy, "host:port"; empty: none
    bool m_proxyPrompted = false; // asked for the proxy's credentials once already
    bool m_proxyCredentialsGiven = false; // in the proxy's URL or typed
    int m_attempt = 0;
    int m_maxAttempts = 3;
    int m_quotaTaken = 0;
    bool m_skewRetried = false;
    bool m_credentialsRenewed = false;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_counted = false; // counted in the transport's in-flight calls
    void uncount();
};

} // namespace cp::client
