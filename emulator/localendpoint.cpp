#include "localendpoint.h"

#include "api/dispatcher.h"
#include "api/uploadreceiver.h"
#include "engine/engine.h"
#include "engine/uploadrunner.h"
#include "http/httpserver.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace cp::emulator {
namespace {

QString randomText(int length, QStringView alphabet)
{
    QString out;
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out += alphabet.at(random->bounded(int(alphabet.size())));
    return out;
}

} // namespace

LocalEndpoint::LocalEndpoint(QObject *parent)
    : QObject(parent)
    , m_purge(this) // a child, so that it moves to the endpoint's thread with it
{
    m_purge.setInterval(60 * 1000);
    connect(&m_purge, &QTimer::timeout, this, [this] {
        if (m_engine)
            m_engine->purgeExpired();
    });
}

LocalEndpoint::~LocalEndpoint()
{
    stop();
}

QString LocalEndpoint::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/cplocal");
}

bool LocalEndpoint::loadOrCreateKeys(const QString &dataDir, QString *accessKeyId,
                                     QString *secretAccessKey, QString *error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(dataDir);
        return false;
    }
    QFile file(dataDir + QStringLiteral("/keys.json"));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(file.fileName());
            return false;
        }
        const QJsonObject keys = QJsonDocument::fromJson(file.readAll()).object();
        *accessKeyId = keys.value(QStringLiteral("AccessKeyId")).toString();
        *secretAccessKey = keys.value(QStringLiteral("SecretAccessKey")).toString();
        if (accessKeyId->isEmpty() || secretAccessKey->isEmpty()) {
            *error =
                QStringLiteral("%1 holds no AccessKeyId and SecretAccessKey").arg(file.fileName());
            return false;
        }
        return true;
    }
    *accessKeyId =
        QStringLiteral("AKIALOCAL") + randomText(11, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    *secretAccessKey =
        randomText(40, u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    // Created private: the secret never exists in a file others can read.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("cannot create %1").arg(file.fileName());
        return false;
    }
    const QJsonObject keys{{QStringLiteral("AccessKeyId"), *accessKeyId},
                           {QStringLiteral("SecretAccessKey"), *secretAccessKey}};
    file.write(QJsonDocument(keys).toJson());
    return file.flush();
}

bool LocalEndpoint::start(const LocalEndpointOptions &options, QString *error)
{
    stop();
    m_options = options;
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = defaultDataDir();
    if (m_options.accessKeyId.isEmpty() != m_options.secretAccessKey.isEmpty()) {
        *error = QStringLiteral("give both --access-key-id and --secret-access-key, or neither");
        return false;
    }
    if (m_options.accessKeyId.isEmpty() &&
        !loadOrCreateKeys(m_options.dataDir, &m_options.accessKeyId, &m_options.secretAccessKey,
                          error))
        return false;
    if (!m_options.inMemory && !QDir().mkpath(m_options.dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(m_options.dataDir);
        return false;
    }

    m_database = std::make_unique<Database>(Database::Options{
        m_options.dataDir + QStringLiteral("/cplocal.sqlite"), m_options.inMemory});
    QString reason;
    if (!m_database->open(&reason)) {
        *error = QStringLiteral("cannot open the store: %1").arg(reason);
        m_database.reset();
        return false;
    }
    EngineOptions engineOptions;
    engineOptions.region = m_options.region;
    engineOptions.accountId = m_options.accountId;
    // Uploaded files beside the store; an in-memory store keeps them in a temporary folder.
    if (!m_options.inMemory)
        engineOptions.uploadDir = m_options.dataDir + QStringLiteral("/uploads");
    engineOptions.uploadUrlValidityMs = m_options.uploadUrlValidityMs;
    m_engine = std::make_unique<Engine>(*m_database, engineOptions);
    m_engine->purgeExpired();
    auto verifier = std::make_unique<Verifier>(
        m_options.region,
        QHash<QString, QString>{{m_options.accessKeyId, m_options.secretAccessKey}},
        [engine = m_engine.get()] { return engine->nowMs(); });
    m_dispatcher = std::make_unique<Dispatcher>(*m_engine, std::move(verifier));

    http::ServerOptions serverOptions;
    serverOptions.workerThreads = m_options.workerThreads;
    serverOptions.maxConnections = m_options.maxConnections;
    if (m_options.idleTimeoutMs > 0)
        serverOptions.idleTimeout = std::chrono::milliseconds(m_options.idleTimeoutMs);
    serverOptions.errorResponse = [](int status, const QString &type, const QString &message) {
        return Dispatcher::errorResponse(status, type, message);
    };
    m_uploads = std::make_unique<UploadReceiver>(*m_engine);
    // Upload URLs take their body as a stream into a file, and answer as S3 does.
    serverOptions.routeBody = [uploads = m_uploads.get()](const http::Request &head) {
        return UploadReceiver::isUploadPath(head.path) ? uploads->route(head) : http::BodyRoute{};
    };
    Dispatcher *dispatcher = m_dispatcher.get();
    m_server = std::make_unique<http::Server>(
        [dispatcher, uploads = m_uploads.get()](const http::Request &request) {
            if (UploadReceiver::isUploadPath(request.path))
                return uploads->finish(request);
            return dispatcher->handle(request);
        },
        serverOptions);
    if (!m_server->listen(m_options.host, m_options.port, &reason)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_options.host.toString())
                     .arg(m_options.port)
                     .arg(reason);
        stop();
        return false;
    }
    m_engine->uploads().setBaseUrl(url());
    m_purge.start();
    return true;
}

void LocalEndpoint::stop()
{
    m_purge.stop();
    m_server.reset(); // workers (and their store connections) end before the store does
    m_dispatcher.reset();
    m_uploads.reset();
    m_engine.reset();
    m_database.reset();
}

QUrl LocalEndpoint::url() const
{
    if (!m_server)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server->address().toString());
    url.setPort(m_server->port());
    return url;
}

} // namespace cp::emulator
