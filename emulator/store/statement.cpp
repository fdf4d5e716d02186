#include "statement.h"

#include <sqlite3.h>

namespace cp::emulator {

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (!m_db) {
        m_error = QStringLiteral("no SQLite connection");
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
        SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(const QString &value)
{
    ++m_index;
    if (!m_stmt)
        return *this;
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, m_index);
    } else {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, m_index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(qint64 value)
{
    ++m_index;
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, m_index, value);
    return *this;
}

bool Statement::exec()
{
    m_pendingRow = false;
    m_done = true;
    if (!m_stmt)
        return false;
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        m_pendingRow = true;
        m_done = false;
        return true;
    case SQLITE_DONE:
        return true;
    default:
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
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
    if (sqlite3_step(m_stmt) == SQLITE_ROW)
        return true;
    m_done = true;
    return false;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {}; // NULL: a null QString, as QSqlQuery gives
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    if (bytes == 0)
        return QStringLiteral(""); // '': empty but not null (binding it again gives '')
    return QString::fromUtf8(data, bytes);
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

void Statement::reset()
{
    m_index = 0;
    m_pendingRow = false;
    m_done = true;
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

} // namespace cp::emulator
