#include "emubench.h"

#include "engine/engine.h"
#include "engine/profilestore.h"
#include "store/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>

namespace cp::bench {
namespace {

// Bump when the dataset's content changes, so that old caches are rebuilt.
constexpr int kDatasetFormat = 1;

QString datasetTag(int profiles)
{
    return QStringLiteral("v%1:%2:%3")
        .arg(kDatasetFormat)
        .arg(emulator::Database::kSchemaVersion)
        .arg(profiles);
}

QString firstLine(const QString &path, const QString &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // /proc files report a size of 0: read until the end rather than testing atEnd().
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(line.indexOf(QLatin1Char(':')) + 1).trimmed();
    }
    return {};
}

// The tag of an existing cache, empty when there is none or it cannot be read.
QString cachedTag(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    const QString name = QStringLiteral("emubench-probe");
    QString tag;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'bench_dataset'")) &&
                q.next())
                tag = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tag;
}

bool check(const emulator::ApiResult &result, const char *what, QString *error)
{
    if (result.ok())
        return true;
    *error = QStringLiteral("%1 failed: %2 %3")
                 .arg(QLatin1String(what), result.errorType, result.message);
    return false;
}

// Profiles are written with the engine's own storage function (saveProfile, which
// CreateProfile uses), with the fields CreateProfile would set, in big transactions:
// the rows are those CreateProfile writes, without a request per profile.
bool build(const QString &path, int profiles, QString *error)
{
    emulator::Database db(emulator::Database::Options{path, false});
    if (!db.open(error))
        return false;
    emulator::Engine engine(db, {});
    const QString domain = benchDomain();
    if (!check(engine.call(QStringLiteral("CreateDomain"),
                           {{QStringLiteral("DomainName"), domain},
                            {QStringLiteral("DefaultExpirationDays"), 1098}}),
               "CreateDomain", error) ||
        !check(engine.call(QStringLiteral("PutProfileObjectType"), objectTypeRequest()),
               "PutProfileObjectType", error))
        return false;

    QSqlDatabase connection = db.connection();
    QSqlQuery pragma(connection);
    pragma.exec(QStringLiteral("PRAGMA cache_size=-1048576"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    emulator::EngineOptions options;
    const QString api = QStringLiteral("api");
    constexpr int kBatch = 50000;
    for (int start = 0; start < profiles; start += kBatch) {
        emulator::Context ctx{db, options, QDateTime::currentMSecsSinceEpoch(),
                              schema::WireModel::bundled()};
        connection.transaction();
        for (int i = start; i < std::min(profiles, start + kBatch); ++i) {
            emulator::StoredProfile profile;
            profile.id = emulator::newProfileId();
            profile.setField(QStringLiteral("FirstName"), QStringLiteral("First%1").arg(i), api);
            profile.setField(QStringLiteral("LastName"), QStringLiteral("Last%1").arg(i), api);
            profile.setField(QStringLiteral("EmailAddress"), emailOf(i), api);
            profile.setField(QStringLiteral("PhoneNumber"), phoneOf(i), api);
            profile.setField(QStringLiteral("Address.City"), QStringLiteral("City%1").arg(i % 1000),
                             api);
            if (!emulator::saveProfile(ctx, domain, profile, true)) {
                *error = QStringLiteral("saving profile %1 failed").arg(i);
                return false;
            }
        }
        db.finishStatements();
        if (!connection.commit()) {
            *error = QStringLiteral("commit failed");
            return false;
        }
    }
    QSqlQuery meta(connection);
    meta.prepare(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('bench_dataset', ?)"));
    meta.addBindValue(datasetTag(profiles));
    if (!meta.exec()) {
        *error = QStringLiteral("writing the dataset tag failed");
        return false;
    }
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

} // namespace

QJsonObject machineInfo()
{
    QJsonArray load;
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = loadavg.readAll().split(' ');
        for (int i = 0; i < 3 && i < parts.size(); ++i)
            load.append(parts.at(i).toDouble());
    }
    const double memKiB = firstLine(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"))
                              .split(QLatin1Char(' '))
                              .first()
                              .toDouble();
    return {{QStringLiteral("cpu"),
             firstLine(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"))},
            {QStringLiteral("cores"), int(std::thread::hardware_concurrency())},
            {QStringLiteral("memory_gib"), std::round(memKiB / 1024.0 / 1024.0 * 10) / 10},
            {QStringLiteral("load_average"), load},
            {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
}

QJsonObject latencyJson(std::vector<double> &micros)
{
    if (micros.empty())
        return {{QStringLiteral("count"), 0}};
    std::sort(micros.begin(), micros.end());
    const auto at = [&](double q) {
        return micros[std::min(micros.size() - 1, size_t(q * double(micros.size())))];
    };
    double sum = 0;
    for (double m : micros)
        sum += m;
    const auto ms = [](double us) { return std::round(us) / 1000.0; };
    return {{QStringLiteral("count"), qint64(micros.size())},
            {QStringLiteral("p50_ms"), ms(at(0.50))},
            {QStringLiteral("p99_ms"), ms(at(0.99))},
            {QStringLiteral("mean_ms"), ms(sum / double(micros.size()))},
            {QStringLiteral("max_ms"), ms(micros.back())}};
}

QString benchDomain()
{
    return QStringLiteral("bench-1m");
}
QString benchObjectType()
{
    return QStringLiteral("BenchContact");
}

// A CRM contact: a UNIQUE contact id, matched to profiles by email, filling names
// and phone.
QJsonObject objectTypeRequest()
{
    const auto field = [](const char *source, const char *target, const char *contentType) {
        return QJsonObject{{QStringLiteral("Source"), QLatin1String(source)},
                           {QStringLiteral("Target"), QLatin1String(target)},
                           {QStringLiteral("ContentType"), QLatin1String(contentType)}};
    };
    const auto key = [](QStringList identifiers, const char *fieldName) {
        return QJsonArray{QJsonObject{
            {QStringLiteral("StandardIdentifiers"), QJsonArray::fromStringList(identifiers)},
            {QStringLiteral("FieldNames"), QJsonArray{QLatin1String(fieldName)}}}};
    };
    return {{QStringLiteral("DomainName"), benchDomain()},
            {QStringLiteral("ObjectTypeName"), benchObjectType()},
            {QStringLiteral("Description"), QStringLiteral("Benchmark contacts")},
            {QStringLiteral("AllowProfileCreation"), true},
            {QStringLiteral("Fields"),
             QJsonObject{{QStringLiteral("contactId"),
                          field("_source.contactId", "_profile.Attributes.ContactId", "STRING")},
                         {QStringLiteral("email"),
                          field("_source.email", "_profile.EmailAddress", "EMAIL_ADDRESS")},
                         {QStringLiteral("phone"),
                          field("_source.phone", "_profile.PhoneNumber", "PHONE_NUMBER")},
                         {QStringLiteral("firstName"),
                          field("_source.firstName", "_profile.FirstName", "NAME")},
                         {QStringLiteral("lastName"),
                          field("_source.lastName", "_profile.LastName", "NAME")}}},
            {QStringLiteral("Keys"),
             QJsonObject{{QStringLiteral("_benchContactId"),
                          key({QStringLiteral("PROFILE"), QStringLiteral("UNIQUE")}, "contactId")},
                         {QStringLiteral("_email"), key({QStringLiteral("PROFILE")}, "email")}}}};
}

QString emailOf(int i)
{
    return QStringLiteral("user%1@example.com").arg(i);
}
QString phoneOf(int i)
{
    return QStringLiteral("+1-555-%1").arg(i, 7, 10, QLatin1Char('0'));
}

bool ensureDataset(const QString &cachePath, int profiles, QJsonObject *info, QString *error)
{
    const QString tag = cachedTag(cachePath);
    if (tag == datasetTag(profiles)) {
        *info = {{QStringLiteral("cache"), cachePath}, {QStringLiteral("built"), false}};
        return true;
    }
    // Written by an older schema: brought up to date the way a user's data folder is.
    const QStringList parts = tag.split(QLatin1Char(':'));
    if (parts.size() == 3 && parts.at(0) == QStringLiteral("v%1").arg(kDatasetFormat) &&
        parts.at(1).toInt() < emulator::Database::kSchemaVersion &&
        parts.at(2).toInt() == profiles) {
        const auto start = std::chrono::steady_clock::now();
        {
            emulator::Database db(emulator::Database::Options{cachePath, false});
            if (!db.open(error))
                return false;
            QSqlQuery meta(db.connection());
            meta.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'bench_dataset'"));
            meta.addBindValue(datasetTag(profiles));
            if (!meta.exec() || !meta.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
                *error = QStringLiteral("re-tagging the migrated store failed");
                return false;
            }
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        *info = {{QStringLiteral("cache"), cachePath},
                 {QStringLiteral("built"), false},
                 {QStringLiteral("migrated_from_schema"), parts.at(1).toInt()},
                 {QStringLiteral("migration_seconds"), std::round(seconds * 10) / 10}};
        return true;
    }
    const QString temporary = cachePath + QStringLiteral(".building");
    for (const QString &path : {cachePath, temporary})
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    const auto start = std::chrono::steady_clock::now();
    if (!build(temporary, profiles, error))
        return false;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    QFile::remove(temporary + QStringLiteral("-shm"));
    if (QFileInfo::exists(temporary + QStringLiteral("-wal"))) {
        *error = QStringLiteral("the built store kept a WAL file");
        return false;
    }
    if (!QFile::rename(temporary, cachePath)) {
        *error = QStringLiteral("cannot move the store to %1").arg(cachePath);
        return false;
    }
    *info = {
        {QStringLiteral("cache"), cachePath},
        {QStringLiteral("built"), true},
        {QStringLiteral("build_seconds"), std::round(seconds * 10) / 10},
        {QStringLiteral("build_method"),
         QStringLiteral(
             "CreateDomain and PutProfileObjectType through Engine::call; profiles through the "
             "engine's saveProfile() (the function CreateProfile uses) in transactions of "
             "50,000")}};
    return true;
}

SignedConnection::SignedConnection(quint16 port, QByteArray accessKeyId, QByteArray secretAccessKey,
                                   QByteArray region)
    : m_port(port)
    , m_credentials{std::move(accessKeyId), std::move(secretAccessKey), {}}
    , m_host("127.0.0.1:" + QByteArray::number(port))
{
    m_options.region = std::move(region);
    m_options.service = "profile";
}

SignedConnection::~SignedConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool SignedConnection::connectToServer(QString *error)
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_in.clear();
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // loopback only
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    timeval timeout{10, 0}; // a stuck server ends the benchmark instead of hanging it
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        if (error)
            *error = QStringLiteral("connect to 127.0.0.1:%1: %2")
                         .arg(m_port)
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    return true;
}

int SignedConnection::request(const QByteArray &method, const QByteArray &path,
                              const QByteArray &body, QByteArray *responseBody)
{
    if (m_fd < 0 && !connectToServer(nullptr))
        return -1;
    sigv4::RequestToSign toSign;
    toSign.method = method;
    toSign.rawPath = path;
    toSign.headers = {{"host", m_host}};
    if (!body.isEmpty())
        toSign.headers.append(sigv4::Header{"content-type", "application/json"});
    toSign.body = body;
    m_options.epochSeconds = std::time(nullptr);
    const sigv4::SignedRequest signedRequest =
        m_signer.signHeaders(toSign, m_credentials, m_options);

    QByteArray out;
    out.reserve(512 + body.size());
    out += method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host + "\r\n";
    if (!body.isEmpty())
        out += "Content-Type: application/json\r\n";
    for (const sigv4::Header &header : signedRequest.addedHeaders)
        out += header.name + ": " + header.value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    for (qsizetype sent = 0; sent < out.size();) {
        const ssize_t n =
            ::send(m_fd, out.constData() + sent, size_t(out.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            ::close(m_fd);
            m_fd = -1;
            return -1;
        }
        sent += n;
    }
    int status = -1;
    if (!readResponse(&status, responseBody)) {
        ::close(m_fd);
        m_fd = -1;
        return -1;
    }
    return status;
}

bool SignedConnection::readResponse(int *status, QByteArray *responseBody)
{
    qsizetype headEnd = -1;
    qint64 length = -1;
    char buffer[65536];
    for (;;) {
        if (headEnd < 0) {
            headEnd = m_in.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const QByteArray head = m_in.left(headEnd).toLower();
                *status = head.mid(9, 3).toInt();
                const qsizetype at = head.indexOf("\r\ncontent-length:");
                if (at < 0)
                    return false;
                const qsizetype end = head.indexOf("\r\n", at + 2);
                length = head.mid(at + 17, (end < 0 ? head.size() : end) - at - 17)
                             .trimmed()
                             .toLongLong();
            }
        }
        if (headEnd >= 0 && m_in.size() >= headEnd + 4 + length) {
            if (responseBody)
                *responseBody = m_in.mid(headEnd + 4, length);
            m_in.remove(0, headEnd + 4 + length);
            return true;
        }
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return false;
        m_in.append(buffer, n);
    }
}

} // namespace cp::bench
