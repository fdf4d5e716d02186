#pragma once

// Shared by the HTTP server tests: raw-socket clients, request helpers, and a server
// whose handler records each request and echoes it back.

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

namespace httptest {

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

inline QByteArray get(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n";
}

inline QByteArray post(const QByteArray &target, const QByteArray &body,
                       const QByteArray &extra = {})
{
    return "POST " + target +
           " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + extra + "\r\n" + body;
}

inline Response awsError(int status, const QString &type, const QString &message)
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

inline QString messageOf(const Reply &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("Message")).toString();
}

// The server under test; start() again with other options.
class ServerFixture
{
protected:
    void start(ServerOptions options = {})
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
                    r.headers.append(
                        HeaderList::value_type("Date", "Mon, 01 Jan 2001 00:00:00 GMT"));
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

    std::shared_ptr<Recorder> m_recorder;
    std::unique_ptr<Server> m_server;
};

} // namespace httptest
