#pragma once

#include "httptypes.h"

#include <QObject>
#include <memory>
#include <vector>

class QThread;

namespace cp::emulator::http {

class Listener;
class Worker;
struct ServerShared;

// A small HTTP/1.1 server for the local endpoint. It accepts on the thread that owns
// it and hands each connection round-robin to a worker thread, which parses requests
// from the raw bytes, runs the handler and answers. Request targets and header values
// reach the handler exactly as sent, which SigV4 verification needs.
class Server : public QObject
{
    Q_OBJECT
public:
    Server(Handler handler, ServerOptions options = {}, QObject *parent = nullptr);
    ~Server() override; // stops workers, closes connections

    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    quint16 port() const;
    QHostAddress address() const;
    // Stops accepting and drops every open connection; listen() may be called again.
    void close();

    // The connection cap in force: ServerOptions::maxConnections (or its default), kept
    // kReservedDescriptors below the process's limit of open descriptors (RLIMIT_NOFILE).
    static int connectionCap(int requested);
    static constexpr int kReservedDescriptors = 128;
    int maxConnections() const;
    int openConnections() const; // accepted and not yet closed, across workers
    bool accepting() const;      // listening, and not stopped at the cap

private:
    void dispatch(qintptr descriptor);

    std::shared_ptr<const ServerShared> m_shared;
    Listener *m_listener = nullptr;
    std::vector<QThread *> m_threads;
    std::vector<Worker *> m_workers;
    size_t m_next = 0;
};

} // namespace cp::emulator::http
