#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>
#include <memory>

namespace cp::models {

// One record read from the input, before it is sent.
struct ObjectRecord
{
    qint64 line = 0;    // where it starts in the file, 1-based
    qint64 begin = 0;   // its bytes in the file: [begin, end)
    qint64 end = 0;
    QByteArray raw;     // JSON Lines: the line; CSV: read from the file when it fails
    QByteArray object;  // the JSON object to send
    QString problem;    // why it cannot be sent, or empty
};

// One line of the input the service (or the importer, before sending) refused.
struct FailedLine
{
    qint64 line = 0;  // 1-based line of the input file where the record starts
    QString type;     // the service's error type ("BadRequestException"), or empty
    QString message;  // the service's message, or why the line was not sent
    QByteArray raw;   // the record as it is in the file, without its line break
};

// The refused lines as a table (line, error type, message), in the order they failed.
class FailedLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Type, Message, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    void append(const FailedLine &line);
    void clear();
    const QList<FailedLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<FailedLine> m_lines;
};

// Reads the records of a JSON Lines or CSV file one at a time (ObjectImporter's input): a
// read buffer and one record in memory, never the whole file.
class ObjectRecordSource
{
    Q_DECLARE_TR_FUNCTIONS(cp::models::ObjectImporter)
public:
    // A reader of JSON Lines (one object a line, blank lines skipped) or of CSV (a header row,
    // then each row a flat object of strings keyed by the header, empty cells left out).
    static std::unique_ptr<ObjectRecordSource> create(bool csv);
    virtual ~ObjectRecordSource() = default;
    virtual bool open(const QString &path, QString *problem) = 0;
    // The next record (one that cannot be sent says why in `problem`); false at the end.
    virtual bool next(ObjectRecord &record) = 0;
    virtual qint64 position() const = 0;
    virtual qint64 nextLine() const = 0;
    // The record's bytes as they are in the file, without line breaks around them.
    QByteArray raw(const ObjectRecord &record);
    // CSV: the header row as it is in the file.
    QByteArray header() const { return m_header; }
    qint64 size() const { return m_file.size(); }

protected:
    bool openFiles(const QString &path, QString *problem);
    QFile m_file;
    QFile m_raw; // a second handle, to read back a failed record's bytes
    QByteArray m_header;
};

} // namespace cp::models

Q_DECLARE_METATYPE(cp::models::FailedLine)
