#include "csvreader.h"

#include <QIODevice>

namespace cp::schema {

namespace {
constexpr qint64 kReadSize = 64 * 1024;
} // namespace

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Limits{})
{}

CsvReader::CsvReader(QIODevice *device, Limits limits)
    : m_device(device)
    , m_limits(limits)
{}

void CsvReader::setPosition(qint64 offset, qint64 nextLine)
{
    m_buffer.clear();
    m_pos = 0;
    m_consumed = offset;
    m_line = nextLine;
    m_atStart = offset == 0;
}

bool CsvReader::refill()
{
    if (m_pos > 0) { // keep only what is not consumed yet
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + kReadSize);
    const qint64 got = m_device->read(m_buffer.data() + before, kReadSize);
    m_buffer.resize(before + qMax<qint64>(got, 0));
    return got > 0;
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !refill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int CsvReader::peekAt(qsizetype ahead)
{
    while (m_pos + ahead >= m_buffer.size()) {
        if (!refill())
            return -1;
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos + ahead));
}

int CsvReader::get()
{
    const int c = peek();
    if (c >= 0) {
        ++m_pos;
        ++m_consumed;
    }
    return c;
}

void CsvReader::skipLine()
{
    for (int c = get(); c >= 0; c = get()) {
        if (c == '\n') {
            ++m_line;
            return;
        }
    }
}

CsvReader::Status CsvReader::fail(const QString &message)
{
    m_error = message;
    m_field.clear();
    skipLine();
    return Status::Error;
}

void CsvReader::endField(QStringList &fields)
{
    fields.append(QString::fromUtf8(m_field));
    m_field.clear();
}

CsvReader::Status CsvReader::next(QStringList &fields)
{
    fields.clear();
    m_error.clear();
    m_field.clear();
    if (m_atStart) {
        m_atStart = false;
        if (peekAt(0) == 0xEF && peekAt(1) == 0xBB && peekAt(2) == 0xBF) {
            m_pos += 3;
            m_consumed += 3;
        }
    }
    // Blank lines hold no record.
    for (;;) {
        const int c = peek();
        if (c == '\n') {
            get();
            ++m_line;
        } else if (c == '\r' && peekAt(1) == '\n') {
            get();
        } else {
            break;
        }
    }
    if (peek() < 0)
        return Status::End;

    m_recordLine = m_line;
    qsizetype recordBytes = 0;
    const auto tooLong = [&] { return ++recordBytes > m_limits.maxRecordBytes; };
    const QString longMessage =
        QStringLiteral("The record is longer than %1 bytes.").arg(m_limits.maxRecordBytes);
    for (;;) {
        if (fields.size() >= m_limits.maxFields)
            return fail(
                QStringLiteral("The record has more than %1 fields.").arg(m_limits.maxFields));
        int c = get();
        if (c == '"') {
            for (;;) {
                c = get();
                if (c < 0) {
                    m_error = QStringLiteral("A quoted field opened on line %1 is not closed.")
                                  .arg(m_recordLine);
                    m_field.clear();
                    return Status::Error;
                }
                if (c == '"') {
                    if (peek() != '"')
                        break;
                    get();
                } else if (c == '\n') {
                    ++m_line;
                }
                if (tooLong())
                    return fail(longMessage);
                m_field.append(char(c));
            }
            c = get();
            if (c == '\r' && peek() == '\n')
                c = get();
            if (c == ',') {
                endField(fields);
                continue;
            }
            if (c == '\n' || c < 0) {
                m_line += c == '\n' ? 1 : 0;
                endField(fields);
                return Status::Record;
            }
            return fail(QStringLiteral("A closing quote is followed by other characters than a "
                                       "comma or the end of the line."));
        }
        for (;;) {
            if (c == ',') {
                endField(fields);
                break;
            }
            if (c == '\r' && peek() == '\n')
                c = get();
            if (c == '\n' || c < 0) {
                m_line += c == '\n' ? 1 : 0;
                endField(fields);
                return Status::Record;
            }
            if (c == '"')
                return fail(QStringLiteral("A quote inside a field that does not begin with one "
                                           "(quote the whole field and double the quote)."));
            if (tooLong())
                return fail(longMessage);
            m_field.append(char(c));
            c = get();
        }
    }
}

} // namespace cp::schema
