// The transport when things go wrong: destroyed transports and contexts (cancelling is in
// tst_call_delivery), answers that cannot be read, service errors, clock skew, the
// client's validation, the request log, and that no secret leaks into errors, logs or
// messages.
#include "client.h"
#include "transporttest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>
#include <QSignalSpy>

using namespace transporttest;

namespace {

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

class TstTransportFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void transportDestroyedMidFlight();
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

void TstTransportFaults::init()
{
    m_server = new FaultServer(this);
    QVERIFY(m_server->listen());
}

void TstTransportFaults::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TstTransportFaults::transportDestroyedMidFlight()
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

void TstTransportFaults::contextDestroyedMidFlight()
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

void TstTransportFaults::nullContextStillDelivers()
{
    // Like QObject::connect without a context: no binding, the callback still runs.
    auto transport = makeTransport(*m_server);
    bool called = false;
    transport->send(get("/domains"), nullptr, [&called](const HttpResult &) { called = true; });
    QTRY_VERIFY_WITH_TIMEOUT(called, kWait);
}

void TstTransportFaults::callbackDeletesTransport()
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

void TstTransportFaults::malformedJson()
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

void TstTransportFaults::hugeBodyStreamed()
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

void TstTransportFaults::hugeBodyAnnouncedOnly()
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

void TstTransportFaults::truncatedBodyIsNetworkError()
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

void TstTransportFaults::errorTypeFromHeader()
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

void TstTransportFaults::errorTypeFromBody()
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

void TstTransportFaults::errorWithoutType()
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

void TstTransportFaults::clockSkewCorrected()
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

void TstTransportFaults::clockSkewSmallNotRetried()
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

void TstTransportFaults::credentialsFailureSendsNothing()
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

void TstTransportFaults::clientValidationSendsNothing()
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

void TstTransportFaults::clientUnknownOperation()
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

void TstTransportFaults::clientSendsSerializedRequest()
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

void TstTransportFaults::requestLoggedOncePerCall()
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

void TstTransportFaults::secretsNeverLeak()
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

QTEST_GUILESS_MAIN(TstTransportFaults)
#include "tst_transport_faults.moc"
