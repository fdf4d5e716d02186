// The transport against a scripted HTTP server: what goes on the wire, the signature,
// retries and backoff, timeouts, cancellation, answers that cannot be read, clock skew,
// the request log, and that no secret leaks into errors, logs or messages.
#include "client.h"
#include "credentials.h"
#include "faultserver.h"
#include "sigv4/sigv4.h"
#include "transport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

using namespace cp::client;
using Kind = ServiceError::Kind;

namespace {

const QString kAccessKey = QStringLiteral("AKIDTRANSPORTTEST");
const QString kSecret = QStringLiteral("wJalrXUtnFEMI-SECRET-K7MDENG-bPxRfiCY");
const QString kToken = QStringLiteral("IQoJb3JpZ2luX2VjE-SESSION-TOKEN-Aa1Bb2Cc3Dd4");
const QByteArray kArnPath = "/tags/arn%3Aaws%3Aprofile%3Aus-east-1%3A123456789012%3Adomains%2Fd";

constexpr int kWait = 20000; // generous: a loaded 2-core CI machine

std::unique_ptr<Transport> makeTransport(const FaultServer &server, bool withToken = false)
{
    Credentials credentials{kAccessKey, kSecret, withToken ? kToken : QString(), std::nullopt};
    auto provider =
        std::make_shared<StaticCredentialsProvider>(credentials, QStringLiteral("test"));
    auto transport =
        std::make_unique<Transport>(Endpoint{server.url(), QStringLiteral("us-east-1")}, provider);
    transport->retryPolicy().random = [] { return 0.0; }; // no backoff unless a test wants it
    return transport;
}

CallOptions options(int timeoutMs, int maxAttempts, qint64 maxResponseBytes = 64 << 20)
{
    CallOptions o;
    o.timeout = std::chrono::milliseconds(timeoutMs);
    o.maxAttempts = maxAttempts;
    o.maxResponseBytes = maxResponseBytes;
    return o;
}

HttpRequest jsonPost(const QByteArray &path, const QByteArray &body = "{\"Tags\":{\"k\":\"v\"}}")
{
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return request;
}

HttpRequest get(const QByteArray &path, const QByteArray &query = {})
{
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    request.query = query;
    return request;
}

std::optional<HttpResult> sendAndWait(Transport &transport, const HttpRequest &request,
                                      const CallOptions &options = {})
{
    std::optional<HttpResult> out;
    QObject context;
    transport.send(
        request, &context, [&out](const HttpResult &result) { out = result; }, options);
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, kWait);
    return out;
}

QByteArray authPart(const QByteArray &authorization, const QByteArray &key)
{
    const qsizetype at = authorization.indexOf(QByteArray(key + '='));
    if (at < 0)
        return {};
    const qsizetype from = at + key.size() + 1;
    const qsizetype end = authorization.indexOf(',', from);
    return authorization.mid(from, end < 0 ? -1 : end - from).trimmed();
}

// Recomputes the signature from the request exactly as the server received it.
QByteArray recomputedSignature(const FaultServer::Received &request, const QString &token = {})
{
    const QByteArray authorization = request.header("authorization");
    const QList<QByteArray> names = authPart(authorization, "SignedHeaders").split(';');
    QList<cp::sigv4::Header> headers;
    for (const QByteArray &name : names)
        headers.append({name, request.header(name)});
    const cp::sigv4::CanonicalHeaders canonical = cp::sigv4::canonicalHeaders(headers);
    const QByteArray canonicalRequest = cp::sigv4::canonicalRequest(
        request.method, cp::sigv4::canonicalUri(request.rawPath, true), // as the service
        cp::sigv4::canonicalQuery(request.rawQuery), canonical, cp::sigv4::sha256Hex(request.body));
    const QByteArray amzDate = request.header("x-amz-date");
    cp::sigv4::Signer signer;
    return signer.signature(canonicalRequest, amzDate, amzDate.left(8), "us-east-1", "profile",
                            {kAccessKey.toUtf8(), kSecret.toUtf8(), token.toUtf8()});
}

// Everything qDebug/qWarning/... print while a test runs, to look for secrets in it.
QMutex g_messagesMutex;
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TstTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void wireJsonPost();
    void wireGet();
    void wirePathsKeptAsSent_data();
    void wirePathsKeptAsSent();
    void wireSessionToken();
    void endpointWithBasePath();

    void throttledThenSuccess();
    void serverErrorThreeTimes();
    void nonRetryableStatus_data();
    void nonRetryableStatus();
    void resetConnectionRetried();
    void backoffLowerBounds();
    void backoffZeroJitter();
    void backoffCap();
    void quotaStopsRetriesAndRefunds();
    void quotaCapacityApplies();

    void timeoutSingleAttempt();
    void timeoutRetried();
    void slowAnswerWithinTimeout();
    void slowAnswerBeyondTimeout();
    void transportDestroyedMidFlight();
    void invalidUrlRefused();
    void zeroTimeoutMeansDefault();

    void cancelMidFlight();
    void cancelDuringBackoff();
    void contextDestroyedMidFlight();
    void nullContextStillDelivers();
    void callbackDeletesTransport();

    void malformedJson();
    void hugeBodyStreamed();
    void hugeBodyAnnouncedOnly();
    void truncatedBodyIsNetworkError();
    void errorTypeFromHeader();
    void errorTypeFromBody();
    void errorWithoutType();

    void clockSkewCorrected();
    void clockSkewSmallNotRetried();

    void credentialsFailureSendsNothing();
    void clientValidationSendsNothing();
    void clientUnknownOperation();
    void clientSendsSerializedRequest();

    void requestLoggedOncePerCall();
    void secretsNeverLeak();

private:
    FaultServer *m_server = nullptr;
};

void TstTransport::init()
{
    m_server = new FaultServer(this);
    QVERIFY(m_server->listen());
}

void TstTransport::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TstTransport::wireJsonPost()
{
    auto transport = makeTransport(*m_server);
    const auto result = sendAndWait(*transport, jsonPost(kArnPath));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    QCOMPARE(result->status, 200);
    QCOMPARE(result->attempts, 1);
    QCOMPARE(m_server->requestCount(), 1);

    const FaultServer::Received &r = m_server->requests().first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.rawPath, kArnPath);
    QCOMPARE(r.rawQuery, QByteArray());
    QCOMPARE(r.body, QByteArray("{\"Tags\":{\"k\":\"v\"}}"));
    QCOMPARE(r.header("host"), "127.0.0.1:" + QByteArray::number(m_server->port()));
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.headerCount("x-amz-security-token"), 0);
    const QByteArray authorization = r.header("authorization");
    QVERIFY(authorization.startsWith(
        QByteArray("AWS4-HMAC-SHA256 Credential=" + kAccessKey.toUtf8() + '/')));
    QVERIFY(authorization.contains("/us-east-1/profile/aws4_request"));
    QCOMPARE(authPart(authorization, "SignedHeaders"), QByteArray("content-type;host;x-amz-date"));
    QCOMPARE(authPart(authorization, "Signature"), recomputedSignature(r));
    QVERIFY(!r.header("user-agent").isEmpty());
}

void TstTransport::wireGet()
{
    auto transport = makeTransport(*m_server);
    const QByteArray query = "max-results=5&next-token=a%2Bb%2F%3D%3D&x=%E2%82%AC";
    const auto result = sendAndWait(*transport, get("/domains", query));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    const FaultServer::Received &r = m_server->requests().first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.rawPath, QByteArray("/domains"));
    QCOMPARE(r.rawQuery, query);
    QCOMPARE(r.body, QByteArray());
    const QByteArray authorization = r.header("authorization");
    QCOMPARE(authPart(authorization, "SignedHeaders"), QByteArray("host;x-amz-date"));
    QCOMPARE(authPart(authorization, "Signature"), recomputedSignature(r));
}

void TstTransport::wirePathsKeptAsSent_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<bool>("exact"); // false: QUrl normalises the encoding (same meaning)
    QTest::newRow("arn") << kArnPath << QByteArray("a=1") << true;
    QTest::newRow("space and plus")
        << QByteArray("/domains/a%20b%2Bc") << QByteArray("k=a%20b+c") << true;
    QTest::newRow("encoded unreserved")
        << QByteArray("/domains/%7Efoo%2D") << QByteArray("x=%7E") << false;
    QTest::newRow("lower-case hex") << QByteArray("/domains/a%3ab") << QByteArray("x=%2f") << false;
    QTest::newRow("utf-8") << QByteArray("/domains/%C3%A9t%C3%A9") << QByteArray("q=%C3%A9")
                           << true;
    QTest::newRow("brackets and quotes")
        << QByteArray("/domains/%5Ba%5D%22%27") << QByteArray("x=%5B%5D") << true;
    QTest::newRow("empty value") << QByteArray("/domains/x") << QByteArray("a=&b=2") << true;
    QTest::newRow("reserved in query")
        << QByteArray("/domains/x") << QByteArray("a=%26%3D%3F%2F%3A%40%21%24%27%28%29%2A%2C%3B")
        << true;
    QTest::newRow("double slash") << QByteArray("/domains//x/") << QByteArray() << true;
    // QUrl decodes %2E and QNetworkAccessManager then resolves the dot segments: only the
    // signature can be checked (model names never are "." or "..").
    QTest::newRow("dot segments") << QByteArray("/domains/%2E/x/%2E%2E/y") << QByteArray("-")
                                  << false;
}

// Whatever the path and query hold, the server must receive them as given and the
// signature must verify against what it received.
void TstTransport::wirePathsKeptAsSent()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(bool, exact);
    auto transport = makeTransport(*m_server);
    const auto result = sendAndWait(*transport, get(path, query == "-" ? QByteArray() : query));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    const FaultServer::Received &r = m_server->requests().first();
    if (exact) {
        QCOMPARE(r.rawPath, path);
        QCOMPARE(r.rawQuery, query);
    } else if (query != "-") {
        QCOMPARE(cp::sigv4::percentDecode(r.rawPath), cp::sigv4::percentDecode(path));
        QCOMPARE(cp::sigv4::percentDecode(r.rawQuery), cp::sigv4::percentDecode(query));
    }
    QVERIFY2(authPart(r.header("authorization"), "Signature") == recomputedSignature(r),
             r.target.constData());
}

void TstTransport::wireSessionToken()
{
    auto transport = makeTransport(*m_server, true);
    const auto result = sendAndWait(*transport, jsonPost("/domains/d"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    const FaultServer::Received &r = m_server->requests().first();
    QCOMPARE(r.header("x-amz-security-token"), kToken.toUtf8());
    QCOMPARE(r.headerCount("x-amz-security-token"), 1);
    const QByteArray authorization = r.header("authorization");
    QCOMPARE(authPart(authorization, "SignedHeaders"),
             QByteArray("content-type;host;x-amz-date;x-amz-security-token"));
    QCOMPARE(authPart(authorization, "Signature"), recomputedSignature(r, kToken));
}

void TstTransport::endpointWithBasePath()
{
    Credentials credentials{kAccessKey, kSecret, QString(), std::nullopt};
    QUrl url = m_server->url();
    url.setPath(QStringLiteral("/base/"));
    Transport transport(
        Endpoint{url, QStringLiteral("us-east-1")},
        std::make_shared<StaticCredentialsProvider>(credentials, QStringLiteral("t")));
    const auto result = sendAndWait(transport, get("/domains/d"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    const FaultServer::Received &r = m_server->requests().first();
    QCOMPARE(r.rawPath, QByteArray("/base/domains/d"));
    QCOMPARE(authPart(r.header("authorization"), "Signature"), recomputedSignature(r));
}

void TstTransport::throttledThenSuccess()
{
    auto transport = makeTransport(*m_server);
    m_server->error(429, "ThrottlingException", "slow down");
    m_server->reply(200, "{\"ok\":true}", {{"x-amzn-RequestId", "req-ok"}});
    const auto result = sendAndWait(*transport, jsonPost("/domains/d"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    QCOMPARE(result->attempts, 2);
    QCOMPARE(result->body, QByteArray("{\"ok\":true}"));
    QCOMPARE(result->requestId, QStringLiteral("req-ok"));
    QCOMPARE(m_server->requestCount(), 2);
    // Each attempt is signed again.
    for (const FaultServer::Received &r : m_server->requests())
        QCOMPARE(authPart(r.header("authorization"), "Signature"), recomputedSignature(r));
}

void TstTransport::serverErrorThreeTimes()
{
    auto transport = makeTransport(*m_server);
    for (int i = 0; i < 3; ++i)
        m_server->error(500, "InternalServerException", "boom");
    m_server->reply(200, "{}"); // must not be reached
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Service);
    QCOMPARE(result->error.type, QStringLiteral("InternalServerException"));
    QCOMPARE(result->error.httpStatus, 500);
    QCOMPARE(result->error.attempts, 3);
    QCOMPARE(result->attempts, 3);
    QVERIFY(result->error.retryable);
    QCOMPARE(result->error.message, QStringLiteral("boom"));
    QCOMPARE(m_server->requestCount(), 3);
}

void TstTransport::nonRetryableStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("400") << 400 << QByteArray("BadRequestException");
    QTest::newRow("403") << 403 << QByteArray("AccessDeniedException");
    QTest::newRow("404") << 404 << QByteArray("ResourceNotFoundException");
}

void TstTransport::nonRetryableStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, type);
    auto transport = makeTransport(*m_server);
    m_server->error(status, type, "no");
    const auto result = sendAndWait(*transport, get("/domains/d"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Service);
    QCOMPARE(result->error.httpStatus, status);
    QCOMPARE(result->error.type, QString::fromUtf8(type));
    QCOMPARE(result->error.attempts, 1);
    QVERIFY(!result->error.retryable);
    QCOMPARE(result->error.requestId, QString::fromUtf8("req-" + type));
    QTest::qWait(50); // nothing else arrives (not a timing assertion: zero backoff)
    QCOMPARE(m_server->requestCount(), 1);
}

void TstTransport::resetConnectionRetried()
{
    auto transport = makeTransport(*m_server);
    // QNetworkAccessManager itself resends once or twice on a connection closed before
    // any answer; enough resets that the transport must retry on its own.
    for (int i = 0; i < 8; ++i)
        m_server->abortConnection();
    m_server->reply(200, "{}");
    const auto result = sendAndWait(*transport, get("/domains"), options(30000, 10, 1 << 20));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    QVERIFY2(result->attempts >= 2, qPrintable(QString::number(result->attempts)));
    QCOMPARE(m_server->requestCount(), 9);

    // Always reset: a Network error, retryable, after maxAttempts.
    for (int i = 0; i < 30; ++i)
        m_server->abortConnection();
    const auto failed = sendAndWait(*transport, get("/domains"));
    QVERIFY(failed);
    QCOMPARE(failed->error.kind, Kind::Network);
    QVERIFY(failed->error.retryable);
    QCOMPARE(failed->error.attempts, 3);
    QVERIFY(!failed->error.message.isEmpty());
}

void TstTransport::backoffLowerBounds()
{
    auto transport = makeTransport(*m_server);
    transport->retryPolicy().random = [] { return 1.0 - 1e-9; };
    m_server->error(503, "ServiceUnavailableException");
    m_server->error(503, "ServiceUnavailableException");
    m_server->reply(200, "{}");
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    QCOMPARE(result->attempts, 3);
    const auto &r = m_server->requests();
    QCOMPARE(r.size(), 3);
    // Lower bounds only (a little slack for timer coarseness): about 1 s, then 2 s.
    QVERIFY2(r.at(1).arrivalMs - r.at(0).arrivalMs >= 950,
             qPrintable(QString::number(r.at(1).arrivalMs - r.at(0).arrivalMs)));
    QVERIFY2(r.at(2).arrivalMs - r.at(1).arrivalMs >= 1950,
             qPrintable(QString::number(r.at(2).arrivalMs - r.at(1).arrivalMs)));
}

void TstTransport::backoffZeroJitter()
{
    RetryPolicy policy;
    policy.random = [] { return 0.0; };
    for (int attempt = 1; attempt < 40; ++attempt)
        QCOMPARE(policy.backoff(attempt).count(), 0);
    auto transport = makeTransport(*m_server);
    m_server->error(500, "InternalServerException");
    m_server->reply(200, "{}");
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    QCOMPARE(result->attempts, 2);
}

void TstTransport::backoffCap()
{
    RetryPolicy policy;
    policy.random = [] { return 1.0 - 1e-9; };
    QVERIFY(policy.backoff(1).count() >= 999 && policy.backoff(1).count() <= 1000);
    QVERIFY(policy.backoff(2).count() >= 1999 && policy.backoff(2).count() <= 2000);
    QVERIFY(policy.backoff(3).count() >= 3999 && policy.backoff(3).count() <= 4000);
    for (int attempt : {6, 7, 10, 30, 64, 1000, 1 << 30}) {
        const qint64 ms = policy.backoff(attempt).count();
        QVERIFY2(ms >= 19999 && ms <= 20000, qPrintable(QString::number(ms)));
    }
    policy.random = [] { return 0.5; };
    QCOMPARE(policy.backoff(2).count(), 1000);
    QCOMPARE(policy.backoff(0).count(), 500);
    QCOMPARE(policy.backoff(-5).count(), 500);
    policy.maxBackoff = std::chrono::milliseconds(1500);
    QCOMPARE(policy.backoff(5).count(), 750);
    // A random source outside [0, 1) never makes a negative or uncapped delay.
    policy.random = [] { return 7.0; };
    QVERIFY(policy.backoff(3).count() <= 1500);
    policy.random = [] { return -1.0; };
    QVERIFY(policy.backoff(3).count() >= 0);
    policy.random = nullptr;
    QVERIFY(policy.backoff(3).count() >= 0);
}

void TstTransport::quotaStopsRetriesAndRefunds()
{
    auto transport = makeTransport(*m_server);
    RetryPolicy &policy = transport->retryPolicy();
    policy.quotaCapacity = 12;
    policy.retryCost = 5;
    QCOMPARE(policy.availableTokens(), 12);

    // Two retries take 10 tokens; the call succeeds and gets them back.
    m_server->error(500, "InternalServerException");
    m_server->error(500, "InternalServerException");
    m_server->reply(200, "{}");
    auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    QCOMPARE(result->attempts, 3);
    QCOMPARE(policy.availableTokens(), 12);

    // Failing calls drain the quota: 12 -> 7 -> 2, then no retry can be paid for.
    for (int i = 0; i < 3; ++i)
        m_server->error(500, "InternalServerException");
    result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.attempts, 3);
    QCOMPARE(policy.availableTokens(), 2);
    const int before = m_server->requestCount();
    m_server->error(500, "InternalServerException");
    m_server->reply(200, "{}");
    result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Service);
    QCOMPARE(result->error.attempts, 1); // no token for a retry
    QVERIFY(result->error.retryable);
    QCOMPARE(m_server->requestCount(), before + 1);

    // A success without retries adds one token; never more than the capacity.
    result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    QCOMPARE(policy.availableTokens(), 3);
    for (int i = 0; i < 12; ++i)
        policy.release(0);
    QCOMPARE(policy.availableTokens(), 12);
}

void TstTransport::quotaCapacityApplies()
{
    RetryPolicy policy;
    QCOMPARE(policy.availableTokens(), 500);
    ServiceError timeout;
    timeout.kind = Kind::Timeout;
    ServiceError service;
    service.kind = Kind::Service;
    service.httpStatus = 500;
    QCOMPARE(policy.acquire(timeout), 10);
    QCOMPARE(policy.acquire(service), 5);
    QCOMPARE(policy.availableTokens(), 485);
    policy.release(15);
    QCOMPARE(policy.availableTokens(), 500);
    policy.quotaCapacity = 7;
    QCOMPARE(policy.availableTokens(), 7);
    QCOMPARE(policy.acquire(timeout), 0);
    QCOMPARE(policy.acquire(service), 5);
    QCOMPARE(policy.acquire(service), 0);
    QCOMPARE(policy.availableTokens(), 2);
}

void TstTransport::timeoutSingleAttempt()
{
    auto transport = makeTransport(*m_server);
    m_server->neverAnswer();
    const auto result = sendAndWait(*transport, get("/domains"), options(200, 1, 1 << 20));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Timeout);
    QCOMPARE(result->error.attempts, 1);
    QVERIFY(result->error.retryable);
    QVERIFY(!result->error.summary().isEmpty());
    QCOMPARE(m_server->requestCount(), 1);
}

void TstTransport::timeoutRetried()
{
    auto transport = makeTransport(*m_server);
    m_server->neverAnswer();
    m_server->neverAnswer();
    m_server->reply(200, "{}"); // must not be reached
    const auto result = sendAndWait(*transport, get("/domains"), options(200, 2, 1 << 20));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Timeout);
    QCOMPARE(result->error.attempts, 2);
    QCOMPARE(m_server->requestCount(), 2);
    const auto &r = m_server->requests();
    QVERIFY(r.at(1).arrivalMs - r.at(0).arrivalMs >= 190);
}

void TstTransport::invalidUrlRefused()
{
    auto transport = makeTransport(*m_server);
    const auto result = sendAndWait(*transport, get("/domains/a b%zz"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Validation);
    QVERIFY(!result->error.summary().isEmpty());
    const auto fragment = sendAndWait(*transport, get("/domains/a#b"));
    QVERIFY(fragment);
    QCOMPARE(fragment->error.kind, Kind::Validation);
    QCOMPARE(m_server->requestCount(), 0);
}

void TstTransport::zeroTimeoutMeansDefault()
{
    auto transport = makeTransport(*m_server);
    m_server->reply(200, "{}", {}, 200);
    const auto result = sendAndWait(*transport, get("/domains"), options(0, 1));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
}

void TstTransport::slowAnswerWithinTimeout()
{
    auto transport = makeTransport(*m_server);
    m_server->reply(200, "{\"slow\":1}", {}, 300);
    const auto result = sendAndWait(*transport, get("/domains"), options(15000, 1, 1 << 20));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    QCOMPARE(result->body, QByteArray("{\"slow\":1}"));
}

void TstTransport::slowAnswerBeyondTimeout()
{
    auto transport = makeTransport(*m_server);
    m_server->reply(200, "{}", {}, 3000);
    const auto result = sendAndWait(*transport, get("/domains"), options(200, 1));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Timeout);
    QCOMPARE(result->status, 0);
    QVERIFY(result->body.isEmpty());
}

void TstTransport::transportDestroyedMidFlight()
{
    auto transport = makeTransport(*m_server);
    m_server->neverAnswer();
    QObject context;
    bool called = false;
    QPointer<Call> call = transport->send(get("/domains"), &context,
                                          [&called](const HttpResult &) { called = true; });
    QSignalSpy closed(m_server, &FaultServer::connectionClosed);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWait);
    transport.reset();
    QVERIFY(call.isNull());
    QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 1, kWait);
    QTest::qWait(20);
    QVERIFY(!called);
}

void TstTransport::cancelMidFlight()
{
    auto transport = makeTransport(*m_server);
    m_server->neverAnswer();
    QObject context;
    bool called = false;
    QSignalSpy logged(transport.get(), &Transport::requestLogged);
    QPointer<Call> call = transport->send(get("/domains"), &context,
                                          [&called](const HttpResult &) { called = true; });
    QSignalSpy finished(call.data(), &Call::finished);
    QSignalSpy closed(m_server, &FaultServer::connectionClosed);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWait);
    QVERIFY(!call->isFinished());
    call->cancel();
    QCOMPARE(finished.size(), 1);
    call->cancel(); // a second cancel is harmless
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait); // deleted later
    QVERIFY(!called);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(logged.size(), 0);
}

void TstTransport::cancelDuringBackoff()
{
    auto transport = makeTransport(*m_server);
    transport->retryPolicy().random = [] { return 1.0 - 1e-9; };
    m_server->error(500, "InternalServerException");
    QObject context;
    bool called = false;
    QPointer<Call> call = transport->send(get("/domains"), &context,
                                          [&called](const HttpResult &) { called = true; });
    QSignalSpy finished(call.data(), &Call::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWait);
    QTest::qWait(100); // the answer arrives; the call is backing off for ~1 s
    call->cancel();
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait);
    QTest::qWait(1500);
    QVERIFY(!called);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstTransport::contextDestroyedMidFlight()
{
    auto transport = makeTransport(*m_server);
    m_server->neverAnswer();
    auto *context = new QObject;
    bool called = false;
    QPointer<Call> call =
        transport->send(get("/domains"), context, [&called](const HttpResult &) { called = true; });
    QSignalSpy finished(call.data(), &Call::finished);
    QSignalSpy closed(m_server, &FaultServer::connectionClosed);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWait);
    delete context;
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait);
    QVERIFY(!called);

    // Destroyed before the credentials even answered (they answer on a later turn).
    context = new QObject;
    call =
        transport->send(get("/domains"), context, [&called](const HttpResult &) { called = true; });
    delete context;
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait);
    QTest::qWait(50);
    QVERIFY(!called);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstTransport::nullContextStillDelivers()
{
    // Like QObject::connect without a context: no binding, the callback still runs.
    auto transport = makeTransport(*m_server);
    bool called = false;
    transport->send(get("/domains"), nullptr, [&called](const HttpResult &) { called = true; });
    QTRY_VERIFY_WITH_TIMEOUT(called, kWait);
}

void TstTransport::callbackDeletesTransport()
{
    auto *transport = makeTransport(*m_server).release();
    bool called = false;
    QObject context;
    QPointer<Call> call = transport->send(get("/domains"), &context, [&](const HttpResult &) {
        called = true;
        delete transport; // e.g. the connection is closed from the result's handler
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait);
}

void TstTransport::malformedJson()
{
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    m_server->reply(200, "{\"DomainName\": \"d\", oops", {{"x-amzn-RequestId", "req-bad"}});
    std::optional<Outcome<QJsonObject>> out;
    QObject context;
    client.call(QStringLiteral("GetDomain"),
                QJsonObject{{QStringLiteral("DomainName"), QStringLiteral("d")}}, &context,
                [&out](const Outcome<QJsonObject> &o) { out = o; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
    QVERIFY(!out->ok());
    QCOMPARE(out->error().kind, Kind::InvalidResponse);
    QVERIFY(!out->error().message.isEmpty());
    QCOMPARE(out->error().requestId, QStringLiteral("req-bad"));
    QCOMPARE(out->requestId(), QStringLiteral("req-bad"));
    QVERIFY(!out->error().summary().isEmpty());

    // Valid JSON that is not an object.
    out.reset();
    m_server->reply(200, "[1,2]");
    client.call(QStringLiteral("GetDomain"),
                QJsonObject{{QStringLiteral("DomainName"), QStringLiteral("d")}}, &context,
                [&out](const Outcome<QJsonObject> &o) { out = o; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
    QCOMPARE(out->error().kind, Kind::InvalidResponse);
}

void TstTransport::hugeBodyStreamed()
{
    auto transport = makeTransport(*m_server);
    m_server->stream(qint64(100) * 1024 * 1024);
    QSignalSpy closed(m_server, &FaultServer::connectionClosed);
    const auto result = sendAndWait(*transport, get("/domains"), options(30000, 0, 1024 * 1024));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::InvalidResponse);
    QCOMPARE(result->error.attempts, 1);
    QVERIFY(!result->error.message.isEmpty());
    QVERIFY(result->body.size() <= 1024 * 1024);
    QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 1, kWait);
}

void TstTransport::hugeBodyAnnouncedOnly()
{
    // A Content-Length beyond the cap is refused at once, before any of the body arrives
    // (the server stalls after the headers, so only the cap can end the call early).
    auto transport = makeTransport(*m_server);
    m_server->truncated(qint64(100) * 1024 * 1024, 0, false);
    const auto result = sendAndWait(*transport, get("/domains"), options(60000, 1, 1024));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::InvalidResponse);
    QCOMPARE(result->error.attempts, 1);

    // A small answer over a tiny cap.
    m_server->reply(200, QByteArray(10, 'x'));
    const auto small = sendAndWait(*transport, get("/domains"), options(30000, 0, 5));
    QVERIFY(small);
    QCOMPARE(small->error.kind, Kind::InvalidResponse);
    // A cap of 0 means the default, not "nothing".
    m_server->reply(200, QByteArray(5, 'x'));
    const auto zero = sendAndWait(*transport, get("/domains"), options(30000, 0, 0));
    QVERIFY(zero);
    QCOMPARE(zero->error.kind, Kind::None);
    // Exactly at the cap is fine.
    m_server->reply(200, QByteArray(5, 'x'));
    const auto exact = sendAndWait(*transport, get("/domains"), options(30000, 0, 5));
    QVERIFY(exact);
    QCOMPARE(exact->error.kind, Kind::None);
}

void TstTransport::truncatedBodyIsNetworkError()
{
    // The connection closes after 1000 of the announced 1 MB: never a success with part
    // of the body.
    auto transport = makeTransport(*m_server);
    for (int i = 0; i < 10; ++i)
        m_server->truncated(1024 * 1024, 1000, true);
    const auto result = sendAndWait(*transport, get("/domains"), options(30000, 1, 64 << 20));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Network);
    QVERIFY(result->error.retryable);
}

void TstTransport::errorTypeFromHeader()
{
    auto transport = makeTransport(*m_server);
    m_server->reply(
        404, "{\"Message\":\"no such domain\"}",
        {{"x-amzn-ErrorType",
          "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazon.coral.service/"},
         {"x-amzn-RequestId", "6f1c5b2e-0000-4000-8000-000000000001"}});
    const auto result = sendAndWait(*transport, get("/domains/x"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Service);
    QCOMPARE(result->error.type, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(result->error.message, QStringLiteral("no such domain"));
    QCOMPARE(result->error.requestId, QStringLiteral("6f1c5b2e-0000-4000-8000-000000000001"));
    QCOMPARE(result->requestId, QStringLiteral("6f1c5b2e-0000-4000-8000-000000000001"));
    QVERIFY(result->error.summary().contains(QStringLiteral("no such domain")));
}

void TstTransport::errorTypeFromBody()
{
    auto transport = makeTransport(*m_server);
    m_server->reply(400, "{\"__type\":\"com.amazon.coral#ThrottlingException\",\"message\":\"x\"}",
                    {{"x-amzn-RequestId", "rid-1"}});
    const auto result = sendAndWait(*transport, get("/domains/x"), options(30000, 1, 1 << 20));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Service);
    QCOMPARE(result->error.type, QStringLiteral("ThrottlingException"));
    QCOMPARE(result->error.message, QStringLiteral("x"));
    QCOMPARE(result->error.requestId, QStringLiteral("rid-1"));
    QVERIFY(result->error.retryable); // throttling, whatever the status

    // "code" as some services spell it, with a namespace and a URI.
    m_server->reply(
        400, "{\"code\":\"aws.protocoltests#ValidationException:http://x\",\"Message\":\"y\"}");
    const auto second = sendAndWait(*transport, get("/domains/x"));
    QVERIFY(second);
    QCOMPARE(second->error.type, QStringLiteral("ValidationException"));
    QCOMPARE(second->error.message, QStringLiteral("y"));
    QCOMPARE(second->error.attempts, 1);
}

void TstTransport::errorWithoutType()
{
    auto transport = makeTransport(*m_server);
    m_server->reply(418, "<html>teapot</html>", {{"Content-Type", "text/html"}});
    const auto result = sendAndWait(*transport, get("/domains/x"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Service);
    QCOMPARE(result->error.httpStatus, 418);
    QVERIFY(!result->error.type.isEmpty());
    QVERIFY(!result->error.summary().isEmpty());
    QCOMPARE(result->error.attempts, 1);
}

void TstTransport::clockSkewCorrected()
{
    auto transport = makeTransport(*m_server);
    const QDateTime ahead = QDateTime::currentDateTimeUtc().addSecs(600);
    const QByteArray date =
        QLocale::c().toString(ahead, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
        " GMT";
    m_server->reply(403, "{\"message\":\"Signature expired\"}",
                    {{"x-amzn-ErrorType", "InvalidSignatureException"}, {"Date", date}});
    m_server->reply(200, "{}");
    const auto result = sendAndWait(*transport, jsonPost("/domains/d"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::None);
    QCOMPARE(m_server->requestCount(), 2);
    const auto parse = [](const QByteArray &amzDate) {
        QDateTime t = QDateTime::fromString(QString::fromLatin1(amzDate),
                                            QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        t.setTimeSpec(Qt::UTC);
        return t;
    };
    const QDateTime first = parse(m_server->requests().at(0).header("x-amz-date"));
    const QDateTime second = parse(m_server->requests().at(1).header("x-amz-date"));
    QVERIFY(first.isValid() && second.isValid());
    const qint64 shift = first.secsTo(second);
    QVERIFY2(shift >= 590 && shift <= 660, qPrintable(QString::number(shift)));
    QVERIFY(qAbs(transport->clockSkew().count() - 600000) <= 5000);
    QCOMPARE(authPart(m_server->requests().at(1).header("authorization"), "Signature"),
             recomputedSignature(m_server->requests().at(1)));
    // The skew is remembered for later calls.
    const auto next = sendAndWait(*transport, get("/domains"));
    QVERIFY(next);
    const qint64 later = first.secsTo(parse(m_server->requests().at(2).header("x-amz-date")));
    QVERIFY(later >= 590);

    // Skewed again and again: corrected once per call, then reported.
    transport->setClockSkew(std::chrono::milliseconds(0));
    for (int i = 0; i < 3; ++i)
        m_server->reply(403, "{\"message\":\"Signature expired\"}",
                        {{"x-amzn-ErrorType", "InvalidSignatureException"}, {"Date", date}});
    m_server->reply(200, "{}");
    const auto failed = sendAndWait(*transport, get("/domains"));
    QVERIFY(failed);
    QCOMPARE(failed->error.kind, Kind::Service);
    QCOMPARE(failed->error.type, QStringLiteral("InvalidSignatureException"));
    QCOMPARE(m_server->requestCount(), 5);
}

void TstTransport::clockSkewSmallNotRetried()
{
    auto transport = makeTransport(*m_server);
    const QByteArray date = QLocale::c()
                                .toString(QDateTime::currentDateTimeUtc().addSecs(30),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                                .toLatin1() +
                            " GMT";
    m_server->reply(403, "{\"message\":\"bad signature\"}",
                    {{"x-amzn-ErrorType", "InvalidSignatureException"}, {"Date", date}});
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Service);
    QCOMPARE(result->error.attempts, 1);
    QCOMPARE(transport->clockSkew().count(), 0);
}

void TstTransport::credentialsFailureSendsNothing()
{
    Transport transport(
        Endpoint{m_server->url(), QStringLiteral("us-east-1")},
        std::make_shared<StaticCredentialsProvider>(Credentials{}, QStringLiteral("none")));
    QSignalSpy logged(&transport, &Transport::requestLogged);
    const auto result = sendAndWait(transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Credentials);
    QVERIFY(!result->error.retryable);
    QCOMPARE(result->error.attempts, 1);
    QVERIFY(!result->error.summary().isEmpty());
    QCOMPARE(logged.size(), 1);
    QTest::qWait(20);
    QCOMPARE(m_server->requestCount(), 0);
}

void TstTransport::clientValidationSendsNothing()
{
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    std::optional<Outcome<QJsonObject>> out;
    QObject context;
    QPointer<Call> call =
        client.call(QStringLiteral("GetDomain"),
                    QJsonObject{{QStringLiteral("DomainName"), QStringLiteral("bad name!")}},
                    &context, [&out](const Outcome<QJsonObject> &o) { out = o; });
    QVERIFY(call);
    QVERIFY(!out.has_value()); // answered later, as every call
    QSignalSpy finished(call.data(), &Call::finished);
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
    QCOMPARE(out->error().kind, Kind::Validation);
    QVERIFY(!out->error().issues.isEmpty());
    QVERIFY(!out->error().summary().isEmpty());
    QCOMPARE(finished.size(), 1);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->connectionsOpened(), 0);

    // Missing required member.
    out.reset();
    client.call(QStringLiteral("GetDomain"), QJsonObject{}, &context,
                [&out](const Outcome<QJsonObject> &o) { out = o; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
    QCOMPARE(out->error().kind, Kind::Validation);
    QCOMPARE(m_server->requestCount(), 0);
}

void TstTransport::clientUnknownOperation()
{
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    std::optional<Outcome<QJsonObject>> out;
    QObject context;
    client.call(QStringLiteral("DeleteEverything"), QJsonObject{}, &context,
                [&out](const Outcome<QJsonObject> &o) { out = o; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
    QCOMPARE(out->error().kind, Kind::Validation);
    QVERIFY(out->error().summary().contains(QStringLiteral("DeleteEverything")));
    QCOMPARE(m_server->requestCount(), 0);
}

void TstTransport::clientSendsSerializedRequest()
{
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    m_server->reply(200, "{\"DomainName\":\"my-domain\",\"DefaultExpirationDays\":30}");
    std::optional<Outcome<QJsonObject>> out;
    QObject context;
    QSignalSpy logged(transport.get(), &Transport::requestLogged);
    client.call(QStringLiteral("GetDomain"),
                QJsonObject{{QStringLiteral("DomainName"), QStringLiteral("my-domain")}}, &context,
                [&out](const Outcome<QJsonObject> &o) { out = o; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
    QVERIFY(out->ok());
    QCOMPARE(out->value().value(QStringLiteral("DefaultExpirationDays")).toInt(), 30);
    const FaultServer::Received &r = m_server->requests().first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.rawPath, QByteArray("/domains/my-domain"));
    QCOMPARE(authPart(r.header("authorization"), "Signature"), recomputedSignature(r));
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().first().value<RequestLogEntry>().operation,
             QStringLiteral("GetDomain"));

    // An empty 200 body is an empty object, not an error.
    out.reset();
    m_server->reply(200, "");
    client.call(QStringLiteral("GetDomain"),
                QJsonObject{{QStringLiteral("DomainName"), QStringLiteral("d")}}, &context,
                [&out](const Outcome<QJsonObject> &o) { out = o; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
    QVERIFY(out->ok());
}

void TstTransport::requestLoggedOncePerCall()
{
    auto transport = makeTransport(*m_server);
    QSignalSpy logged(transport.get(), &Transport::requestLogged);
    m_server->error(429, "ThrottlingException");
    m_server->reply(200, "{}", {{"x-amzn-RequestId", "rid-log"}});
    CallOptions options;
    options.operation = QStringLiteral("TagResource");
    const auto result = sendAndWait(*transport, jsonPost(kArnPath), options);
    QVERIFY(result);
    QCOMPARE(logged.size(), 1);
    const auto entry = logged.first().first().value<RequestLogEntry>();
    QCOMPARE(entry.operation, QStringLiteral("TagResource"));
    QCOMPARE(entry.status, 200);
    QCOMPARE(entry.attempts, 2);
    QCOMPARE(entry.method, QByteArray("POST"));
    QCOMPARE(entry.requestId, QStringLiteral("rid-log"));
    QVERIFY(entry.errorType.isEmpty());
    QVERIFY(entry.started.isValid());
    QVERIFY(entry.durationMs >= 0);
    // The URL shows the path as it was sent, not encoded twice.
    QCOMPARE(entry.url.toEncoded(), m_server->url().toEncoded() + kArnPath);

    m_server->error(404, "ResourceNotFoundException");
    const auto failed = sendAndWait(*transport, get("/domains/x", "a=1"));
    QVERIFY(failed);
    QCOMPARE(logged.size(), 2);
    const auto second = logged.at(1).first().value<RequestLogEntry>();
    QCOMPARE(second.status, 404);
    QCOMPARE(second.attempts, 1);
    QCOMPARE(second.errorType, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(second.url.toEncoded(), m_server->url().toEncoded() + "/domains/x?a=1");
}

void TstTransport::secretsNeverLeak()
{
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages.clear();
    }
    g_previousHandler = qInstallMessageHandler(captureMessages);
    auto transport = makeTransport(*m_server, true);
    QList<RequestLogEntry> entries;
    connect(transport.get(), &Transport::requestLogged, this,
            [&entries](const RequestLogEntry &e) { entries.append(e); });
    QList<ServiceError> errors;

    // The server echoes the request's headers (token included) in the error message,
    // and in the error type.
    FaultServer::Behaviour echo;
    echo.status = 403;
    echo.echoRequestHeaders = true;
    echo.headers = {{"x-amzn-ErrorType", "AccessDeniedException"}};
    m_server->enqueue(echo);
    auto result = sendAndWait(*transport, jsonPost("/domains/d"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Service);
    QVERIFY(!result->error.message.isEmpty());
    errors.append(result->error);

    m_server->reply(
        400, "{\"message\":\"bad token " + kToken.toUtf8() + " and key " + kSecret.toUtf8() + "\"}",
        {{"x-amzn-ErrorType", "Bad" + kToken.toUtf8()}});
    result = sendAndWait(*transport, jsonPost("/domains/d"));
    QVERIFY(result);
    errors.append(result->error);

    // Network failures.
    for (int i = 0; i < 30; ++i)
        m_server->abortConnection();
    result = sendAndWait(*transport, jsonPost("/domains/d"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Network);
    errors.append(result->error);

    QUrl closed = m_server->url();
    closed.setPort(1); // nothing listens there
    Transport refused(
        Endpoint{closed, QStringLiteral("us-east-1")},
        std::make_shared<StaticCredentialsProvider>(
            Credentials{kAccessKey, kSecret, kToken, std::nullopt}, QStringLiteral("t")));
    connect(&refused, &Transport::requestLogged, this,
            [&entries](const RequestLogEntry &e) { entries.append(e); });
    refused.retryPolicy().random = [] { return 0.0; };
    result = sendAndWait(refused, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Network);
    errors.append(result->error);

    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;

    const QList<QString> secrets = {kSecret, kToken};
    for (const ServiceError &error : std::as_const(errors)) {
        for (const QString &secret : secrets) {
            QVERIFY2(!error.summary().contains(secret), qPrintable(error.summary()));
            QVERIFY(!error.message.contains(secret));
            QVERIFY(!error.type.contains(secret));
            QVERIFY(!error.requestId.contains(secret));
        }
    }
    QCOMPARE(entries.size(), 4);
    for (const RequestLogEntry &entry : std::as_const(entries)) {
        for (const QString &secret : secrets) {
            QVERIFY(!entry.url.toString().contains(secret));
            QVERIFY(!entry.errorType.contains(secret));
            QVERIFY(!entry.requestBody.contains(secret.toUtf8()));
            QVERIFY(!entry.requestId.contains(secret));
            QVERIFY(!entry.operation.contains(secret));
        }
    }
    QMutexLocker lock(&g_messagesMutex);
    for (const QString &message : std::as_const(g_messages)) {
        for (const QString &secret : secrets)
            QVERIFY2(!message.contains(secret), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TstTransport)
#include "tst_transport.moc"
