#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace cp::emulator {

class Database;
class Engine;
class Dispatcher;
class UploadReceiver;
namespace http {
class Server;
}

struct LocalEndpointOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0; // 0: a free port
    QString dataDir;  // SQLite file and keys; ignored for the database when inMemory
    bool inMemory = false;
    QString region = QStringLiteral("us-east-1");
    QString accountId = QStringLiteral("123456789012");
    QString accessKeyId; // both empty: the keys kept in dataDir (made on first start)
    QString secretAccessKey;
    int workerThreads = 2;
    int maxConnections = 0;   // 0: the HTTP server's default (512, below the descriptor limit)
    int idleTimeoutMs = 0;    // before a request line; 0: the HTTP server's default (30 s)
    qint64 uploadUrlValidityMs = 3600 * 1000; // of GetUploadJobPath's URLs
};

// The whole local endpoint: store, engine, signature verification and HTTP server.
// cplocal runs one on its main thread; the console runs one on a thread of its own.
class LocalEndpoint : public QObject
{
    Q_OBJECT
public:
    explicit LocalEndpoint(QObject *parent = nullptr);
    ~LocalEndpoint() override;

    bool start(const LocalEndpointOptions &options, QString *error);
    void stop();

    QUrl url() const;
    QString region() const { return m_options.region; }
    QString accessKeyId() const { return m_options.accessKeyId; }
    QString secretAccessKey() const { return m_options.secretAccessKey; }
    Engine *engine() const { return m_engine.get(); }

    static QString defaultDataDir();
    // The keys file of a data folder (mode 0600), created with a random secret if absent.
    static bool loadOrCreateKeys(const QString &dataDir, QString *accessKeyId,
                                 QString *secretAccessKey, QString *error);

private:
    LocalEndpointOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<UploadReceiver> m_uploads;
    std::unique_ptr<http::Server> m_server;
    QTimer m_purge;
};

} // namespace cp::emulator
