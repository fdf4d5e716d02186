// The local endpoint's HTTP/1.1 server, driven over loopback with raw sockets: raw bytes
// reach the handler untouched, framing and limits follow RFC 9112, and no client can
// hold up another.

#include "http/httpresponse.h"
#include "http/httpserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <stdexcept>

using namespace cp::emulator::http;

namespace {

constexpr int kWait = 20000; // generous: the CI machine has two busy cores

// Requests the handler saw, across worker threads.
struct Recorder
{
    QMutex mutex;
    QList<Request> requests;

    void add(const Request &r)
    {
        QMutexLocker lock(&mutex);
        requests.append(r);
    }
    QList<Request> all()
    {
        QMutexLocker lock(&mutex);
        return requests;
    }
    Request last()
    {
        QMutexLocker lock(&mutex);
        return requests.isEmpty() ? Request() : requests.last();
    }
};

struct Reply
{
    int status = 0;
    HeaderList headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// A raw client: writes bytes as given and splits what comes back into responses.
class Client
{
public:
    explicit Client(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }

    bool connected()
    {
        return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                               kWait);
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // The next response (interim 1xx ones included), or status 0 on timeout.
    Reply next(int timeoutMs = kWait)
    {
        Reply r;
        (void)QTest::qWaitFor([&] { return take(r); }, timeoutMs);
        return r;
    }
    bool waitClosed(int timeoutMs = kWait)
    {
        return QTest::qWaitFor(
            [&] {
                pull();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QByteArray pending() const { return m_buffer; }
    QTcpSocket &socket() { return m_socket; }

private:
    void pull() { m_buffer.append(m_socket.readAll()); }

    bool take(Reply &r)
    {
        pull();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        Reply parsed;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || statusLine.first() != "HTTP/1.1")
            return false;
        parsed.status = statusLine.at(1).toInt();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            parsed.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
            if (line.left(colon).compare("content-length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (m_buffer.size() < end + 4 + length)
            return false;
        parsed.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        r = parsed;
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray get(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray &target, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + target +
           " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + extra + "\r\n" + body;
}

Response awsError(int status, const QString &type, const QString &message)
{
    Response r;
    r.status = status;
    r.headers = {{"Content-Type", "application/json"},
                 {"x-amzn-ErrorType", type.toUtf8()},
                 {"x-amzn-RequestId", "test-request-id"}};
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("Message"), message}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

QString messageOf(const Reply &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("Message")).toString();
}

} // namespace

class TstHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rawTargetAndHeadersPreserved();
    void bareLineFeedsTolerated();
    void bodyByContentLength();
    void chunkedBody();
    void chunkedBodyInFragments();
    void keepAliveThreeRequests();
    void pipelinedRequestsInOrder();
    void connectionCloseHonoured();
    void http10ClosesUnlessKeepAlive();
    void expectContinueAccepted();
    void expectContinueRefused();
    void oversizeContentLengthRefusedUnread();
    void chunkedOverCapRefused();
    void malformedRequestLine_data();
    void malformedRequestLine();
    void badFraming_data();
    void badFraming();
    void headerSectionTooLarge_data();
    void headerSectionTooLarge();
    void stalledClientDoesNotBlockOthers();
    void idleConnectionClosed();
    void stalledHeaderClosed();
    void throwingHandlerAnswers500();
    void handlerHeadersKeptFramingOwned();
    void oversizeBodySentAnywayStillAnswered();
    void slowReaderPausesPipeline();
    void destroyedWithOpenConnections();
    void manyConcurrentConnections();
    void dateHeaderFormat();
    void networkAccessManager();
    void closeDropsConnections();
    void throughput();

private:
    void start(ServerOptions options = {});

    std::shared_ptr<Recorder> m_recorder;
    std::unique_ptr<Server> m_server;
};

void TstHttpServer::init()
{
    start();
}

void TstHttpServer::cleanup()
{
    m_server.reset();
}

void TstHttpServer::start(ServerOptions options)
{
    m_server.reset();
    m_recorder = std::make_shared<Recorder>();
    auto recorder = m_recorder;
    if (!options.errorResponse)
        options.errorResponse = &awsError;
    m_server = std::make_unique<Server>(
        [recorder](const Request &request) {
            recorder->add(request);
            if (request.path == "/throw")
                throw std::runtime_error("handler failure");
            Response r;
            r.headers = {{"x-echo-target", request.target}, {"x-echo-method", request.method}};
            if (request.path == "/framing") {
                r.headers.append(HeaderList::value_type("Content-Length", "999"));
                r.headers.append(HeaderList::value_type("Connection", "upgrade"));
                r.headers.append(HeaderList::value_type("Date", "Mon, 01 Jan 2001 00:00:00 GMT"));
                r.headers.append(HeaderList::value_type("X-Bad", "a\r\nInjected: yes"));
            }
            if (request.path == "/nocontent")
                r.status = 204;
            r.body = request.body;
            return r;
        },
        options);
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QVERIFY(m_server->port() != 0);
}

void TstHttpServer::rawTargetAndHeadersPreserved()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    const QByteArray target = "/tags/arn%3Aaws%3Aprofile%2Fx?a=%2B&a=b";
    c.send("GET " + target +
           " HTTP/1.1\r\nHost: localhost:1\r\nX-Dup: one\r\nx-dup:  two \t\r\n"
           "X-Amz-Date: 20150830T123600Z\r\nX-Empty:\r\n\r\n");
    const Reply r = c.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-echo-target"), target);
    QCOMPARE(r.header("Connection"), QByteArray("keep-alive"));
    QCOMPARE(r.header("Content-Length"), QByteArray("0"));

    const Request seen = m_recorder->last();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.target, target);
    QCOMPARE(seen.path, QByteArray("/tags/arn%3Aaws%3Aprofile%2Fx"));
    QCOMPARE(seen.query, QByteArray("a=%2B&a=b"));
    const HeaderList expected = {{"Host", "localhost:1"},
                                 {"X-Dup", "one"},
                                 {"x-dup", "two"},
                                 {"X-Amz-Date", "20150830T123600Z"},
                                 {"X-Empty", ""}};
    QCOMPARE(seen.headers, expected);
    QCOMPARE(seen.header("X-DUP"), QByteArray("one"));
    QCOMPARE(seen.headerValues("x-dup"), (QList<QByteArray>{"one", "two"}));
    QVERIFY(seen.header("missing").isNull());
    QVERIFY(seen.peer.isLoopback());
}

void TstHttpServer::bareLineFeedsTolerated()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send("\r\nPOST /lf?q HTTP/1.1\nHost: h\nContent-Length: 3\n\nabc");
    const Reply r = c.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("abc"));
    QCOMPARE(m_recorder->last().query, QByteArray("q"));
}

void TstHttpServer::bodyByContentLength()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    QByteArray big(300 * 1024, 'x');
    for (int i = 0; i < big.size(); i += 997)
        big[i] = char('a' + i % 26);
    c.send(post("/domains/d", "{\"a\":1}", "Content-Type: application/json\r\n"));
    Reply r = c.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{\"a\":1}"));
    c.send(post("/big", big));
    r = c.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, big);
}

void TstHttpServer::chunkedBody()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send("POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
           "5\r\nhello\r\n6;ext=1\r\n world\r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n");
    const Reply r = c.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("hello world0123456789"));
    QVERIFY(m_recorder->last().header("X-Trailer").isNull()); // trailers are not passed on
}

void TstHttpServer::chunkedBodyInFragments()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    const QByteArray request = "POST /frag HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n"
                               "X-Long: " +
                               QByteArray(500, 'v') +
                               "\r\n\r\n3\r\nabc\r\n1a\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n";
    for (qsizetype i = 0; i < request.size(); i += 37) {
        c.send(request.mid(i, 37));
        QTest::qWait(1);
    }
    const Reply r = c.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("abcabcdefghijklmnopqrstuvwxyz"));
    QCOMPARE(m_recorder->last().header("x-long"), QByteArray(500, 'v'));
}

void TstHttpServer::keepAliveThreeRequests()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    for (int i = 0; i < 3; ++i) {
        c.send(post("/k/" + QByteArray::number(i), "body" + QByteArray::number(i)));
        const Reply r = c.next();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, "body" + QByteArray::number(i));
        QCOMPARE(r.header("connection"), QByteArray("keep-alive"));
        QVERIFY(c.isOpen());
    }
    QCOMPARE(m_recorder->all().size(), 3);
}

void TstHttpServer::pipelinedRequestsInOrder()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    QByteArray all;
    for (int i = 0; i < 10; ++i) {
        all += i % 2 ? get("/p/" + QByteArray::number(i))
                     : post("/p/" + QByteArray::number(i), QByteArray::number(i));
    }
    c.send(all);
    for (int i = 0; i < 10; ++i) {
        const Reply r = c.next();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-echo-target"), "/p/" + QByteArray::number(i));
        QCOMPARE(r.body, i % 2 ? QByteArray() : QByteArray::number(i));
    }
}

void TstHttpServer::connectionCloseHonoured()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    // The request after the closing one must not be answered.
    c.send(post("/bye", "x", "Connection: close\r\n") + get("/never"));
    const Reply r = c.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QVERIFY(c.waitClosed());
    QVERIFY(c.pending().isEmpty());
    QCOMPARE(m_recorder->all().size(), 1);
}

void TstHttpServer::http10ClosesUnlessKeepAlive()
{
    {
        Client c(m_server->port());
        QVERIFY(c.connected());
        c.send("GET /old HTTP/1.0\r\n\r\n");
        const Reply r = c.next();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
    }
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send("GET /old HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
    Reply r = c.next();
    QCOMPARE(r.header("Connection"), QByteArray("keep-alive"));
    c.send("GET /old2 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    r = c.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-echo-target"), QByteArray("/old2"));
    QVERIFY(c.isOpen());
}

void TstHttpServer::expectContinueAccepted()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send("PUT /e HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    Reply r = c.next();
    QCOMPARE(r.status, 100);
    QVERIFY(m_recorder->all().isEmpty());
    c.send("12345");
    r = c.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("12345"));
    QCOMPARE(m_recorder->last().header("expect"), QByteArray("100-continue"));
}

void TstHttpServer::expectContinueRefused()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send("PUT /e HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2000000\r\n\r\n");
    const Reply r = c.next();
    QCOMPARE(r.status, 413);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("BadRequestException"));
    QCOMPARE(r.header("x-amzn-RequestId"), QByteArray("test-request-id"));
    QCOMPARE(messageOf(r), QStringLiteral("The request body is larger than 1048576 bytes."));
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QVERIFY(c.waitClosed());
    QVERIFY(c.pending().isEmpty()); // no 100 Continue anywhere
    QVERIFY(m_recorder->all().isEmpty());
}

void TstHttpServer::oversizeContentLengthRefusedUnread()
{
    for (const QByteArray &length :
         {QByteArray("1048577"), QByteArray("99999999999999999999999")}) {
        Client c(m_server->port());
        QVERIFY(c.connected());
        // Only the header section: the answer must come without the body being sent.
        c.send("POST /big HTTP/1.1\r\nHost: h\r\nContent-Length: " + length + "\r\n\r\n");
        const Reply r = c.next();
        QCOMPARE(r.status, 413);
        QCOMPARE(messageOf(r), QStringLiteral("The request body is larger than 1048576 bytes."));
        QVERIFY(c.waitClosed());
    }
    // Exactly at the cap is fine.
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send(post("/cap", QByteArray(1024 * 1024, 'c')));
    const Reply r = c.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), 1024 * 1024);
    QVERIFY(m_recorder->all().size() == 1);
}

void TstHttpServer::chunkedOverCapRefused()
{
    ServerOptions options;
    options.maxBodyBytes = 100;
    start(options);
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send("POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
           "3c\r\n" +
           QByteArray(60, 'a') + "\r\n3c\r\n" + QByteArray(60, 'b') + "\r\n");
    const Reply r = c.next();
    QCOMPARE(r.status, 413);
    QCOMPARE(messageOf(r), QStringLiteral("The request body is larger than 100 bytes."));
    QVERIFY(c.waitClosed());

    Client huge(m_server->port());
    QVERIFY(huge.connected());
    huge.send("POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
              "ffffffffffffffffffffffff\r\n");
    QCOMPARE(huge.next().status, 413);
    QVERIFY(huge.waitClosed());
    QVERIFY(m_recorder->all().isEmpty());
}

void TstHttpServer::malformedRequestLine_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("no target") << QByteArray("GARBAGE\r\n\r\n");
    QTest::newRow("double space") << QByteArray("GET  /x HTTP/1.1\r\nHost: h\r\n\r\n");
    QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\nHost: h\r\n\r\n");
    QTest::newRow("http/2.0") << QByteArray("GET /x HTTP/2.0\r\nHost: h\r\n\r\n");
    QTest::newRow("lowercase version") << QByteArray("GET /x http/1.1\r\nHost: h\r\n\r\n");
    QTest::newRow("bad method") << QByteArray("G(T /x HTTP/1.1\r\nHost: h\r\n\r\n");
    QTest::newRow("control in target") << QByteArray("GET /a\x01 HTTP/1.1\r\nHost: h\r\n\r\n");
    QTest::newRow("bare CR") << QByteArray("GET /x HTTP/1.1\rX: y\r\nHost: h\r\n\r\n");
}

void TstHttpServer::malformedRequestLine()
{
    QFETCH(QByteArray, request);
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send(request);
    const Reply r = c.next();
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("BadRequestException"));
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QVERIFY(c.waitClosed());
    QVERIFY(m_recorder->all().isEmpty());
}

void TstHttpServer::badFraming_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::newRow("letters") << QByteArray("Content-Length: abc\r\n") << 400;
    QTest::newRow("negative") << QByteArray("Content-Length: -1\r\n") << 400;
    QTest::newRow("empty") << QByteArray("Content-Length:\r\n") << 400;
    QTest::newRow("differing list") << QByteArray("Content-Length: 5, 6\r\n") << 400;
    QTest::newRow("differing fields")
        << QByteArray("Content-Length: 5\r\nContent-Length: 6\r\n") << 400;
    QTest::newRow("CL and TE") << QByteArray("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n")
                               << 400;
    QTest::newRow("unknown TE") << QByteArray("Transfer-Encoding: gzip\r\n") << 400;
    QTest::newRow("gzip, chunked") << QByteArray("Transfer-Encoding: gzip, chunked\r\n") << 400;
    QTest::newRow("obs-fold") << QByteArray("X-A: a\r\n b\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("X-A : a\r\n") << 400;
    QTest::newRow("no colon") << QByteArray("X-A\r\n") << 400;
    QTest::newRow("second host") << QByteArray("Host: other\r\n") << 400;
    QTest::newRow("unknown expectation") << QByteArray("Expect: magic\r\n") << 417;
}

void TstHttpServer::badFraming()
{
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send("POST /x HTTP/1.1\r\nHost: h\r\n" + headers + "\r\nhello");
    const Reply r = c.next();
    QCOMPARE(r.status, status);
    QVERIFY(!messageOf(r).isEmpty());
    QVERIFY(c.waitClosed());
    QVERIFY(m_recorder->all().isEmpty());

    Client noHost(m_server->port());
    QVERIFY(noHost.connected());
    noHost.send("GET /x HTTP/1.1\r\n\r\n");
    QCOMPARE(noHost.next().status, 400);
}

void TstHttpServer::headerSectionTooLarge_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("complete");
    QTest::newRow("many fields") << get("/h", QByteArray("X-A: aaaaaaaaaaaaaaaa\r\n").repeated(100))
                                 << true;
    QTest::newRow("endless line") << "GET /h HTTP/1.1\r\nX-A: " + QByteArray(3000, 'a') << false;
    QTest::newRow("endless target") << "GET /" + QByteArray(3000, 'a') << false;
}

void TstHttpServer::headerSectionTooLarge()
{
    QFETCH(QByteArray, request);
    ServerOptions options;
    options.maxHeaderBytes = 1024;
    start(options);
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send(request);
    const Reply r = c.next();
    QCOMPARE(r.status, 431);
    QCOMPARE(messageOf(r), QStringLiteral("The request header section is larger than 1024 bytes."));
    QVERIFY(c.waitClosed());

    Client fits(m_server->port());
    QVERIFY(fits.connected());
    fits.send(get("/h", QByteArray("X-A: aaaaaaaaaaaaaaaa\r\n").repeated(20)));
    QCOMPARE(fits.next().status, 200);
}

void TstHttpServer::stalledClientDoesNotBlockOthers()
{
    ServerOptions options;
    options.workerThreads = 1; // both connections on the same worker
    start(options);
    Client stalled(m_server->port());
    QVERIFY(stalled.connected());
    stalled.send("POST /slow HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc");
    Client header(m_server->port());
    QVERIFY(header.connected());
    header.send("GET /half HTTP/1.1\r\nHo");

    Client other(m_server->port());
    QVERIFY(other.connected());
    for (int i = 0; i < 3; ++i) {
        other.send(get("/fast"));
        QCOMPARE(other.next().status, 200);
    }
    QVERIFY(stalled.pending().isEmpty());

    stalled.send("defghij");
    const Reply r = stalled.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("abcdefghij"));
}

void TstHttpServer::idleConnectionClosed()
{
    ServerOptions options;
    options.idleTimeout = std::chrono::milliseconds(300);
    start(options);
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send(get("/once"));
    QCOMPARE(c.next().status, 200);
    QVERIFY(c.waitClosed());
    QVERIFY(c.pending().isEmpty());
}

void TstHttpServer::stalledHeaderClosed()
{
    ServerOptions options;
    options.idleTimeout = std::chrono::milliseconds(300);
    start(options);
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send("GET /half HTTP/1.1\r\nHost: h\r\n");
    QVERIFY(c.waitClosed());
    QVERIFY(m_recorder->all().isEmpty());
}

void TstHttpServer::throwingHandlerAnswers500()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send(get("/throw"));
    Reply r = c.next();
    QCOMPARE(r.status, 500);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("InternalServerException"));
    QVERIFY(!messageOf(r).isEmpty());
    QCOMPARE(r.header("Connection"), QByteArray("keep-alive"));
    c.send(get("/after"));
    r = c.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-echo-target"), QByteArray("/after"));

    // The default error shape is used when the options give none.
    start(ServerOptions{1, 1024, 1024, std::chrono::milliseconds(60000), {}});
    Client d(m_server->port());
    QVERIFY(d.connected());
    d.send(get("/throw"));
    r = d.next();
    QCOMPARE(r.status, 500);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("InternalServerException"));
}

void TstHttpServer::handlerHeadersKeptFramingOwned()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send(post("/framing", "abc"));
    Reply r = c.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("abc"));
    QCOMPARE(r.header("Content-Length"), QByteArray("3"));
    QCOMPARE(r.header("Connection"), QByteArray("keep-alive"));
    QCOMPARE(r.header("Date"), QByteArray("Mon, 01 Jan 2001 00:00:00 GMT"));
    QVERIFY(r.header("X-Bad").isNull());
    QVERIFY(r.header("Injected").isNull());
    int dates = 0;
    for (const auto &h : r.headers)
        dates += h.first.compare("date", Qt::CaseInsensitive) == 0;
    QCOMPARE(dates, 1);

    c.send(post("/nocontent", "zzz") + get("/next"));
    r = c.next();
    QCOMPARE(r.status, 204);
    QVERIFY(r.header("Content-Length").isNull());
    QVERIFY(r.body.isEmpty());
    QCOMPARE(c.next().header("x-echo-target"), QByteArray("/next"));
}

void TstHttpServer::oversizeBodySentAnywayStillAnswered()
{
    // The client does not wait: the whole oversize body is already on its way. The server
    // must not read it into memory, yet the 413 must reach the client rather than a reset.
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send("POST /big HTTP/1.1\r\nHost: h\r\nContent-Length: 3145728\r\n\r\n" +
           QByteArray(3 * 1024 * 1024, 'z'));
    const Reply r = c.next();
    QCOMPARE(r.status, 413);
    QVERIFY(c.waitClosed());
    QVERIFY(m_recorder->all().isEmpty());
}

void TstHttpServer::slowReaderPausesPipeline()
{
    // Eight 512 KiB echoes pipelined by a client that does not read for a while: the
    // server stops answering while its output backs up, then resumes in order.
    Client c(m_server->port());
    QVERIFY(c.connected());
    QByteArray all;
    for (int i = 0; i < 8; ++i)
        all += post("/echo/" + QByteArray::number(i), QByteArray(512 * 1024, char('a' + i)));
    c.socket().setReadBufferSize(64 * 1024);
    c.send(all);
    QTest::qWait(300); // the client's read buffer fills; the server's output backs up
    c.socket().setReadBufferSize(0);
    for (int i = 0; i < 8; ++i) {
        const Reply r = c.next();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-echo-target"), "/echo/" + QByteArray::number(i));
        QCOMPARE(r.body, QByteArray(512 * 1024, char('a' + i)));
    }
}

void TstHttpServer::destroyedWithOpenConnections()
{
    Client idle(m_server->port());
    QVERIFY(idle.connected());
    idle.send(get("/a"));
    QCOMPARE(idle.next().status, 200);
    Client partial(m_server->port());
    QVERIFY(partial.connected());
    partial.send("POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nab");
    QTest::qWait(50);
    m_server.reset();
    QVERIFY(idle.waitClosed());
    QVERIFY(partial.waitClosed());
}

void TstHttpServer::manyConcurrentConnections()
{
    constexpr int kClients = 50;
    constexpr int kRequests = 20;
    std::vector<std::unique_ptr<Client>> clients;
    std::vector<int> answered(kClients, 0);
    int wrong = 0;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<Client>(m_server->port()));
        Client *client = clients.back().get();
        QObject::connect(&client->socket(), &QTcpSocket::connected, &client->socket(), [client, i] {
            client->send(post("/m/" + QByteArray::number(i), QByteArray::number(i) + "-0"));
        });
    }
    // Each client sends its next request when the previous answer arrives.
    const bool done = QTest::qWaitFor(
        [&] {
            bool all = true;
            for (int i = 0; i < kClients; ++i) {
                if (answered[i] == kRequests)
                    continue;
                Reply r;
                r = clients[i]->next(0);
                if (r.status != 0) {
                    const QByteArray expected =
                        QByteArray::number(i) + '-' + QByteArray::number(answered[i]);
                    if (r.status != 200 || r.body != expected ||
                        r.header("x-echo-target") != "/m/" + QByteArray::number(i)) {
                        ++wrong;
                    }
                    if (++answered[i] < kRequests) {
                        clients[i]->send(
                            post("/m/" + QByteArray::number(i),
                                 QByteArray::number(i) + '-' + QByteArray::number(answered[i])));
                    }
                }
                all = all && answered[i] == kRequests;
            }
            return all;
        },
        120000);
    QVERIFY(done);
    QCOMPARE(wrong, 0);
    QCOMPARE(m_recorder->all().size(), kClients * kRequests);
}

void TstHttpServer::dateHeaderFormat()
{
    QCOMPARE(imfFixdate(784111777), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    QCOMPARE(imfFixdate(0), QByteArray("Thu, 01 Jan 1970 00:00:00 GMT"));
    QCOMPARE(imfFixdate(951782400), QByteArray("Tue, 29 Feb 2000 00:00:00 GMT"));
    QCOMPARE(imfFixdate(1795953600), QByteArray("Sun, 29 Nov 2026 12:00:00 GMT"));
    QCOMPARE(imfFixdate(4102444799), QByteArray("Thu, 31 Dec 2099 23:59:59 GMT"));

    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send(get("/date"));
    const Reply r = c.next();
    const QByteArray date = r.header("Date");
    static const QRegularExpression imf(QStringLiteral(
        "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
        "\\d{4} \\d\\d:\\d\\d:\\d\\d GMT$"));
    QVERIFY2(imf.match(QString::fromLatin1(date)).hasMatch(), date.constData());
    QDateTime parsed = QLocale::c().toDateTime(QString::fromLatin1(date.chopped(4)),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    parsed.setTimeZone(QTimeZone::utc());
    QVERIFY(parsed.isValid());
    QVERIFY(qAbs(parsed.secsTo(QDateTime::currentDateTimeUtc())) < 24 * 3600);
}

void TstHttpServer::networkAccessManager()
{
    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/domains/d/profiles?x=%2F").arg(m_server->port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-Amz-Target", "a");
    for (int i = 0; i < 3; ++i) {
        QNetworkReply *reply =
            nam.post(request, QByteArray("{\"n\":") + QByteArray::number(i) + '}');
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(kWait));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("{\"n\":") + QByteArray::number(i) + '}');
        reply->deleteLater();
    }
    const Request seen = m_recorder->last();
    QCOMPARE(seen.target, QByteArray("/domains/d/profiles?x=%2F"));
    QCOMPARE(seen.header("x-amz-target"), QByteArray("a"));
}

void TstHttpServer::closeDropsConnections()
{
    Client c(m_server->port());
    QVERIFY(c.connected());
    c.send(get("/a"));
    QCOMPARE(c.next().status, 200);
    const quint16 port = m_server->port();
    m_server->close();
    QVERIFY(c.waitClosed());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    Client again(m_server->port());
    QVERIFY(again.connected());
    again.send(get("/b"));
    QCOMPARE(again.next().status, 200);
    Q_UNUSED(port);
}

// Not a timing assertion: reports the rate, which varies with the machine's load.
void TstHttpServer::throughput()
{
    constexpr int kClients = 8;
    constexpr int kRequests = 1000;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<int> answered(kClients, 0);
    std::vector<QByteArray> buffers(kClients);
    int finished = 0;
    QEventLoop loop;
    const QByteArray request =
        post("/domains/d/profiles/search", "{\"KeyName\":\"_email\",\"Values\":[\"a@b.c\"]}",
             "Content-Type: application/json\r\nX-Amz-Date: 20260101T000000Z\r\n");
    for (int i = 0; i < kClients; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        QTcpSocket *s = sockets.back().get();
        QObject::connect(s, &QTcpSocket::connected, s, [s, &request] { s->write(request); });
        QObject::connect(s, &QTcpSocket::readyRead, s, [&, s, i] {
            buffers[i].append(s->readAll());
            for (;;) {
                const qsizetype end = buffers[i].indexOf("\r\n\r\n");
                const qsizetype cl = buffers[i].indexOf("Content-Length: ");
                if (end < 0 || cl < 0 || cl > end)
                    return;
                const qint64 length =
                    buffers[i].mid(cl + 16, buffers[i].indexOf('\r', cl) - cl - 16).toLongLong();
                if (buffers[i].size() < end + 4 + length)
                    return;
                buffers[i].remove(0, end + 4 + length);
                if (++answered[i] < kRequests)
                    s->write(request);
                else if (++finished == kClients)
                    loop.quit();
            }
        });
    }
    QElapsedTimer timer;
    timer.start();
    for (auto &s : sockets)
        s->connectToHost(QHostAddress::LocalHost, m_server->port());
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec(); // event-driven: qWaitFor's polling sleeps would dominate the figure
    QCOMPARE(finished, kClients);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qInfo("throughput: %d requests over %d keep-alive connections in %.2f s: %.0f requests/s",
          kClients * kRequests, kClients, seconds, kClients * kRequests / seconds);
}

QTEST_GUILESS_MAIN(TstHttpServer)
#include "tst_httpserver.moc"
