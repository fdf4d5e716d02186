#pragma once

#include "call.h"
#include "credentials.h"
#include "error.h"
#include "retry.h"
#include "protocol.h"
#include "sigv4/sigv4.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cp::client {

using schema::HttpRequest;

struct Endpoint
{
    QUrl url;       // scheme, host and port; e.g. https://profile.us-east-1.amazonaws.com
    QString region; // signing region
};

struct CallOptions
{
    std::chrono::milliseconds timeout{30000}; // per attempt
    int maxAttempts = 0;                      // 0: the transport's policy
    QString operation;                        // for the request log
    QJsonObject input;                        // the operation's parameters, for the request log
    qint64 maxResponseBytes = 64 * 1024 * 1024;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString requestId;
    int attempts = 0;
    ServiceError error; // kind None on a 2xx answer
};

// One entry per call for the console's request log; never holds a secret.
struct RequestLogEntry
{
    QDateTime started;
    QString operation;
    QJsonObject input; // parameters as the client had them (no secret: credentials never are)
    QByteArray method;
    QUrl url;
    QByteArray requestBody;
    int status = 0;
    qint64 durationMs = 0;
    QString requestId;
    int attempts = 0;
    QString errorType;
};

// Signs and sends HTTP requests with the SDKs' standard retry mode. Lives on the
// thread that created it; results are delivered bound to a context object.
class Transport : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    using Callback = std::function<void(const HttpResult &)>;

    Transport(Endpoint endpoint, std::shared_ptr<CredentialsProvider> credentials,
              QObject *parent = nullptr);
    ~Transport() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const; // the clock, corrected by the skew learnt from the server
    RetryPolicy &retryPolicy() { return m_retry; }

    Call *send(const HttpRequest &request, QObject *context, Callback callback,
               const CallOptions &options = {});

    const sigv4::Signer &signer() const { return m_signer; }
    QNetworkAccessManager *network() const { return m_network; }
    CredentialsProvider *credentialsProvider() const { return m_credentials.get(); }
    std::chrono::milliseconds clockSkew() const { return m_skew; }
    void setClockSkew(std::chrono::milliseconds skew) { m_skew = skew; }

    // Calls started and not yet finished; cancelAll() cancels every one of them.
    int inFlight() const { return m_inFlight; }
    void cancelAll();
    void callStarted();
    void callEnded();

Q_SIGNALS:
    void requestLogged(const cp::client::RequestLogEntry &entry);
    void inFlightChanged(int calls);

private:
    Endpoint m_endpoint;
    std::shared_ptr<CredentialsProvider> m_credentials;
    QNetworkAccessManager *m_network;
    sigv4::Signer m_signer;
    RetryPolicy m_retry;
    Clock m_clock;
    std::chrono::milliseconds m_skew{0};
    int m_inFlight = 0;
};

} // namespace cp::client

Q_DECLARE_METATYPE(cp::client::RequestLogEntry)
