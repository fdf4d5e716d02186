#include "faultserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

struct FaultServer::Connection
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    int id = 0;
    bool silenced = false; // a NeverAnswer/Abort/Stream behaviour owns the connection
    qint64 streamRemaining = 0;
    bool closeAfterStream = false;
};

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray FaultServer::Received::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int FaultServer::Received::headerCount(QByteArrayView name) const
{
    int count = 0;
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
}

FaultServer::~FaultServer()
{
    for (Connection *connection : std::as_const(m_connections)) {
        if (connection->socket) {
            connection->socket->disconnect(this);
            connection->socket->abort();
        }
        delete connection;
    }
}

bool FaultServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FaultServer::port() const
{
    return m_server.serverPort();
}

QUrl FaultServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void FaultServer::enqueue(const Behaviour &behaviour)
{
    m_script.enqueue(behaviour);
}

void FaultServer::reply(int status, const QByteArray &body, const Headers &headers, int delayMs)
{
    Behaviour b;
    b.status = status;
    b.body = body;
    b.headers = headers;
    b.delayMs = delayMs;
    enqueue(b);
}

void FaultServer::error(int status, const QByteArray &type, const QByteArray &message)
{
    QJsonObject body{{QStringLiteral("message"), QString::fromUtf8(message)}};
    reply(status, QJsonDocument(body).toJson(QJsonDocument::Compact),
          {{"x-amzn-ErrorType", type}, {"x-amzn-RequestId", "req-" + type}});
}

void FaultServer::neverAnswer()
{
    Behaviour b;
    b.kind = Behaviour::Kind::NeverAnswer;
    enqueue(b);
}

void FaultServer::abortConnection()
{
    Behaviour b;
    b.kind = Behaviour::Kind::Abort;
    enqueue(b);
}

void FaultServer::stream(qint64 bytes)
{
    Behaviour b;
    b.kind = Behaviour::Kind::Stream;
    b.streamBytes = bytes;
    enqueue(b);
}

void FaultServer::truncated(qint64 announced, qint64 sent, bool close)
{
    Behaviour b;
    b.kind = Behaviour::Kind::Stream;
    b.streamBytes = announced;
    b.streamSend = sent;
    b.closeAfterStream = close;
    enqueue(b);
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new Connection;
        connection->socket = socket;
        connection->id = ++m_connectionsOpened;
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, this,
                [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::bytesWritten, this,
                [this, connection] { pumpStream(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] {
            ++m_connectionsClosed;
            if (connection->socket)
                connection->socket->deleteLater();
            Q_EMIT connectionClosed();
        });
    }
}

void FaultServer::onReadyRead(Connection *connection)
{
    if (!connection->socket)
        return;
    connection->buffer += connection->socket->readAll();
    while (!connection->silenced && parseOne(connection)) {
    }
}

bool FaultServer::parseOne(Connection *connection)
{
    const qsizetype end = connection->buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = connection->buffer.left(end).split('\n');
    Received request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    const qsizetype question = request.target.indexOf('?');
    request.rawPath = question < 0 ? request.target : request.target.left(question);
    request.rawQuery = question < 0 ? QByteArray() : request.target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const qint64 length = request.header("content-length").toLongLong();
    if (connection->buffer.size() < end + 4 + length)
        return false;
    request.body = connection->buffer.mid(end + 4, length);
    connection->buffer.remove(0, end + 4 + length);
    request.arrivalMs = m_clock.elapsed();
    request.arrival = QDateTime::currentDateTimeUtc();
    request.connection = connection->id;
    m_requests.append(request);

    const bool scripted = m_scriptedPath.isEmpty() || request.rawPath == m_scriptedPath;
    const Behaviour behaviour =
        !scripted || m_script.isEmpty() ? Behaviour{} : m_script.dequeue();
    respond(connection, request, behaviour);
    Q_EMIT requestReceived();
    return true;
}

void FaultServer::respond(Connection *connection, const Received &request,
                          const Behaviour &behaviour)
{
    switch (behaviour.kind) {
    case Behaviour::Kind::NeverAnswer:
        connection->silenced = true;
        return;
    case Behaviour::Kind::Abort:
        connection->silenced = true;
        // Later, so the client is not told within the same read.
        QTimer::singleShot(0, connection->socket, [socket = connection->socket] {
            if (socket)
                socket->abort();
        });
        return;
    case Behaviour::Kind::Stream: {
        connection->silenced = true;
        connection->streamRemaining =
            behaviour.streamSend < 0 ? behaviour.streamBytes : behaviour.streamSend;
        connection->closeAfterStream = behaviour.closeAfterStream;
        connection->socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(behaviour.streamBytes) + "\r\n\r\n");
        pumpStream(connection);
        return;
    }
    case Behaviour::Kind::Reply:
        break;
    }

    QByteArray body = behaviour.body;
    if (behaviour.echoRequestHeaders) {
        QString echoed;
        for (const auto &[name, value] : request.headers)
            echoed += QString::fromUtf8(name + ": " + value + '\n');
        body = QJsonDocument(QJsonObject{{QStringLiteral("Message"), echoed}})
                   .toJson(QJsonDocument::Compact);
    }
    QByteArray response = "HTTP/1.1 " + QByteArray::number(behaviour.status) + ' ' +
                          reasonPhrase(behaviour.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &[name, value] : behaviour.headers) {
        response += name + ": " + value + "\r\n";
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!hasContentType)
        response += "Content-Type: application/json\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;

    if (behaviour.delayMs <= 0) {
        connection->socket->write(response);
        return;
    }
    // Later requests on this connection wait for this answer (HTTP/1.1 has no pipelining here).
    connection->silenced = true;
    QTimer::singleShot(behaviour.delayMs, this, [this, connection, response] {
        if (!connection->socket)
            return;
        connection->socket->write(response);
        connection->silenced = false;
        onReadyRead(connection);
    });
}

void FaultServer::pumpStream(Connection *connection)
{
    QTcpSocket *socket = connection->socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (connection->streamRemaining <= 0) {
        if (connection->closeAfterStream && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
        return;
    }
    static const QByteArray chunk(64 * 1024, 'a');
    while (connection->streamRemaining > 0 && socket->bytesToWrite() < 512 * 1024) {
        const qint64 n = qMin<qint64>(chunk.size(), connection->streamRemaining);
        socket->write(chunk.constData(), n);
        connection->streamRemaining -= n;
    }
    if (connection->streamRemaining <= 0 && connection->closeAfterStream)
        socket->disconnectFromHost(); // after the buffered bytes are written
}
