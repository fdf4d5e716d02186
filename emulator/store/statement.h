#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace cp::emulator {

// A statement prepared with the SQLite C API on a thread's Qt SQL connection (the
// same sqlite3 handle: Debian's Qt SQLite driver links the system libsqlite3). The
// hot statements of ingestion use it: binding through QSqlQuery costs more than
// running the statement. Values are bound in order after Database::sql() handed the
// statement out reset; a null QString binds NULL, as QSqlQuery does.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(const QString &value);
    Statement &bind(qint64 value);
    Statement &bind(int value) { return bind(qint64(value)); }

    // Runs the statement up to its first row (or to its end); false on an error.
    bool exec();
    // Moves to the next row; the first call after exec() gives the row exec() reached.
    bool next();
    QString text(int column) const;
    qint64 integer(int column) const;
    // Rows changed by the last exec() (INSERT, UPDATE, DELETE).
    int changes() const;
    // Back to the start: bindings cleared, any read lock released.
    void reset();
    QString lastError() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_index = 0;
    bool m_pendingRow = false;
    bool m_done = true;
    QString m_error;
};

} // namespace cp::emulator
