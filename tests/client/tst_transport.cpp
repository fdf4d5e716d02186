// The transport against a scripted HTTP server: what goes on the wire and its signature,
// retries, backoff and the retry quota, timeouts.
#include "transporttest.h"

#include <QSignalSpy>

using namespace transporttest;

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
    void invalidUrlRefused();
    void zeroTimeoutMeansDefault();

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

QTEST_GUILESS_MAIN(TstTransport)
#include "tst_transport.moc"
