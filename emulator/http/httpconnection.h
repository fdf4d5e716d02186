#pragma once

#include "httpparser.h"
#include "httptypes.h"

#include <QBasicTimer>
#include <QMutex>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QTcpSocket;

namespace cp::emulator::http {

// Closes a socket descriptor no QTcpSocket owns (one refused, or never handed over).
void closeDescriptor(qintptr descriptor);

// Counts a server's open connections, across worker threads. The listener takes a place
// before handing a descriptor over; a connection gives it back when it ends, which wakes
// the listener if it had stopped accepting at the cap.
class ConnectionGate
{
public:
    explicit ConnectionGate(int cap)
        : m_cap(cap)
    {}
    int cap() const { return m_cap; }
    int open() const { return m_open.load(); }
    // Listener's thread: takes a place; false (nothing taken) when the cap is reached.
    bool take();
    // Any thread: a connection ended.
    void release();
    // Called (queued on the listener's thread) when a place frees at the cap; null to stop.
    void setOnFreed(QObject *context, std::function<void()> onFreed);

private:
    const int m_cap;
    std::atomic<int> m_open{0};
    QMutex m_mutex; // guards the callback against the server going away
    QObject *m_context = nullptr;
    std::function<void()> m_onFreed;
};

// What every connection of one server shares; immutable once the server is built.
struct ServerShared
{
    Handler handler;
    ServerOptions options;
    std::shared_ptr<ConnectionGate> gate;
};

// One accepted socket, living on a worker thread: reads and parses requests as bytes
// arrive, runs the handler on this thread and answers in order. Deletes itself when
// the connection ends.
class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(std::shared_ptr<const ServerShared> shared, QObject *parent);
    ~Connection() override;

    bool open(qintptr descriptor);
    void abortNow(); // server shutdown: drop the connection at once

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class State {
        Open,      // reading and answering requests
        Draining,  // the last response is queued; waiting until it reaches the kernel
        Lingering, // write side shut; discarding input until the peer closes
        Finished,
    };

    void onReadyRead();
    void onBytesWritten();
    void process();
    void answer(const Request &request, bool keepAlive);
    void sendError(int status, const QString &type, const QString &message);
    Response buildError(int status, const QString &type, const QString &message) const;
    void beginClose();
    void startLinger();
    void finish();
    void touch(qint64 timeoutMs);
    bool headPending() const;

    std::shared_ptr<const ServerShared> m_shared;
    QTcpSocket *m_socket = nullptr;
    QHostAddress m_peer;
    RequestParser m_parser;
    QByteArray m_in;
    qsizetype m_pos = 0; // bytes of m_in the parser has consumed
    State m_state = State::Open;
    bool m_paused = false;    // too much output queued: stop answering until it drains
    bool m_inProcess = false; // guards against re-entry from signals emitted by flush()
    QBasicTimer m_timer;
    qint64 m_deadline = 0; // monotonic ms at which the current timeout expires
};

} // namespace cp::emulator::http
