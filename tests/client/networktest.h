#pragma once

// Shared by tst_tls and tst_proxy: an HTTPS server with the test CA's certificate (for
// localhost, service.test and 127.0.0.1) and a forwarding proxy (CONNECT for https,
// absolute URIs for http) that takes every host to 127.0.0.1 and records what it carried.
// The certificates are test-only: tests/client/data/README.md.
#include "transporttest.h"

#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace networktest {

using namespace transporttest;

inline QString dataFile(const char *name)
{
    return QStringLiteral(CP_SOURCE_DIR "/tests/client/data/") + QLatin1String(name);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The head of one HTTP request, once complete in `buffer` (which keeps what follows).
struct Head
{
    QByteArray requestLine;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = 0;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    static std::optional<Head> take(QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        Head head;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        head.requestLine = lines.value(0).trimmed();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                head.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        head.contentLength = head.header("content-length").toLongLong();
        buffer.remove(0, end + 4);
        return head;
    }
};

// Answers every request with 200 and `body` ("{}" unless set) over TLS; counts
// handshakes begun.
class TlsServer : public QObject
{
public:
    int handshakes = 0;
    QList<QByteArray> requestLines;
    QByteArray body = "{}";

    bool listen()
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(
            QSslCertificate(readAll(dataFile("test-server.pem")), QSsl::Pem));
        configuration.setPrivateKey(QSslKey(readAll(dataFile("test-server.key")), QSsl::Rsa));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++handshakes; });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &host = QStringLiteral("localhost")) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(host);
        url.setPort(port());
        return url;
    }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        auto pending = std::make_shared<std::optional<Head>>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, pending] {
            buffer->append(socket->readAll());
            for (;;) {
                if (!*pending)
                    *pending = Head::take(*buffer);
                if (!*pending || buffer->size() < (*pending)->contentLength)
                    return;
                buffer->remove(0, (*pending)->contentLength);
                requestLines.append((*pending)->requestLine);
                pending->reset();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "x-amzn-RequestId: tls-request\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
            }
        });
    }

    QSslServer m_server;
};

// A forwarding proxy on 127.0.0.1. With `requiredAuthorization` set, a request without
// that Proxy-Authorization gets 407 (Basic) and the connection is closed.
class ForwardProxy : public QObject
{
public:
    struct Carried
    {
        QByteArray requestLine;
        QByteArray proxyAuthorization;
    };
    QList<Carried> carried;
    QByteArray requiredAuthorization;

    bool listen()
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &userInfo = {}) const
    {
        const QString user = userInfo.isEmpty() ? QString() : userInfo + QLatin1Char('@');
        return QStringLiteral("http://") + user + QStringLiteral("127.0.0.1:") +
               QString::number(port());
    }
    QString name() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }

private:
    void serve(QTcpSocket *client)
    {
        client->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        auto upstream = std::make_shared<QPointer<QTcpSocket>>();
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, upstream] {
            if (*upstream) { // tunnelling or forwarding already
                (*upstream)->write(client->readAll());
                return;
            }
            buffer->append(client->readAll());
            const std::optional<Head> head = Head::take(*buffer);
            if (!head)
                return;
            const QByteArray authorization = head->header("proxy-authorization");
            carried.append({head->requestLine, authorization});
            if (!requiredAuthorization.isEmpty() && authorization != requiredAuthorization) {
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"cp-test\"\r\n"
                              "Content-Length: 0\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QList<QByteArray> parts = head->requestLine.split(' ');
            if (parts.size() != 3) {
                client->abort();
                return;
            }
            const bool tunnel = parts[0] == "CONNECT";
            const QUrl target = tunnel ? QUrl(QStringLiteral("//") + QString::fromLatin1(parts[1]))
                                       : QUrl(QString::fromLatin1(parts[1]));
            auto *server = new QTcpSocket(client);
            *upstream = server;
            connect(server, &QTcpSocket::readyRead, client,
                    [client, server] { client->write(server->readAll()); });
            connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, server, [server] { server->disconnectFromHost(); });
            QByteArray first;
            if (tunnel) {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            } else { // origin-form for the server, the head otherwise as it came
                first = parts[0] + ' ' + target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                        ' ' + parts[2] + "\r\n";
                for (const auto &[key, value] : head->headers) {
                    if (!key.toLower().startsWith("proxy-"))
                        first += key + ": " + value + "\r\n";
                }
                first += "\r\n";
            }
            first += *buffer;
            buffer->clear();
            server->connectToHost(QHostAddress::LocalHost, quint16(target.port()));
            server->write(first); // buffered until connected, before anything later
        });
    }

    QTcpServer m_server;
};

inline std::unique_ptr<Transport> makeTransportTo(const QUrl &url, const NetworkSettings &settings)
{
    Credentials credentials{kAccessKey, kSecret, QString(), std::nullopt};
    auto provider = std::make_shared<StaticCredentialsProvider>(credentials, QStringLiteral("test"));
    auto transport = std::make_unique<Transport>(Endpoint{url, QStringLiteral("us-east-1")}, provider);
    transport->retryPolicy().random = [] { return 0.0; };
    transport->setNetworkSettings(settings);
    return transport;
}

inline NetworkSettings settingsFrom(const QProcessEnvironment &env)
{
    const auto resolved = resolveNetworkSettings(env);
    if (!resolved.ok())
        qWarning("%s", qPrintable(resolved.error().message));
    return resolved.ok() ? resolved.value() : NetworkSettings();
}

inline QProcessEnvironment environment(std::initializer_list<std::pair<const char *, QString>> vars)
{
    QProcessEnvironment env; // empty: nothing of the machine's leaks in
    for (const auto &[name, value] : vars)
        env.insert(QString::fromLatin1(name), value);
    return env;
}

} // namespace networktest
