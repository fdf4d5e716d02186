// schema::CsvReader: RFC 4180 records read one at a time, malformed records reported with
// their line and skipped, and reading resumed from an offset.
#include "csvreader.h"

#include <QBuffer>
#include <QTest>

using cp::schema::CsvReader;

namespace {

struct Read
{
    QList<QStringList> records;
    QStringList errors; // "line: message"
};

Read readAll(const QByteArray &text, CsvReader::Limits limits = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, limits);
    Read out;
    QStringList fields;
    for (;;) {
        const CsvReader::Status status = reader.next(fields);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Record)
            out.records.append(fields);
        else
            out.errors.append(QString::number(reader.line()) + QStringLiteral(": ") +
                              reader.errorMessage());
    }
    return out;
}

QStringList l(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainRecords()
    {
        const Read r = readAll("a,b,c\n1,2,3\r\n,,\n");
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records[0], l({"a", "b", "c"}));
        QCOMPARE(r.records[1], l({"1", "2", "3"}));
        QCOMPARE(r.records[2], l({"", "", ""}));
    }
    void quotedFields()
    {
        const Read r = readAll("\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,\"\"\n");
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[0], l({"x, y", "say \"hi\"", "two\nlines"}));
        QCOMPARE(r.records[1], l({"next", ""}));
    }
    void lastLineWithoutNewlineAndBom()
    {
        const Read r = readAll("\xEF\xBB\xBFname,city\nAnna,K\xC3\xB6ln");
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[0], l({"name", "city"}));
        QCOMPARE(r.records[1], l({"Anna", "Köln"}));
    }
    void blankLinesAreSkipped()
    {
        const Read r = readAll("\n\r\na\n\n\nb\n");
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[1], l({"b"}));
    }
    void badQuotingCostsOneRecord()
    {
        // A quote inside an unquoted field, text after a closing quote: each line is an
        // error with its number, and the records around it are read.
        const Read r = readAll("h1,h2\nok,1\nbad\"x,2\n\"closed\"tail,3\nfine,4\n");
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records[2], l({"fine", "4"}));
        QCOMPARE(r.errors.size(), 2);
        QVERIFY2(r.errors[0].startsWith(QStringLiteral("3: A quote inside")),
                 qPrintable(r.errors[0]));
        QVERIFY2(r.errors[1].startsWith(QStringLiteral("4: A closing quote")),
                 qPrintable(r.errors[1]));
    }
    void unclosedQuoteAtTheEnd()
    {
        const Read r = readAll("a,b\n1,\"open\n2,3\n");
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors[0].contains(QStringLiteral("line 2 is not closed")),
                 qPrintable(r.errors[0]));
    }
    void lineNumbersCountQuotedNewlines()
    {
        QBuffer buffer;
        buffer.setData("a\n\"x\ny\"\nb\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList fields;
        QList<qint64> lines;
        while (reader.next(fields) == CsvReader::Status::Record)
            lines.append(reader.line());
        QCOMPARE(lines, (QList<qint64>{1, 2, 4}));
    }
    void limits()
    {
        CsvReader::Limits limits;
        limits.maxRecordBytes = 8;
        limits.maxFields = 3;
        const Read r = readAll("short\n0123456789\na,b,c,d\nx\n", limits);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[1], l({"x"}));
        QCOMPARE(r.errors.size(), 2);
        QVERIFY(r.errors[0].contains(QStringLiteral("longer than 8 bytes")));
        QVERIFY(r.errors[1].contains(QStringLiteral("more than 3 fields")));
    }
    void resumesFromAnOffset()
    {
        const QByteArray text = "h\nr1\n\"r\n2\"\nr3\n";
        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        CsvReader first(&buffer);
        QStringList fields;
        QVERIFY(first.next(fields) == CsvReader::Status::Record);
        QVERIFY(first.next(fields) == CsvReader::Status::Record);
        const qint64 offset = first.offset();
        QCOMPARE(offset, 5);
        // A later run seeks there and goes on with the next record and its line.
        QBuffer again;
        again.setData(text);
        again.open(QIODevice::ReadOnly);
        again.seek(offset);
        CsvReader second(&again);
        second.setPosition(offset, 3);
        QVERIFY(second.next(fields) == CsvReader::Status::Record);
        QCOMPARE(fields, l({"r\n2"}));
        QCOMPARE(second.line(), 3);
        QVERIFY(second.next(fields) == CsvReader::Status::Record);
        QCOMPARE(second.line(), 5);
        QCOMPARE(second.offset(), text.size());
        QVERIFY(second.next(fields) == CsvReader::Status::End);
    }
    void largeInputStreams()
    {
        // Records across many read buffers, a quoted field spanning a buffer's edge.
        QByteArray text = "id,name\n";
        for (int i = 0; i < 20000; ++i)
            text += QByteArray::number(i) + ",\"name, " + QByteArray::number(i) + "\"\r\n";
        const Read r = readAll(text);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.records.size(), 20001);
        QCOMPARE(r.records.last(), l({"19999", "name, 19999"}));
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
