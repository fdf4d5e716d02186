// The console's commands: the CommandRunner (error, success message, refresh), each
// pane's commands enabled only when they can run (saying why otherwise), and the shared
// loader of a domain's object types reading every page (key names past the first 100
// types offered in the Profiles pane).

#include "commandrunner.h"
#include "domainspane.h"
#include "duplicatesview.h"
#include "guifixture.h"
#include "integrationspane.h"
#include "messagebar.h"
#include "objecttypesloader.h"
#include "objecttypespane.h"
#include "profilespane.h"
#include "standardprofile.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QPushButton>
#include <QTabWidget>

using namespace cp;

namespace {

const QString kDomain = QStringLiteral("many");
const QString kEmpty = QStringLiteral("empty");
constexpr int kTypes = 105; // past the service's page of 100

QString typeName(int i)
{
    return QStringLiteral("Type%1").arg(i, 3, 10, QLatin1Char('0'));
}

QString keyName(int i)
{
    return QStringLiteral("key%1").arg(i, 3, 10, QLatin1Char('0'));
}

QJsonObject typeInput(const QString &domain, int i)
{
    const QJsonArray fieldNames{QStringLiteral("id")};
    return {{QStringLiteral("DomainName"), domain},
            {QStringLiteral("ObjectTypeName"), typeName(i)},
            {QStringLiteral("Description"), QStringLiteral("one of many")},
            {QStringLiteral("Fields"),
             QJsonObject{{QStringLiteral("id"),
                          QJsonObject{{QStringLiteral("Source"), QStringLiteral("_source.id")}}}}},
            {QStringLiteral("Keys"),
             QJsonObject{{keyName(i),
                          QJsonArray{QJsonObject{{QStringLiteral("StandardIdentifiers"),
                                                  QJsonArray{QStringLiteral("UNIQUE")}},
                                                 {QStringLiteral("FieldNames"), fieldNames}}}}}}};
}

} // namespace

class TestGuiCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void runnerShowsTheError();
    void errorLeavesThePanesButtonsFree();
    void runnerShowsSuccessAndRefreshes();
    void runnerSkipsTheRefreshOfAGoneContext();
    void runnerWithoutConnectionDoesNothing();
    void loaderReadsEveryPage();
    void loaderCancels();
    void profilesOfferKeyNamesPastTheFirstPage();
    void domainCommandsSayWhyDisabled();
    void paneCommandsSayWhyDisabled();

private:
    views::MainWindow *openWindow(const QString &domain);

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
};

void TestGuiCommands::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("CreateDomain"), testing::createDomainInput(kEmpty))));
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("CreateDomain"), testing::createDomainInput(kDomain))));
    for (int i = 0; i < kTypes; ++i)
        QVERIFY2(testing::succeeded(
                     m_client->ok(QStringLiteral("PutProfileObjectType"), typeInput(kDomain, i))),
                 qPrintable(typeName(i)));
    // The service's first page does not hold them all.
    const QJsonObject first = m_client->ok(QStringLiteral("ListProfileObjectTypes"),
                                           {{QStringLiteral("DomainName"), kDomain}});
    QVERIFY(first.value(QStringLiteral("Items")).toArray().size() < kTypes);
    QVERIFY(!first.value(QStringLiteral("NextToken")).toString().isEmpty());
}

void TestGuiCommands::cleanup()
{
    m_window.reset();
}

views::MainWindow *TestGuiCommands::openWindow(const QString &domain)
{
    QSettings().clear();
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(QStringLiteral("Local"), m_endpoint->url()));
    if (!QTest::qWaitFor([this] { return m_window->domains()->model()->rowCount() == 2; }, 60000))
        return nullptr;
    if (!m_window->domains()->selectRow(QStringLiteral("DomainName"), domain))
        return nullptr;
    return m_window->currentDomain() == domain ? m_window.get() : nullptr;
}

void TestGuiCommands::runnerShowsTheError()
{
    QVERIFY(openWindow(kEmpty));
    views::CommandRunner *runner = m_window->commands();
    QSignalSpy finished(runner, &views::CommandRunner::finished);
    bool refreshed = false;
    QVERIFY(runner->run({QStringLiteral("GetProfileObjectType"),
                         {{QStringLiteral("DomainName"), kEmpty},
                          {QStringLiteral("ObjectTypeName"), QStringLiteral("Missing")}},
                         QStringLiteral("never shown"),
                         [&refreshed](const QJsonObject &) { refreshed = true; }}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("GetProfileObjectType"));
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(!refreshed);
    views::MessageBar *bar = m_window->messageBar();
    QVERIFY(bar->isVisibleTo(m_window.get()));
    QVERIFY(!bar->text().isEmpty());
    QVERIFY(bar->text() != QStringLiteral("never shown"));
    QVERIFY2(bar->detailsText().contains(QStringLiteral("ResourceNotFoundException")),
             qPrintable(bar->detailsText()));
}

void TestGuiCommands::errorLeavesThePanesButtonsFree()
{
    QVERIFY(openWindow(kDomain));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    views::MessageBar *bar = m_window->messageBar();
    client::ServiceError error;
    error.type = QStringLiteral("ValidationException");
    error.message = QStringLiteral("A long message from the service that explains at length what "
                                   "went wrong with the request, in more words than fit a line.");
    bar->showError(error);
    QVERIFY(bar->isVisible());
    QWidget *host = bar->parentWidget();
    QVERIFY(host);
    QCOMPARE(bar->geometry().right() < host->width(), true);
    QVERIFY2(bar->width() < host->width() / 2, qPrintable(QString::number(bar->width())));
    // Every button of the tabs with buttons along their bottom stays uncovered.
    for (QWidget *tab : {static_cast<QWidget *>(m_window->objectTypes()),
                         static_cast<QWidget *>(m_window->duplicates())}) {
        m_window->domainTabs()->setCurrentWidget(tab);
        int seen = 0;
        for (QPushButton *button : tab->findChildren<QPushButton *>()) {
            if (!button->isVisible())
                continue;
            ++seen;
            const QRect where(button->mapTo(host, QPoint(0, 0)), button->size());
            QVERIFY2(!where.intersects(bar->geometry()), qPrintable(button->text()));
        }
        QVERIFY(seen >= 3);
    }
    // The text wraps inside the narrower bar rather than being cut.
    QVERIFY(bar->height() > bar->fontMetrics().height());
    bar->hide();
}

void TestGuiCommands::runnerShowsSuccessAndRefreshes()
{
    QVERIFY(openWindow(kEmpty));
    views::CommandRunner *runner = m_window->commands();
    QSignalSpy finished(runner, &views::CommandRunner::finished);
    QJsonObject answer;
    QVERIFY(runner->run({QStringLiteral("GetDomain"),
                         {{QStringLiteral("DomainName"), kEmpty}},
                         QStringLiteral("Read the domain."),
                         [&answer](const QJsonObject &value) { answer = value; },
                         this}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QCOMPARE(answer.value(QStringLiteral("DomainName")).toString(), kEmpty);
    QCOMPARE(m_window->messageBar()->text(), QStringLiteral("Read the domain."));

    // A pane's command: the message and the refresh of what changed (its listing).
    views::IntegrationsPane *integrations = m_window->integrations();
    QTRY_VERIFY_WITH_TIMEOUT(!integrations->model()->isLoading(), 60000);
    QCOMPARE(integrations->model()->rowCount(), 0);
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("PutProfileObjectType"), testing::ticketTypeInput(kEmpty))));
    const int lists =
        testing::countOperation(m_window->requestLog(), QStringLiteral("ListIntegrations"));
    integrations->putIntegration({{QStringLiteral("DomainName"), kEmpty},
                                  {QStringLiteral("Uri"), QStringLiteral("arn:aws:s3:::bucket-a")},
                                  {QStringLiteral("ObjectTypeName"), QStringLiteral("Ticket")}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(finished.at(1).at(0).toString(), QStringLiteral("PutIntegration"));
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("arn:aws:s3:::bucket-a")));
    QTRY_COMPARE_WITH_TIMEOUT(integrations->model()->rowCount(), 1, 60000);
    QVERIFY(testing::countOperation(m_window->requestLog(), QStringLiteral("ListIntegrations")) >
            lists);
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("DeleteIntegration"),
                     {{QStringLiteral("DomainName"), kEmpty},
                      {QStringLiteral("Uri"), QStringLiteral("arn:aws:s3:::bucket-a")}})));
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("DeleteProfileObjectType"),
                     {{QStringLiteral("DomainName"), kEmpty},
                      {QStringLiteral("ObjectTypeName"), QStringLiteral("Ticket")}})));
}

void TestGuiCommands::runnerSkipsTheRefreshOfAGoneContext()
{
    QVERIFY(openWindow(kEmpty));
    views::CommandRunner *runner = m_window->commands();
    QSignalSpy finished(runner, &views::CommandRunner::finished);
    bool refreshed = false;
    auto *context = new QObject;
    QVERIFY(runner->run({QStringLiteral("GetDomain"),
                         {{QStringLiteral("DomainName"), kEmpty}},
                         QStringLiteral("Still told."),
                         [&refreshed](const QJsonObject &) { refreshed = true; },
                         context}));
    delete context;
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(!refreshed);
    QCOMPARE(m_window->messageBar()->text(), QStringLiteral("Still told."));
}

void TestGuiCommands::runnerWithoutConnectionDoesNothing()
{
    views::MessageBar bar;
    views::CommandRunner runner(&bar);
    QVERIFY(!runner.client());
    QVERIFY(!runner.run({QStringLiteral("ListDomains"), {}, QStringLiteral("no")}));
    QVERIFY(bar.text().isEmpty());
}

void TestGuiCommands::loaderReadsEveryPage()
{
    models::ObjectTypesLoader loader;
    loader.setClient(m_client->client);
    loader.setFetchDefinitions(true);
    QSignalSpy names(&loader, &models::ObjectTypesLoader::namesLoaded);
    QSignalSpy definitions(&loader, &models::ObjectTypesLoader::definitionLoaded);
    QSignalSpy finished(&loader, &models::ObjectTypesLoader::finished);
    loader.load(kDomain);
    QVERIFY(loader.isLoading());
    QVERIFY(finished.wait(120000));
    QCOMPARE(names.size(), 1);
    QCOMPARE(loader.names().size(), kTypes);
    QVERIFY(loader.names().contains(typeName(kTypes - 1)));
    QCOMPARE(definitions.size(), kTypes);
    QCOMPARE(loader.keyNames().size(), kTypes);
    QVERIFY(loader.keyNames().contains(keyName(kTypes - 1)));
    QVERIFY(!loader.isLoading());

    // Small pages: the same types, one page per 40.
    models::ObjectTypesLoader paged;
    paged.setClient(m_client->client);
    paged.setPageSize(40);
    QSignalSpy pagedFinished(&paged, &models::ObjectTypesLoader::finished);
    paged.load(kDomain);
    QVERIFY(pagedFinished.wait(120000));
    QCOMPARE(paged.names(), loader.names());
    QVERIFY(paged.keyNames().isEmpty()); // definitions only when asked for
}

void TestGuiCommands::loaderCancels()
{
    auto *owner = new QObject;
    auto *loader = new models::ObjectTypesLoader(owner);
    loader->setClient(m_client->client);
    loader->setFetchDefinitions(true);
    QSignalSpy loaded(loader, &models::ObjectTypesLoader::namesLoaded);
    QSignalSpy failed(loader, &models::ObjectTypesLoader::failed);
    loader->load(kDomain);
    loader->cancel();
    QVERIFY(!loader->isLoading());
    QVERIFY(!loaded.wait(500));
    QCOMPARE(failed.size(), 0); // a cancel is not a failure to report

    // A new load drops the one before it; destroying the context ends the calls.
    loader->load(kEmpty);
    loader->load(kDomain);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loader->names().size(), kTypes);
    delete owner; // its definitions in flight are cancelled, nothing is called back
    QTest::qWait(200);
}

void TestGuiCommands::profilesOfferKeyNamesPastTheFirstPage()
{
    QVERIFY(openWindow(kDomain));
    views::ProfilesPane *profiles = m_window->profiles();
    QComboBox *keys = profiles->keyPicker();
    // The predefined keys the service documents, then the domain's own.
    for (const QString &name : schema::standardprofile::predefinedKeyNames())
        QVERIFY2(keys->findText(name) >= 0, qPrintable(name));
    QCOMPARE(schema::standardprofile::predefinedKeyNames().size(), 21);
    QTRY_VERIFY_WITH_TIMEOUT(keys->findText(keyName(kTypes - 1)) >= 0, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(keys->count(), 21 + kTypes, 120000);
    QCOMPARE(profiles->objectTypePicker()->count(), kTypes + 1); // "All object types" first
    QVERIFY(profiles->objectTypePicker()->findText(typeName(kTypes - 1)) >= 0);
}

void TestGuiCommands::domainCommandsSayWhyDisabled()
{
    // Before any connection: nothing to create a domain in.
    m_window = std::make_unique<views::MainWindow>();
    views::DomainsPane *domains = m_window->domains();
    QVERIFY(!domains->newDomainAction()->isEnabled());
    QCOMPARE(domains->newDomainAction()->toolTip(), QStringLiteral("Open a connection first."));
    for (QAction *action : {domains->deleteDomainAction(), domains->editDomainAction(),
                            domains->editTagsAction(), domains->copyArnAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QCOMPARE(action->toolTip(), QStringLiteral("Choose a domain first."));
    }
    QVERIFY(openWindow(kEmpty));
    domains = m_window->domains();
    for (QAction *action :
         {domains->newDomainAction(), domains->deleteDomainAction(), domains->editDomainAction(),
          domains->editTagsAction(), domains->copyArnAction()}) {
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(action->toolTip() != QStringLiteral("Choose a domain first."));
    }
}

void TestGuiCommands::paneCommandsSayWhyDisabled()
{
    QVERIFY(openWindow(kEmpty));
    const auto button = [this](const char *name) {
        return m_window->findChild<QPushButton *>(QString::fromLatin1(name));
    };
    // A domain without object types or integrations: only the commands that make one.
    views::ObjectTypesPane *types = m_window->objectTypes();
    QTRY_VERIFY_WITH_TIMEOUT(!types->list()->model()->isLoading(), 60000);
    QVERIFY(button("newObjectTypeButton")->isEnabled());
    for (const char *name :
         {"editObjectTypeButton", "deleteObjectTypeButton", "objectTypeTagsButton"}) {
        QVERIFY2(!button(name)->isEnabled(), name);
        QCOMPARE(button(name)->toolTip(), QStringLiteral("Choose an object type first."));
    }
    QVERIFY(button("addIntegrationButton")->isEnabled());
    QVERIFY(button("findIntegrationsButton")->isEnabled());
    for (const char *name : {"deleteIntegrationButton", "integrationTagsButton"}) {
        QVERIFY2(!button(name)->isEnabled(), name);
        QCOMPARE(button(name)->toolTip(), QStringLiteral("Choose an integration first."));
    }
    QVERIFY(button("newProfileButton")->isEnabled());
    QVERIFY(button("putObjectButton")->isEnabled());
    for (const char *name : {"editProfileButton", "deleteProfileButton", "addKeyButton",
                             "deleteKeyButton", "deleteObjectButton"}) {
        QVERIFY2(!button(name)->isEnabled(), name);
        QCOMPARE(button(name)->toolTip(), QStringLiteral("Find a profile and choose it first."));
    }

    // Choosing an object type enables its commands; without a domain, they say so.
    QVERIFY(m_window->domains()->selectRow(QStringLiteral("DomainName"), kDomain));
    QTRY_VERIFY_WITH_TIMEOUT(types->list()->model()->rowCount() > 0, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!types->currentId().isEmpty(), 60000);
    for (const char *name :
         {"editObjectTypeButton", "deleteObjectTypeButton", "objectTypeTagsButton"}) {
        QVERIFY2(button(name)->isEnabled(), name);
        QVERIFY(button(name)->toolTip().isEmpty());
    }
    types->setDomain(QString());
    QVERIFY(!button("newObjectTypeButton")->isEnabled());
    QCOMPARE(button("newObjectTypeButton")->toolTip(), QStringLiteral("Choose a domain first."));
    QCOMPARE(button("editObjectTypeButton")->toolTip(), QStringLiteral("Choose a domain first."));
}

QTEST_MAIN(TestGuiCommands)
#include "tst_gui_commands.moc"
