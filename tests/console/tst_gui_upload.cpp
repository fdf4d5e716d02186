// "Import profiles from CSV…" through an upload job (issue 11 §1), against an in-memory
// local endpoint: the file's head and the suggested mapping, an edited target, the job
// from CreateUploadJob to its end with the upload's progress in bytes, the counts and the
// profiles made, the Imports tab listing the job with its counts, Stop on a running job,
// and a file that is not CSV told in one sentence with nothing sent.

#include "csvmappingtable.h"
#include "engine/engine.h"
#include "engine/uploadrunner.h"
#include "guifixture.h"
#include "importspane.h"
#include "uploadjobdialog.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace cp;
using Stage = models::UploadJobFlow::Stage;

namespace {

const QString kDomain = QStringLiteral("imports");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Renders a widget to a PNG when CP_UPLOAD_SCREENSHOT names a folder (to look at it).
void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CP_UPLOAD_SCREENSHOT");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestGuiUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsCsvThroughAnUploadJob();
    void stopsARunningJob();
    void lostPollSaysTheJobMayStillRun();
    void cancelDuringTheUploadStopsTheJob();
    void fileThatIsNotCsvSendsNothing();

private:
    views::UploadJobDialog *openDialog(const QString &path);
    QJsonObject profileByEmail(const QString &email);

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestGuiUpload::initTestCase()
{
    QVERIFY(m_dir.isValid());
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(
        testing::succeeded(m_client->ok(s("CreateDomain"), testing::createDomainInput(kDomain))));
}

void TestGuiUpload::init()
{
    QSettings().clear();
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(s("Local"), m_endpoint->url()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kDomain, 60000);
}

void TestGuiUpload::cleanup()
{
    m_window.reset();
    m_endpoint->engine()->uploads().allowBatches(-1);
}

views::UploadJobDialog *TestGuiUpload::openDialog(const QString &path)
{
    views::ImportsPane *imports = m_window->imports();
    auto *tabs = m_window->findChild<QTabWidget *>(s("domainTabs"));
    tabs->setCurrentWidget(imports);
    auto *button = imports->findChild<QPushButton *>(s("importProfilesButton"));
    if (!button || !button->isEnabled())
        return nullptr;
    views::UploadJobDialog *dialog = imports->importProfiles();
    if (dialog) {
        dialog->flow()->setPollInterval(100);
        dialog->openFile(path);
    }
    return dialog;
}

QJsonObject TestGuiUpload::profileByEmail(const QString &email)
{
    const QJsonObject found = m_client->ok(s("SearchProfiles"), {{s("DomainName"), kDomain},
                                                                 {s("KeyName"), s("_email")},
                                                                 {s("Values"), QJsonArray{email}}});
    const QJsonArray items = found.value(s("Items")).toArray();
    return items.size() == 1 ? items.first().toObject() : QJsonObject();
}

void TestGuiUpload::importsCsvThroughAnUploadJob()
{
    // A quoted field with a comma; the third row shares the first one's key: an update.
    const QString path = m_dir.filePath(s("people.csv"));
    QVERIFY(writeFile(path, "Customer ID,First Name,Last Name,E-mail,City,Notes\r\n"
                            "c-1,Anna,Meyer,anna@example.com,Berlin,\"likes tea, not coffee\"\r\n"
                            "c-2,Ben,Schulz,ben@example.com,Hamburg,\r\n"
                            "c-1,Annabel,,anna@example.com,,\r\n"));
    views::UploadJobDialog *dialog = openDialog(path);
    QVERIFY(dialog);
    QVERIFY(dialog->fileProblem().isEmpty());

    // The header and the first rows, the quoted comma kept in its cell.
    views::CsvMappingTable *table = dialog->mappingTable();
    QCOMPARE(table->columnCount(), 6);
    QCOMPARE(table->rowCount(), 4); // "Import as", then the three rows
    QCOMPARE(table->horizontalHeaderItem(3)->text(), s("E-mail"));
    QCOMPARE(table->horizontalHeaderItem(0)->text(), s("Customer ID (unique key)"));
    QCOMPARE(table->item(1, 5)->text(), s("likes tea, not coffee"));
    // Suggested from the header names; the identifier column is the unique key.
    QCOMPARE(table->targets(),
             QStringList({QString(), s("_profile.FirstName"), s("_profile.LastName"),
                          s("_profile.EmailAddress"), s("_profile.Address.City"), QString()}));
    auto *uniqueKey = dialog->findChild<QComboBox *>(s("uploadUniqueKey"));
    QCOMPARE(uniqueKey->currentText(), s("Customer ID"));
    QCOMPARE(dialog->findChild<QLineEdit *>(s("uploadJobName"))->text(), s("people.csv"));
    // The domain's DefaultExpirationDays (30), read with GetDomain.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->findChild<QSpinBox *>(s("uploadExpiry"))->value(), 30, 60000);
    auto *start = dialog->findChild<QPushButton *>(s("uploadStart"));
    QVERIFY(start->isEnabled());

    // Checked as typed: no unique key, or no name, and Start waits.
    uniqueKey->setCurrentIndex(0);
    QVERIFY(!start->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(s("uploadProblems"))
                ->text()
                .contains(s("Choose the column that identifies a customer")));
    uniqueKey->setCurrentIndex(1);
    auto *name = dialog->findChild<QLineEdit *>(s("uploadJobName"));
    name->clear();
    QVERIFY(!start->isEnabled());
    name->setText(s("people.csv"));
    QVERIFY(start->isEnabled());
    // An attribute the user names, and another address.
    QComboBox *notes = table->targetCombo(5);
    notes->setCurrentIndex(notes->findData(s("_profile.Attributes.Notes")));
    QVERIFY(notes->currentIndex() > 0);
    table->targetCombo(4)->setCurrentIndex(
        table->targetCombo(4)->findData(s("_profile.ShippingAddress.City")));
    const QJsonObject fields = dialog->createInput().value(s("Fields")).toObject();
    QCOMPARE(fields.value(s("Notes")).toObject().value(s("Target")).toString(),
             s("_profile.Attributes.Notes"));
    QCOMPARE(fields.value(s("E-mail")).toObject().value(s("ContentType")).toString(),
             s("EMAIL_ADDRESS"));
    QCOMPARE(fields.value(s("Customer_ID")).toObject().value(s("Source")).toString(),
             s("_source.Customer ID"));
    QCOMPARE(dialog->createInput().value(s("UniqueKey")).toString(), s("Customer_ID"));
    screenshot(dialog, s("upload-dialog"));

    QSignalSpy progress(dialog->flow(), &models::UploadJobFlow::uploadProgress);
    QSignalSpy ended(dialog, &views::UploadJobDialog::jobEnded);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!start->isEnabled());
    QVERIFY(!table->isEnabled()); // the input stays as typed, not editable while it runs
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->stage(), Stage::Ended, 60000);
    QCOMPARE(ended.count(), 1);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), QFile(path).size());
    QCOMPARE(progress.last().at(1).toLongLong(), QFile(path).size());

    const QJsonObject job = dialog->flow()->job();
    QCOMPARE(job.value(s("Status")).toString(), s("SUCCEEDED"));
    const QJsonObject summary = job.value(s("ResultsSummary")).toObject();
    QCOMPARE(summary.value(s("CreatedRecords")).toInteger(), 2);
    QCOMPARE(summary.value(s("UpdatedRecords")).toInteger(), 1);
    QCOMPARE(summary.value(s("FailedRecords")).toInteger(), 0);
    QCOMPARE(job.value(s("DataExpiry")).toInt(), 30);
    QVERIFY(dialog->countsText().contains(s("Created 2 · Updated 1 · Failed 0")));
    QVERIFY(dialog->countsText().contains(s("SUCCEEDED")));
    screenshot(dialog, s("upload-dialog-ended"));

    // The profiles, with the mapped fields; the later row updated the first.
    const QJsonObject anna = profileByEmail(s("anna@example.com"));
    QCOMPARE(anna.value(s("FirstName")).toString(), s("Annabel"));
    QCOMPARE(anna.value(s("LastName")).toString(), s("Meyer"));
    QCOMPARE(anna[s("ShippingAddress")][s("City")].toString(), s("Berlin"));
    QCOMPARE(anna[s("Attributes")][s("Notes")].toString(), s("likes tea, not coffee"));
    const QJsonObject ben = profileByEmail(s("ben@example.com"));
    QCOMPARE(ben.value(s("FirstName")).toString(), s("Ben"));
    QCOMPARE(ben[s("ShippingAddress")][s("City")].toString(), s("Hamburg"));

    // The Imports tab lists the job; choosing it reads its counts.
    views::ImportsPane *imports = m_window->imports();
    QTRY_VERIFY_WITH_TIMEOUT(
        !imports->model()->isLoading() &&
            testing::listed(imports, s("JobId")).contains(job.value(s("JobId")).toString()),
        60000);
    QVERIFY(imports->selectRow(s("JobId"), job.value(s("JobId")).toString()));
    QCOMPARE(imports->currentItem().value(s("Status")).toString(), s("SUCCEEDED"));
    QCOMPARE(imports->currentItem().value(s("DisplayName")).toString(), s("people.csv"));
    QTRY_VERIFY_WITH_TIMEOUT(imports->detailsText().contains(s("created 2, updated 1, failed 0")),
                             60000);
    screenshot(m_window.get(), s("imports-tab"));
    const models::RequestLogModel *log = m_window->requestLog();
    for (const char *operation : {"CreateUploadJob", "GetUploadJobPath", "StartUploadJob"})
        QCOMPARE(testing::countOperation(log, s(operation)), 1);
    QVERIFY(testing::countOperation(log, s("GetUploadJob")) >= 1);
    dialog->close();
}

void TestGuiUpload::stopsARunningJob()
{
    QByteArray csv = "email,first\n";
    for (int i = 0; i < 12000; ++i)
        csv += "stop" + QByteArray::number(i) + "@example.com,Stop" + QByteArray::number(i) + '\n';
    const QString path = m_dir.filePath(s("big.csv"));
    QVERIFY(writeFile(path, csv));
    // The job stores one batch (5,000 rows), then waits: it is running when Stop comes.
    m_endpoint->engine()->uploads().allowBatches(1);
    views::UploadJobDialog *dialog = openDialog(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>(s("uploadUniqueKey"))->currentText(), s("email"));
    auto *stop = dialog->findChild<QPushButton *>(s("uploadStop"));
    QVERIFY(stop->isHidden());
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("uploadStart")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->flow()->stage() == Stage::Running &&
                                 dialog->flow()->job().value(s("Status")).toString() ==
                                     s("IN_PROGRESS"),
                             60000);
    QVERIFY(stop->isVisible() && stop->isEnabled());
    screenshot(dialog, s("upload-running"));
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->stage(), Stage::Ended, 60000);
    const QJsonObject job = dialog->flow()->job();
    QCOMPARE(job.value(s("Status")).toString(), s("STOPPED"));
    QVERIFY(job.value(s("CompletedAt")).toDouble() > 0);
    QVERIFY(job[s("ResultsSummary")][s("CreatedRecords")].toInteger() < 12000);
    QCOMPARE(testing::countOperation(m_window->requestLog(), s("StopUploadJob")), 1);
    QVERIFY(dialog->countsText().contains(s("STOPPED")));
    QVERIFY(stop->isHidden());
    dialog->close();

    // A job that has not ended (made elsewhere) is stopped from the Imports tab.
    const QString created =
        m_client
            ->ok(s("CreateUploadJob"),
                 {{s("DomainName"), kDomain},
                  {s("DisplayName"), s("elsewhere.csv")},
                  {s("UniqueKey"), s("email")},
                  {s("Fields"),
                   QJsonObject{{s("email"), QJsonObject{{s("Source"), s("_source.email")}}}}}})
            .value(s("JobId"))
            .toString();
    QVERIFY(!created.isEmpty());
    views::ImportsPane *imports = m_window->imports();
    auto *stopJob = imports->findChild<QPushButton *>(s("stopUploadJobButton"));
    QTest::mouseClick(imports->findChild<QPushButton *>(s("refreshUploadJobsButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !imports->model()->isLoading() && imports->selectRow(s("JobId"), created), 60000);
    QVERIFY(imports->selectRow(s("JobId"), job.value(s("JobId")).toString()));
    QVERIFY(!stopJob->isEnabled()); // STOPPED already
    QVERIFY(imports->selectRow(s("JobId"), created));
    QVERIFY(stopJob->isEnabled());
    QTest::mouseClick(stopJob, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_client->ok(s("GetUploadJob"), {{s("DomainName"), kDomain}, {s("JobId"), created}})
            .value(s("Status"))
            .toString(),
        s("STOPPED"), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(imports->currentItem().value(s("Status")).toString(), s("STOPPED"),
                              60000);
    QVERIFY(!stopJob->isEnabled());
}

// Every call cancelled (the status bar's Cancel) while the running job is polled: the
// dialog said "The import did not complete." and offered Start again, while the job went
// on at the service.
void TestGuiUpload::lostPollSaysTheJobMayStillRun()
{
    QByteArray csv = "email,first\n";
    for (int i = 0; i < 12000; ++i)
        csv += "lost" + QByteArray::number(i) + "@example.com,Lost" + QByteArray::number(i) + '\n';
    const QString path = m_dir.filePath(s("lost.csv"));
    QVERIFY(writeFile(path, csv));
    m_endpoint->engine()->uploads().allowBatches(1); // running until the test lets it go
    views::UploadJobDialog *dialog = openDialog(path);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("uploadStart")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->flow()->stage() == Stage::Running &&
                                 dialog->flow()->job().value(s("Status")).toString() ==
                                     s("IN_PROGRESS"),
                             60000);
    // The next poll is cancelled as it starts: its answer can only come through this
    // thread's event loop, after the queued cancel.
    client::Transport *transport = m_window->session()->transport();
    bool cancelled = false;
    QObject guard;
    connect(
        transport, &client::Transport::inFlightChanged, &guard,
        [&](int calls) {
            if (calls > 0 && !cancelled && transport->inFlight() > 0) {
                cancelled = true;
                transport->cancelAll();
            }
        },
        Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->stage(), Stage::Unfollowed, 60000);
    QVERIFY(dialog->findChild<QLabel *>(s("uploadStage"))->text().contains(s("may still be running")));
    QVERIFY(!dialog->findChild<QPushButton *>(s("uploadStart"))->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(s("uploadStop"))->isHidden());
    // It was only lost sight of: the service still runs it.
    const QJsonObject job =
        m_client->ok(s("GetUploadJob"), {{s("DomainName"), kDomain},
                                         {s("JobId"), dialog->flow()->jobId()}});
    QCOMPARE(job.value(s("Status")).toString(), s("IN_PROGRESS"));
    dialog->close();
}

void TestGuiUpload::cancelDuringTheUploadStopsTheJob()
{
    // Large enough that the upload is still going when its first progress is told.
    QByteArray csv = "email,first,notes\n";
    const QByteArray filler(200, 'x');
    for (int i = 0; i < 100000; ++i)
        csv += "c" + QByteArray::number(i) + "@example.com,C," + filler + '\n';
    const QString path = m_dir.filePath(s("cancel.csv"));
    QVERIFY(writeFile(path, csv));
    views::UploadJobDialog *dialog = openDialog(path);
    QVERIFY(dialog);
    bool cancelled = false;
    connect(dialog->flow(), &models::UploadJobFlow::uploadProgress, dialog,
            [dialog, &cancelled](qint64 sent, qint64 total) {
                if (!cancelled && sent < total) {
                    cancelled = true;
                    dialog->reject(); // Cancel, or Esc: the upload stops, the dialog stays
                }
            });
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("uploadStart")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, 60000);
    QCOMPARE(dialog->flow()->stage(), Stage::Cancelled);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(s("uploadStart"))->isEnabled()); // input kept
    QCOMPARE(dialog->findChild<QLineEdit *>(s("uploadJobName"))->text(), s("cancel.csv"));
    // The job made for the upload does not wait for its file for ever: it is stopped.
    const QString jobId = dialog->flow()->jobId();
    QVERIFY(!jobId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_client->ok(s("GetUploadJob"), {{s("DomainName"), kDomain}, {s("JobId"), jobId}})
            .value(s("Status"))
            .toString(),
        s("STOPPED"), 60000);

    // Cancelled before the service said which job it made: that job is stopped too.
    auto *name = dialog->findChild<QLineEdit *>(s("uploadJobName"));
    name->setText(s("cancelled-early"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("uploadStart")), Qt::LeftButton);
    QCOMPARE(dialog->flow()->stage(), Stage::Creating);
    dialog->reject();
    QCOMPARE(dialog->flow()->stage(), Stage::Cancelled);
    const auto earlyStatus = [this] {
        const QJsonArray items = m_client->ok(s("ListUploadJobs"), {{s("DomainName"), kDomain}})
                                     .value(s("Items"))
                                     .toArray();
        for (const QJsonValue &item : items) {
            if (item[s("DisplayName")].toString() == s("cancelled-early"))
                return item[s("Status")].toString();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(earlyStatus(), s("STOPPED"), 60000);

    // Closed (and gone) before the service said which job it made: stopped all the same.
    name->setText(s("closed-early"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("uploadStart")), Qt::LeftButton);
    QCOMPARE(dialog->flow()->stage(), Stage::Creating);
    delete dialog;
    const auto closedStatus = [this] {
        const QJsonArray items = m_client->ok(s("ListUploadJobs"), {{s("DomainName"), kDomain}})
                                     .value(s("Items"))
                                     .toArray();
        for (const QJsonValue &item : items) {
            if (item[s("DisplayName")].toString() == s("closed-early"))
                return item[s("Status")].toString();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(closedStatus(), s("STOPPED"), 60000);
}

void TestGuiUpload::fileThatIsNotCsvSendsNothing()
{
    const QString json = m_dir.filePath(s("people.json"));
    QVERIFY(writeFile(json, "[{\"email\": \"x@example.com\"}]\n"));
    views::UploadJobDialog *dialog = openDialog(json);
    QVERIFY(dialog);
    const QString sentence = s("“people.json” is not a CSV file: it holds JSON, not rows of "
                               "comma-separated values with a header.");
    QCOMPARE(dialog->fileProblem(), sentence);
    auto *problem = dialog->findChild<QLabel *>(s("uploadFileProblem"));
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), sentence);
    QCOMPARE(dialog->mappingTable()->columnCount(), 0);
    screenshot(dialog, s("upload-not-csv"));
    QVERIFY(!dialog->findChild<QPushButton *>(s("uploadStart"))->isEnabled());
    dialog->start(); // refused: nothing is sent
    QCOMPARE(dialog->flow()->stage(), Stage::Idle);

    const QString binary = m_dir.filePath(s("photo.jpg"));
    QVERIFY(writeFile(binary, QByteArray("\xff\xd8\xff\xe0\0\x10JFIF\0", 11)));
    dialog->openFile(binary);
    QCOMPARE(dialog->fileProblem(),
             s("“photo.jpg” is not a CSV file: it holds binary data, not text."));
    dialog->start();
    QCOMPARE(dialog->flow()->stage(), Stage::Idle);
    QTest::qWait(50); // anything sent would be logged by now
    QCOMPARE(testing::countOperation(m_window->requestLog(), s("CreateUploadJob")), 0);
    QCOMPARE(testing::countOperation(m_window->requestLog(), s("CreateUploadJob"), true), 0);
    dialog->close();
}

QTEST_MAIN(TestGuiUpload)
#include "tst_gui_upload.moc"
