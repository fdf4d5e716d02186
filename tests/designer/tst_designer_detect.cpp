// Designing from the user's own records, end to end against an in-memory local endpoint:
// paste records, detect (DetectProfileObjectType), see them in the Preview tab, adjust one
// target, send a field to the standard asset, save, follow the offer to add an integration,
// ingest the records, find the profile by its key and list its asset.

#include "../console/guifixture.h"
#include "designergeneralpage.h"
#include "designerpreviewpage.h"
#include "designertablespage.h"
#include "fieldsmodel.h"
#include "ingestionpreviewmodel.h"
#include "integrationdialog.h"
#include "keysmodel.h"
#include "messagebar.h"
#include "objecttypedesigner.h"
#include "objecttypedocument.h"
#include "objecttypespane.h"
#include "session.h"
#include "prompts.h"
#include "sampledetectiondialog.h"

#include <QComboBox>
#include <QPointer>
#include <QTranslator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace cp;

namespace {

const QString kDomain = QStringLiteral("detect");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const char *kRecords = R"({"id": "P-1", "first_name": "Ana", "last_name": "Lima", "email": "ana@example.com", "device_serial": "SN-1", "updated_at": "2026-11-30T10:00:00Z"}
{"id": "P-2", "first_name": "Ben", "last_name": "Ode", "email": "ben@example.com", "device_serial": "SN-2", "updated_at": "2026-11-30T11:30:00Z"}
{"id": "P-3", "first_name": "Cy", "last_name": "Park", "email": "cy@example.com", "updated_at": "2026-12-01T08:00:00Z"})";

int fieldWithSource(const models::ObjectTypeDocument *document, const QString &source)
{
    for (int row = 0; row < document->fieldCount(); ++row) {
        if (document->field(row).field.source == source)
            return row;
    }
    return -1;
}

} // namespace

class TestDesignerDetect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void designFromPastedRecords();
    void unreadableRecordsAreNotSent();
    void refusalKeepsTheRecords();
    void screenshot();

private:
    views::ObjectTypeDesigner *openDesigner();

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
};

void TestDesignerDetect::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(testing::succeeded(m_client->ok(s("CreateDomain"), testing::createDomainInput(kDomain))));
}

void TestDesignerDetect::cleanup()
{
    (void)views::prompts::takeNextAnswer();
    m_window.reset();
}

views::ObjectTypeDesigner *TestDesignerDetect::openDesigner()
{
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(s("Local"), m_endpoint->url()));
    m_window->show();
    if (!QTest::qWaitFor([this] { return m_window->currentDomain() == kDomain; }, 20000))
        return nullptr;
    auto *newType = m_window->findChild<QPushButton *>(s("newObjectTypeButton"));
    if (!newType || !QTest::qWaitFor([newType] { return newType->isEnabled(); }, 20000))
        return nullptr;
    views::ObjectTypeDesigner *designer = nullptr;
    const auto connection =
        connect(m_window->objectTypes(), &views::ObjectTypesPane::designerOpened, this,
                [&designer](views::ObjectTypeDesigner *opened) { designer = opened; });
    QTest::keyClick(newType, Qt::Key_Space);
    disconnect(connection);
    return designer;
}

void TestDesignerDetect::designFromPastedRecords()
{
    views::ObjectTypeDesigner *designer = openDesigner();
    QVERIFY(designer);
    models::ObjectTypeDocument *document = designer->document();
    QCOMPARE(document->fieldCount(), 0);

    // Paste three records; the dialog says what it read before anything is sent.
    auto *button = designer->findChild<QPushButton *>(s("detectFromSamplesButton"));
    QVERIFY(button && button->isEnabled());
    QTest::keyClick(button, Qt::Key_Space);
    QPointer<views::SampleDetectionDialog> dialog =
        designer->findChild<views::SampleDetectionDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->detectButton()->isEnabled());
    dialog->textEdit()->setPlainText(QString::fromUtf8(kRecords));
    QCOMPARE(dialog->statusText(), s("3 record(s) read (JSON).") /* the source text: no translator here */);
    QVERIFY(dialog->detectButton()->isEnabled());
    QTest::keyClick(dialog->detectButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(document->fieldCount() > 0, 20000);
    // The dialog closes (and goes) once the endpoint answered.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 20000);
    QCOMPARE(testing::countOperation(m_window->requestLog(), s("DetectProfileObjectType")), 1);

    // Fields, keys and the timestamp format as one undo step.
    const QJsonObject detected = document->toJsonObject();
    QVERIFY2(fieldWithSource(document, s("_source.email")) >= 0, document->toJson().constData());
    const QJsonObject keys = detected.value(s("Keys")).toObject();
    QVERIFY2(keys.contains(s("_email")), document->toJson().constData());
    QVERIFY(document->general().sourceLastUpdatedTimestampFormat.has_value());
    QCOMPARE(designer->generalPage()->timestampFormat()->currentText(),
             *document->general().sourceLastUpdatedTimestampFormat);
    // A new type made from one's records creates profiles unless told otherwise.
    QCOMPARE(document->general().allowProfileCreation, std::optional<bool>(true));
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->fieldCount(), 0);
    document->undoStack()->redo();
    QCOMPARE(document->toJsonObject(), detected);

    // The records are in the Preview tab, one of them previewed.
    QCOMPARE(designer->tabs()->currentWidget(), designer->previewPage());
    QComboBox *records = designer->previewPage()->samplePicker();
    QCOMPARE(records->count(), 3);
    QVERIFY(!records->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(!designer->previewPage()->decisionText().isEmpty() &&
                                 !designer->previewPage()->decisionText().contains(s("…")),
                             20000);

    // The third record has no serial: once the serial makes a key, the key table says so.
    const int serial = fieldWithSource(document, s("_source.device_serial"));
    QVERIFY2(serial >= 0, document->toJson().constData());
    const QString serialField = document->field(serial).name;

    // Adjust one target: the serial goes to the standard asset.
    models::IngestionPreviewModel *preview = designer->previewPage()->model();
    QCOMPARE(preview->text(models::IngestionPreviewModel::StandardObjectsSection, s("None")),
             s("the sample makes no standard asset, case or order"));
    QVERIFY(document->setFieldValue(serial, models::ObjectTypeDocument::FieldPart::Target,
                                    s("_asset.SerialNumber")));
    // The field table shows the target as the asset's, not the profile's.
    const QModelIndex target = designer->fieldsPage()->view()->model()->index(
        serial, models::FieldsModel::Target);
    QCOMPARE(target.data(Qt::ToolTipRole).toString(),
             models::FieldsModel::destinationText(schema::destinations::Kind::Asset));
    QVERIFY(target.data(Qt::ForegroundRole).isValid());
    // The preview shows the asset the record brings along, beside the profile.
    QTRY_COMPARE_WITH_TIMEOUT(
        preview->text(models::IngestionPreviewModel::StandardObjectsSection,
                      s("Asset: SerialNumber")),
        s("SN-1"), 20000);
    QCOMPARE(preview->text(models::IngestionPreviewModel::StandardObjectsSection,
                           s("Asset: SerialNumber"), models::IngestionPreviewModel::Details),
             s("from %1").arg(serialField));
    // And a key that no record fills is warned about at its row.
    const int before = document->keyCount();
    document->addKey(s("serialKey"), {{s("LOOKUP_ONLY")}, {serialField}});
    QCOMPARE(document->keyCount(), before + 1);
    QVERIFY(designer->keysPage()->model()->warning(before).isEmpty()); // two records have it

    // Name it, let it create profiles, save.
    QVERIFY(document->setName(s("Purchase")));
    QVERIFY(document->setDescription(s("Purchases, detected from records")));
    document->setAllowProfileCreation(true);
    QVERIFY2(designer->problems().isEmpty(), qPrintable(designer->problems().join(u'\n')));
    QVERIFY(designer->save());
    QTRY_VERIFY_WITH_TIMEOUT(!designer->isWindowModified(), 20000);

    // The message offers the integration, which opens with the type chosen.
    views::MessageBar *bar = m_window->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(s("Purchase")), 20000);
    QVERIFY(bar->activateLink());
    auto *integration = m_window->findChild<views::IntegrationDialog *>();
    QVERIFY(integration);
    QTRY_COMPARE_WITH_TIMEOUT(integration->objectTypeBox()->currentText(), s("Purchase"), 20000);
    integration->reject();

    // The records ingest through the saved type; the profile is found by its key and has
    // its asset.
    for (const QString &line : QString::fromUtf8(kRecords).split(QLatin1Char('\n'))) {
        QVERIFY(testing::succeeded(
            m_client->ok(s("PutProfileObject"), {{s("DomainName"), kDomain},
                                                 {s("ObjectTypeName"), s("Purchase")},
                                                 {s("Object"), line}})));
    }
    const QJsonArray found = m_client
                                 ->ok(s("SearchProfiles"),
                                      {{s("DomainName"), kDomain},
                                       {s("KeyName"), s("_email")},
                                       {s("Values"), QJsonArray{s("ana@example.com")}}})
                                 .value(s("Items"))
                                 .toArray();
    QCOMPARE(found.size(), 1);
    const QString profileId = found.at(0).toObject().value(s("ProfileId")).toString();
    const QJsonArray assets = m_client
                                  ->ok(s("ListProfileObjects"),
                                       {{s("DomainName"), kDomain},
                                        {s("ObjectTypeName"), s("_asset")},
                                        {s("ProfileId"), profileId}})
                                  .value(s("Items"))
                                  .toArray();
    QCOMPARE(assets.size(), 1);
    const QJsonObject asset =
        QJsonDocument::fromJson(assets.at(0).toObject().value(s("Object")).toString().toUtf8())
            .object();
    QCOMPARE(asset.value(s("SerialNumber")).toString(), s("SN-1"));
}

void TestDesignerDetect::unreadableRecordsAreNotSent()
{
    views::ObjectTypeDesigner *designer = openDesigner();
    QVERIFY(designer);
    views::SampleDetectionDialog *dialog = designer->openDetection();
    dialog->textEdit()->setPlainText(s("{\"id\": 1}\n[1, 2]"));
    QCOMPARE(dialog->statusText(), s("Record 2 is not a JSON object."));
    QVERIFY(!dialog->detectButton()->isEnabled());
    QVERIFY(!dialog->detect());
    dialog->textEdit()->setPlainText(s("id,email\n"));
    QCOMPARE(dialog->statusText(), s("The CSV has a header row but no records."));
    QVERIFY(!dialog->detect());
    QCOMPARE(testing::countOperation(m_window->requestLog(), s("DetectProfileObjectType")), 0);
    // Six records: the first five are sent.
    QString six;
    for (int i = 1; i <= 6; ++i)
        six += s("{\"id\": \"%1\", \"email\": \"p%1@example.com\"}\n").arg(i);
    dialog->textEdit()->setPlainText(six);
    QCOMPARE(dialog->statusText(), s("6 record(s) read (JSON). The first 5 are used."));
    QVERIFY(dialog->detect());
    QTRY_VERIFY_WITH_TIMEOUT(designer->document()->fieldCount() > 0, 20000);
    QCOMPARE(designer->previewPage()->samplePicker()->count(), 5);
}

void TestDesignerDetect::refusalKeepsTheRecords()
{
    views::ObjectTypeDesigner *designer = openDesigner();
    QVERIFY(designer);
    // A domain that is gone: the endpoint refuses, the dialog stays with the text.
    designer->setPreviewClient(m_window->session()->client(), s("nowhere"));
    views::SampleDetectionDialog *dialog = designer->openDetection();
    dialog->textEdit()->setPlainText(QString::fromUtf8(kRecords));
    QVERIFY(dialog->detect());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isDetecting(), 20000);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->statusText().startsWith(s("The endpoint could not detect a mapping")),
             qPrintable(dialog->statusText()));
    QCOMPARE(dialog->textEdit()->toPlainText(), QString::fromUtf8(kRecords));
    QCOMPARE(designer->document()->fieldCount(), 0);
    QVERIFY(dialog->detectButton()->isEnabled()); // try again once fixed
}

// With CP_DETECT_SCREENSHOT=FILE.png: the designer just after detection, on the Preview
// tab with the records, rendered to FILE.png (docs/designer-detect.png comes from it).
void TestDesignerDetect::screenshot()
{
    const QString path = qEnvironmentVariable("CP_DETECT_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("CP_DETECT_SCREENSHOT is not set");
    // CP_DETECT_QM=BUILD/app/cpconsole_en.qm: as the console shows it (English plurals).
    QTranslator translator;
    if (!qEnvironmentVariableIsEmpty("CP_DETECT_QM")) {
        QVERIFY(translator.load(qEnvironmentVariable("CP_DETECT_QM")));
        QCoreApplication::installTranslator(&translator);
    }
    views::ObjectTypeDesigner *designer = openDesigner();
    QVERIFY(designer);
    views::SampleDetectionDialog *dialog = designer->openDetection();
    dialog->textEdit()->setPlainText(QString::fromUtf8(kRecords));
    QVERIFY(dialog->detect());
    QTRY_VERIFY_WITH_TIMEOUT(designer->document()->fieldCount() > 0, 20000);
    designer->document()->setName(s("Purchase"));
    QTRY_VERIFY_WITH_TIMEOUT(!designer->previewPage()->decisionText().contains(s("…")), 20000);
    QTest::qWait(200);
    QVERIFY(designer->grab().save(path));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestDesignerDetect)
#include "tst_designer_detect.moc"
