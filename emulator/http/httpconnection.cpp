#include "httpconnection.h"

#include "httpresponse.h"

#include <QDebug>
#include <QMetaObject>
#include <QTcpSocket>
#include <QTimerEvent>
#include <chrono>
#include <climits>
#include <exception>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace cp::emulator::http {

namespace {

// Read at most this much per wakeup, so a paused connection pushes back through TCP.
constexpr qint64 kReadChunk = 256 * 1024;
// Stop answering pipelined requests while this much output waits for a slow reader.
constexpr qint64 kMaxPendingOutput = 1024 * 1024;
// How long a closing connection keeps discarding input so that the peer reads the final
// response instead of a reset (unread input makes close() send RST).
constexpr qint64 kMaxLingerMs = 2000;

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void shutdownWrite(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(descriptor), SD_SEND);
#else
    ::shutdown(int(descriptor), SHUT_WR);
#endif
}

} // namespace

void closeDescriptor(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::closesocket(SOCKET(descriptor));
#else
    ::close(int(descriptor));
#endif
}

bool ConnectionGate::take()
{
    // Only the listener's thread takes, so a load then an add cannot overshoot.
    if (m_open.load() >= m_cap)
        return false;
    m_open.fetch_add(1);
    return true;
}

void ConnectionGate::release()
{
    const int before = m_open.fetch_sub(1);
    if (before < m_cap)
        return; // the listener is accepting: nothing to wake
    QMutexLocker lock(&m_mutex);
    if (m_context && m_onFreed)
        QMetaObject::invokeMethod(m_context, m_onFreed, Qt::QueuedConnection);
}

void ConnectionGate::setOnFreed(QObject *context, std::function<void()> onFreed)
{
    QMutexLocker lock(&m_mutex);
    m_context = context;
    m_onFreed = std::move(onFreed);
}

Connection::Connection(std::shared_ptr<const ServerShared> shared, QObject *parent)
    : QObject(parent)
    , m_shared(std::move(shared))
    , m_parser(m_shared->options.maxBodyBytes, m_shared->options.maxHeaderBytes)
{
    if (m_shared->options.routeBody)
        m_parser.setBodyRouter(m_shared->options.routeBody);
}

Connection::~Connection()
{
    if (m_shared->gate)
        m_shared->gate->release();
}

bool Connection::open(qintptr descriptor)
{
    m_socket = new QTcpSocket(this);
    if (!m_socket->setSocketDescriptor(descriptor)) {
        closeDescriptor(descriptor);
        return false;
    }
    m_socket->setReadBufferSize(kReadChunk);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peer = m_socket->peerAddress();
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::finish);
    touch(m_shared->options.idleTimeout.count());
    return true;
}

void Connection::abortNow()
{
    finish();
}

void Connection::touch(qint64 timeoutMs)
{
    m_deadline = nowMs() + timeoutMs;
    if (!m_timer.isActive())
        m_timer.start(int(qMin<qint64>(timeoutMs, INT_MAX)), Qt::CoarseTimer, this);
}

void Connection::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    // Activity only moves m_deadline; the timer is re-armed lazily, which keeps the
    // per-request cost to a clock read.
    const qint64 left = m_deadline - nowMs();
    if (left > 0) {
        m_timer.start(int(qMin<qint64>(left, INT_MAX)), Qt::CoarseTimer, this);
        return;
    }
    finish();
}

bool Connection::headPending() const
{
    return m_parser.readingHead() && (m_parser.inProgress() || m_pos < m_in.size());
}

void Connection::onReadyRead()
{
    switch (m_state) {
    case State::Open:
        process();
        break;
    case State::Draining:
    case State::Lingering:
        m_socket->skip(m_socket->bytesAvailable());
        break;
    case State::Finished:
        break;
    }
}

void Connection::onBytesWritten()
{
    if (m_state == State::Draining) {
        if (m_socket->bytesToWrite() == 0)
            startLinger();
        return;
    }
    if (m_state != State::Open)
        return;
    if (!headPending())
        touch(m_shared->options.idleTimeout.count());
    if (m_paused && m_socket->bytesToWrite() <= kMaxPendingOutput / 2) {
        m_paused = false;
        // Queued: this may run inside process()'s own flush().
        QMetaObject::invokeMethod(this, &Connection::process, Qt::QueuedConnection);
    }
}

void Connection::process()
{
    if (m_inProcess || m_state != State::Open)
        return;
    m_inProcess = true;
    const bool headWasPending = headPending();

    if (!m_paused && m_socket->bytesAvailable() > 0) {
        if (m_in.isEmpty())
            m_in = m_socket->readAll();
        else
            m_in.append(m_socket->readAll());
    }

    while (m_state == State::Open && !m_paused) {
        const RequestParser::Result result = m_parser.parse(m_in, m_pos);
        if (m_parser.takeContinue())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (result == RequestParser::Result::NeedMore)
            break;
        if (result == RequestParser::Result::Failed) {
            if (std::optional<Response> refusal = m_parser.takeRefusal()) {
                m_socket->write(serializeResponse(*refusal, false));
                beginClose();
                break;
            }
            sendError(m_parser.errorStatus(), QStringLiteral("BadRequestException"),
                      m_parser.errorMessage());
            break;
        }
        const bool keepAlive = m_parser.keepAlive();
        Request request = m_parser.takeRequest();
        request.peer = m_peer;
        answer(request, keepAlive);
        if (!keepAlive) {
            beginClose();
            break;
        }
        if (m_socket->bytesToWrite() > kMaxPendingOutput)
            m_paused = true;
    }

    // Drop consumed bytes; keep a moderate buffer's capacity for the next request.
    if (m_pos >= m_in.size()) {
        if (m_in.capacity() > 64 * 1024)
            m_in.clear();
        else
            m_in.resize(0);
    } else if (m_pos > 0) {
        m_in.remove(0, m_pos);
    }
    m_pos = 0;

    if (m_state == State::Open) {
        // A header section must arrive within one timeout of its first byte (no
        // trickling it in byte by byte); anything else counts as activity.
        if (!(headWasPending && headPending()))
            touch(m_shared->options.idleTimeout.count());
        if (m_socket->bytesToWrite() > 0)
            m_socket->flush();
    }
    m_inProcess = false;
}

Response Connection::buildError(int status, const QString &type, const QString &message) const
{
    const auto &build = m_shared->options.errorResponse;
    if (build) {
        try {
            return build(status, type, message);
        } catch (const std::exception &e) {
            qWarning("cplocal: errorResponse threw: %s", e.what());
        } catch (...) {
            qWarning("cplocal: errorResponse threw");
        }
    }
    return defaultErrorResponse(status, type, message);
}

void Connection::answer(const Request &request, bool keepAlive)
{
    Response response;
    try {
        response = m_shared->handler(request);
    } catch (const std::exception &e) {
        qWarning("cplocal: handler threw on %s %s: %s", request.method.constData(),
                 request.path.constData(), e.what());
        response = buildError(500, QStringLiteral("InternalServerException"),
                              QStringLiteral("The server failed to process the request."));
    } catch (...) {
        qWarning("cplocal: handler threw on %s %s", request.method.constData(),
                 request.path.constData());
        response = buildError(500, QStringLiteral("InternalServerException"),
                              QStringLiteral("The server failed to process the request."));
    }
    m_socket->write(serializeResponse(response, keepAlive));
}

void Connection::sendError(int status, const QString &type, const QString &message)
{
    if (m_state != State::Open)
        return;
    m_socket->write(serializeResponse(buildError(status, type, message), false));
    beginClose();
}

void Connection::beginClose()
{
    if (m_state != State::Open)
        return;
    m_state = State::Draining;
    touch(m_shared->options.idleTimeout.count()); // a peer that never reads is dropped
    m_socket->flush();
    if (m_state == State::Draining && m_socket->bytesToWrite() == 0)
        startLinger();
}

void Connection::startLinger()
{
    if (m_state != State::Draining)
        return;
    m_state = State::Lingering;
    shutdownWrite(m_socket->socketDescriptor());
    m_socket->skip(m_socket->bytesAvailable());
    m_timer.stop();
    touch(qMin<qint64>(m_shared->options.idleTimeout.count(), kMaxLingerMs));
}

void Connection::finish()
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_timer.stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    deleteLater();
}

} // namespace cp::emulator::http
