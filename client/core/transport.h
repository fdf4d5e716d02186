#pragma once

#include "call.h"
#include "credentials.h"
#include "error.h"
#include "networksettings.h"
#include "protocol.h"
#include "retry.h"
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
    QByteArray service = "profile"; // signing name: "sts" for the role providers' calls
};

struct CallOptions
{
    std::chrono::milliseconds timeout{30000}; // per attempt
    int maxAttempts = 0;                      // 0: the transport's policy
    QString operation;                        // for the request log
    // For the request log: the operation's parameters whole (only for "Copy as AWS CLI
    // command"), and the parameters and body as the log may keep and show them, with every
    // value of a shape the model marks sensitive replaced by a marker. Without loggedBody
    // the log keeps no body: the transport cannot tell what in it is sensitive.
    QJsonObject input;
    QJsonObject loggedInput;
    QByteArray loggedBody;
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    // Error types the caller takes as an answer, e.g. a lookup that may find nothing: the
    // request log marks them as expected so that it shows real problems only.
    QStringList expectedErrorTypes;
    // Sent without a signature and without asking for credentials, as the SDKs send
    // AssumeRoleWithWebIdentity (the token in the body is the proof).
    bool anonymous = false;
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

// One entry per call for the console's request log; never holds a secret (credentials
// are never parameters). Values of shapes the model marks sensitive (names, e-mail
// addresses, phone numbers, field mappings...) stay out of everything it keeps as text
// or shows, as in botocore's debug log: only `input` holds them.
struct RequestLogEntry
{
    QDateTime started;
    QString operation;
    // The parameters whole, sensitive values included: kept only so that "Copy as AWS CLI
    // command" copies the request the user made. Never shown, never written out as text.
    QJsonObject input;
    QJsonObject redactedInput; // the parameters as the log shows them: sensitive values masked
    QByteArray method;
    QUrl url;               // the model binds no sensitive member to the path or the query
    QByteArray requestBody; // as sent, sensitive values masked (empty: not known)
    int status = 0;
    qint64 durationMs = 0;
    QString requestId;
    int attempts = 0;
    QString errorType;
    bool expectedError = false; // the caller expected this error (CallOptions)
    bool cancelled = false;     // the caller cancelled it; it may have reached the endpoint
};

// Signs and sends HTTP requests with the SDKs' standard retry mode. Lives on the
// thread that created it, and is called there; results are delivered bound to a context
// object, on the context's thread (queued there when it is another one), never after the
// context is destroyed. A null context is not bound: the callback always runs.
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
    // TLS trust and proxies for every call from now on (resolveConnection() gives a
    // connection's); defaultNetworkSettings() until then.
    void setNetworkSettings(const NetworkSettings &settings);
    const NetworkSettings &networkSettings() const { return m_networkSettings; }
    const QSslConfiguration &sslConfiguration() const { return m_sslConfiguration; }

    Call *send(const HttpRequest &request, QObject *context, Callback callback,
               const CallOptions &options = {});

    const sigv4::Signer &signer() const { return m_signer; }
    QNetworkAccessManager *network() const { return m_network; }
    CredentialsProvider *credentialsProvider() const { return m_credentials.get(); }
    std::chrono::milliseconds clockSkew() const { return m_skew; }
    void setClockSkew(std::chrono::milliseconds skew) { m_skew = skew; }

    // Calls started and not yet finished; cancelAll() cancels every one of them (each
    // callback is told Kind::Cancelled, as Call::cancel() does).
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
    NetworkSettings m_networkSettings;
    QSslConfiguration m_sslConfiguration;
    Clock m_clock;
    std::chrono::milliseconds m_skew{0};
    int m_inFlight = 0;
};

// One unsigned request to `endpoint` (a credentials service that a token in the request
// authorises, or nothing): a transport of its own for the call, owned by `owner` until
// the answer, which `callback` gets on the owner's thread. options.anonymous is set.
Call *sendUnsigned(QObject *owner, const Endpoint &endpoint, const HttpRequest &request,
                   CallOptions options, Transport::Callback callback,
                   const std::optional<NetworkSettings> &network = std::nullopt);

} // namespace cp::client

Q_DECLARE_METATYPE(cp::client::RequestLogEntry)
