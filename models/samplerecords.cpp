#include "samplerecords.h"

#include "csvreader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

namespace cp::models {
namespace {

qsizetype firstNonSpace(const QByteArray &data, qsizetype from = 0)
{
    while (from < data.size() && QChar::isSpace(uchar(data.at(from))))
        ++from;
    return from;
}

// Where the JSON value starting at `from` ends (one past its last byte), counting brackets
// outside strings; -1 when the text ends first.
qsizetype endOfValue(const QByteArray &data, qsizetype from)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = from; i < data.size(); ++i) {
        const char c = data.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

void take(SampleRecords &out, const QJsonObject &record, int limit)
{
    ++out.total;
    if (out.records.size() < limit)
        out.records.append(record);
}

SampleRecords readJsonArray(const QByteArray &data, int limit)
{
    SampleRecords out;
    out.format = SampleRecords::Format::Json;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        out.problem = SampleRecords::tr("The JSON array is not valid at character %1: %2.")
                          .arg(error.offset + 1)
                          .arg(error.errorString());
        return out;
    }
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            out.problem = SampleRecords::tr("Record %1 is not a JSON object.").arg(i + 1);
            out.records.clear();
            return out;
        }
        take(out, array.at(i).toObject(), limit);
    }
    if (out.total == 0)
        out.problem = SampleRecords::tr("The JSON array holds no records.");
    return out;
}

// One object, JSON Lines, or objects one after another.
SampleRecords readJsonObjects(const QByteArray &data, int limit)
{
    SampleRecords out;
    out.format = SampleRecords::Format::Json;
    qsizetype at = firstNonSpace(data);
    while (at < data.size()) {
        const int number = out.total + 1;
        if (data.at(at) != '{') {
            out.problem = SampleRecords::tr("Record %1 is not a JSON object.").arg(number);
            break;
        }
        const qsizetype end = endOfValue(data, at);
        if (end < 0) {
            out.problem = SampleRecords::tr("Record %1 is not complete: a } is missing.").arg(number);
            break;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data.mid(at, end - at), &error);
        if (error.error != QJsonParseError::NoError) {
            out.problem = SampleRecords::tr("Record %1 is not valid JSON at character %2: %3.")
                              .arg(number)
                              .arg(error.offset + 1)
                              .arg(error.errorString());
            break;
        }
        take(out, document.object(), limit);
        at = firstNonSpace(data, end);
        if (at < data.size() && data.at(at) == ',') // objects separated by commas
            at = firstNonSpace(data, at + 1);
    }
    if (!out.problem.isEmpty())
        out.records.clear();
    return out;
}

SampleRecords readCsv(const QByteArray &data, int limit)
{
    SampleRecords out;
    out.format = SampleRecords::Format::Csv;
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    schema::CsvReader reader(&buffer);
    QStringList header, fields;
    schema::CsvReader::Status status;
    while ((status = reader.next(fields)) != schema::CsvReader::Status::End) {
        if (status == schema::CsvReader::Status::Error) {
            if (header.isEmpty()) {
                out.problem = SampleRecords::tr("The header row is not valid CSV (line %1): %2")
                                  .arg(reader.line())
                                  .arg(reader.errorMessage());
                return out;
            }
            continue; // a malformed row costs that row
        }
        if (header.isEmpty()) {
            header = fields;
            continue;
        }
        QJsonObject record;
        for (qsizetype i = 0; i < std::min(header.size(), fields.size()); ++i) {
            if (!header.at(i).isEmpty() && !fields.at(i).isEmpty())
                record.insert(header.at(i), fields.at(i));
        }
        take(out, record, limit);
    }
    if (header.isEmpty())
        out.problem = SampleRecords::tr("There is nothing to read.");
    else if (out.total == 0)
        out.problem = SampleRecords::tr("The CSV has a header row but no records.");
    return out;
}

} // namespace

SampleRecords SampleRecords::read(const QByteArray &data, int limit)
{
    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const qsizetype start = firstNonSpace(text);
    if (start >= text.size()) {
        SampleRecords out;
        out.problem = SampleRecords::tr("There is nothing to read.");
        return out;
    }
    if (text.at(start) == '[')
        return readJsonArray(text, limit);
    if (text.at(start) == '{')
        return readJsonObjects(text, limit);
    return readCsv(text, limit);
}

} // namespace cp::models
