// A profile's objects in the Profiles tab: every object type at once (one listing per type
// shown as one table, the standard assets among them), one type, and one type filtered by
// a key (ObjectFilter); deleting an object listed among every type's.

#include "guifixture.h"
#include "profileobjectsview.h"
#include "profilespane.h"
#include "messagebar.h"
#include "prompts.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace cp;

namespace {

const QString kDomain = QStringLiteral("objects");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// The (type, key) pairs the objects table lists, sorted.
QStringList listedObjects(views::ListPane *pane)
{
    QStringList out;
    for (int row = 0; row < pane->model()->rowCount(); ++row) {
        const QJsonObject item = pane->model()->item(row);
        out.append(item.value(s("ObjectTypeName")).toString() + QLatin1Char('/') +
                   item.value(s("ProfileObjectUniqueKey")).toString());
    }
    out.sort();
    return out;
}

} // namespace

class TestGuiObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyTypeAtOnce();
    void oneTypeFilteredByKey();
    void deleteFromEveryTypeListing();

private:
    void chooseAnasProfile();
    void chooseType(const QString &name);
    views::ListPane *objects() const { return m_window->profiles()->objects(); }
    bool settled() const
    {
        return !objects()->model()->isLoading() && !objects()->model()->canFetchMore();
    }

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
    QString m_profileId;
};

void TestGuiObjects::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(testing::succeeded(m_client->ok(s("CreateDomain"), testing::createDomainInput(kDomain))));
    // Orders carry the device they were bought for: an asset beside the order.
    QJsonObject order = json(R"({"ObjectTypeName": "WebOrder", "Description": "orders",
        "AllowProfileCreation": true,
        "Fields": {"id": {"Source": "_source.id"},
                   "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
                             "ContentType": "EMAIL_ADDRESS"},
                   "device": {"Source": "_source.device", "Target": "_asset.SerialNumber"},
                   "channel": {"Source": "_source.channel"}},
        "Keys": {"orderId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}],
                 "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}],
                 "channelKey": [{"StandardIdentifiers": ["LOOKUP_ONLY"], "FieldNames": ["channel"]}],
                 "deviceKey": [{"StandardIdentifiers": ["ASSET"], "FieldNames": ["device"]}]}})");
    order.insert(s("DomainName"), kDomain);
    QVERIFY(testing::succeeded(m_client->ok(s("PutProfileObjectType"), order)));
    QJsonObject ticket = json(R"({"ObjectTypeName": "Ticket", "Description": "tickets",
        "Fields": {"id": {"Source": "_source.id"},
                   "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
                             "ContentType": "EMAIL_ADDRESS"}},
        "Keys": {"ticketId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}],
                 "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}]}})");
    ticket.insert(s("DomainName"), kDomain);
    QVERIFY(testing::succeeded(m_client->ok(s("PutProfileObjectType"), ticket)));
    const QList<QPair<QString, const char *>> puts = {
        {s("WebOrder"), R"({"id": "o-1", "email": "ana@example.com", "device": "SN-1", "channel": "web"})"},
        {s("WebOrder"), R"({"id": "o-2", "email": "ana@example.com", "device": "SN-1", "channel": "app"})"},
        {s("Ticket"), R"({"id": "t-1", "email": "ana@example.com"})"}};
    for (const auto &[type, object] : puts) {
        QVERIFY(testing::succeeded(m_client->ok(
            s("PutProfileObject"), {{s("DomainName"), kDomain},
                                    {s("ObjectTypeName"), type},
                                    {s("Object"), QString::fromUtf8(object)}})));
    }
    const QJsonObject found =
        m_client->ok(s("SearchProfiles"), {{s("DomainName"), kDomain},
                                           {s("KeyName"), s("_email")},
                                           {s("Values"), QJsonArray{s("ana@example.com")}}});
    m_profileId = found.value(s("Items")).toArray().at(0).toObject().value(s("ProfileId")).toString();
    QVERIFY(!m_profileId.isEmpty());
}

void TestGuiObjects::init()
{
    QSettings().clear();
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(s("Local"), m_endpoint->url()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kDomain, 60000);
}

void TestGuiObjects::cleanup()
{
    m_window.reset();
}

void TestGuiObjects::chooseAnasProfile()
{
    views::ProfilesPane *profiles = m_window->profiles();
    profiles->search(s("_profileId"), {m_profileId});
    QTRY_COMPARE_WITH_TIMEOUT(profiles->results()->model()->rowCount(), 1, 60000);
    profiles->results()->view()->selectRow(0);
}

void TestGuiObjects::chooseType(const QString &name)
{
    QComboBox *types = m_window->profiles()->objectTypePicker();
    QTRY_VERIFY_WITH_TIMEOUT(types->findData(name) >= 0, 60000);
    types->setCurrentIndex(types->findData(name));
}

void TestGuiObjects::everyTypeAtOnce()
{
    QComboBox *types = m_window->profiles()->objectTypePicker();
    QCOMPARE(types->currentData().toString(), QString()); // "All object types"
    // The asset type is offered once a type's definition shows that it maps to assets.
    QTRY_VERIFY_WITH_TIMEOUT(types->findData(s("_asset")) > 0, 60000);
    QCOMPARE(types->findData(s("_case")), -1);
    chooseAnasProfile();
    QTRY_VERIFY_WITH_TIMEOUT(settled() && objects()->model()->rowCount() == 4, 60000);
    const QStringList listed = listedObjects(objects());
    QCOMPARE(listed.size(), 4);
    QCOMPARE(listed.filter(s("WebOrder/")).size(), 2);
    QCOMPARE(listed.filter(s("Ticket/")).size(), 1);
    QCOMPARE(listed.filter(s("_asset/")).size(), 1); // two orders of one device: one asset
    // Each of the three listings was one ListProfileObjects call.
    QTRY_VERIFY_WITH_TIMEOUT(
        testing::countOperation(m_window->requestLog(), s("ListProfileObjects")) >= 3, 60000);

    // The filter is for one type at a time, and says so.
    auto *note = m_window->profiles()->findChild<QLabel *>(s("objectFilterNote"));
    QVERIFY(note && !note->isHidden());
    QVERIFY(!m_window->profiles()->objectsView()->filterValues()->isEnabled());
}

void TestGuiObjects::oneTypeFilteredByKey()
{
    chooseAnasProfile();
    chooseType(s("WebOrder"));
    QTRY_VERIFY_WITH_TIMEOUT(settled() && objects()->model()->rowCount() == 2, 60000);
    views::ProfileObjectsView *view = m_window->profiles()->objectsView();
    QTRY_VERIFY_WITH_TIMEOUT(view->filterKeyPicker()->findText(s("channelKey")) >= 0, 60000);
    QVERIFY(view->filterValues()->isEnabled());
    view->filterKeyPicker()->setCurrentIndex(view->filterKeyPicker()->findText(s("channelKey")));
    QTest::keyClicks(view->filterValues(), s("app"));
    QTest::keyClick(view->filterValues(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(settled() && objects()->model()->rowCount() == 1, 60000);
    const QJsonObject shown = QJsonDocument::fromJson(
        objects()->model()->item(0).value(s("Object")).toString().toUtf8()).object();
    QCOMPARE(shown.value(s("id")).toString(), s("o-2"));
    QCOMPARE(objects()->model()->input().value(s("ObjectFilter")).toObject(),
             json(R"({"KeyName": "channelKey", "Values": ["app"]})"));

    // A value no object has: an empty table that says why.
    view->filterValues()->clear();
    QTest::keyClicks(view->filterValues(), s("phone"));
    QTest::keyClick(view->filterValues(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(settled() && objects()->model()->rowCount() == 0, 60000);
    QCOMPARE(objects()->placeholderText(), s("No object of this type has this key value."));

    // Clearing the value lists the type's objects again.
    view->filterValues()->clear();
    QTRY_VERIFY_WITH_TIMEOUT(settled() && objects()->model()->rowCount() == 2, 60000);

    // The standard asset filters by the keys the model documents for it.
    chooseType(s("_asset"));
    QTRY_VERIFY_WITH_TIMEOUT(settled() && objects()->model()->rowCount() == 1, 60000);
    QCOMPARE(view->filterKeyPicker()->count(), 3);
    view->filterKeyPicker()->setCurrentIndex(view->filterKeyPicker()->findText(s("_serialNumber")));
    QTest::keyClicks(view->filterValues(), s("SN-1"));
    QTest::keyClick(view->filterValues(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(settled() && objects()->model()->rowCount() == 1, 60000);
    QVERIFY(m_window->messageBar()->isHidden());
}

void TestGuiObjects::deleteFromEveryTypeListing()
{
    chooseAnasProfile();
    QTRY_VERIFY_WITH_TIMEOUT(settled() && objects()->model()->rowCount() == 4, 60000);
    int ticketRow = -1;
    for (int row = 0; row < objects()->model()->rowCount(); ++row) {
        if (objects()->model()->item(row).value(s("ObjectTypeName")).toString() == s("Ticket"))
            ticketRow = row;
    }
    QVERIFY(ticketRow >= 0);
    objects()->view()->selectRow(ticketRow);
    auto *remove = m_window->profiles()->findChild<QPushButton *>(s("deleteObjectButton"));
    QTRY_VERIFY(remove->isEnabled());
    views::prompts::setNextAnswer(true);
    remove->click();
    // The row's own type was sent, not the picker's (which says "All object types").
    QTRY_VERIFY_WITH_TIMEOUT(settled() && objects()->model()->rowCount() == 3, 60000);
    QCOMPARE(listedObjects(objects()).filter(s("Ticket/")).size(), 0);
    const QJsonObject left = m_client->ok(s("ListProfileObjects"), {{s("DomainName"), kDomain},
                                                                   {s("ObjectTypeName"), s("Ticket")},
                                                                   {s("ProfileId"), m_profileId}});
    QCOMPARE(left.value(s("Items")).toArray().size(), 0);
}

QTEST_MAIN(TestGuiObjects)
#include "tst_gui_objects.moc"
