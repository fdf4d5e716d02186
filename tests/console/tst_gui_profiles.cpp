// The main window's object types and profiles on an in-memory local endpoint, and the
// sample data loader.

#include "definitionbrowser.h"
#include "domainoverview.h"
#include "guifixture.h"
#include "jsonobjectdialog.h"
#include "messagebar.h"
#include "objecttypedetails.h"
#include "profilespane.h"
#include "sampledataloader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>

using namespace cp;
using testing::listed;

namespace {

const QString kDomain = QStringLiteral("shop");
const QString kNoTypes = QStringLiteral("zz-no-types"); // after kDomain: not the first shown

QJsonObject field(const QString &source, const QString &target = {}, const QString &type = {})
{
    QJsonObject f{{QStringLiteral("Source"), source}};
    if (!target.isEmpty())
        f.insert(QStringLiteral("Target"), target);
    if (!type.isEmpty())
        f.insert(QStringLiteral("ContentType"), type);
    return f;
}

QJsonArray key(const QString &identifier, const QString &fieldName)
{
    return {QJsonObject{{QStringLiteral("StandardIdentifiers"), QJsonArray{identifier}},
                        {QStringLiteral("FieldNames"), QJsonArray{fieldName}}}};
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestGuiProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void objectTypesListed();
    void searchByEmail();
    void searchByCustomKey();
    void typesNotYetKnownAreNotNone();
    void sampleData();

private:
    void search(const QString &keyName, const QString &value);

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
};

void TestGuiProfiles::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("CreateDomain"), testing::createDomainInput(kDomain))));
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("CreateDomain"), testing::createDomainInput(kNoTypes))));
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("CreateProfile"),
        {{QStringLiteral("DomainName"), kNoTypes},
         {QStringLiteral("EmailAddress"), QStringLiteral("typeless@example.com")}})));
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("PutProfileObjectType"),
                     {{QStringLiteral("DomainName"), kDomain},
                      {QStringLiteral("ObjectTypeName"), QStringLiteral("CrmContact")},
                      {QStringLiteral("Description"), QStringLiteral("CRM contacts")},
                      {QStringLiteral("TemplateId"), QStringLiteral("Salesforce-Contact")}})));
    const QJsonObject fields{
        {QStringLiteral("id"), field(QStringLiteral("_source.id"))},
        {QStringLiteral("email"),
         field(QStringLiteral("_source.email"), QStringLiteral("_profile.EmailAddress"),
               QStringLiteral("EMAIL_ADDRESS"))},
        {QStringLiteral("first"),
         field(QStringLiteral("_source.first"), QStringLiteral("_profile.FirstName"))},
        {QStringLiteral("loyalty"), field(QStringLiteral("_source.loyalty"))}};
    const QJsonObject keys{
        {QStringLiteral("orderId"), key(QStringLiteral("UNIQUE"), QStringLiteral("id"))},
        {QStringLiteral("_email"), key(QStringLiteral("PROFILE"), QStringLiteral("email"))},
        {QStringLiteral("loyaltyId"), key(QStringLiteral("PROFILE"), QStringLiteral("loyalty"))}};
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("PutProfileObjectType"),
                     {{QStringLiteral("DomainName"), kDomain},
                      {QStringLiteral("ObjectTypeName"), QStringLiteral("WebOrder")},
                      {QStringLiteral("Description"), QStringLiteral("Web shop orders")},
                      {QStringLiteral("AllowProfileCreation"), true},
                      {QStringLiteral("Fields"), fields},
                      {QStringLiteral("Keys"), keys}})));
    const QList<QJsonObject> orders = {
        {{QStringLiteral("id"), QStringLiteral("o-1")},
         {QStringLiteral("email"), QStringLiteral("ana@example.com")},
         {QStringLiteral("first"), QStringLiteral("Ana")},
         {QStringLiteral("loyalty"), QStringLiteral("L-77")}},
        {{QStringLiteral("id"), QStringLiteral("o-2")},
         {QStringLiteral("email"), QStringLiteral("ben@example.com")},
         {QStringLiteral("first"), QStringLiteral("Ben")},
         {QStringLiteral("loyalty"), QStringLiteral("L-88")}}};
    for (const QJsonObject &order : orders) {
        QVERIFY(testing::succeeded(
            m_client->ok(QStringLiteral("PutProfileObject"),
                         {{QStringLiteral("DomainName"), kDomain},
                          {QStringLiteral("ObjectTypeName"), QStringLiteral("WebOrder")},
                          {QStringLiteral("Object"), compact(order)}})));
    }
}

void TestGuiProfiles::init()
{
    QSettings().clear();
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(QStringLiteral("Local"), m_endpoint->url()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kDomain, 60000);
}

void TestGuiProfiles::cleanup()
{
    m_window.reset();
}

void TestGuiProfiles::objectTypesListed()
{
    views::DefinitionBrowser *types = m_window->objectTypes();
    QAbstractItemModelTester tester(types->list()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(
        listed(types->list(), QStringLiteral("ObjectTypeName")),
        (QStringList{QStringLiteral("CrmContact"), QStringLiteral("WebOrder")}), 60000);
    QStandardItemModel *fieldsModel = types->details()->fieldsModel();
    QStandardItemModel *keysModel = types->details()->keysModel();
    QAbstractItemModelTester fieldsTester(fieldsModel,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester keysTester(keysModel,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(types->list()->selectRow(QStringLiteral("ObjectTypeName"), QStringLiteral("WebOrder")));
    QCOMPARE(types->currentId(), QStringLiteral("WebOrder"));
    QTRY_COMPARE_WITH_TIMEOUT(fieldsModel->rowCount(), 4, 60000);
    QCOMPARE(keysModel->rowCount(), 3);
    QStringList fieldNames, keyNames;
    for (int row = 0; row < fieldsModel->rowCount(); ++row)
        fieldNames.append(fieldsModel->item(row, 0)->text());
    for (int row = 0; row < keysModel->rowCount(); ++row)
        keyNames.append(keysModel->item(row, 0)->text());
    fieldNames.sort();
    keyNames.sort();
    QCOMPARE(fieldNames, (QStringList{QStringLiteral("email"), QStringLiteral("first"),
                                      QStringLiteral("id"), QStringLiteral("loyalty")}));
    QCOMPARE(keyNames, (QStringList{QStringLiteral("_email"), QStringLiteral("loyaltyId"),
                                    QStringLiteral("orderId")}));

    // The one from a template shows the template's fields and keys.
    QVERIFY(
        types->list()->selectRow(QStringLiteral("ObjectTypeName"), QStringLiteral("CrmContact")));
    QTRY_VERIFY_WITH_TIMEOUT(fieldsModel->rowCount() > 0 &&
                                 fieldsModel->item(0, 0)->text() != QStringLiteral("email"),
                             60000);
    QVERIFY(keysModel->rowCount() > 0);

    // The account's templates.
    views::DefinitionBrowser *templates = m_window->templates();
    QTRY_VERIFY_WITH_TIMEOUT(listed(templates->list(), QStringLiteral("TemplateId"))
                                 .contains(QStringLiteral("Salesforce-Contact")),
                             60000);
}

void TestGuiProfiles::search(const QString &keyName, const QString &value)
{
    views::ProfilesPane *profiles = m_window->profiles();
    auto *keyPicker = profiles->findChild<QComboBox *>(QStringLiteral("searchKey"));
    auto *values = profiles->findChild<QLineEdit *>(QStringLiteral("searchValues"));
    auto *button = profiles->findChild<QPushButton *>(QStringLiteral("searchButton"));
    QVERIFY(keyPicker && values && button);
    QTRY_VERIFY_WITH_TIMEOUT(keyPicker->findText(keyName) >= 0, 60000);
    keyPicker->setCurrentIndex(keyPicker->findText(keyName));
    values->clear();
    QTest::keyClicks(values, value);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestGuiProfiles::searchByEmail()
{
    views::ProfilesPane *profiles = m_window->profiles();
    QAbstractItemModelTester tester(profiles->results()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    search(QStringLiteral("_email"), QStringLiteral("ana@example.com"));
    QTRY_COMPARE_WITH_TIMEOUT(profiles->results()->model()->rowCount(), 1, 60000);
    QCOMPARE(profiles->results()->model()->item(0).value(QStringLiteral("FirstName")).toString(),
             QStringLiteral("Ana"));
    QVERIFY(profiles->profileText().isEmpty());

    profiles->results()->view()->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(profiles->profileText().contains(QStringLiteral("ana@example.com")),
                             60000);
    const QJsonObject shown = QJsonDocument::fromJson(profiles->profileText().toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("EmailAddress")).toString(),
             QStringLiteral("ana@example.com"));

    // Its objects of a type.
    auto *typePicker = profiles->findChild<QComboBox *>(QStringLiteral("objectTypePicker"));
    QVERIFY(typePicker);
    QTRY_VERIFY_WITH_TIMEOUT(typePicker->findText(QStringLiteral("WebOrder")) >= 0, 60000);
    typePicker->setCurrentIndex(typePicker->findText(QStringLiteral("WebOrder")));
    QTRY_COMPARE_WITH_TIMEOUT(profiles->objects()->model()->rowCount(), 1, 60000);
    const QJsonObject object = QJsonDocument::fromJson(profiles->objects()
                                                           ->model()
                                                           ->item(0)
                                                           .value(QStringLiteral("Object"))
                                                           .toString()
                                                           .toUtf8())
                                   .object();
    QCOMPARE(object.value(QStringLiteral("id")).toString(), QStringLiteral("o-1"));
    typePicker->setCurrentIndex(typePicker->findText(QStringLiteral("CrmContact")));
    QTRY_VERIFY_WITH_TIMEOUT(!profiles->objects()->model()->isLoading() &&
                                 profiles->objects()->model()->rowCount() == 0,
                             60000);

    // Searching for nothing sends nothing, and the profile on show stays.
    search(QStringLiteral("_email"), QString());
    QVERIFY(profiles->profileText().contains(QStringLiteral("ana@example.com")));
    QCOMPARE(profiles->results()->model()->rowCount(), 1);

    // Several values at once, separated by commas.
    search(QStringLiteral("_email"), QStringLiteral("ana@example.com, ben@example.com"));
    QTRY_COMPARE_WITH_TIMEOUT(profiles->results()->model()->rowCount(), 2, 60000);
    QVERIFY(profiles->profileText().isEmpty());
    QVERIFY(!m_window->messageBar()->isVisibleTo(m_window.get()));
}

void TestGuiProfiles::searchByCustomKey()
{
    views::ProfilesPane *profiles = m_window->profiles();
    // Before a search, the empty table says how to find profiles.
    auto *placeholder = profiles->findChild<QLabel *>(QStringLiteral("profileResultsPlaceholder"));
    QVERIFY(placeholder);
    QVERIFY(placeholder->text().startsWith(QStringLiteral("Profiles are found by their keys")));
    QVERIFY(!placeholder->isHidden());
    search(QStringLiteral("loyaltyId"), QStringLiteral("L-88"));
    QTRY_COMPARE_WITH_TIMEOUT(profiles->results()->model()->rowCount(), 1, 60000);
    QCOMPARE(profiles->results()->model()->item(0).value(QStringLiteral("EmailAddress")).toString(),
             QStringLiteral("ben@example.com"));
    QVERIFY(placeholder->isHidden());
    // A filter that hides every row says so.
    QTest::keyClicks(profiles->results()->filter(), QStringLiteral("zzz"));
    QCOMPARE(placeholder->text(), QStringLiteral("No row matches the filter."));
    QVERIFY(!placeholder->isHidden());
    profiles->results()->filter()->clear();
    QVERIFY(placeholder->isHidden());
    search(QStringLiteral("loyaltyId"), QStringLiteral("L-00"));
    QTRY_VERIFY_WITH_TIMEOUT(!profiles->results()->model()->isLoading(), 60000);
    QCOMPARE(profiles->results()->model()->rowCount(), 0);
    QCOMPARE(placeholder->text(), QStringLiteral("No profile holds this value."));
    QVERIFY(!placeholder->isHidden());
    QVERIFY(!m_window->messageBar()->isVisibleTo(m_window.get()));
}

// Before the object types have answered, "no types" was said of a domain that has some;
// and a domain that has none said "Choose a profile" of a profile already chosen.
void TestGuiProfiles::typesNotYetKnownAreNotNone()
{
    views::ProfilesPane *profiles = m_window->profiles();
    m_window->domainTabs()->setCurrentWidget(profiles);
    auto *put = profiles->findChild<QPushButton *>(QStringLiteral("putObjectButton"));
    QVERIFY(m_window->domains()->selectRow(QStringLiteral("DomainName"), kNoTypes));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kNoTypes, 60000);
    search(QStringLiteral("_email"), QStringLiteral("typeless@example.com"));
    QTRY_COMPARE_WITH_TIMEOUT(profiles->results()->model()->rowCount(), 1, 60000);
    profiles->results()->view()->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(profiles->profileText().contains(QStringLiteral("typeless")), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(profiles->objects()->placeholderText(),
                              QStringLiteral("This domain has no object types yet, so its "
                                             "profiles have no objects."),
                              60000);

    // Back to a domain with types: its listing can only answer through this thread's event
    // loop, so Put object… opens while it is under way.
    QVERIFY(m_window->domains()->selectRow(QStringLiteral("DomainName"), kDomain));
    QCOMPARE(m_window->currentDomain(), kDomain);
    QVERIFY(put->isEnabled());
    QTest::mouseClick(put, Qt::LeftButton);
    auto *dialog = m_window->findChild<views::JsonObjectDialog *>(QStringLiteral("putObjectDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->problem(), QStringLiteral("Reading the domain's object types…"));
    auto *types = dialog->findChild<QComboBox *>(QStringLiteral("putObjectType"));
    QTRY_COMPARE_WITH_TIMEOUT(types->count(), 2, 60000);
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    dialog->reject();
}

void TestGuiProfiles::sampleData()
{
    views::SampleDataLoader loader;
    QSignalSpy finished(&loader, &views::SampleDataLoader::finished);
    QSignalSpy progress(&loader, &views::SampleDataLoader::progress);
    loader.load(m_window->session()->client(), m_window.get());
    QVERIFY(loader.isRunning());
    QVERIFY(finished.wait(240000));
    QCOMPARE(finished.size(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!loader.isRunning());
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
    // The message names an email to search for, and it finds one profile.
    const QString message = finished.at(0).at(1).toString();
    const QString email =
        message.section(QStringLiteral("Search _email for "), 1).section(u';', 0, 0);
    QVERIFY2(email.contains(u'@'), qPrintable(message));
    QCOMPARE(m_client
                 ->ok(QStringLiteral("SearchProfiles"),
                      {{QStringLiteral("DomainName"), views::SampleDataLoader::domainName()},
                       {QStringLiteral("KeyName"), QStringLiteral("_email")},
                       {QStringLiteral("Values"), QJsonArray{email}}})
                 .value(QStringLiteral("Items"))
                 .toArray()
                 .size(),
             1);

    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(listed(m_window->domains(), QStringLiteral("DomainName"))
                                 .contains(views::SampleDataLoader::domainName()),
                             60000);
    QVERIFY(m_window->domains()->selectRow(QStringLiteral("DomainName"),
                                           views::SampleDataLoader::domainName()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->valueText(QStringLiteral("overviewName")),
                              views::SampleDataLoader::domainName(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->valueText(QStringLiteral("overviewProfiles")),
                              QLocale().toString(views::SampleDataLoader::kCustomers +
                                                 views::SampleDataLoader::kEnteredTwice),
                              60000);
    // Each customer entered twice is one match group of two for the Duplicates tab.
    const QString domain = views::SampleDataLoader::domainName();
    const auto groupSizes = [this, &domain] {
        QList<int> sizes;
        const QJsonObject matches = m_client->ok(QStringLiteral("ListRuleBasedMatches"),
                                                 {{QStringLiteral("DomainName"), domain}});
        for (const QJsonValue &matchId : matches.value(QStringLiteral("MatchIds")).toArray()) {
            const QJsonObject group =
                m_client->ok(QStringLiteral("GetSimilarProfiles"),
                             {{QStringLiteral("DomainName"), domain},
                              {QStringLiteral("MatchType"), QStringLiteral("RULE_BASED_MATCHING")},
                              {QStringLiteral("SearchKey"), QStringLiteral("_matchId")},
                              {QStringLiteral("SearchValue"), matchId}});
            sizes.append(int(group.value(QStringLiteral("ProfileIds")).toArray().size()));
        }
        return sizes;
    };
    const QList<int> pairs(views::SampleDataLoader::kEnteredTwice, 2);
    QCOMPARE(groupSizes(), pairs);
    QTRY_COMPARE_WITH_TIMEOUT(listed(m_window->integrations(), QStringLiteral("ObjectTypeName")),
                              QStringList{QStringLiteral("WebOrder")}, 60000);

    // Loading again into a domain without matching (as an earlier version made it) turns
    // matching on, and the objects replace themselves: the same profiles and groups.
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("UpdateDomain"),
        {{QStringLiteral("DomainName"), domain},
         {QStringLiteral("RuleBasedMatching"), QJsonObject{{QStringLiteral("Enabled"), false}}}})));
    QVERIFY(!m_client
                 ->call(QStringLiteral("ListRuleBasedMatches"),
                        {{QStringLiteral("DomainName"), domain}})
                 .ok()); // refused: matching is off
    loader.load(m_window->session()->client(), m_window.get());
    QVERIFY(finished.wait(240000));
    QCOMPARE(finished.size(), 2);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QCOMPARE(groupSizes(), pairs);
    const QJsonObject stats =
        m_client->ok(QStringLiteral("GetDomain"), {{QStringLiteral("DomainName"), domain}})
            .value(QStringLiteral("Stats"))
            .toObject();
    QCOMPARE(stats.value(QStringLiteral("ProfileCount")).toInt(),
             views::SampleDataLoader::kCustomers + views::SampleDataLoader::kEnteredTwice);

    // Cancelled at once: said so.
    loader.load(m_window->session()->client(), m_window.get());
    loader.cancel();
    QCOMPARE(finished.size(), 3);
    QVERIFY(!finished.last().at(0).toBool());
    QVERIFY(!loader.isRunning());
}

QTEST_MAIN(TestGuiProfiles)
#include "tst_gui_profiles.moc"
