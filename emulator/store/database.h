#pragma once

#include "checkpointer.h"
#include "statement.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
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

    QSqlDatabase connection();
    // A prepared statement of this thread's connection, prepared once per thread.
    QSqlQuery &statement(const char *sql);
    // The same through the SQLite C API (see Statement), handed out reset.
    Statement &sql(const char *sql);
    // Resets this thread's statements: a statement left mid-result holds a read lock,
    // which in a shared-cache (in-memory) store blocks other threads' writes.
    void finishStatements();

    QMutex &writeMutex() { return m_writeMutex; }
    // File-backed stores only: checkpoints the WAL off the writers' path.
    const Checkpointer *checkpointer() const { return m_checkpointer.get(); }
    bool inMemory() const { return m_options.inMemory; }
    int schemaVersion();

    static constexpr int kSchemaVersion = 2;

private:
    bool migrate(QSqlDatabase &db, QString *error);
    QString connectionName() const;

    Options m_options;
    QString m_id;
    QString m_uri;
    QMutex m_writeMutex;
    QSqlDatabase m_keepAlive; // holds an in-memory database open while the store lives
    struct ThreadConnections;
    std::unique_ptr<ThreadConnections> m_threads;
    std::unique_ptr<Checkpointer> m_checkpointer;
};

// Runs a statement and reports the SQL error text as a failure.
bool exec(QSqlQuery &query, QString *error = nullptr);

} // namespace cp::emulator
