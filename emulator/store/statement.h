#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>

struct sqlite3;
struct sqlite3_stmt;

namespace cp::emulator {

// The text of a statement, known when the program is compiled: only a string literal
// (a char array) converts to it, never a QString or a char pointer, so SQL is never
// assembled from data. The store caches prepared statements by this text.
class Sql
{
public:
    template<std::size_t N>
    constexpr Sql(const char (&text)[N]) // NOLINT(google-explicit-constructor)
        : m_text(text)
        , m_size(N - 1)
    {}
    constexpr const char *text() const { return m_text; }
    constexpr std::size_t size() const { return m_size; }

private:
    const char *m_text;
    std::size_t m_size;
};

// A statement prepared with the SQLite C API on a thread's Qt SQL connection (the same
// sqlite3 handle: Debian's Qt SQLite driver links the system libsqlite3). Owned by the
// store's per-thread cache and handed out through Query, one user at a time.
class Statement
{
public:
    Statement(sqlite3 *db, Sql sql, QString *firstError);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool inUse() const { return m_inUse; }
    void acquire() { m_inUse = true; }
    bool prepared() const { return m_stmt != nullptr; }
    // Back to the start: bindings cleared, any read lock released; free to hand out.
    void release();

private:
    friend class Query;
    void bind(const QString &value);
    void bind(qint64 value);
    void bindUtf8(const QByteArray &utf8);
    bool exec();
    bool next();
    void fail();
    static QString describeFailure(int code, const QString &sqliteMessage);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString *m_firstError = nullptr; // the thread's first SQL error since Database::takeError()
    int m_index = 0;
    bool m_pendingRow = false;
    bool m_done = true;
    bool m_inUse = false;
    QString m_error;
};

// A prepared statement lent by the store (Database::query, Context::query) until this
// handle goes out of scope: while it lives nobody else gets that statement (a second
// query of the same text gets a statement of its own), and when it ends the statement is
// reset. Values are bound in order; a null QString binds NULL. A failed exec() is recorded
// for the operation under way (which then answers 500 and is rolled back), and its result
// must be used.
class Query
{
public:
    explicit Query(Statement *statement)
        : m_statement(statement)
    {}
    Query(Query &&other) noexcept
        : m_statement(other.m_statement)
    {
        other.m_statement = nullptr;
    }
    Query &operator=(Query &&) = delete;
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    ~Query()
    {
        if (m_statement)
            m_statement->release();
    }

    Query &bind(const QString &value)
    {
        m_statement->bind(value);
        return *this;
    }
    Query &bind(qint64 value)
    {
        m_statement->bind(value);
        return *this;
    }
    Query &bind(int value) { return bind(qint64(value)); }
    // UTF-8 bound as it is, without a copy (SQLITE_STATIC): the bytes must stay unchanged
    // until this Query ends. For text encoded once and bound many times (upload jobs).
    // A null QByteArray binds NULL.
    Query &bindUtf8(const QByteArray &utf8)
    {
        m_statement->bindUtf8(utf8);
        return *this;
    }

    // Runs the statement up to its first row (or to its end); false on an error.
    [[nodiscard]] bool exec() { return m_statement->exec(); }
    // Moves to the next row; the first call after exec() gives the row exec() reached.
    bool next() { return m_statement->next(); }
    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // Rows changed by exec() (INSERT, UPDATE, DELETE).
    int changes() const;
    QString lastError() const { return m_statement->m_error; }

private:
    Statement *m_statement;
};

} // namespace cp::emulator
