#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace cp::schema {

// Reads CSV (RFC 4180: fields separated by commas, records by CRLF or LF, fields in double
// quotes may hold commas, line breaks and doubled quotes) one record at a time from a
// device, holding only that record and a read buffer in memory. A record that breaks the
// format is reported as an error with its line, and reading goes on at the next line: one
// bad row costs one row. Blank lines are skipped; a UTF-8 byte order mark is dropped.
// cplocal's upload jobs and the console's import read files with it.
class CsvReader
{
public:
    enum class Status {
        Record, // `fields` holds the next record
        Error,  // the record starting at line() is malformed (errorMessage()); skipped
        End,    // nothing more
    };
    struct Limits
    {
        qsizetype maxRecordBytes = 1024 * 1024; // a longer record is an error, not memory
        int maxFields = 10000;
    };

    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, Limits limits);

    Status next(QStringList &fields);

    QString errorMessage() const { return m_error; }
    // The line (1-based) the last record or error began on.
    qint64 line() const { return m_recordLine; }
    // Bytes consumed through the end of the last record or error: where to seek to go on
    // after it (with setPosition) in a later run over the same file.
    qint64 offset() const { return m_consumed; }
    qint64 nextLine() const { return m_line; } // the line offset() is on
    // Continues from an offset() and line of an earlier reader; the device must be there.
    void setPosition(qint64 offset, qint64 nextLine);

private:
    int get();  // the next byte, or -1 at the end
    int peek(); // the next byte without consuming it, or -1
    int peekAt(qsizetype ahead);
    bool refill();
    void skipLine();
    Status fail(const QString &message);
    void endField(QStringList &fields);

    QIODevice *m_device;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;       // the line the next byte is on
    qint64 m_recordLine = 0; // the line the last record began on
    bool m_atStart = true;   // a byte order mark may follow
    QByteArray m_field;
    QString m_error;
};

} // namespace cp::schema
