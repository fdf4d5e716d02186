#include "httpserver.h"

#include "httpconnection.h"
#include "httpresponse.h"

#include <QMetaObject>
#include <QTcpServer>
#include <QThread>

namespace cp::emulator::http {

// Accepts without creating a QTcpSocket, so that the socket is made on its worker thread.
class Listener : public QTcpServer
{
public:
    explicit Listener(std::function<void(qintptr)> onIncoming, QObject *parent)
        : QTcpServer(parent)
        , m_onIncoming(std::move(onIncoming))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onIncoming(descriptor); }

private:
    std::function<void(qintptr)> m_onIncoming;
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
    m_shared =
        std::make_shared<const ServerShared>(ServerShared{std::move(handler), std::move(options)});

    m_listener = new Listener([this](qintptr d) { dispatch(d); }, this);
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
    if (m_listener->listen(address, port))
        return true;
    if (error)
        *error = m_listener->errorString();
    return false;
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
