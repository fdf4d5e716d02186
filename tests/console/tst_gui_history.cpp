// A profile's History tab in the Profiles tab: its records newest first (created, updated,
// an object ingested), with who and when, and the chosen record's content as JSON.

#include "guifixture.h"
#include "profiledetails.h"
#include "profilehistoryview.h"
#include "profilespane.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace cp;

namespace {

const QString kDomain = QStringLiteral("history");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestGuiHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsNewestFirstAndOpensContent();

private:
    views::ProfileHistoryView *history() const
    {
        return m_window->profiles()->profileDetails()->history();
    }
    views::ListPane *records() const { return history()->records(); }

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
    QString m_profileId;
};

void TestGuiHistory::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(
        testing::succeeded(m_client->ok(s("CreateDomain"), testing::createDomainInput(kDomain))));
    QJsonObject order = json(s(R"({"ObjectTypeName": "WebOrder", "Description": "orders",
        "Fields": {"id": {"Source": "_source.id"},
                   "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
                             "ContentType": "EMAIL_ADDRESS"}},
        "Keys": {"orderId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}],
                 "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}]}})"));
    order.insert(s("DomainName"), kDomain);
    QVERIFY(testing::succeeded(m_client->ok(s("PutProfileObjectType"), order)));
    m_profileId = m_client
                      ->ok(s("CreateProfile"), {{s("DomainName"), kDomain},
                                                {s("FirstName"), s("Ana")},
                                                {s("EmailAddress"), s("ana@example.com")}})
                      .value(s("ProfileId"))
                      .toString();
    QVERIFY(!m_profileId.isEmpty());
    QVERIFY(testing::succeeded(m_client->ok(
        s("UpdateProfile"),
        {{s("DomainName"), kDomain}, {s("ProfileId"), m_profileId}, {s("LastName"), s("Silva")}})));
    QVERIFY(testing::succeeded(
        m_client->ok(s("PutProfileObject"),
                     {{s("DomainName"), kDomain},
                      {s("ObjectTypeName"), s("WebOrder")},
                      {s("Object"), s(R"({"id": "o-1", "email": "ana@example.com"})")}})));
}

void TestGuiHistory::init()
{
    QSettings().clear();
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(s("Local"), m_endpoint->url()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kDomain, 60000);
}

void TestGuiHistory::cleanup()
{
    m_window.reset();
}

void TestGuiHistory::listsNewestFirstAndOpensContent()
{
    views::ProfileDetails *details = m_window->profiles()->profileDetails();
    QCOMPARE(details->tabs()->tabText(2), s("History"));
    QCOMPARE(details->tabs()->widget(2), static_cast<QWidget *>(history()));
    QCOMPARE(records()->placeholderText(), s("Choose a profile to see its history."));

    views::ProfilesPane *profiles = m_window->profiles();
    profiles->search(s("_profileId"), {m_profileId});
    QTRY_COMPARE_WITH_TIMEOUT(profiles->results()->model()->rowCount(), 1, 60000);
    profiles->results()->view()->selectRow(0);

    // What the service has, in its order: the GUI shows the same records, newest first.
    const QJsonArray expected =
        m_client
            ->ok(s("ListProfileHistoryRecords"),
                 {{s("DomainName"), kDomain}, {s("ProfileId"), m_profileId}})
            .value(s("ProfileHistoryRecords"))
            .toArray();
    QVERIFY(expected.size() >= 3);
    QTRY_VERIFY_WITH_TIMEOUT(!records()->model()->isLoading() &&
                                 records()->model()->rowCount() == expected.size(),
                             60000);
    QCOMPARE(records()->model()->input().value(s("ProfileId")).toString(), m_profileId);
    QStringList actions;
    for (int row = 0; row < records()->model()->rowCount(); ++row) {
        const QJsonObject item = records()->model()->item(row);
        QCOMPARE(item.value(s("Id")), expected.at(row).toObject().value(s("Id")));
        actions.append(item.value(s("ActionType")).toString());
    }
    QCOMPARE(actions.first(), s("INGESTED"));
    QCOMPARE(actions.last(), s("CREATED"));
    QVERIFY(actions.contains(s("UPDATED")));
    QVERIFY(actions.indexOf(s("UPDATED")) < actions.lastIndexOf(s("CREATED")));
    QVERIFY(records()->placeholderText().isEmpty());
    // The table's columns: the ingestion names its object, and who did it.
    const QAbstractItemModel *model = records()->view()->model();
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), s("Action"));
    QCOMPARE(model->index(0, 1).data().toString(), s("INGESTED"));
    QCOMPARE(model->index(0, 2).data().toString(), s("WebOrder"));
    QVERIFY(!model->index(0, 3).data().toString().isEmpty());
    QVERIFY(!model->index(0, 4).data().toString().isEmpty());
    QVERIFY(!model->index(0, 0).data().toString().isEmpty());

    // The ingested object, then (chosen right after another) the creation: the earlier
    // answer never replaces the later choice's.
    records()->view()->selectRow(0);
    records()->view()->selectRow(int(actions.size()) - 1);
    QTRY_VERIFY_WITH_TIMEOUT(!history()->contentText().isEmpty(), 60000);
    const QJsonObject created = json(history()->contentText());
    QCOMPARE(created.value(s("FirstName")).toString(), s("Ana"));
    QVERIFY(!created.contains(s("LastName"))); // the profile as created, before the update
    QVERIFY(history()->contentText().contains(QLatin1Char('\n'))); // pretty-printed
    QTest::qWait(200); // time for a late answer to the first choice, which must be dropped
    QCOMPARE(json(history()->contentText()).value(s("FirstName")).toString(), s("Ana"));

    records()->view()->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(json(history()->contentText()).value(s("id")).toString() == s("o-1"),
                             60000);
    QCOMPARE(json(history()->contentText()).value(s("email")).toString(), s("ana@example.com"));
    QVERIFY(history()->findChild<QPlainTextEdit *>(s("historyContent"))->isReadOnly());

    // Another search empties the history until a profile is chosen.
    profiles->search(s("_profileId"), {s("nobody")});
    QCOMPARE(records()->model()->rowCount(), 0);
    QVERIFY(history()->contentText().isEmpty());
    QCOMPARE(records()->placeholderText(), s("Choose a profile to see its history."));
}

QTEST_MAIN(TestGuiHistory)
#include "tst_gui_history.moc"
