// The local endpoint's HTTP/1.1 server: the request exactly as sent, framing, keep-alive,
// pipelining, 100-continue and the headers it owns.
#include "httpservertest.h"

using namespace httptest;

class TstHttpServer : public QObject, private ServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { start(); }
    void cleanup() { m_server.reset(); }

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
    void handlerHeadersKeptFramingOwned();
    void dateHeaderFormat();
    void networkAccessManager();
};

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

QTEST_GUILESS_MAIN(TstHttpServer)
#include "tst_httpserver.moc"
