// models::ObjectImporter against an in-memory local endpoint: JSON Lines and CSV files put
// through PutProfileObject, refused lines with their line numbers and the file that saves
// them, pause and resume without sending a line twice, cancel, a file of neither format, and
// the rate limit's token bucket on a clock the test moves.

#include "consolefixture.h"
#include "objectimporter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace cp;
using models::ObjectImporter;
using State = ObjectImporter::State;

class TestObjectImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void detectsTheFormat_data();
    void detectsTheFormat();
    void importsJsonLines();
    void importsCsv();
    void keepsRefusedLinesAndSavesThem();
    void savesFailedCsvRows();
    void pauseAndResumeSendEveryLineOnce();
    void cancelStops();
    void neitherFormatSendsNothing();
    void rateLimitBoundsTheIssueRate();
    void stopsWhenTheTypeIsGone();

private:
    QString domain(const QString &name);
    QString write(const QString &name, const QByteArray &bytes);
    // The Ticket objects stored on the profile holding `email`, by id.
    QStringList storedIds(const QString &domain, const QString &email);
    void run(ObjectImporter &importer);

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    testing::TestClient *m_client = nullptr;
    QTemporaryDir m_dir;
    QList<client::RequestLogEntry> m_log;
};

void TestObjectImporter::initTestCase()
{
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    QVERIFY(m_dir.isValid());
    m_client = new testing::TestClient(m_endpoint->url());
    connect(m_client->transport, &client::Transport::requestLogged, this,
            [this](const client::RequestLogEntry &entry) { m_log.append(entry); });
}

void TestObjectImporter::cleanupTestCase()
{
    delete m_client;
    m_endpoint.reset();
}

QString TestObjectImporter::domain(const QString &name)
{
    const auto created = m_client->ok(QStringLiteral("CreateDomain"), testing::createDomainInput(name));
    if (!testing::succeeded(created))
        return {};
    if (!testing::succeeded(
            m_client->ok(QStringLiteral("PutProfileObjectType"), testing::ticketTypeInput(name))))
        return {};
    return name;
}

QString TestObjectImporter::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QStringList TestObjectImporter::storedIds(const QString &domain, const QString &email)
{
    const QJsonObject found = m_client->ok(
        QStringLiteral("SearchProfiles"),
        {{QStringLiteral("DomainName"), domain},
         {QStringLiteral("KeyName"), QStringLiteral("_email")},
         {QStringLiteral("Values"), QJsonArray{email}}});
    const QJsonArray items = found.value(QStringLiteral("Items")).toArray();
    if (items.size() != 1)
        return {QStringLiteral("<%1 profiles>").arg(items.size())};
    const QString profile = items.first().toObject().value(QStringLiteral("ProfileId")).toString();
    QStringList ids;
    QString token;
    do {
        QJsonObject input{{QStringLiteral("DomainName"), domain},
                          {QStringLiteral("ObjectTypeName"), QStringLiteral("Ticket")},
                          {QStringLiteral("ProfileId"), profile},
                          {QStringLiteral("MaxResults"), 100}};
        if (!token.isEmpty())
            input.insert(QStringLiteral("NextToken"), token);
        const QJsonObject page = m_client->ok(QStringLiteral("ListProfileObjects"), input);
        for (const QJsonValue &item : page.value(QStringLiteral("Items")).toArray()) {
            const QJsonObject object = QJsonDocument::fromJson(
                item.toObject().value(QStringLiteral("Object")).toString().toUtf8()).object();
            ids.append(object.value(QStringLiteral("id")).toVariant().toString());
        }
        token = page.value(QStringLiteral("NextToken")).toString();
    } while (!token.isEmpty());
    ids.sort();
    return ids;
}

void TestObjectImporter::run(ObjectImporter &importer)
{
    QSignalSpy finished(&importer, &ObjectImporter::finished);
    if (importer.state() == State::Running || importer.state() == State::Paused)
        QVERIFY(finished.wait(60000));
}

void TestObjectImporter::detectsTheFormat_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("format");
    using F = ObjectImporter::Format;
    QTest::newRow("jsonl") << QByteArray("{\"a\":1}\n{\"a\":2}\n") << int(F::JsonLines);
    QTest::newRow("jsonl bom") << QByteArray("\xEF\xBB\xBF\n  {\"a\":1}") << int(F::JsonLines);
    QTest::newRow("csv") << QByteArray("id,email\n1,a@x.com\n") << int(F::Csv);
    QTest::newRow("csv quoted header") << QByteArray("\"id\",\"e,mail\"\r\n1,2\r\n") << int(F::Csv);
    QTest::newRow("array") << QByteArray("[{\"a\":1}]") << int(F::Unknown);
    QTest::newRow("empty") << QByteArray("  \n") << int(F::Unknown);
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\x14", 7) << int(F::Unknown);
    QTest::newRow("latin1") << QByteArray("name\nJos\xe9\n") << int(F::Unknown);
    QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><a/>") << int(F::Unknown);
    QTest::newRow("unnamed column") << QByteArray("id,,email\n") << int(F::Unknown);
    QTest::newRow("twice") << QByteArray("id,id\n") << int(F::Unknown);
}

void TestObjectImporter::detectsTheFormat()
{
    QFETCH(QByteArray, head);
    QFETCH(int, format);
    QString problem;
    QCOMPARE(int(ObjectImporter::detect(head, &problem)), format);
    QCOMPARE(problem.isEmpty(), format != int(ObjectImporter::Format::Unknown));
    if (!problem.isEmpty()) // one sentence
        QVERIFY2(problem.count(QStringLiteral(". ")) == 0, qPrintable(problem));
}

void TestObjectImporter::importsJsonLines()
{
    const QString d = domain(QStringLiteral("import-jsonl"));
    QVERIFY(!d.isEmpty());
    QByteArray bytes;
    for (int i = 1; i <= 120; ++i) {
        bytes += QStringLiteral("{\"id\": \"j%1\", \"email\": \"ana@example.com\"}\n").arg(i).toUtf8();
        if (i % 40 == 0)
            bytes += "\n   \n"; // blank lines are skipped
    }
    const QString path = write(QStringLiteral("a.jsonl"), bytes);
    ObjectImporter importer;
    QAbstractItemModelTester tester(importer.failedLines());
    importer.setClient(m_client->client, d, QStringLiteral("Ticket"));
    importer.setConcurrency(3);
    int maxInFlight = 0;
    connect(&importer, &ObjectImporter::issued, this, [&] {
        maxInFlight = std::max<int>(maxInFlight, int(importer.progress().inFlight));
    });
    const qsizetype logged = m_log.size();
    QVERIFY(importer.start(path));
    QCOMPARE(importer.format(), ObjectImporter::Format::JsonLines);
    run(importer);
    QCOMPARE(importer.state(), State::Finished);
    const ObjectImporter::Progress p = importer.progress();
    QCOMPARE(p.succeeded, 120);
    QCOMPARE(p.failed, 0);
    QCOMPARE(p.sent, 120);
    QCOMPARE(p.bytesRead, bytes.size());
    QCOMPARE(p.totalBytes, bytes.size());
    QVERIFY(p.rate > 0);
    QVERIFY(maxInFlight <= 3);
    QCOMPARE(storedIds(d, QStringLiteral("ana@example.com")).size(), 120);
    int puts = 0;
    for (qsizetype i = logged; i < m_log.size(); ++i)
        puts += m_log.at(i).operation == QStringLiteral("PutProfileObject") ? 1 : 0;
    QCOMPARE(puts, 120);
}

void TestObjectImporter::importsCsv()
{
    const QString d = domain(QStringLiteral("import-csv"));
    QVERIFY(!d.isEmpty());
    QByteArray bytes = "\xEF\xBB\xBFid,email,note\r\n";
    for (int i = 1; i <= 30; ++i)
        bytes += QStringLiteral("c%1,bo@example.com,\"line one\nline two, with a comma\"\r\n")
                     .arg(i)
                     .toUtf8();
    const QString path = write(QStringLiteral("b.csv"), bytes);
    ObjectImporter importer;
    importer.setClient(m_client->client, d, QStringLiteral("Ticket"));
    QVERIFY(importer.start(path));
    QCOMPARE(importer.format(), ObjectImporter::Format::Csv);
    run(importer);
    QCOMPARE(importer.progress().succeeded, 30);
    QCOMPARE(importer.progress().failed, 0);
    QStringList expected;
    for (int i = 1; i <= 30; ++i)
        expected.append(QStringLiteral("c%1").arg(i));
    expected.sort();
    QCOMPARE(storedIds(d, QStringLiteral("bo@example.com")), expected);
    // Each row became a flat object keyed by the header, the quoted cell whole.
    const QJsonObject found = m_client->ok(
        QStringLiteral("SearchProfiles"), {{QStringLiteral("DomainName"), d},
                                           {QStringLiteral("KeyName"), QStringLiteral("ticketId")},
                                           {QStringLiteral("Values"), QJsonArray{QStringLiteral("c7")}}});
    QCOMPARE(found.value(QStringLiteral("Items")).toArray().size(), 1);
}

void TestObjectImporter::keepsRefusedLinesAndSavesThem()
{
    const QString d = domain(QStringLiteral("import-bad"));
    QVERIFY(!d.isEmpty());
    const QByteArray bytes = "{\"id\": \"b1\", \"email\": \"cy@example.com\"}\n"   // 1
                             "\n"                                                // 2
                             "{\"id\": \"b2\", \"email\": \"cy@example.com\"\n"  // 3 broken
                             "{\"id\": \"b3\", \"email\": \"cy@example.com\"}\r\n" // 4
                             "[1, 2]\n"                                          // 5
                             "{\"email\": \"cy@example.com\"}\n"                 // 6 no id
                             "{\"id\": \"b4\", \"email\": \"cy@example.com\"}";  // 7
    const QString path = write(QStringLiteral("bad.jsonl"), bytes);
    ObjectImporter importer;
    importer.setClient(m_client->client, d, QStringLiteral("Ticket"));
    QVERIFY(importer.start(path));
    run(importer);
    QCOMPARE(importer.progress().succeeded, 3);
    QCOMPARE(importer.progress().failed, 3);
    QCOMPARE(importer.progress().sent, 4); // the broken line and the array were never sent
    QMap<qint64, models::FailedLine> failed;
    for (const models::FailedLine &line : importer.failedLines()->lines())
        failed.insert(line.line, line);
    QCOMPARE(failed.keys(), (QList<qint64>{3, 5, 6}));
    QVERIFY2(failed[3].message.contains(QStringLiteral("JSON")), qPrintable(failed[3].message));
    QCOMPARE(failed[6].type, QStringLiteral("BadRequestException"));
    QVERIFY2(failed[6].message.contains(QStringLiteral("unique key")), qPrintable(failed[6].message));

    const QString saved = m_dir.filePath(QStringLiteral("bad.failed.jsonl"));
    QString error;
    QVERIFY2(importer.saveFailedLines(saved, &error), qPrintable(error));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{\"id\": \"b2\", \"email\": \"cy@example.com\"\n"
                                        "[1, 2]\n"
                                        "{\"email\": \"cy@example.com\"}\n"));
    QFile errors(ObjectImporter::errorsPath(saved));
    QVERIFY(errors.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = errors.readAll().split('\n');
    QCOMPARE(rows.at(0), QByteArray("line,failed_file_line,error,message"));
    QVERIFY(rows.at(1).startsWith("3,1,,"));
    QVERIFY(rows.at(2).startsWith("5,2,,"));
    QVERIFY(rows.at(3).startsWith("6,3,BadRequestException,"));

    // Fixed, the saved file imports cleanly.
    QVERIFY(!write(QStringLiteral("bad.failed.jsonl"),
                   "{\"id\": \"b2\", \"email\": \"cy@example.com\"}\n"
                   "{\"id\": \"b5\", \"email\": \"cy@example.com\"}\n"
                   "{\"id\": \"b6\", \"email\": \"cy@example.com\"}\n")
                 .isEmpty());
    ObjectImporter again;
    again.setClient(m_client->client, d, QStringLiteral("Ticket"));
    QVERIFY(again.start(saved));
    run(again);
    QCOMPARE(again.progress().succeeded, 3);
    QCOMPARE(again.progress().failed, 0);
    QCOMPARE(storedIds(d, QStringLiteral("cy@example.com")),
             (QStringList{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3"),
                          QStringLiteral("b4"), QStringLiteral("b5"), QStringLiteral("b6")}));
}

void TestObjectImporter::savesFailedCsvRows()
{
    const QString d = domain(QStringLiteral("import-bad-csv"));
    QVERIFY(!d.isEmpty());
    const QByteArray bytes = "id,email,note\n"                     // 1
                             "r1,di@example.com,ok\n"              // 2
                             ",di@example.com,\"no id\nat all\"\n" // 3-4: refused by the type
                             "r2,di@example.com,\"bad \"quote\n"   // 5: not valid CSV
                             "r3,di@example.com,x,extra\n"         // 6: a cell too many
                             "r4,di@example.com,ok\n";             // 7
    const QString path = write(QStringLiteral("bad.csv"), bytes);
    ObjectImporter importer;
    importer.setClient(m_client->client, d, QStringLiteral("Ticket"));
    QVERIFY(importer.start(path));
    run(importer);
    QCOMPARE(importer.progress().succeeded, 2);
    QList<qint64> lines;
    for (const models::FailedLine &line : importer.failedLines()->lines())
        lines.append(line.line);
    std::sort(lines.begin(), lines.end());
    QCOMPARE(lines, (QList<qint64>{3, 5, 6}));
    const QString saved = m_dir.filePath(QStringLiteral("bad.failed.csv"));
    QVERIFY(importer.saveFailedLines(saved));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("id,email,note\n"
                                        ",di@example.com,\"no id\nat all\"\n"
                                        "r2,di@example.com,\"bad \"quote\n"
                                        "r3,di@example.com,x,extra\n"));
    QFile errors(ObjectImporter::errorsPath(saved));
    QVERIFY(errors.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = errors.readAll().split('\n');
    // The multi-line row takes lines 2 and 3 of the saved file.
    QVERIFY(rows.at(1).startsWith("3,2,BadRequestException,"));
    QVERIFY2(rows.at(2).startsWith("5,4,,"), rows.at(2).constData());
    QVERIFY(rows.at(3).startsWith("6,5,,"));
}

void TestObjectImporter::pauseAndResumeSendEveryLineOnce()
{
    const QString d = domain(QStringLiteral("import-pause"));
    QVERIFY(!d.isEmpty());
    QByteArray bytes;
    for (int i = 1; i <= 60; ++i)
        bytes += QStringLiteral("{\"id\": \"p%1\", \"email\": \"ed@example.com\"}\n").arg(i).toUtf8();
    const QString path = write(QStringLiteral("pause.jsonl"), bytes);
    ObjectImporter importer;
    importer.setClient(m_client->client, d, QStringLiteral("Ticket"));
    importer.setConcurrency(2);
    QList<qint64> issued;
    connect(&importer, &ObjectImporter::issued, this, [&](qint64 line) {
        issued.append(line);
        if (issued.size() == 10)
            importer.pause();
    });
    const qsizetype logged = m_log.size();
    QVERIFY(importer.start(path));
    QTRY_COMPARE(importer.state(), State::Paused);
    QTRY_COMPARE(importer.progress().inFlight, 0); // the calls in flight finish
    QCOMPARE(issued.size(), 10);
    QCOMPARE(importer.progress().succeeded, 10);
    QCOMPARE(importer.nextLine(), 11);
    importer.resume();
    run(importer);
    QCOMPARE(importer.state(), State::Finished);
    QList<qint64> expected;
    for (int i = 1; i <= 60; ++i)
        expected.append(i);
    QCOMPARE(issued, expected); // each line once, in order
    int puts = 0;
    for (qsizetype i = logged; i < m_log.size(); ++i) {
        if (m_log.at(i).operation == QStringLiteral("PutProfileObject")) {
            ++puts;
            QCOMPARE(m_log.at(i).attempts, 1);
        }
    }
    QCOMPARE(puts, 60);
    QCOMPARE(storedIds(d, QStringLiteral("ed@example.com")).size(), 60);
}

void TestObjectImporter::cancelStops()
{
    const QString d = domain(QStringLiteral("import-cancel"));
    QVERIFY(!d.isEmpty());
    QByteArray bytes;
    for (int i = 1; i <= 300; ++i)
        bytes += QStringLiteral("{\"id\": \"k%1\", \"email\": \"fa@example.com\"}\n").arg(i).toUtf8();
    const QString path = write(QStringLiteral("cancel.jsonl"), bytes);
    ObjectImporter importer;
    importer.setClient(m_client->client, d, QStringLiteral("Ticket"));
    importer.setConcurrency(2);
    QSignalSpy finished(&importer, &ObjectImporter::finished);
    int issued = 0;
    connect(&importer, &ObjectImporter::issued, this, [&] {
        if (++issued == 20)
            QTimer::singleShot(0, &importer, [&] { importer.cancel(); });
    });
    QVERIFY(importer.start(path));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(importer.state(), State::Cancelled);
    const ObjectImporter::Progress p = importer.progress();
    QCOMPARE(p.sent, issued);
    QVERIFY(p.sent < 300);
    QCOMPARE(p.inFlight, 0);
    QCOMPARE(p.succeeded + p.failed, p.sent); // cancelled calls are kept as failed lines
    importer.resume();                         // nothing to resume
    QCOMPARE(importer.state(), State::Cancelled);
    QCOMPARE(finished.size(), 1);
    QVERIFY(storedIds(d, QStringLiteral("fa@example.com")).size() <= p.sent);
}

void TestObjectImporter::neitherFormatSendsNothing()
{
    const QString d = domain(QStringLiteral("import-neither"));
    QVERIFY(!d.isEmpty());
    for (const QByteArray &bytes :
         {QByteArray("[{\"id\": \"1\"}]"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
          QByteArray()}) {
        const QString path = write(QStringLiteral("neither"), bytes);
        ObjectImporter importer;
        importer.setClient(m_client->client, d, QStringLiteral("Ticket"));
        QSignalSpy issued(&importer, &ObjectImporter::issued);
        const qsizetype logged = m_log.size();
        QVERIFY(!importer.start(path));
        QCOMPARE(importer.state(), State::Failed);
        QVERIFY(!importer.problem().isEmpty());
        QCOMPARE(issued.size(), 0);
        QCOMPARE(m_log.size(), logged);
    }
    ObjectImporter missing;
    missing.setClient(m_client->client, d, QStringLiteral("Ticket"));
    QVERIFY(!missing.start(m_dir.filePath(QStringLiteral("no-such-file.jsonl"))));
    QVERIFY(missing.problem().startsWith(QStringLiteral("Could not read")));
}

void TestObjectImporter::rateLimitBoundsTheIssueRate()
{
    const QString d = domain(QStringLiteral("import-rate"));
    QVERIFY(!d.isEmpty());
    QByteArray bytes;
    for (int i = 1; i <= 40; ++i)
        bytes += QStringLiteral("{\"id\": \"r%1\", \"email\": \"gu@example.com\"}\n").arg(i).toUtf8();
    const QString path = write(QStringLiteral("rate.jsonl"), bytes);
    qint64 now = 1000;
    ObjectImporter importer;
    importer.setClient(m_client->client, d, QStringLiteral("Ticket"));
    importer.setClock([&now] { return now; });
    importer.setConcurrency(100);
    importer.setRateLimit(50); // a bucket of 5, refilled at 5 per 100 ms
    QSignalSpy issued(&importer, &ObjectImporter::issued);
    QSignalSpy limited(&importer, &ObjectImporter::rateLimited);
    QVERIFY(importer.start(path));
    QCOMPARE(issued.size(), 5); // the full bucket
    // The timer checks the bucket again and again; the clock has not moved: nothing more.
    QTRY_VERIFY(limited.size() >= 3);
    QCOMPARE(issued.size(), 5);
    now += 100;
    QTRY_COMPARE(issued.size(), 10);
    limited.clear();
    QTRY_VERIFY(limited.size() >= 2);
    QCOMPARE(issued.size(), 10);
    now += 40; // 2 tokens
    QTRY_COMPARE(issued.size(), 12);
    now += 60; // 3 more
    QTRY_COMPARE(issued.size(), 15);
    now += 10000; // a long wait earns no more than the bucket holds
    QTRY_COMPARE(issued.size(), 20);
    limited.clear();
    QTRY_VERIFY(limited.size() >= 2);
    QCOMPARE(issued.size(), 20);
    importer.setRateLimit(0); // no limit: the rest at once
    run(importer);
    QCOMPARE(issued.size(), 40);
    QCOMPARE(importer.progress().succeeded, 40);
}

void TestObjectImporter::stopsWhenTheTypeIsGone()
{
    const QString d = domain(QStringLiteral("import-gone"));
    QVERIFY(!d.isEmpty());
    const QString path = write(QStringLiteral("gone.jsonl"),
                               "{\"id\": \"g1\", \"email\": \"ho@example.com\"}\n"
                               "{\"id\": \"g2\", \"email\": \"ho@example.com\"}\n");
    ObjectImporter importer;
    importer.setClient(m_client->client, d, QStringLiteral("NoSuchType"));
    importer.setConcurrency(1);
    QSignalSpy stopped(&importer, &ObjectImporter::stopped);
    QVERIFY(importer.start(path));
    QTRY_COMPARE(stopped.size(), 1);
    QCOMPARE(importer.state(), State::Paused);
    QCOMPARE(importer.progress().failed, 1);
    QCOMPARE(importer.nextLine(), 2);
    importer.cancel();
    QCOMPARE(importer.state(), State::Cancelled);
}

QTEST_GUILESS_MAIN(TestObjectImporter)
#include "tst_objectimporter.moc"
