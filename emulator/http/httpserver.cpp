#include "httpserver.h"

#include "httpconnection.h"
#include "httpresponse.h"

#include <QMetaObject>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <cerrno>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace cp::emulator::http {

// Accepts without creating a QTcpSocket, so that the socket is made on its worker thread.
// At the connection cap it stops accepting: clients wait in the kernel's backlog, the
// accept notifier is off (no CPU spent), and a closing connection turns it back on.
// On POSIX it accepts by itself, one connection per free place: QTcpServer would accept
// the whole backlog in one go and leave the excess to be closed unanswered.
class Listener : public QTcpServer
{
public:
    Listener(std::function<void(qintptr)> onIncoming, std::shared_ptr<ConnectionGate> gate,
             QObject *parent)
        : QTcpServer(parent)
        , m_onIncoming(std::move(onIncoming))
        , m_gate(std::move(gate))
    {
        m_gate->setOnFreed(this, [this] { resumeIfRoom(); });
        // Out of descriptors (EMFILE) or memory, QTcpServer stops accepting and says so:
        // retry a little later rather than never, or at once in a loop.
        connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
            backOff();
        });
    }
    ~Listener() override { m_gate->setOnFreed(nullptr, {}); }

    bool atCap() const { return m_atCap; }

    // After listen(): takes over accepting from QTcpServer (POSIX).
    void startAccepting()
    {
#ifndef Q_OS_WIN
        pauseAccepting();
        m_notifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] { acceptPending(); });
#endif
    }
    // Before close(): the notifier must not outlive the listening socket.
    void stopAccepting()
    {
        delete m_notifier;
        m_notifier = nullptr;
        m_atCap = false;
    }

protected:
    // QTcpServer's own accepting (Windows): everything pending comes in one go, even once
    // paused, so what comes beyond the cap in that burst is closed at once.
    void incomingConnection(qintptr descriptor) override
    {
        if (!m_gate->take()) {
            closeDescriptor(descriptor);
            pauseAtCap();
            return;
        }
        m_onIncoming(descriptor);
        if (m_gate->open() >= m_gate->cap())
            pauseAtCap();
    }

private:
    static constexpr int kAcceptRetryMs = 100;

    void acceptPending()
    {
#ifndef Q_OS_WIN
        while (m_gate->open() < m_gate->cap()) {
            const int fd = ::accept4(int(socketDescriptor()), nullptr, nullptr,
                                     SOCK_CLOEXEC | SOCK_NONBLOCK);
            if (fd < 0) {
                if (errno == EINTR || errno == ECONNABORTED || errno == EPROTO)
                    continue; // that client went away; the next may be there
                if (errno != EAGAIN && errno != EWOULDBLOCK)
                    backOff(); // EMFILE, ENFILE, ENOBUFS, ENOMEM
                return;
            }
            m_gate->take();
            m_onIncoming(fd);
        }
        pauseAtCap();
#endif
    }
    void backOff()
    {
        m_backingOff = true;
        pauseAccepting();
        if (m_notifier)
            m_notifier->setEnabled(false);
        QTimer::singleShot(kAcceptRetryMs, this, [this] {
            m_backingOff = false;
            resumeIfRoom();
        });
    }
    void pauseAtCap()
    {
        m_atCap = true;
        if (m_notifier)
            m_notifier->setEnabled(false);
        else
            pauseAccepting();
    }
    void resumeIfRoom()
    {
        if (m_backingOff || !isListening() || m_gate->open() >= m_gate->cap())
            return;
        m_atCap = false;
        if (m_notifier)
            m_notifier->setEnabled(true);
        else
            resumeAccepting();
    }

    std::function<void(qintptr)> m_onIncoming;
    std::shared_ptr<ConnectionGate> m_gate;
    QSocketNotifier *m_notifier = nullptr;
    bool m_atCap = false;
    bool m_backingOff = false;
};

// Lives on one worker thread and owns that thread's connections (as children).
class Worker : public QObject
{
public:
    explicit Worker(std::shared_ptr<const ServerShared> shared)
        : m_shared(std::move(shared))
    {}

    void adopt(qintptr descriptor)
    {
        auto *connection = new Connection(m_shared, this);
        if (!connection->open(descriptor))
            delete connection;
    }

    void abortAll()
    {
        const auto connections = findChildren<Connection *>(Qt::FindDirectChildrenOnly);
        for (Connection *c : connections)
            c->abortNow();
    }

private:
    std::shared_ptr<const ServerShared> m_shared;
};

Server::Server(Handler handler, ServerOptions options, QObject *parent)
    : QObject(parent)
{
    if (!options.errorResponse)
        options.errorResponse = &defaultErrorResponse;
    const int threads = qMax(1, options.workerThreads);
    auto gate = std::make_shared<ConnectionGate>(connectionCap(options.maxConnections));
    m_shared = std::make_shared<const ServerShared>(
        ServerShared{std::move(handler), std::move(options), gate});

    m_listener = new Listener([this](qintptr d) { dispatch(d); }, gate, this);
    // Many clients connecting at once (SDK pools, load tests) must not see refusals.
    m_listener->setListenBacklogSize(1024);

    for (int i = 0; i < threads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("cplocal-http-%1").arg(i));
        auto *worker = new Worker(m_shared);
        worker->moveToThread(thread);
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
}

Server::~Server()
{
    m_listener->stopAccepting();
    m_listener->close();
    for (size_t i = 0; i < m_workers.size(); ++i) {
        Worker *worker = m_workers[i];
        // Runs after any adopt() still queued, so no accepted descriptor is leaked; the
        // worker's connections are its children and go with it.
        QMetaObject::invokeMethod(
            worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
        delete m_threads[i];
    }
}

bool Server::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_listener->listen(address, port)) {
        m_listener->startAccepting();
        return true;
    }
    if (error)
        *error = m_listener->errorString();
    return false;
}

int Server::connectionCap(int requested)
{
    int cap = requested > 0 ? requested : ServerOptions::kDefaultMaxConnections;
#ifndef Q_OS_WIN
    // Keep room below the descriptor limit for the store's files, the threads' wakeup
    // descriptors and the listener: running out of descriptors is what made accept()
    // fail in a loop before there was a cap.
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        const qint64 room = qint64(limit.rlim_cur) - kReservedDescriptors;
        cap = int(qBound(qint64(1), room, qint64(cap)));
    }
#endif
    return cap;
}

int Server::maxConnections() const
{
    return m_shared->gate->cap();
}

int Server::openConnections() const
{
    return m_shared->gate->open();
}

bool Server::accepting() const
{
    return m_listener->isListening() && !m_listener->atCap();
}

quint16 Server::port() const
{
    return m_listener->serverPort();
}

QHostAddress Server::address() const
{
    return m_listener->serverAddress();
}

void Server::close()
{
    m_listener->stopAccepting();
    m_listener->close();
    for (Worker *worker : m_workers) {
        QMetaObject::invokeMethod(
            worker, [worker] { worker->abortAll(); }, Qt::BlockingQueuedConnection);
    }
}

void Server::dispatch(qintptr descriptor)
{
    Worker *worker = m_workers[m_next];
    m_next = (m_next + 1) % m_workers.size();
    QMetaObject::invokeMethod(
        worker, [worker, descriptor] { worker->adopt(descriptor); }, Qt::QueuedConnection);
}

} // namespace cp::emulator::http
