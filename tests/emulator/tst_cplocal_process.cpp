// The cplocal executable's limits from its command line, end to end: with
// --max-connections 4 and --idle-timeout 1, idle clients beyond the cap do not keep a
// signed request from being served, and an unsigned one learns nothing of the paths.
#include "sigv4/sigv4.h"

#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <ctime>
#include <memory>
#include <vector>

namespace {

const QByteArray kKeyId = "AKIDPROCESSTEST00001";
const QByteArray kSecret = "process-test-secret-not-a-real-one-000000";
constexpr int kWait = 20000;

// One request signed as the client signs it, on a new connection; the status line's code.
int signedRequest(quint16 port, const QByteArray &method, const QByteArray &path,
                  bool sign = true)
{
    const QByteArray host = "127.0.0.1:" + QByteArray::number(port);
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    if (sign) {
        static const cp::sigv4::Signer signer;
        cp::sigv4::RequestToSign toSign;
        toSign.method = method;
        toSign.rawPath = path;
        toSign.headers = {{"host", host}};
        cp::sigv4::SigningOptions options;
        options.region = "us-east-1";
        options.service = "profile";
        options.epochSeconds = std::time(nullptr);
        options.normalizePath = true; // as the SDKs sign for this service
        const cp::sigv4::SignedRequest signedRequest =
            signer.signHeaders(toSign, {kKeyId, kSecret, {}}, options);
        for (const cp::sigv4::Header &header : signedRequest.addedHeaders)
            out += header.name + ": " + header.value + "\r\n";
    }
    out += "Content-Length: 0\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(kWait))
        return -1;
    socket.write(out);
    QByteArray in;
    while (!in.contains("\r\n") && socket.waitForReadyRead(kWait))
        in += socket.readAll();
    const QList<QByteArray> statusLine = in.left(in.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine[1].toInt() : 0;
}

} // namespace

class TestCplocalProcess : public QObject
{
    Q_OBJECT

    QProcess m_process;
    quint16 m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(CP_CPLOCAL_PATH),
                        {QStringLiteral("--in-memory"), QStringLiteral("--access-key-id"),
                         QString::fromLatin1(kKeyId), QStringLiteral("--secret-access-key"),
                         QString::fromLatin1(kSecret), QStringLiteral("--max-connections"),
                         QStringLiteral("4"), QStringLiteral("--idle-timeout"),
                         QStringLiteral("1")});
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(kWait))
            line += m_process.readAllStandardOutput();
        QVERIFY2(line.startsWith("cplocal listening on http://"), line.constData());
        m_port = quint16(line.mid(line.lastIndexOf(':') + 1).trimmed().toUInt());
        QVERIFY(m_port != 0);
    }
    void cleanupTestCase()
    {
        m_process.terminate();
        QVERIFY(m_process.waitForFinished(kWait));
        QCOMPARE(m_process.exitCode(), 0);
    }

    void idleClientsBeyondTheCap()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 12; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(idle.back()->waitForConnected(kWait));
        }
        // Behind 12 idle clients and a cap of 4: served once the idle ones time out.
        QCOMPARE(signedRequest(m_port, "GET", "/domains"), 200);
    }

    void authenticationBeforeRouting()
    {
        QCOMPARE(signedRequest(m_port, "GET", "/no/such/path", false), 403);
        QCOMPARE(signedRequest(m_port, "PATCH", "/domains", false), 403);
        QCOMPARE(signedRequest(m_port, "GET", "/no/such/path"), 404);
        QCOMPARE(signedRequest(m_port, "GET", "/domains/probe/object-types/.."), 400);
    }
};

QTEST_GUILESS_MAIN(TestCplocalProcess)
#include "tst_cplocal_process.moc"
