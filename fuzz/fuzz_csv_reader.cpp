// schema::CsvReader (upload jobs' files, the console's import): any bytes. Properties:
// reading ends, offsets only grow and end at the input's size, and a reader resumed at
// the offset after any record (as a restarted upload job resumes) reads the same records
// and errors as the first reader did from there.

#include "csvreader.h"
#include "fuzzsupport.h"

#include <QBuffer>

using cp::schema::CsvReader;

namespace {

struct Step
{
    CsvReader::Status status;
    QStringList fields;
    qint64 line;
    qint64 offset;
    qint64 nextLine;
};

QList<Step> readFrom(const QByteArray &text, qint64 offset, qint64 line)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    buffer.seek(offset);
    CsvReader::Limits limits;
    limits.maxRecordBytes = 512;
    limits.maxFields = 64;
    CsvReader reader(&buffer, limits);
    reader.setPosition(offset, line);
    QList<Step> steps;
    QStringList fields;
    qint64 last = offset;
    for (;;) {
        const CsvReader::Status status = reader.next(fields);
        if (status == CsvReader::Status::End)
            break;
        if (reader.offset() <= last || reader.offset() > text.size())
            cp::fuzz::fail("the offset did not advance within the input");
        last = reader.offset();
        steps.append({status, fields, reader.line(), reader.offset(), reader.nextLine()});
    }
    if (reader.offset() != text.size())
        cp::fuzz::fail("reading ended before the input's end");
    return steps;
}

bool same(const Step &a, const Step &b)
{
    return a.status == b.status && a.fields == b.fields && a.line == b.line &&
           a.offset == b.offset && a.nextLine == b.nextLine;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cp::fuzz::silenceQtWarnings();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cp::fuzz::countInput();
    const QByteArray text = cp::fuzz::bytes(data, size);
    const QList<Step> all = readFrom(text, 0, 1);
    // Resume after one record in the middle (all of them would be quadratic).
    if (all.size() >= 2) {
        const qsizetype at = all.size() / 2;
        const Step &before = all.at(at - 1);
        // Where the first reader stood after that record, as an upload job stores it.
        const QList<Step> rest = readFrom(text, before.offset, before.nextLine);
        if (rest.size() != all.size() - at)
            cp::fuzz::fail("a resumed reader read another number of records");
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (!same(rest.at(i), all.at(at + i)))
                cp::fuzz::fail("a resumed reader read another record", text);
        }
    }
    return 0;
}
