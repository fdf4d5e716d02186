#pragma once

#include "checkpointer.h"
#include "statement.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace cp::emulator {

// The emulator's SQLite store. Each thread gets its own connection (Qt SQL connections
// belong to the thread that opened them); writers take writeMutex() so that write
// transactions never fight over SQLite's lock. WAL lets readers go on meanwhile.
// In memory, every call is serialised instead (one shared-cache database).
class Database
{
public:
    struct Options
    {
        QString path; // the SQLite file; ignored in memory
        bool inMemory = false;
    };

    explicit Database(Options options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the store and brings its schema up to date; false with a reason on failure.
    bool open(QString *error);

    // This thread's Qt SQL connection (migrations, tests and tools; the operations use query()).
    QSqlDatabase connection();
    // A prepared statement of this thread's connection, lent until the Query ends: prepared
    // once per thread and text, and never lent twice at once (a query of the same text while
    // one is in use gets a statement of its own).
    Query query(Sql sql);
    // The first SQL error on this thread since the last call (a null string: none), cleared.
    // An operation whose statement failed is answered 500 and rolled back, even if its
    // handler overlooked the failure.
    QString takeError();
    // Checks that no statement of this thread is still lent (a Query kept past its
    // operation would hold a read lock, which in a shared-cache store blocks other
    // threads' writes) and resets them all.
    void finishStatements();

    QMutex &writeMutex() { return m_writeMutex; }
    // File-backed stores only: checkpoints the WAL off the writers' path.
    const Checkpointer *checkpointer() const { return m_checkpointer.get(); }
    bool inMemory() const { return m_options.inMemory; }
    // A file store whose folder cannot be written (a read-only file system or
    // permissions) is opened read-only: reads work, every write fails with SQLITE_READONLY.
    bool readOnly() const { return m_readOnly; }
    QString location() const; // the store's file, or "memory"
    int schemaVersion();

    static constexpr int kSchemaVersion = 5;

private:
    bool migrate(QSqlDatabase &db, QString *error);
    QString connectionName() const;

    Options m_options;
    QString m_id;
    QString m_uri;
    QMutex m_writeMutex;
    bool m_readOnly = false;
    QSqlDatabase m_keepAlive; // holds an in-memory database open while the store lives
    struct ThreadConnections;
    std::unique_ptr<ThreadConnections> m_threads;
    std::unique_ptr<Checkpointer> m_checkpointer;
};

} // namespace cp::emulator
