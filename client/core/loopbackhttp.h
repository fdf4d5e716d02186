#pragma once

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

class QTcpSocket;

namespace cp::client {

// A QNetworkAccessManager that answers plain-HTTP requests to this machine itself (the
// console's embedded endpoint, a cplocal on localhost) over buffered, kept-alive sockets on
// the manager's thread; everything else (https, other hosts, a proxy chosen for the URL, a
// body streamed from a device) goes to Qt's HTTP as before.
// Why: Qt 6.4's HTTP reads each answer's status line and headers one byte per read(2) (its
// sockets are unbuffered): about 190 system calls per answer of the local endpoint, three
// quarters of the CPU its HTTP thread spent on an import, which made the console's client
// the bound of a bulk import on 2 cores (README, Performance).
class LoopbackNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    // http:// to 127.0.0.0/8, ::1 or localhost.
    static bool isLoopback(const QUrl &url);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    friend class LoopbackReply;
    bool direct(const QUrl &url) const; // no proxy chosen for it
    // An idle connection to `key` (host:port), or null.
    QTcpSocket *takeIdle(const QString &key);
    void keepIdle(const QString &key, QTcpSocket *socket);

    QHash<QString, QList<QPointer<QTcpSocket>>> m_idle;
};

// One request and its answer over a socket of the manager's (see above).
class LoopbackReply : public QNetworkReply
{
    Q_OBJECT
public:
    LoopbackReply(LoopbackNetworkAccessManager *manager, QNetworkAccessManager::Operation op,
                  const QNetworkRequest &request, QByteArray verb, QByteArray body);
    ~LoopbackReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void send(bool reuse);
    void onReadyRead();
    void onClosed();
    bool parseHead();
    bool parseBody();
    void complete();
    void fail(NetworkError code, const QString &message);
    void releaseSocket(bool keep);

    QPointer<LoopbackNetworkAccessManager> m_manager;
    QString m_key;
    QByteArray m_wire; // the request as sent, kept for one resend on a stale connection
    QPointer<QTcpSocket> m_socket;
    bool m_reused = false;
    bool m_gotBytes = false;
    bool m_done = false;

    QByteArray m_in;
    bool m_headParsed = false;
    int m_status = 0;
    bool m_keepAlive = true;
    bool m_chunked = false;
    qint64 m_length = -1; // -1: until the connection closes
    QByteArray m_body;
    qint64 m_read = 0;
};

} // namespace cp::client
