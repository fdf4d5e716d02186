// The HTTP server under bad or heavy input: size limits, malformed requests, stalled and
// idle clients, a throwing handler, slow readers, many connections.
#include "httpservertest.h"

using namespace httptest;

class TstHttpServerLimits : public QObject, private ServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { start(); }
    void cleanup() { m_server.reset(); }

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
    void oversizeBodySentAnywayStillAnswered();
    void slowReaderPausesPipeline();
    void destroyedWithOpenConnections();
    void manyConcurrentConnections();
    void closeDropsConnections();
    void throughput();
};

void TstHttpServerLimits::oversizeContentLengthRefusedUnread()
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

void TstHttpServerLimits::chunkedOverCapRefused()
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

void TstHttpServerLimits::malformedRequestLine_data()
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

void TstHttpServerLimits::malformedRequestLine()
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

void TstHttpServerLimits::badFraming_data()
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

void TstHttpServerLimits::badFraming()
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

void TstHttpServerLimits::headerSectionTooLarge_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("complete");
    QTest::newRow("many fields") << get("/h", QByteArray("X-A: aaaaaaaaaaaaaaaa\r\n").repeated(100))
                                 << true;
    QTest::newRow("endless line") << "GET /h HTTP/1.1\r\nX-A: " + QByteArray(3000, 'a') << false;
    QTest::newRow("endless target") << "GET /" + QByteArray(3000, 'a') << false;
}

void TstHttpServerLimits::headerSectionTooLarge()
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

void TstHttpServerLimits::stalledClientDoesNotBlockOthers()
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

void TstHttpServerLimits::idleConnectionClosed()
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

void TstHttpServerLimits::stalledHeaderClosed()
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

void TstHttpServerLimits::throwingHandlerAnswers500()
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

void TstHttpServerLimits::oversizeBodySentAnywayStillAnswered()
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

void TstHttpServerLimits::slowReaderPausesPipeline()
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

void TstHttpServerLimits::destroyedWithOpenConnections()
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

void TstHttpServerLimits::manyConcurrentConnections()
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

void TstHttpServerLimits::closeDropsConnections()
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
void TstHttpServerLimits::throughput()
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

QTEST_GUILESS_MAIN(TstHttpServerLimits)
#include "tst_httpserver_limits.moc"
