#include "objectrecords.h"

#include "csvreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cp::models {
namespace {

constexpr qint64 kMaxLineBytes = 1024 * 1024; // the service takes 256,000 characters
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray withoutLineBreaks(QByteArray bytes)
{
    qsizetype from = 0;
    while (from < bytes.size() && (bytes.at(from) == '\n' || bytes.at(from) == '\r'))
        ++from;
    qsizetype to = bytes.size();
    while (to > from && (bytes.at(to - 1) == '\n' || bytes.at(to - 1) == '\r'))
        --to;
    return bytes.mid(from, to - from);
}

} // namespace

QByteArray ObjectRecordSource::raw(const ObjectRecord &record)
{
    if (!record.raw.isEmpty() || !m_raw.isOpen() || !m_raw.seek(record.begin))
        return record.raw;
    return withoutLineBreaks(m_raw.read(record.end - record.begin));
}

bool ObjectRecordSource::openFiles(const QString &path, QString *problem)
{
    m_file.setFileName(path);
    m_raw.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly) || !m_raw.open(QIODevice::ReadOnly)) {
        *problem = tr("Could not read %1: %2").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

namespace {

class JsonLinesSource : public ObjectRecordSource
{
public:
    bool open(const QString &path, QString *problem) override
    {
        return openFiles(path, problem);
    }
    bool next(ObjectRecord &record) override
    {
        while (!m_file.atEnd()) {
            const qint64 begin = m_file.pos();
            // Into one buffer: readLine(maxSize) would allocate maxSize bytes for every line.
            const qint64 read = readLine();
            const qint64 number = m_line++;
            if (read <= 0)
                return false; // a read error: nothing more can be read
            QByteArray line(m_buffer.constData(), read);
            if (line.size() > kMaxLineBytes && !line.endsWith('\n')) {
                while (!m_file.atEnd() && readLine() > 0 && m_buffer.at(m_read - 1) != '\n') {
                }
                record = {number, begin, m_file.pos(), line.left(kMaxLineBytes), {},
                          tr("The line is longer than %1 bytes.").arg(kMaxLineBytes)};
                return true;
            }
            if (begin == 0 && line.startsWith(kBom))
                line.remove(0, kBom.size());
            line = withoutLineBreaks(line);
            if (line.trimmed().isEmpty())
                continue;
            record = {number, begin, m_file.pos(), line, {}, {}};
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError)
                record.problem = tr("Not valid JSON at character %1: %2.")
                                     .arg(error.offset + 1)
                                     .arg(error.errorString());
            else if (!document.isObject())
                record.problem = tr("Not a JSON object: the line must hold one { ... }.");
            else
                record.object = line.trimmed(); // as written: numbers keep their digits
            return true;
        }
        return false;
    }
    qint64 position() const override { return m_file.pos(); }
    qint64 nextLine() const override { return m_line; }

private:
    qint64 readLine()
    {
        if (m_buffer.size() < kMaxLineBytes + 2)
            m_buffer.resize(kMaxLineBytes + 2);
        m_read = m_file.readLine(m_buffer.data(), kMaxLineBytes + 2);
        return m_read;
    }
    QByteArray m_buffer;
    qint64 m_read = 0;
    qint64 m_line = 1;
};

class CsvSource : public ObjectRecordSource
{
public:
    bool open(const QString &path, QString *problem) override
    {
        if (!openFiles(path, problem))
            return false;
        m_reader = std::make_unique<schema::CsvReader>(&m_file);
        QStringList fields;
        const auto status = m_reader->next(fields);
        if (status == schema::CsvReader::Status::Error) {
            *problem = tr("The header row is not valid CSV (line %1): %2")
                           .arg(m_reader->line())
                           .arg(m_reader->errorMessage());
            return false;
        }
        if (status == schema::CsvReader::Status::End) {
            *problem = tr("The file holds no rows.");
            return false;
        }
        m_columns = fields;
        m_header = raw({0, 0, m_reader->offset(), {}, {}, {}});
        if (m_header.startsWith(kBom))
            m_header.remove(0, kBom.size());
        return true;
    }
    bool next(ObjectRecord &record) override
    {
        const qint64 begin = m_reader->offset();
        QStringList fields;
        const auto status = m_reader->next(fields);
        if (status == schema::CsvReader::Status::End)
            return false;
        record = {m_reader->line(), begin, m_reader->offset(), {}, {}, {}};
        if (status == schema::CsvReader::Status::Error) {
            record.problem = m_reader->errorMessage();
            return true;
        }
        if (fields.size() > m_columns.size()) {
            record.problem = tr("The row has %1 cells; the header names %2 columns.")
                                 .arg(fields.size())
                                 .arg(m_columns.size());
            return true;
        }
        QJsonObject object;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (!fields.at(i).isEmpty())
                object.insert(m_columns.at(i), fields.at(i));
        }
        if (object.isEmpty())
            record.problem = tr("Every cell of the row is empty.");
        else
            record.object = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return true;
    }
    qint64 position() const override { return m_reader ? m_reader->offset() : 0; }
    qint64 nextLine() const override { return m_reader ? m_reader->nextLine() : 0; }

private:
    std::unique_ptr<schema::CsvReader> m_reader;
    QStringList m_columns;
};

} // namespace

std::unique_ptr<ObjectRecordSource> ObjectRecordSource::create(bool csv)
{
    if (csv)
        return std::make_unique<CsvSource>();
    return std::make_unique<JsonLinesSource>();
}

// ---- FailedLinesModel ----

void FailedLinesModel::append(const FailedLine &line)
{
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size()));
    m_lines.append(line);
    endInsertRows();
}

void FailedLinesModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int FailedLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int FailedLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailedLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FailedLine &line = m_lines.at(index.row());
    if (role == RawValueRole && index.column() == Line)
        return line.line;
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Message)
        return line.message;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case Line:
        return QLocale().toString(line.line);
    case Type: // refused before sending: the message says why
        return line.type.isEmpty() && role == Qt::DisplayRole ? tr("Not sent") : line.type;
    case Message:
        return line.message;
    }
    return {};
}

QVariant FailedLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Type:
        return tr("Error");
    case Message:
        return tr("Message");
    }
    return {};
}
} // namespace cp::models
