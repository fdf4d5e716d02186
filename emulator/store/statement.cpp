#include "statement.h"

#include <sqlite3.h>

namespace cp::emulator {

Statement::Statement(sqlite3 *db, Sql sql, QString *firstError)
    : m_db(db)
    , m_firstError(firstError)
{
    if (!m_db) {
        m_error = QStringLiteral("no SQLite connection");
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql.text(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::release()
{
    m_inUse = false;
    m_index = 0;
    m_pendingRow = false;
    m_done = true;
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

void Statement::bind(const QString &value)
{
    ++m_index;
    if (!m_stmt)
        return;
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, m_index);
    } else {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, m_index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
}

void Statement::bindUtf8(const QByteArray &utf8)
{
    ++m_index;
    if (!m_stmt)
        return;
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, m_index);
    else
        sqlite3_bind_text(m_stmt, m_index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void Statement::bind(qint64 value)
{
    ++m_index;
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, m_index, value);
}

// SQLite's message, with the cause said plainly where the user can act on it: a full
// disk or a read-only store is not a bug of the emulator.
QString Statement::describeFailure(int code, const QString &sqliteMessage)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return QStringLiteral("the disk holding the store is full (SQLite: %1); the change "
                              "was not made, and writes work again once there is room")
            .arg(sqliteMessage);
    case SQLITE_READONLY:
        return QStringLiteral("the store is read-only (SQLite: %1); the change was not made")
            .arg(sqliteMessage);
    case SQLITE_IOERR:
        return QStringLiteral("the store could not be written to disk (SQLite: %1); the "
                              "change was not made")
            .arg(sqliteMessage);
    default:
        return sqliteMessage;
    }
}

void Statement::fail()
{
    if (m_db && m_stmt)
        m_error = describeFailure(sqlite3_extended_errcode(m_db),
                                  QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (m_firstError && m_firstError->isNull())
        *m_firstError = m_error.isEmpty() ? QStringLiteral("unknown SQLite error") : m_error;
}

bool Statement::exec()
{
    m_pendingRow = false;
    m_done = true;
    if (!m_stmt) {
        fail();
        return false;
    }
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        m_pendingRow = true;
        m_done = false;
        return true;
    case SQLITE_DONE:
        return true;
    default:
        fail();
        sqlite3_reset(m_stmt);
        return false;
    }
}

bool Statement::next()
{
    if (m_pendingRow) {
        m_pendingRow = false;
        return true;
    }
    if (m_done || !m_stmt)
        return false;
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        break;
    default: // a read that fails half-way is an error, not the end of the rows
        fail();
        break;
    }
    m_done = true;
    return false;
}

QString Query::text(int column) const
{
    sqlite3_stmt *stmt = m_statement->m_stmt;
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    if (!data)
        return {}; // NULL: a null QString
    const int bytes = sqlite3_column_bytes(stmt, column);
    if (bytes == 0)
        return QStringLiteral(""); // '': empty but not null (binding it again gives '')
    return QString::fromUtf8(data, bytes);
}

qint64 Query::integer(int column) const
{
    return sqlite3_column_int64(m_statement->m_stmt, column);
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_statement->m_stmt, column) == SQLITE_NULL;
}

int Query::changes() const
{
    return sqlite3_changes(m_statement->m_db);
}

} // namespace cp::emulator
