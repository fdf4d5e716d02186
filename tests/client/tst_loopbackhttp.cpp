// LoopbackNetworkAccessManager: which requests it answers itself (plain HTTP to this
// machine, no proxy, a body in memory) and which it leaves to Qt; an answer over a kept-alive
// connection; a request on a kept-alive connection the server closed sent once more on a new
// one.

#include "loopbackhttp.h"

#include <QFile>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using cp::client::LoopbackNetworkAccessManager;
using cp::client::LoopbackReply;

namespace {

// Answers each request with "ok" and keeps the connection; with `dropSecond`, the first
// connection's second request is met by a close instead (an idle connection timed out).
class KeepAliveServer : public QObject
{
public:
    explicit KeepAliveServer(bool dropSecond)
        : m_dropSecond(dropSecond)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const int index = ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, index] {
                    QByteArray &in = m_in[socket];
                    in += socket->readAll();
                    while (in.contains("\r\n\r\n")) {
                        in.remove(0, in.indexOf("\r\n\r\n") + 4);
                        if (m_dropSecond && index == 1 && ++m_seen[socket] == 2) {
                            socket->close();
                            return;
                        }
                        ++answered;
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Test: a\r\n\r\nok");
                    }
                });
            }
        });
    }
    QUrl url() const
    {
        QUrl url(QStringLiteral("http://127.0.0.1/path"));
        url.setPort(m_server.serverPort());
        return url;
    }
    int connections = 0;
    int answered = 0;

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_in;
    QHash<QTcpSocket *, int> m_seen;
    bool m_dropSecond;
};

QNetworkReply *get(QNetworkAccessManager &manager, const QUrl &url)
{
    return manager.sendCustomRequest(QNetworkRequest(url), "GET", QByteArray());
}

} // namespace

class TestLoopbackHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackUrls();
    void othersStayQts();
    void answersOverOneConnection();
    void resendsOnAClosedIdleConnection();
};

void TestLoopbackHttp::loopbackUrls()
{
    QVERIFY(LoopbackNetworkAccessManager::isLoopback(QUrl(QStringLiteral("http://127.0.0.1:9/"))));
    QVERIFY(LoopbackNetworkAccessManager::isLoopback(QUrl(QStringLiteral("http://localhost/"))));
    QVERIFY(LoopbackNetworkAccessManager::isLoopback(QUrl(QStringLiteral("http://[::1]:8/"))));
    QVERIFY(!LoopbackNetworkAccessManager::isLoopback(QUrl(QStringLiteral("https://127.0.0.1/"))));
    QVERIFY(!LoopbackNetworkAccessManager::isLoopback(QUrl(QStringLiteral("http://example.com/"))));
}

void TestLoopbackHttp::othersStayQts()
{
    LoopbackNetworkAccessManager manager;
    const QUrl local(QStringLiteral("http://127.0.0.1:9/"));
    QNetworkReply *own = get(manager, local);
    QVERIFY(qobject_cast<LoopbackReply *>(own));
    own->abort();
    QNetworkReply *remote = get(manager, QUrl(QStringLiteral("http://192.0.2.1:9/")));
    QVERIFY(!qobject_cast<LoopbackReply *>(remote));
    remote->abort();
    QFile file(QStringLiteral("/dev/null")); // a device streamed as it is sent
    QVERIFY(file.open(QIODevice::ReadOnly));
    QNetworkReply *streamed = manager.put(QNetworkRequest(local), &file);
    QVERIFY(!qobject_cast<LoopbackReply *>(streamed));
    streamed->abort();
    manager.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9));
    QNetworkReply *proxied = get(manager, local);
    QVERIFY(!qobject_cast<LoopbackReply *>(proxied));
    proxied->abort();
}

void TestLoopbackHttp::answersOverOneConnection()
{
    KeepAliveServer server(false);
    LoopbackNetworkAccessManager manager;
    for (int i = 0; i < 3; ++i) {
        QNetworkReply *reply = get(manager, server.url());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("X-Test"), QByteArray("a"));
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toInt(), 2);
        QCOMPARE(reply->readAll(), QByteArray("ok"));
        reply->deleteLater();
    }
    QCOMPARE(server.connections, 1);
}

void TestLoopbackHttp::resendsOnAClosedIdleConnection()
{
    KeepAliveServer server(true);
    LoopbackNetworkAccessManager manager;
    for (int i = 0; i < 2; ++i) {
        QNetworkReply *reply = get(manager, server.url());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("ok"));
        reply->deleteLater();
    }
    QCOMPARE(server.answered, 2);
    QCOMPARE(server.connections, 2);
}

QTEST_GUILESS_MAIN(TestLoopbackHttp)
#include "tst_loopbackhttp.moc"
