// "Import objects…" on a main window with an in-memory local endpoint: the Object types pane's
// button opens the dialog on the current type, the dialog previews the file's first records
// against the type's definition, imports a JSON Lines file with a pause and a resume in the
// middle, lists the refused lines with their line numbers and saves them; a file of neither
// format is refused before anything is sent. With CP_IMPORT_SCREENSHOT=FILE.png, `screenshot`
// renders the dialog before the start and, in FILE-failed.png, after an import.

#include "designerpreviewpage.h"
#include "guifixture.h"
#include "ingestionpreviewmodel.h"
#include "objectimportdialog.h"
#include "objectimporter.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

#include <memory>

using namespace cp;
using State = models::ObjectImporter::State;

namespace {

const QString kDomain = QStringLiteral("imports");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The rows under the preview's sections (fields, keys, ...): none without a sample.
int previewedRows(views::ObjectImportDialog *dialog)
{
    const QAbstractItemModel *model = dialog->preview()->model();
    int rows = 0;
    for (int section = 0; section < model->rowCount(); ++section)
        rows += model->rowCount(model->index(section, 0));
    return rows;
}

} // namespace

class TestGuiImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsWithPauseAndResume();
    void refusesAFileOfNeitherFormat();
    void menuActionNeedsADomain();
    void badLinesAmongGoodOnes();
    void anotherFileReplacesThePreview();
    void typeProblemGoesWithTheType();
    void pauseReasonGoesOnCancel();
    void noTypesStaysSaidAfterAFile();

private:
    views::ObjectImportDialog *openFromPane();
    QString write(const QString &name, const QByteArray &bytes);
    int storedTickets(const QString &email);

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestGuiImport::initTestCase()
{
    testing::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(testing::succeeded(m_client->ok(s("CreateDomain"), testing::createDomainInput(kDomain))));
    QVERIFY(testing::succeeded(
        m_client->ok(s("PutProfileObjectType"), testing::ticketTypeInput(kDomain))));
    QJsonObject other = testing::ticketTypeInput(kDomain);
    other.insert(s("ObjectTypeName"), s("Another"));
    QVERIFY(testing::succeeded(m_client->ok(s("PutProfileObjectType"), other)));
}

void TestGuiImport::init()
{
    QSettings().clear();
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(s("Local"), m_endpoint->url()));
    m_window->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kDomain, 60000);
}

void TestGuiImport::cleanup()
{
    m_window.reset();
}

QString TestGuiImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

int TestGuiImport::storedTickets(const QString &email)
{
    const QJsonObject found =
        m_client->ok(s("SearchProfiles"), {{s("DomainName"), kDomain},
                                           {s("KeyName"), s("_email")},
                                           {s("Values"), QJsonArray{email}}});
    const QJsonArray items = found.value(s("Items")).toArray();
    if (items.size() != 1)
        return -1;
    const QJsonObject page = m_client->ok(
        s("ListProfileObjects"),
        {{s("DomainName"), kDomain},
         {s("ObjectTypeName"), s("Ticket")},
         {s("ProfileId"), items.first().toObject().value(s("ProfileId")).toString()},
         {s("MaxResults"), 100}});
    return int(page.value(s("Items")).toArray().size());
}

// Chooses Ticket in the Object types pane and presses its "Import objects…".
views::ObjectImportDialog *TestGuiImport::openFromPane()
{
    views::ObjectTypesPane *pane = m_window->objectTypes();
    m_window->findChild<QTabWidget *>()->setCurrentWidget(pane);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
            testing::listed(pane->list(), s("ObjectTypeName")).contains(s("Ticket")), 60000);
    }();
    if (!pane->list()->selectRow(s("ObjectTypeName"), s("Ticket")))
        return nullptr;
    auto *button = pane->findChild<QPushButton *>(s("importObjectsButton"));
    if (!button)
        return nullptr;
    [&] { QTRY_VERIFY(button->isEnabled()); }();
    QSignalSpy opened(pane, &views::ObjectTypesPane::importDialogOpened);
    QTest::mouseClick(button, Qt::LeftButton);
    if (opened.size() != 1)
        return nullptr;
    auto *dialog = opened.first().first().value<views::ObjectImportDialog *>();
    [&] { QTRY_VERIFY(dialog->isVisible()); }();
    return dialog;
}

void TestGuiImport::importsWithPauseAndResume()
{
    QByteArray bytes;
    for (int i = 1; i <= 60; ++i) {
        if (i == 7)
            bytes += "{\"id\": \"t7\", \"email\": \n"; // not JSON
        else if (i == 30)
            bytes += "{\"email\": \"ana@example.com\", \"note\": \"no id\"}\n"; // refused
        else if (i == 45)
            bytes += "\n"; // blank
        else
            bytes += QStringLiteral("{\"id\": \"t%1\", \"email\": \"ana@example.com\"}\n").arg(i).toUtf8();
    }
    const QString path = write(s("tickets.jsonl"), bytes);

    views::ObjectImportDialog *dialog = openFromPane();
    QVERIFY(dialog);
    // Watched from the start: the definition can arrive while the type is awaited.
    QSignalSpy definition(dialog, &views::ObjectImportDialog::definitionLoaded);
    QTRY_COMPARE(dialog->objectType(), s("Ticket")); // the pane's current type
    dialog->setFilePath(path);
    QVERIFY(dialog->fileProblem().isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(s("importFileInfo"))->text().startsWith(s("JSON Lines")));
    // The preview: the first records against the stored definition.
    QTRY_VERIFY(!definition.isEmpty());
    QTRY_VERIFY2(dialog->preview()->decisionText().contains(s("Create")),
                 qPrintable(dialog->preview()->decisionText()));
    QCOMPARE(dialog->preview()->samplePicker()->count(), 5);

    auto *start = dialog->findChild<QPushButton *>(s("importStartButton"));
    auto *pause = dialog->findChild<QPushButton *>(s("importPauseButton"));
    dialog->findChild<QSpinBox *>(s("importConcurrencySpin"))->setValue(2);
    QVERIFY(start->isEnabled());
    QVERIFY(!pause->isEnabled());
    models::ObjectImporter *importer = dialog->importer();
    QList<qint64> issued;
    connect(importer, &models::ObjectImporter::issued, this, [&](qint64 line) {
        issued.append(line);
        if (issued.size() == 20)
            QTimer::singleShot(0, pause, [pause] { QTest::mouseClick(pause, Qt::LeftButton); });
    });
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE(importer->state(), State::Paused);
    QTRY_COMPARE(importer->progress().inFlight, 0);
    const int paused = int(issued.size());
    QVERIFY(paused >= 20 && paused <= 22);
    QTRY_VERIFY(dialog->progressText().startsWith(s("Paused")));
    QCOMPARE(pause->text(), s("&Resume"));
    QVERIFY(!start->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton); // Resume
    QTRY_COMPARE_WITH_TIMEOUT(importer->state(), State::Finished, 60000);
    QTRY_VERIFY(dialog->progressText().startsWith(s("Done")));

    // Every line once: 57 objects sent (60 lines, one blank, one not JSON), 56 stored.
    QList<qint64> expected;
    for (int i = 1; i <= 60; ++i) {
        if (i != 7 && i != 45)
            expected.append(i);
    }
    QCOMPARE(issued, expected);
    QCOMPARE(importer->progress().succeeded, 57);
    QCOMPARE(importer->progress().failed, 2);
    QCOMPARE(testing::countOperation(m_window->requestLog(), s("PutProfileObject")), 58);
    QCOMPARE(storedTickets(s("ana@example.com")), 57);

    // The failed lines, by line, with the service's message.
    auto *table = dialog->findChild<QTableView *>(s("importFailedTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 0).data().toString(), s("7"));
    QCOMPARE(table->model()->index(1, 0).data().toString(), s("30"));
    QVERIFY(table->model()->index(1, 2).data().toString().contains(s("unique key")));
    auto *save = dialog->findChild<QPushButton *>(s("importSaveFailedButton"));
    QVERIFY(save->isEnabled());
    const QString failed = m_dir.filePath(s("tickets.failed.jsonl"));
    QVERIFY(dialog->saveFailedLines(failed));
    QFile file(failed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{\"id\": \"t7\", \"email\": \n"
                                        "{\"email\": \"ana@example.com\", \"note\": \"no id\"}\n"));
    QFile errors(models::ObjectImporter::errorsPath(failed));
    QVERIFY(errors.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = errors.readAll().split('\n');
    QVERIFY(rows.at(1).startsWith("7,1,,"));
    QVERIFY(rows.at(2).startsWith("30,2,BadRequestException,"));
    QVERIFY(dialog->statusText().contains(s("tickets.failed.jsonl.errors.csv")));
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());
}

void TestGuiImport::refusesAFileOfNeitherFormat()
{
    views::ObjectImportDialog *dialog = openFromPane();
    QVERIFY(dialog);
    const int logged = m_window->requestLog()->rowCount();
    dialog->setFilePath(write(s("array.json"), "[{\"id\": \"1\"}]\n"));
    QVERIFY(!dialog->fileProblem().isEmpty());
    QCOMPARE(dialog->findChild<QLabel *>(s("importFileInfo"))->text(), dialog->fileProblem());
    QVERIFY(!dialog->findChild<QPushButton *>(s("importStartButton"))->isEnabled());
    QVERIFY(!dialog->start());
    QCOMPARE(testing::countOperation(m_window->requestLog(), s("PutProfileObject")), 0);
    QVERIFY(m_window->requestLog()->rowCount() >= logged);
    // Esc closes it when nothing runs.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestGuiImport::menuActionNeedsADomain()
{
    QAction *action = m_window->findChild<QAction *>(s("importObjectsAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QSignalSpy opened(m_window->objectTypes(), &views::ObjectTypesPane::importDialogOpened);
    action->trigger();
    QCOMPARE(opened.size(), 1);
    auto *dialog = opened.first().first().value<views::ObjectImportDialog *>();
    QTRY_VERIFY(dialog->findChild<QComboBox *>(s("importTypeCombo"))->count() == 2);
    dialog->reject();
}

// A file with refused and malformed lines among good ones: the import finishes, every bad
// line counted. With CP_IMPORT_SCREENSHOT=FILE.png, the dialog is saved before and after.
void TestGuiImport::badLinesAmongGoodOnes()
{
    const QString path = qEnvironmentVariable("CP_IMPORT_SCREENSHOT");
    QByteArray bytes;
    for (int i = 1; i <= 400; ++i) {
        if (i % 97 == 0)
            bytes += "{\"email\": \"bo@example.com\"}\n";
        else if (i % 151 == 0)
            bytes += "{\"id\": \"x\", \"email\": \"bo@example.com\",\n";
        else
            bytes += QStringLiteral("{\"id\": \"s%1\", \"email\": \"bo@example.com\", \"channel\": "
                                    "\"web\"}\n").arg(i).toUtf8();
    }
    views::ObjectImportDialog *dialog = openFromPane();
    QVERIFY(dialog);
    dialog->resize(900, 700);
    QTRY_COMPARE(dialog->objectType(), s("Ticket"));
    dialog->setFilePath(write(s("orders.jsonl"), bytes));
    QTRY_VERIFY(dialog->preview()->decisionText().contains(s("—")));
    if (!path.isEmpty())
        QVERIFY(dialog->grab().save(path));
    QVERIFY(dialog->start());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->importer()->state(), State::Finished, 60000);
    const auto progress = dialog->importer()->progress();
    // Lines 151 and 302 are cut short (no JSON); 97, 194, 291 and 388 lack the type's key.
    QCOMPARE(progress.failed, 6);
    QCOMPARE(progress.succeeded, 394);
    dialog->findChild<QTabWidget *>(s("importTabs"))->setCurrentIndex(1);
    if (!path.isEmpty()) {
        QString failedPath = path;
        failedPath.replace(s(".png"), s("-failed.png"));
        QVERIFY(dialog->grab().save(failedPath));
    }
    dialog->reject();
}

// A second file shows its own records, or none: never the first file's.
void TestGuiImport::anotherFileReplacesThePreview()
{
    views::ObjectImportDialog *dialog = openFromPane();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->objectType(), s("Ticket"));
    dialog->setFilePath(write(s("first.jsonl"), "{\"id\": \"f1\", \"email\": \"fi@example.com\"}\n"
                                                "{\"id\": \"f2\", \"email\": \"fi@example.com\"}\n"));
    QTRY_VERIFY(dialog->preview()->decisionText().contains(s("—")));
    QCOMPARE(dialog->preview()->samplePicker()->count(), 2);
    QVERIFY(dialog->preview()->sampleEditor()->toPlainText().contains(s("f1")));
    QVERIFY(previewedRows(dialog) > 0);

    // A CSV of a header alone: a file to import, with no record to preview.
    dialog->setFilePath(write(s("header.csv"), "id,email\n"));
    QVERIFY(dialog->fileProblem().isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(s("importFileInfo"))->text().contains(s("none of")));
    QVERIFY(dialog->preview()->sampleEditor()->toPlainText().isEmpty());
    QCOMPARE(dialog->preview()->samplePicker()->count(), 0);
    QVERIFY(!dialog->preview()->decisionText().contains(s("—")));
    QCOMPARE(previewedRows(dialog), 0);
    dialog->reject();
}

// "Could not be read" is about one type: it goes when another is chosen and read, and a new
// file does not hide it while that type stays chosen.
void TestGuiImport::typeProblemGoesWithTheType()
{
    views::ObjectImportDialog *dialog = openFromPane();
    QVERIFY(dialog);
    QSignalSpy definition(dialog, &views::ObjectImportDialog::definitionLoaded);
    QTRY_COMPARE(dialog->objectType(), s("Ticket"));
    QTRY_VERIFY(!definition.isEmpty());
    // A type listed when the dialog opened and deleted since (by another user, say).
    auto *types = dialog->findChild<QComboBox *>(s("importTypeCombo"));
    types->addItem(s("Gone"));
    types->setCurrentText(s("Gone"));
    QTRY_VERIFY2(dialog->statusText().contains(s("could not be read")),
                 qPrintable(dialog->statusText()));
    dialog->setFilePath(write(s("gone.jsonl"), "{\"id\": \"g1\"}\n"));
    QVERIFY(dialog->statusText().contains(s("could not be read")));

    definition.clear();
    types->setCurrentText(s("Ticket"));
    QTRY_COMPARE(definition.size(), 1);
    QCOMPARE(dialog->statusText(), QString());
    QVERIFY(!dialog->findChild<QLabel *>(s("importStatus"))->isVisible());
    dialog->reject();
}

// An import the service stops (its type deleted meanwhile) pauses with the reason; once it is
// cancelled the dialog no longer says it is paused.
void TestGuiImport::pauseReasonGoesOnCancel()
{
    QJsonObject doomed = testing::ticketTypeInput(kDomain);
    doomed.insert(s("ObjectTypeName"), s("Doomed"));
    QVERIFY(testing::succeeded(m_client->ok(s("PutProfileObjectType"), doomed)));
    QByteArray bytes;
    for (int i = 1; i <= 200; ++i)
        bytes += QStringLiteral("{\"id\": \"d%1\", \"email\": \"do@example.com\"}\n").arg(i).toUtf8();
    views::ObjectImportDialog *dialog = openFromPane();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->findChild<QComboBox *>(s("importTypeCombo"))->findText(s("Doomed")) >= 0,
                 true);
    dialog->setObjectType(s("Doomed"));
    QCOMPARE(dialog->objectType(), s("Doomed"));
    dialog->setFilePath(write(s("doomed.jsonl"), bytes));
    dialog->findChild<QSpinBox *>(s("importConcurrencySpin"))->setValue(1);
    dialog->findChild<QSpinBox *>(s("importRateSpin"))->setValue(20);
    models::ObjectImporter *importer = dialog->importer();
    // Shared, and in the importer's context: nothing reaches this test's locals once it ends.
    const auto deleted = std::make_shared<bool>(false);
    connect(importer, &models::ObjectImporter::issued, importer, [this, importer, deleted](qint64 line) {
        if (line != 5)
            return;
        // From the event loop, not inside the importer's sending.
        QTimer::singleShot(0, importer, [this, deleted] {
            *deleted = testing::succeeded(
                m_client->ok(s("DeleteProfileObjectType"),
                             {{s("DomainName"), kDomain}, {s("ObjectTypeName"), s("Doomed")}}));
        });
    });
    QVERIFY(dialog->start());
    QTRY_COMPARE_WITH_TIMEOUT(importer->state(), State::Paused, 30000);
    QVERIFY(*deleted);
    QVERIFY2(dialog->statusText().startsWith(s("Paused")), qPrintable(dialog->statusText()));

    QTest::mouseClick(dialog->findChild<QPushButton *>(s("importCancelButton")), Qt::LeftButton);
    QTRY_COMPARE(importer->state(), State::Cancelled);
    QVERIFY2(!dialog->statusText().contains(s("Paused")), qPrintable(dialog->statusText()));
    QVERIFY(dialog->progressText().startsWith(s("Cancelled")));
    QVERIFY(importer->progress().succeeded < 200);
    dialog->reject();
}

// A domain without object types: choosing a file does not take away why Start is disabled.
void TestGuiImport::noTypesStaysSaidAfterAFile()
{
    QVERIFY(testing::succeeded(
        m_client->ok(s("CreateDomain"), testing::createDomainInput(s("typeless")))));
    views::ObjectImportDialog dialog(m_client->client, s("typeless"));
    QSignalSpy listed(&dialog, &views::ObjectImportDialog::objectTypesLoaded);
    QTRY_COMPARE(listed.size(), 1);
    QVERIFY(dialog.statusText().contains(s("no object types")));
    dialog.setFilePath(write(s("typeless.jsonl"), "{\"id\": \"n1\"}\n"));
    QVERIFY(dialog.fileProblem().isEmpty());
    QVERIFY2(dialog.statusText().contains(s("no object types")), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.findChild<QPushButton *>(s("importStartButton"))->isEnabled());
}

QTEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"
