// The object type designer's extras against an in-memory local endpoint: starting from a
// template (copying its fields and keys as one undo step, or keeping its TemplateId for the
// service to fill), the difference shown before saving a stored type and a declined save
// sending nothing, and an exported type imported into a second domain and saved there.

#include "../console/guifixture.h"
#include "objecttypespane.h"
#include "objecttypedesigner.h"
#include "objecttypedocument.h"
#include "prompts.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace cp;

namespace {

const QString kDomain = QStringLiteral("extras");
const QString kSecondDomain = QStringLiteral("extras-copy");

QStringList linesStartingWith(const QString &text, const QString &prefix)
{
    QStringList out;
    for (const QString &line : text.split(u'\n'))
        if (line.startsWith(prefix))
            out.append(line);
    return out;
}

} // namespace

class TestDesignerExtras : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void copyFromATemplate();
    void keepTheTemplateIdAndSave();
    void diffOfChangedDescriptionAndRemovedKey();
    void declinedSaveSendsNothing();
    void exportThenImportIntoASecondDomain();

private:
    views::ObjectTypeDesigner *newDesignerInWindow();

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
};

void TestDesignerExtras::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    for (const QString &domain : {kDomain, kSecondDomain})
        QVERIFY(testing::succeeded(
            m_client->ok(QStringLiteral("CreateDomain"), testing::createDomainInput(domain))));
}

void TestDesignerExtras::init()
{
    (void)views::prompts::takeNextAnswer();
}

void TestDesignerExtras::cleanup()
{
    (void)views::prompts::takeNextAnswer();
    m_window.reset();
}

// A new object type's designer opened from a main window on the first domain.
views::ObjectTypeDesigner *TestDesignerExtras::newDesignerInWindow()
{
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(QStringLiteral("Local"), m_endpoint->url()));
    m_window->show();
    if (!QTest::qWaitFor([this] { return m_window->currentDomain() == kDomain; }, 20000))
        return nullptr;
    return m_window->objectTypes()->newObjectType();
}

void TestDesignerExtras::copyFromATemplate()
{
    views::ObjectTypeDesigner *designer = newDesignerInWindow();
    QVERIFY(designer);
    QComboBox *picker = designer->templatePicker();
    QCOMPARE(picker->objectName(), QStringLiteral("templatePicker"));
    QVERIFY(picker->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(picker->count() > 0, 20000);
    auto *copy = designer->findChild<QPushButton *>(QStringLiteral("copyTemplateButton"));
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    const QString id = picker->currentText();
    QVERIFY(designer->document()->setName(QStringLiteral("FromTemplate")));
    QCOMPARE(designer->document()->fieldCount(), 0);

    QTest::keyClick(copy, Qt::Key_Space); // GetProfileObjectTypeTemplate, then the copy
    QTRY_VERIFY_WITH_TIMEOUT(designer->document()->fieldCount() > 0, 20000);
    QVERIFY(designer->document()->keyCount() > 0);
    QVERIFY(!designer->document()->general().templateId);
    QCOMPARE(designer->document()->general().name, QStringLiteral("FromTemplate"));
    const QJsonObject stored = m_client->ok(QStringLiteral("GetProfileObjectTypeTemplate"),
                                            {{QStringLiteral("TemplateId"), id}});
    QCOMPARE(designer->document()->toJsonObject().value(QStringLiteral("Fields")),
             stored.value(QStringLiteral("Fields")));
    QCOMPARE(designer->document()->toJsonObject().value(QStringLiteral("Keys")),
             stored.value(QStringLiteral("Keys")));

    designer->undoAction()->trigger(); // one step
    QCOMPARE(designer->document()->fieldCount(), 0);
    QCOMPARE(designer->document()->keyCount(), 0);
    QCOMPARE(designer->document()->general().name, QStringLiteral("FromTemplate"));
    designer->markSaved(); // nothing to ask on closing
}

void TestDesignerExtras::keepTheTemplateIdAndSave()
{
    views::ObjectTypeDesigner *designer = newDesignerInWindow();
    QVERIFY(designer);
    QTRY_VERIFY_WITH_TIMEOUT(designer->templatePicker()->count() > 0, 20000);
    const QString id = designer->templatePicker()->itemText(0);
    QVERIFY(designer->document()->setName(QStringLiteral("Kept")));
    QVERIFY(designer->document()->setDescription(QStringLiteral("Kept from a template")));
    QVERIFY(designer->keepTemplate(id));
    QCOMPARE(designer->document()->general().templateId, std::optional<QString>(id));
    QCOMPARE(designer->document()->fieldCount(), 0);
    QVERIFY2(designer->problems().isEmpty(), qPrintable(designer->problems().join(u'\n')));

    QVERIFY(designer->save()); // new: no question
    QTRY_VERIFY_WITH_TIMEOUT(!designer->isWindowModified(), 20000);
    QVERIFY(!designer->templatePicker()->isVisible()); // stored now
    const QJsonObject stored =
        m_client->ok(QStringLiteral("GetProfileObjectType"),
                     {{QStringLiteral("DomainName"), kDomain},
                      {QStringLiteral("ObjectTypeName"), QStringLiteral("Kept")}});
    QVERIFY(testing::succeeded(stored));
    QCOMPARE(stored.value(QStringLiteral("TemplateId")).toString(), id);
    QVERIFY(!stored.value(QStringLiteral("Fields")).toObject().isEmpty());
    QVERIFY(!stored.value(QStringLiteral("Keys")).toObject().isEmpty());
}

void TestDesignerExtras::diffOfChangedDescriptionAndRemovedKey()
{
    models::ObjectTypeDocument document;
    document.load(testing::ticketType(), true);
    const QJsonObject before = document.toJsonObject();
    QJsonObject after = before;
    after.insert(QStringLiteral("Description"), QStringLiteral("Tickets of the help desk"));
    QJsonObject keys = after.value(QStringLiteral("Keys")).toObject();
    keys.remove(QStringLiteral("_email"));
    after.insert(QStringLiteral("Keys"), keys);

    const QString diff = views::ObjectTypeDesigner::diff(before, after);
    const QStringList removed = linesStartingWith(diff, QStringLiteral("- "));
    const QStringList added = linesStartingWith(diff, QStringLiteral("+ "));
    QVERIFY2(removed.join(u'\n').contains(QStringLiteral("\"Description\": \"Support tickets\"")),
             qPrintable(diff));
    QVERIFY2(removed.join(u'\n').contains(QStringLiteral("\"_email\": [")), qPrintable(diff));
    QCOMPARE(added,
             QStringList{QStringLiteral("+     \"Description\": \"Tickets of the help desk\",")});
    QVERIFY(linesStartingWith(diff, QStringLiteral("  "))
                .join(u'\n')
                .contains(QStringLiteral("\"ticketId\": [")));
    QVERIFY(views::ObjectTypeDesigner::diff(before, before).indexOf(QStringLiteral("\n- ")) < 0);
    QVERIFY(!views::ObjectTypeDesigner::diff(before, before).contains(QStringLiteral("+ ")));
}

void TestDesignerExtras::declinedSaveSendsNothing()
{
    QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("PutProfileObjectType"), [] {
        QJsonObject input = testing::ticketType().toJson();
        input.insert(QStringLiteral("DomainName"), kDomain);
        return input;
    }())));
    views::ObjectTypeDesigner *designer = newDesignerInWindow();
    QVERIFY(designer);
    designer->load(testing::ticketType(), true);
    QVERIFY(!designer->templatePicker()->isVisible());
    // Saves go through the window, as the Edit object type button does.
    connect(designer, &views::ObjectTypeDesigner::saveRequested, m_window->objectTypes(),
            [this, designer](const QJsonObject &request) {
                m_window->objectTypes()->putObjectType(request, designer,
                                                 [designer] { designer->markSaved(); });
            });
    QSignalSpy requested(designer, &views::ObjectTypeDesigner::saveRequested);
    const int putsBefore =
        testing::countOperation(m_window->requestLog(), QStringLiteral("PutProfileObjectType"));

    QVERIFY(designer->document()->setDescription(QStringLiteral("Tickets of the help desk")));
    QVERIFY(designer->document()->removeKeys(0));
    QVERIFY(!designer->saveDiff()->isVisible());
    views::prompts::setNextAnswer(false);
    QVERIFY(designer->save()); // nothing blocks it: the user is asked
    QVERIFY(!views::prompts::takeNextAnswer()); // asked
    QCOMPARE(designer->saveDiff()->objectName(), QStringLiteral("saveDiff"));
    QVERIFY(designer->saveDiff()->isVisible());
    QVERIFY(designer->saveDiff()->isReadOnly());
    QVERIFY(designer->saveDiff()->toPlainText().contains(
        QStringLiteral("+     \"Description\": \"Tickets of the help desk\",")));
    // The template list can arrive while the question is open: not an edit, the diff stays.
    designer->document()->setTemplateCatalogue({QStringLiteral("Salesforce-Account")});
    QVERIFY(designer->saveDiff()->isVisible());
    QCOMPARE(requested.size(), 0);
    QTest::qWait(50);
    QCOMPARE(
        testing::countOperation(m_window->requestLog(), QStringLiteral("PutProfileObjectType")),
        putsBefore);
    QCOMPARE(m_client
                 ->ok(QStringLiteral("GetProfileObjectType"),
                      {{QStringLiteral("DomainName"), kDomain},
                       {QStringLiteral("ObjectTypeName"), QStringLiteral("Ticket")}})
                 .value(QStringLiteral("Description"))
                 .toString(),
             QStringLiteral("Support tickets"));
    // An edit after the question: the diff shown no longer says what Save would send.
    QVERIFY(designer->document()->setDescription(QStringLiteral("Tickets")));
    QVERIFY(!designer->saveDiff()->isVisible());
    QVERIFY(designer->document()->setDescription(QStringLiteral("Tickets of the help desk")));

    views::prompts::setNextAnswer(true);
    QVERIFY(designer->save());
    QVERIFY(designer->saveDiff()->isVisible());
    QCOMPARE(requested.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!designer->isWindowModified(), 20000);
    QVERIFY(!designer->saveDiff()->isVisible()); // saved: nothing differs any more
    QCOMPARE(m_client
                 ->ok(QStringLiteral("GetProfileObjectType"),
                      {{QStringLiteral("DomainName"), kDomain},
                       {QStringLiteral("ObjectTypeName"), QStringLiteral("Ticket")}})
                 .value(QStringLiteral("Description"))
                 .toString(),
             QStringLiteral("Tickets of the help desk"));
    // Saved: nothing changed against the stored version, so nothing to ask.
    views::prompts::setNextAnswer(false);
    QVERIFY(designer->save());
    QCOMPARE(views::prompts::takeNextAnswer(), std::optional<bool>(false)); // not consumed
    QTRY_COMPARE_WITH_TIMEOUT(
        testing::countOperation(m_window->requestLog(), QStringLiteral("PutProfileObjectType")),
        putsBefore + 2, 20000);
}

void TestDesignerExtras::exportThenImportIntoASecondDomain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ticket.json"));

    views::ObjectTypeDesigner source;
    source.load(testing::ticketType(), true);
    QVERIFY(source.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QVERIFY(!exported.contains(QStringLiteral("DomainName")));
    QCOMPARE(exported, source.document()->toJsonObject());

    // Into a new type: everything, the name included, as one undo step.
    views::ObjectTypeDesigner target;
    target.load({}, false);
    QVERIFY2(target.importFrom(path), qPrintable(target.message()));
    QCOMPARE(target.document()->toJsonObject(), exported);
    QCOMPARE(target.document()->undoStack()->count(), 1);
    target.undoAction()->trigger();
    QCOMPARE(target.document()->fieldCount(), 0);
    target.redoAction()->trigger();
    QCOMPARE(target.document()->general().name, QStringLiteral("Ticket"));

    // Saved in the second domain.
    QSignalSpy requested(&target, &views::ObjectTypeDesigner::saveRequested);
    QVERIFY(target.save());
    QCOMPARE(requested.size(), 1);
    QJsonObject input = requested.at(0).at(0).toJsonObject();
    input.insert(QStringLiteral("DomainName"), kSecondDomain);
    QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("PutProfileObjectType"), input)));
    target.markSaved();
    const QJsonObject copied =
        m_client->ok(QStringLiteral("GetProfileObjectType"),
                     {{QStringLiteral("DomainName"), kSecondDomain},
                      {QStringLiteral("ObjectTypeName"), QStringLiteral("Ticket")}});
    QVERIFY(testing::succeeded(copied));
    QCOMPARE(copied.value(QStringLiteral("Keys")), exported.value(QStringLiteral("Keys")));
    QCOMPARE(copied.value(QStringLiteral("Fields")), exported.value(QStringLiteral("Fields")));

    // Into a stored type: its name is kept.
    QJsonObject other = exported;
    other.insert(QStringLiteral("ObjectTypeName"), QStringLiteral("Other"));
    other.insert(QStringLiteral("Description"), QStringLiteral("Imported"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(other).toJson());
    file.close();
    QVERIFY2(target.importFrom(path), qPrintable(target.message()));
    QCOMPARE(target.document()->general().name, QStringLiteral("Ticket"));
    QCOMPARE(target.document()->general().description, QStringLiteral("Imported"));

    // Invalid JSON says where, and changes nothing.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\n  \"ObjectTypeName\": \"Ticket\",\n}");
    file.close();
    QVERIFY(!target.importFrom(path));
    QVERIFY2(target.message().contains(QStringLiteral("Line 3, column ")),
             qPrintable(target.message()));
    QCOMPARE(target.document()->general().description, QStringLiteral("Imported"));
    QVERIFY(!target.importFrom(dir.filePath(QStringLiteral("missing.json"))));
    target.markSaved();
}

QTEST_MAIN(TestDesignerExtras)
#include "tst_designer_extras.moc"
