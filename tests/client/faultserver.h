#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QQueue>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A scripted HTTP/1.1 server for the transport's tests: each incoming request takes the
// next behaviour from a queue (the default answer when the queue is empty is 200 "{}").
// Everything received is recorded exactly as it came on the wire.
class FaultServer : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Behaviour
    {
        enum class Kind {
            Reply, // status, headers and body after `delayMs`
            NeverAnswer,
            Abort,  // QTcpSocket::abort() without answering
            Stream, // announces `streamBytes` and streams them as fast as read
        };
        Kind kind = Kind::Reply;
        int status = 200;
        Headers headers;
        QByteArray body;
        int delayMs = 0;
        qint64 streamBytes = 0;          // Stream: the Content-Length announced
        qint64 streamSend = -1;          // Stream: how many of them to send (-1: all)
        bool closeAfterStream = false;   // Stream: close the connection after sending
        bool echoRequestHeaders = false; // the body becomes a JSON Message echoing them
    };

    struct Received
    {
        QByteArray method;
        QByteArray target;   // request-target as on the wire
        QByteArray rawPath;  // before '?'
        QByteArray rawQuery; // after '?', without it
        Headers headers;
        QByteArray body;
        qint64 arrivalMs = 0; // on the server's monotonic clock
        QDateTime arrival;
        int connection = 0; // which connection carried it (counts from 1)

        QByteArray header(QByteArrayView name) const;
        int headerCount(QByteArrayView name) const;
    };

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    bool listen();
    quint16 port() const;
    QUrl url() const;

    void enqueue(const Behaviour &behaviour);
    // Only requests for this path take the script; others get the default answer (for a
    // client that makes several calls at once, as the console does). Empty: every request.
    void setScriptedPath(const QByteArray &path) { m_scriptedPath = path; }
    void clearScript() { m_script.clear(); }
    void reply(int status, const QByteArray &body, const Headers &headers = {}, int delayMs = 0);
    // AWS-style error: x-amzn-ErrorType, x-amzn-RequestId and {"message": ...}.
    void error(int status, const QByteArray &type, const QByteArray &message = "error");
    void neverAnswer();
    void abortConnection();
    void stream(qint64 bytes);
    // Announces `announced` bytes, sends `sent` of them, then closes or stalls.
    void truncated(qint64 announced, qint64 sent, bool close);

    const QList<Received> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int connectionsOpened() const { return m_connectionsOpened; }
    int connectionsClosed() const { return m_connectionsClosed; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void requestReceived();
    void connectionClosed();

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *connection);
    bool parseOne(Connection *connection);
    void respond(Connection *connection, const Received &request, const Behaviour &behaviour);
    void pumpStream(Connection *connection);

    QTcpServer m_server;
    QQueue<Behaviour> m_script;
    QByteArray m_scriptedPath;
    QList<Received> m_requests;
    QList<Connection *> m_connections;
    QElapsedTimer m_clock;
    int m_connectionsOpened = 0;
    int m_connectionsClosed = 0;
};
