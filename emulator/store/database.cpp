#include "database.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>
#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <cstring>
#include <sqlite3.h>
#include <unordered_map>
#include <utility>
#include <vector>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace cp::emulator {
namespace {

// Version 1: domains, object types, profiles, keys, objects, integrations, tags.
const char *const kSchemaV1[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE domains (name TEXT PRIMARY KEY, default_expiration_days INTEGER NOT NULL,"
    " default_encryption_key TEXT, dead_letter_queue_url TEXT, extra TEXT NOT NULL DEFAULT '{}',"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
    "CREATE TABLE object_types (domain TEXT NOT NULL, name TEXT NOT NULL, definition TEXT NOT NULL,"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (domain, name))",
    "CREATE TABLE profiles (domain TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,"
    " field_sources TEXT NOT NULL DEFAULT '{}', object_count INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (domain, id)) WITHOUT "
    "ROWID",
    // origin: 'predefined', 'api', or 'object:TYPE' (so deleting a type can drop its keys)
    "CREATE TABLE profile_keys (domain TEXT NOT NULL, key_name TEXT NOT NULL, value TEXT NOT NULL,"
    " profile_id TEXT NOT NULL, origin TEXT NOT NULL,"
    " PRIMARY KEY (domain, key_name, value, profile_id, origin)) WITHOUT ROWID",
    "CREATE INDEX profile_keys_by_profile ON profile_keys (domain, profile_id)",
    "CREATE TABLE objects (domain TEXT NOT NULL, object_type TEXT NOT NULL, unique_value TEXT NOT "
    "NULL,"
    " object_key TEXT NOT NULL, profile_id TEXT NOT NULL, body TEXT NOT NULL, size INTEGER NOT "
    "NULL,"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
    " PRIMARY KEY (domain, object_type, unique_value))",
    "CREATE INDEX objects_by_profile ON objects (domain, profile_id, object_type, created_at)",
    "CREATE TABLE integrations (domain TEXT NOT NULL, uri TEXT NOT NULL, definition TEXT NOT NULL,"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (domain, uri))",
    "CREATE INDEX integrations_by_uri ON integrations (uri)",
    "CREATE TABLE tags (arn TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY "
    "(arn, key))",
};

// Version 2: GetDomain's Stats kept up to date by triggers instead of counted on every
// call (a COUNT over a domain of a million profiles takes a tenth of a second). A
// profile meters as 1, plus 1 for every started hundred objects past the first hundred.
// REPLACE deletes fire the delete triggers because connections set recursive_triggers.
const char *const kSchemaV2[] = {
    "CREATE TABLE domain_stats (domain TEXT PRIMARY KEY, profiles INTEGER NOT NULL DEFAULT 0,"
    " metering INTEGER NOT NULL DEFAULT 0, objects INTEGER NOT NULL DEFAULT 0, size INTEGER NOT "
    "NULL DEFAULT 0)"
    " WITHOUT ROWID",
    "INSERT INTO domain_stats (domain, profiles, metering, objects, size) SELECT d.name,"
    " (SELECT COUNT(*) FROM profiles p WHERE p.domain = d.name),"
    " (SELECT COALESCE(SUM(MAX(1, (p.object_count + 99) / 100)), 0) FROM profiles p WHERE p.domain "
    "= d.name),"
    " (SELECT COUNT(*) FROM objects o WHERE o.domain = d.name),"
    " (SELECT COALESCE(SUM(o.size), 0) FROM objects o WHERE o.domain = d.name) FROM domains d",
    "CREATE TRIGGER domain_stats_domain_insert AFTER INSERT ON domains BEGIN"
    " INSERT OR REPLACE INTO domain_stats (domain) VALUES (new.name); END",
    "CREATE TRIGGER domain_stats_domain_delete AFTER DELETE ON domains BEGIN"
    " DELETE FROM domain_stats WHERE domain = old.name; END",
    "CREATE TRIGGER domain_stats_profile_insert AFTER INSERT ON profiles BEGIN"
    " UPDATE domain_stats SET profiles = profiles + 1, metering = metering + MAX(1, "
    "(new.object_count + 99) / 100)"
    " WHERE domain = new.domain; END",
    "CREATE TRIGGER domain_stats_profile_delete AFTER DELETE ON profiles BEGIN"
    " UPDATE domain_stats SET profiles = profiles - 1, metering = metering - MAX(1, "
    "(old.object_count + 99) / 100)"
    " WHERE domain = old.domain; END",
    "CREATE TRIGGER domain_stats_profile_update AFTER UPDATE OF domain, object_count ON profiles "
    "BEGIN"
    " UPDATE domain_stats SET profiles = profiles - 1, metering = metering - MAX(1, "
    "(old.object_count + 99) / 100)"
    " WHERE domain = old.domain;"
    " UPDATE domain_stats SET profiles = profiles + 1, metering = metering + MAX(1, "
    "(new.object_count + 99) / 100)"
    " WHERE domain = new.domain; END",
    "CREATE TRIGGER domain_stats_object_insert AFTER INSERT ON objects BEGIN"
    " UPDATE domain_stats SET objects = objects + 1, size = size + new.size WHERE domain = "
    "new.domain; END",
    "CREATE TRIGGER domain_stats_object_delete AFTER DELETE ON objects BEGIN"
    " UPDATE domain_stats SET objects = objects - 1, size = size - old.size WHERE domain = "
    "old.domain; END",
    "CREATE TRIGGER domain_stats_object_update AFTER UPDATE OF domain, size ON objects BEGIN"
    " UPDATE domain_stats SET objects = objects - 1, size = size - old.size WHERE domain = "
    "old.domain;"
    " UPDATE domain_stats SET objects = objects + 1, size = size + new.size WHERE domain = "
    "new.domain; END",
};

// Version 4: upload jobs (engine/uploadjobs.cpp). The resume position and the counts are
// written in the transaction of the rows they count, so a restarted job goes on exactly
// after the last row it stored.
const char *const kSchemaV4[] = {
    "CREATE TABLE upload_jobs (domain TEXT NOT NULL, id TEXT NOT NULL, display_name TEXT NOT NULL,"
    " fields TEXT NOT NULL, unique_key TEXT NOT NULL, data_expiry INTEGER NOT NULL,"
    " status TEXT NOT NULL, status_reason TEXT, created_at INTEGER NOT NULL, completed_at INTEGER,"
    " url_token TEXT, key_sha256 TEXT, valid_until INTEGER, uploaded_at INTEGER,"
    " uploaded_bytes INTEGER NOT NULL DEFAULT 0, resume_offset INTEGER NOT NULL DEFAULT 0,"
    " resume_line INTEGER NOT NULL DEFAULT 1, created_records INTEGER NOT NULL DEFAULT 0,"
    " updated_records INTEGER NOT NULL DEFAULT 0, failed_records INTEGER NOT NULL DEFAULT 0,"
    " failures TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (domain, id))",
    "CREATE UNIQUE INDEX upload_jobs_by_token ON upload_jobs (url_token)",
};

// Version 5: identity resolution and profile history (engine/matching.cpp, merging.cpp,
// history.cpp). match_index holds every profile's rule signatures (a hash of the normalised
// values a rule level compares), so a write finds the profiles it matches by index;
// match_groups/match_members are the groups found; match_state the rules the index was
// built with (a store from before version 5 is indexed by the first purge after opening).
const char *const kSchemaV5[] = {
    "CREATE TABLE match_index (domain TEXT NOT NULL, level INTEGER NOT NULL, signature TEXT NOT"
    " NULL, profile_id TEXT NOT NULL, PRIMARY KEY (domain, level, signature, profile_id))"
    " WITHOUT ROWID",
    "CREATE INDEX match_index_by_profile ON match_index (domain, profile_id)",
    "CREATE TABLE match_groups (domain TEXT NOT NULL, match_id TEXT NOT NULL, rule_level INTEGER"
    " NOT NULL, profile_count INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
    " PRIMARY KEY (domain, match_id)) WITHOUT ROWID",
    "CREATE TABLE match_members (domain TEXT NOT NULL, profile_id TEXT NOT NULL, match_id TEXT"
    " NOT NULL, PRIMARY KEY (domain, profile_id)) WITHOUT ROWID",
    "CREATE INDEX match_members_by_group ON match_members (domain, match_id)",
    "CREATE TABLE match_state (domain TEXT PRIMARY KEY, config TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE profile_history (domain TEXT NOT NULL, profile_id TEXT NOT NULL, id TEXT NOT"
    " NULL, object_type TEXT NOT NULL, action_type TEXT NOT NULL, object_key TEXT, content TEXT,"
    " performed_by TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
    "CREATE INDEX profile_history_by_profile ON profile_history (domain, profile_id)",
};

} // namespace

// The statements of a thread, by their text. A Sql's address is a shortcut to its slot,
// checked against the text on every use (a reused buffer never gets another text's statement).
struct StatementSlot
{
    QByteArray text;
    std::vector<std::unique_ptr<Statement>> statements; // one per concurrent user
};

struct ByteArrayHash
{
    std::size_t operator()(const QByteArray &key) const noexcept { return qHash(key); }
};

struct Database::ThreadConnections
{
    struct PerThread
    {
        QString name;
        sqlite3 *handle = nullptr; // the connection's, for the C API statements
        QString firstError;        // see takeError()
        std::unordered_map<QByteArray, std::unique_ptr<StatementSlot>, ByteArrayHash> byText;
        std::unordered_map<const char *, StatementSlot *> byAddress;
        ~PerThread()
        {
            // Finalized before the connection closes (it would stay open otherwise).
            byAddress.clear();
            byText.clear();
            QSqlDatabase::removeDatabase(name);
        }
    };
    QThreadStorage<PerThread *> storage;
};

Database::Database(Options options)
    : m_options(std::move(options))
    , m_id(QUuid::createUuid().toString(QUuid::Id128))
    , m_threads(std::make_unique<ThreadConnections>())
{
    m_uri = m_options.inMemory
                ? QStringLiteral("file:cplocal-%1?mode=memory&cache=shared").arg(m_id)
                : m_options.path;
    if (!m_options.inMemory)
        m_checkpointer = std::make_unique<Checkpointer>(m_options.path);
}

Database::~Database()
{
    m_checkpointer.reset(); // its thread ends before the connections close
    // This thread's connection; worker threads drop theirs when they end, which the
    // server that owns them makes happen before the store goes away.
    if (m_threads->storage.hasLocalData())
        m_threads->storage.setLocalData(nullptr);
    if (m_keepAlive.isValid()) {
        const QString name = m_keepAlive.connectionName();
        m_keepAlive.close();
        m_keepAlive = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::connectionName() const
{
    return QStringLiteral("cplocal-%1-%2")
        .arg(m_id)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

QSqlDatabase Database::connection()
{
    if (!m_threads->storage.hasLocalData()) {
        const QString name = connectionName();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (m_readOnly) {
            // Nothing can change it while the folder stays read-only, and a WAL store
            // cannot make its shared-memory file there: read it as immutable.
            db.setDatabaseName(
                QStringLiteral("file:%1?immutable=1")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_uri, "/"))));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(m_uri);
            db.setConnectOptions(m_options.inMemory
                                     ? QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000")
                                     : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        db.open();
        QSqlQuery pragma(db);
        if (!m_options.inMemory && !m_readOnly) {
            // WAL: readers go on while a write commits; NORMAL sync keeps every committed
            // transaction across a killed process (the WAL is in the OS's hands).
            pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            // No memory map: in WAL mode a connection that sees another one's commit unmaps
            // all of it at its next read, and with one writer committing every few
            // milliseconds every reader did so on nearly every request (munmap and its
            // flush of every core's TLB were a third of the HTTP workers' time). SQLite's
            // page cache serves reads instead: writes got a third faster or more, a
            // search's p99 0.04 ms slower (README, Performance). Checkpoints are the
            // Checkpointer's (its hook replaces SQLite's automatic one).
            pragma.exec(QStringLiteral("PRAGMA mmap_size=0"));
            pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        }
        // 32 MiB of page cache per connection (the default is 2 MiB): a domain of a
        // million profiles has B-trees of several hundred MiB.
        pragma.exec(QStringLiteral("PRAGMA cache_size=-32768"));
        pragma.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        // The REPLACE conflict resolution fires delete triggers only with this set (the
        // triggers that keep domain_stats, schema version 2).
        pragma.exec(QStringLiteral("PRAGMA recursive_triggers=ON"));
        auto *perThread = new ThreadConnections::PerThread;
        perThread->name = name;
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            perThread->handle = *static_cast<sqlite3 *const *>(handle.constData());
        if (perThread->handle && m_checkpointer)
            sqlite3_wal_hook(perThread->handle, &Checkpointer::walCommitted, m_checkpointer.get());
        m_threads->storage.setLocalData(perThread);
    }
    return QSqlDatabase::database(m_threads->storage.localData()->name, false);
}

Query Database::query(Sql sql)
{
    connection();
    ThreadConnections::PerThread *perThread = m_threads->storage.localData();
    StatementSlot *slot = nullptr;
    const auto known = perThread->byAddress.find(sql.text());
    if (known != perThread->byAddress.end() &&
        std::size_t(known->second->text.size()) == sql.size() &&
        std::memcmp(known->second->text.constData(), sql.text(), sql.size()) == 0) {
        slot = known->second;
    } else {
        const QByteArray key = QByteArray::fromRawData(sql.text(), qsizetype(sql.size()));
        auto it = perThread->byText.find(key);
        if (it == perThread->byText.end()) {
            auto fresh = std::make_unique<StatementSlot>();
            fresh->text = QByteArray(sql.text(), qsizetype(sql.size())); // a copy of its own
            it = perThread->byText.emplace(fresh->text, std::move(fresh)).first;
        }
        slot = it->second.get();
        perThread->byAddress[sql.text()] = slot;
    }
    for (const auto &statement : slot->statements) {
        if (!statement->inUse()) {
            statement->acquire();
            return Query(statement.get());
        }
    }
    // Every statement of this text is in use (a query nested in the reading of another):
    // one more. More than a few means Queries are kept past their use.
    Q_ASSERT_X(slot->statements.size() < 16, "Database::query", slot->text.constData());
    slot->statements.push_back(
        std::make_unique<Statement>(perThread->handle, sql, &perThread->firstError));
    slot->statements.back()->acquire();
    return Query(slot->statements.back().get());
}

QString Database::takeError()
{
    if (!m_threads->storage.hasLocalData())
        return {};
    return std::exchange(m_threads->storage.localData()->firstError, QString());
}

void Database::finishStatements()
{
    if (!m_threads->storage.hasLocalData())
        return;
    for (auto &entry : m_threads->storage.localData()->byText) {
        for (const auto &statement : entry.second->statements) {
            Q_ASSERT_X(!statement->inUse(), "Database::finishStatements",
                       entry.second->text.constData());
            statement->release();
        }
    }
}

bool Database::open(QString *error)
{
    if (m_options.inMemory) {
        m_keepAlive = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                connectionName() + QStringLiteral("-keep"));
        m_keepAlive.setDatabaseName(m_uri);
        m_keepAlive.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        if (!m_keepAlive.open()) {
            if (error)
                *error = m_keepAlive.lastError().text();
            return false;
        }
    }
    if (!m_options.inMemory) {
        const QFileInfo file(m_options.path);
#ifdef Q_OS_WIN
        m_readOnly = file.exists() && !QFileInfo(file.absolutePath()).isWritable();
#else
        // access(W_OK) says EROFS even to root on a read-only file system.
        m_readOnly = file.exists() &&
                     ::access(QFile::encodeName(file.absolutePath()).constData(), W_OK) != 0;
#endif
        if (m_readOnly) {
            m_checkpointer.reset(); // nothing to checkpoint
            qWarning("cplocal: %s is read-only: reads work, writes are refused",
                     qPrintable(m_options.path));
        }
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QMutexLocker lock(&m_writeMutex);
    return migrate(db, error);
}

QString Database::location() const
{
    return m_options.inMemory ? QStringLiteral("memory") : m_options.path;
}

int Database::schemaVersion()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QString::fromUtf8(kSchemaV1[0]))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        if (error)
            *error =
                QStringLiteral(
                    "the data folder was written by a newer cplocal (schema %1, this one knows %2)")
                    .arg(version)
                    .arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion)
        return true;
    db.transaction();
    if (version < 1) {
        for (std::size_t i = 1; i < std::size(kSchemaV1); ++i) {
            if (!query.exec(QString::fromUtf8(kSchemaV1[i]))) {
                if (error)
                    *error = query.lastError().text();
                db.rollback();
                return false;
            }
        }
    }
    if (version < 2) {
        for (const char *step : kSchemaV2) {
            if (!query.exec(QString::fromUtf8(step))) {
                if (error)
                    *error = query.lastError().text();
                db.rollback();
                return false;
            }
        }
    }
    if (version < 4) {
        for (const char *step : kSchemaV4) {
            if (!query.exec(QString::fromUtf8(step))) {
                if (error)
                    *error = query.lastError().text();
                db.rollback();
                return false;
            }
        }
    }
    if (version < 5) {
        for (const char *step : kSchemaV5) {
            if (!query.exec(QString::fromUtf8(step))) {
                if (error)
                    *error = query.lastError().text();
                db.rollback();
                return false;
            }
        }
    }
    // Later versions add their steps here, each guarded by `version < N`.
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"));
    query.addBindValue(QString::number(kSchemaVersion));
    if (!query.exec() || !db.commit()) {
        if (error)
            *error = query.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace cp::emulator
