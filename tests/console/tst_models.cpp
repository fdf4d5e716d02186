// PagedListModel against a real local endpoint, MatchGroupsModel against a scripted one,
// and the request log model.

#include "consolefixture.h"
#include "faultserver.h"
#include "matchgroupsmodel.h"
#include "pagedlistmodel.h"
#include "requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSortFilterProxyModel>

using namespace cp;
using models::PagedListModel;
using models::RequestLogModel;
using Kind = PagedListModel::Kind;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesThroughDomains();
    void sortsAndFiltersThroughProxy();
    void newQueryDropsTheOldOne();
    void refreshWhileLoading();
    void cancelStopsLoading();
    void errorStopsFetching();
    void listingsOneAfterAnother();
    void clearEmptiesTheModel();
    void followsEmptyPagesWithAToken();
    void stopsFollowingEmptyPagesAfterTheLimit();
    void matchGroupsSayWhomTheyAreAbout();
    void requestLogAppendsAndDropsOldest();
    void requestLogShrinksWithCapacity();
    void requestLogCliCommand();

private:
    PagedListModel *domainModel(QObject *parent);
    static bool waitIdle(PagedListModel &model);

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    testing::TestClient *m_client = nullptr;
    QStringList m_names;
};

void TestModels::initTestCase()
{
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = new testing::TestClient(m_endpoint->url());
    // Created out of order: the service lists by name.
    for (const char *name : {"delta", "alpha", "golf", "charlie", "foxtrot", "bravo", "echo"}) {
        QJsonObject input = testing::createDomainInput(QString::fromLatin1(name));
        input.insert(QStringLiteral("Tags"),
                     QJsonObject{{QStringLiteral("n"), QString::fromLatin1(name)}});
        QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("CreateDomain"), input)));
        m_names.append(QString::fromLatin1(name));
    }
    m_names.sort();
}

void TestModels::cleanupTestCase()
{
    delete m_client;
    m_endpoint.reset();
}

PagedListModel *TestModels::domainModel(QObject *parent)
{
    return new PagedListModel(
        m_client->client,
        {{QStringLiteral("Domain"), QStringLiteral("DomainName"), Kind::Text},
         {QStringLiteral("Created"), QStringLiteral("CreatedAt"), Kind::Time},
         {QStringLiteral("Updated"), QStringLiteral("LastUpdatedAt"), Kind::Time},
         {QStringLiteral("Tag"), QStringLiteral("Tags.n"), Kind::Text},
         {QStringLiteral("Days"), QStringLiteral("DefaultExpirationDays"), Kind::Number}},
        parent);
}

// Until no page is in flight and none can be fetched.
bool TestModels::waitIdle(PagedListModel &model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading() && !model.canFetchMore(); }, 60000);
}

void TestModels::pagesThroughDomains()
{
    QObject owner;
    PagedListModel *model = domainModel(&owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy loading(model, &PagedListModel::loadingChanged);
    QSignalSpy pages(model, &PagedListModel::pageLoaded);
    QVERIFY(!model->canFetchMore()); // no query yet
    model->setPageSize(3);
    model->setQuery(QStringLiteral("ListDomains"), {});
    QCOMPARE(reset.size(), 1);
    QVERIFY(model->isLoading());
    QVERIFY(!model->canFetchMore()); // one page at a time
    // The tester itself asks for more after each insertion; ask too, as a view would.
    while (model->isLoading() || model->canFetchMore()) {
        if (model->canFetchMore())
            model->fetchMore();
        else
            QVERIFY(pages.wait(60000));
    }
    QCOMPARE(model->rowCount(), 7);
    QCOMPARE(pages.size(), 3); // 3 + 3 + 1
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(inserted.at(2).at(1).toInt(), 6);
    QCOMPARE(inserted.at(2).at(2).toInt(), 6);
    QCOMPARE(reset.size(), 1);
    QVERIFY(!loading.isEmpty());
    QCOMPARE(loading.last().at(0).toBool(), false);
    for (int row = 0; row < 7; ++row) {
        QCOMPARE(model->index(row, 0).data().toString(), m_names.at(row));
        QCOMPARE(model->index(row, 3).data().toString(), m_names.at(row)); // nested member
    }
    QCOMPARE(model->item(2).value(QStringLiteral("DomainName")).toString(), m_names.at(2));
    QCOMPARE(model->index(1, 0)
                 .data(PagedListModel::ItemRole)
                 .toJsonObject()
                 .value(QStringLiteral("DomainName")),
             m_names.at(1));

    const QVariant created = model->index(0, 1).data(PagedListModel::RawValueRole);
    QCOMPARE(created.typeId(), QMetaType::QDateTime);
    QVERIFY(created.toDateTime().isValid());
    QVERIFY(qAbs(created.toDateTime().secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QVERIFY(!model->index(0, 1).data().toString().isEmpty());
    QVERIFY(model->index(0, 1).data(Qt::ToolTipRole).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Created"));
    QVERIFY(!model->headerData(9, Qt::Horizontal).isValid());

    // ListDomains has no DefaultExpirationDays: an empty number, still right-aligned.
    const QModelIndex days = model->index(0, 4);
    QCOMPARE(Qt::Alignment(days.data(Qt::TextAlignmentRole).toInt()),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(!model->index(0, 0).data(Qt::TextAlignmentRole).isValid());
}

void TestModels::sortsAndFiltersThroughProxy()
{
    QObject owner;
    PagedListModel *model = domainModel(&owner);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model);
    proxy.setSortRole(PagedListModel::RawValueRole);
    QAbstractItemModelTester sourceTester(model,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setPageSize(3);
    model->setQuery(QStringLiteral("ListDomains"), {});
    while (model->isLoading() || model->canFetchMore()) {
        if (model->canFetchMore())
            model->fetchMore();
        else
            QVERIFY(QSignalSpy(model, &PagedListModel::pageLoaded).wait(60000));
    }
    QCOMPARE(proxy.rowCount(), 7);
    proxy.sort(0, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("golf"));
    proxy.sort(1, Qt::AscendingOrder); // by creation time, a QDateTime (not its display text)
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, 1).data(PagedListModel::RawValueRole).toDateTime() <=
                proxy.index(row, 1).data(PagedListModel::RawValueRole).toDateTime());
    proxy.setFilterFixedString(QStringLiteral("ph"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("alpha"));
}

void TestModels::newQueryDropsTheOldOne()
{
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("PutProfileObjectType"),
                     {{QStringLiteral("DomainName"), QStringLiteral("bravo")},
                      {QStringLiteral("ObjectTypeName"), QStringLiteral("Contact")},
                      {QStringLiteral("Description"), QStringLiteral("from a template")},
                      {QStringLiteral("TemplateId"), QStringLiteral("Salesforce-Contact")}})));
    QObject owner;
    auto *model =
        new PagedListModel(m_client->client,
                           {{QStringLiteral("Name"), QStringLiteral("ObjectTypeName"), Kind::Text},
                            {QStringLiteral("Domain"), QStringLiteral("DomainName"), Kind::Text}},
                           &owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(model, &PagedListModel::pageLoaded);
    QSignalSpy failed(model, &PagedListModel::failed);
    model->setQuery(QStringLiteral("ListDomains"), {}); // A: seven rows
    model->setQuery(QStringLiteral("ListProfileObjectTypes"),
                    {{QStringLiteral("DomainName"), QStringLiteral("bravo")}});
    QVERIFY(pages.wait(60000));
    QVERIFY(waitIdle(*model));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Contact"));
    QCOMPARE(model->operation(), QStringLiteral("ListProfileObjectTypes"));
    // A's answer (if the endpoint sends it) never arrives.
    QVERIFY(!QSignalSpy(model, &PagedListModel::pageLoaded).wait(300));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(failed.isEmpty());
}

void TestModels::refreshWhileLoading()
{
    QObject owner;
    PagedListModel *model = domainModel(&owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(model, &PagedListModel::pageLoaded);
    QSignalSpy loading(model, &PagedListModel::loadingChanged);
    model->setQuery(QStringLiteral("ListDomains"), {});
    model->refresh();
    model->refresh();
    QVERIFY(model->isLoading());
    QVERIFY(waitIdle(*model));
    QCOMPARE(pages.size(), 1); // only the last refresh's answer
    QCOMPARE(model->rowCount(), 7);
    QCOMPARE(loading.last().at(0).toBool(), false);
}

void TestModels::cancelStopsLoading()
{
    QObject owner;
    PagedListModel *model = domainModel(&owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(model, &PagedListModel::pageLoaded);
    QSignalSpy loading(model, &PagedListModel::loadingChanged);
    QSignalSpy failed(model, &PagedListModel::failed);
    model->setQuery(QStringLiteral("ListDomains"), {});
    QVERIFY(model->isLoading());
    model->cancel();
    QVERIFY(!model->isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.last().at(0).toBool(), false);
    // Cancelled is cancelled: neither an answer nor a view asking for more restarts it.
    QVERIFY(!model->canFetchMore());
    model->fetchMore();
    QVERIFY(!model->isLoading());
    QVERIFY(!pages.wait(300));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(failed.isEmpty());
    // A refresh starts over.
    model->refresh();
    QVERIFY(pages.wait(60000));
    QCOMPARE(model->rowCount(), 7);
}

void TestModels::errorStopsFetching()
{
    QObject owner;
    auto *model = new PagedListModel(
        m_client->client, {{QStringLiteral("Name"), QStringLiteral("ObjectTypeName"), Kind::Text}},
        &owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(model, &PagedListModel::failed);
    model->setQuery(QStringLiteral("ListProfileObjectTypes"),
                    {{QStringLiteral("DomainName"), QStringLiteral("nowhere")}});
    QVERIFY(failed.wait(60000));
    QCOMPARE(failed.size(), 1);
    const auto error = failed.at(0).at(0).value<client::ServiceError>();
    QCOMPARE(error.kind, client::ServiceError::Kind::Service);
    QCOMPARE(error.type, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(error.httpStatus, 404);
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!model->isLoading());
    QVERIFY(!model->canFetchMore());
    QCOMPARE(model->rowCount(), 0);

    // Input the model refuses fails the same way, without reaching the network.
    model->setQuery(QStringLiteral("ListProfileObjectTypes"),
                    {{QStringLiteral("DomainName"), QStringLiteral("bad name!")}});
    QVERIFY(failed.wait(60000));
    QCOMPARE(failed.last().at(0).value<client::ServiceError>().kind,
             client::ServiceError::Kind::Validation);
    QVERIFY(!model->canFetchMore());
}

// Several listings as one table: each paged in turn, the next one's first page without a
// view asking, a skipped error counting as an empty listing and any other stopping.
void TestModels::listingsOneAfterAnother()
{
    const auto typeInput = [](const QString &domain, const QString &name) {
        return QJsonObject{{QStringLiteral("DomainName"), domain},
                           {QStringLiteral("ObjectTypeName"), name},
                           {QStringLiteral("Description"), name},
                           {QStringLiteral("TemplateId"), QStringLiteral("Salesforce-Contact")}};
    };
    for (const char *type : {"c1", "c2", "c3"})
        QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("PutProfileObjectType"),
                                                typeInput(QStringLiteral("charlie"), QLatin1String(type)))));
    QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("PutProfileObjectType"),
                                            typeInput(QStringLiteral("delta"), QStringLiteral("d1")))));
    const auto listing = [](const char *domain, QStringList skipped = {}) {
        return PagedListModel::Listing{{{QStringLiteral("DomainName"), QLatin1String(domain)}},
                                       skipped};
    };
    QObject owner;
    auto *model = new PagedListModel(
        m_client->client, {{QStringLiteral("Name"), QStringLiteral("ObjectTypeName"), Kind::Text}},
        &owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(model, &PagedListModel::failed);
    model->setPageSize(2);
    model->setQueries(QStringLiteral("ListProfileObjectTypes"),
                      {listing("charlie"),
                       listing("nowhere", {QStringLiteral("ResourceNotFoundException")}),
                       listing("delta")});
    QCOMPARE(model->listingCount(), 3);
    QCOMPARE(model->input().value(QStringLiteral("DomainName")).toString(), QStringLiteral("charlie"));
    QVERIFY(waitIdle(*model));
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    QCOMPARE(names, (QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"),
                                 QStringLiteral("d1")}));
    QCOMPARE(failed.size(), 0);

    // Not skipped: the listing fails and stops the table there.
    model->setQueries(QStringLiteral("ListProfileObjectTypes"),
                      {listing("delta"), listing("nowhere"), listing("charlie")});
    QVERIFY(failed.wait(60000));
    QVERIFY(model->hasFailed());
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!model->canFetchMore());
    // Refresh starts again from the first listing.
    model->setQueries(QStringLiteral("ListProfileObjectTypes"), {listing("delta")});
    model->refresh();
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->rowCount(), 1);
}

void TestModels::clearEmptiesTheModel()
{
    QObject owner;
    PagedListModel *model = domainModel(&owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(model, &PagedListModel::pageLoaded);
    model->setQuery(QStringLiteral("ListDomains"), {});
    QVERIFY(pages.wait(60000));
    QCOMPARE(model->rowCount(), 7);
    model->clear();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore());
    QVERIFY(!model->isLoading());
    model->refresh(); // nothing to refresh
    QVERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), 0);
}

namespace {

client::RequestLogEntry logEntry(const QString &operation, int status,
                                 const QString &errorType = {})
{
    client::RequestLogEntry entry;
    entry.started = QDateTime::currentDateTimeUtc();
    entry.operation = operation;
    entry.input = {{QStringLiteral("DomainName"), QStringLiteral("shop")}};
    entry.method = "GET";
    entry.url = QUrl(QStringLiteral("http://127.0.0.1:4566/domains/shop?max-results=5"));
    entry.status = status;
    entry.durationMs = 12;
    entry.requestId = QStringLiteral("req-") + operation;
    entry.attempts = 1;
    entry.errorType = errorType;
    return entry;
}

} // namespace

// A page with no items and a NextToken: no view would ask for more, so the model does.
void TestModels::followsEmptyPagesWithAToken()
{
    FaultServer server;
    QVERIFY(server.listen());
    testing::TestClient client(server.url());
    server.reply(200, R"({"Items":[],"NextToken":"t1"})");
    server.reply(200, R"({"Items":[],"NextToken":"t2"})");
    server.reply(200, R"({"Items":[{"DomainName":"late"}]})");
    QObject owner;
    auto *model = new PagedListModel(
        client.client, {{QStringLiteral("Domain"), QStringLiteral("DomainName"), Kind::Text}},
        &owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setQuery(QStringLiteral("ListDomains"), {});
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("late"));
    QCOMPARE(server.requestCount(), 3);
    QVERIFY(server.requests().at(1).rawQuery.contains("next-token=t1"));
    QVERIFY(server.requests().at(2).rawQuery.contains("next-token=t2"));
}

// Empty pages without end are followed only so far; fetchMore() asks for one more.
void TestModels::stopsFollowingEmptyPagesAfterTheLimit()
{
    FaultServer server;
    QVERIFY(server.listen());
    testing::TestClient client(server.url());
    for (int i = 0; i < PagedListModel::kMaxEmptyPagesFollowed + 3; ++i)
        server.reply(200, R"({"Items":[],"NextToken":"again"})");
    QObject owner;
    auto *model = new PagedListModel(
        client.client, {{QStringLiteral("Domain"), QStringLiteral("DomainName"), Kind::Text}},
        &owner);
    model->setQuery(QStringLiteral("ListDomains"), {});
    const int expected = 1 + PagedListModel::kMaxEmptyPagesFollowed;
    QVERIFY(QTest::qWaitFor(
        [&] { return server.requestCount() == expected && !model->isLoading(); }, 60000));
    QTest::qWait(100); // and no more on its own
    QCOMPARE(server.requestCount(), expected);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(model->canFetchMore());
    model->fetchMore();
    QVERIFY(QTest::qWaitFor(
        [&] { return server.requestCount() == expected + 1 && !model->isLoading(); }, 60000));
    QTest::qWait(100);
    QCOMPARE(server.requestCount(), expected + 1);
}

// A group's row names its profiles, each name once; names that cannot be read say so,
// and the group stays (its id and profiles are known).
void TestModels::matchGroupsSayWhomTheyAreAbout()
{
    FaultServer server;
    QVERIFY(server.listen());
    testing::TestClient client(server.url());
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const auto json = [](const QJsonObject &object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const QString a(32, u'a'), b(32, u'b'), c(32, u'c');
    const QJsonArray ids{a, b, c};
    // One group at a time: the calls go in order, so the script's answers do too.
    const auto group = [&] {
        server.reply(200, json({{s("MatchIds"), QJsonArray{s("m1")}}}));
        server.reply(200,
                     json({{s("ProfileIds"), ids}, {s("MatchId"), s("m1")}, {s("RuleLevel"), 2}}));
    };
    const auto profile = [&s](const QString &id, const char *member, const char *value) {
        return QJsonObject{{s("ProfileId"), id}, {s(member), s(value)}};
    };
    group();
    QJsonObject ana = profile(a, "FirstName", "Ana");
    ana.insert(s("LastName"), s("Silva"));
    QJsonObject again = ana;
    again.insert(s("ProfileId"), b);
    server.reply(200, json({{s("Profiles"),
                             QJsonArray{ana, again, profile(c, "BusinessName", "Silva Lda")}}}));
    QObject owner;
    auto *model = new models::MatchGroupsModel(&owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setClient(client.client);
    model->setDomain(s("d"));
    QVERIFY(QTest::qWaitFor([model] { return model->isComplete(); }, 60000));
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(server.requests().at(2).rawPath, QByteArray("/domains/d/batch-get-profiles"));
    QCOMPARE(QJsonDocument::fromJson(server.requests().at(2).body)[s("ProfileIds")].toArray(), ids);
    using Column = models::MatchGroupsModel::Column;
    const auto names = [model](int role) {
        return model->index(0, Column::Names).data(role).toString();
    };
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(names(Qt::DisplayRole), s("Ana Silva, Silva Lda"));
    QVERIFY(names(Qt::ToolTipRole).contains(s("m1")));
    QCOMPARE(model->index(0, Column::RuleLevel).data().toInt(), 2);

    // The names refused: the row says so and why, and the group stays.
    group();
    server.error(400, "BadRequestException", "no such profiles");
    model->refresh();
    QVERIFY(QTest::qWaitFor([model] { return model->isComplete(); }, 60000));
    QCOMPARE(server.requestCount(), 6);
    QCOMPARE(names(Qt::DisplayRole), s("(names not read)"));
    QVERIFY(names(Qt::ToolTipRole).contains(s("no such profiles")));
    QCOMPARE(model->index(0, Column::Profiles).data().toString(), s("3"));
    QVERIFY(!model->group(0).gone);
    QVERIFY(!model->hasFailed());

    // The profiles gone meanwhile: BatchGetProfile answers them as Errors.
    group();
    const QJsonObject gone{
        {s("Code"), s("404")}, {s("Message"), s("Profile not found")}, {s("ProfileId"), a}};
    server.reply(200, json({{s("Profiles"), QJsonArray{}}, {s("Errors"), QJsonArray{gone}}}));
    model->refresh();
    QVERIFY(QTest::qWaitFor([model] { return model->isComplete(); }, 60000));
    QCOMPARE(server.requestCount(), 9);
    QCOMPARE(names(Qt::DisplayRole), s("(names not read)"));
    QVERIFY(names(Qt::ToolTipRole).contains(s("Profile not found")));
}

void TestModels::requestLogAppendsAndDropsOldest()
{
    RequestLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
    log.setCapacity(3);
    for (int i = 0; i < 5; ++i)
        log.append(logEntry(QStringLiteral("Op%1").arg(i), 200), QStringLiteral("us-east-1"));
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(log.index(0, RequestLogModel::Operation).data().toString(), QStringLiteral("Op2"));
    QCOMPARE(log.index(2, RequestLogModel::Operation).data().toString(), QStringLiteral("Op4"));
    QCOMPARE(log.entry(2).requestId, QStringLiteral("req-Op4"));
    QCOMPARE(log.index(2, RequestLogModel::RequestId).data().toString(), QStringLiteral("req-Op4"));
    QCOMPARE(log.index(0, RequestLogModel::Status).data().toString(), QStringLiteral("200"));
    QCOMPARE(log.index(0, RequestLogModel::Time).data(RequestLogModel::RawValueRole).typeId(),
             QMetaType::QDateTime);
    QCOMPARE(
        log.index(0, RequestLogModel::Duration).data(RequestLogModel::RawValueRole).toLongLong(),
        12);
    QCOMPARE(log.headerData(RequestLogModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("Status"));

    log.append(
        logEntry(QStringLiteral("GetDomain"), 404, QStringLiteral("ResourceNotFoundException")),
        QStringLiteral("us-east-1"));
    log.append(logEntry(QStringLiteral("ListDomains"), 0), QStringLiteral("us-east-1"));
    QCOMPARE(log.index(1, RequestLogModel::Status).data().toString(),
             QStringLiteral("404 ResourceNotFoundException"));
    QVERIFY(log.index(1, RequestLogModel::Status).data(Qt::ForegroundRole).isValid());
    QVERIFY(!log.index(2, RequestLogModel::Status).data().toString().isEmpty());
    log.clear();
    QCOMPARE(log.rowCount(), 0);
}

void TestModels::requestLogShrinksWithCapacity()
{
    RequestLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 6; ++i)
        log.append(logEntry(QStringLiteral("Op%1").arg(i), 200), {});
    log.setCapacity(2);
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.index(0, RequestLogModel::Operation).data().toString(), QStringLiteral("Op4"));
    log.append(logEntry(QStringLiteral("Op6"), 200), {});
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.index(1, RequestLogModel::Operation).data().toString(), QStringLiteral("Op6"));
    log.setCapacity(0); // a log that keeps nothing never breaks
    log.append(logEntry(QStringLiteral("Op7"), 200), {});
    QCOMPARE(log.rowCount(), 0);
}

void TestModels::requestLogCliCommand()
{
    RequestLogModel log;
    client::RequestLogEntry entry = logEntry(QStringLiteral("ListProfileObjectTypes"), 200);
    entry.input.insert(QStringLiteral("MaxResults"), 5);
    log.append(entry, QStringLiteral("eu-west-2"));
    QCOMPARE(
        log.cliCommand(0),
        QStringLiteral("aws customer-profiles list-profile-object-types --domain-name shop "
                       "--max-results 5 --region eu-west-2 --endpoint-url http://127.0.0.1:4566"));
    entry.url =
        QUrl(QStringLiteral("https://profile.eu-west-2.amazonaws.com/domains/shop/object-types"));
    log.append(entry, QStringLiteral("eu-west-2"));
    QCOMPARE(log.cliCommand(1),
             QStringLiteral("aws customer-profiles list-profile-object-types --domain-name shop "
                            "--max-results 5 --region eu-west-2"));

    // Through the real client: what the log shows is what was sent.
    RequestLogModel live;
    QAbstractItemModelTester tester(&live, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(
        m_client->transport, &client::Transport::requestLogged, &live,
        [&live](const client::RequestLogEntry &e) { live.append(e, QStringLiteral("us-east-1")); });
    m_client->call(QStringLiteral("GetDomain"),
                   {{QStringLiteral("DomainName"), QStringLiteral("alpha")}});
    m_client->call(QStringLiteral("GetDomain"),
                   {{QStringLiteral("DomainName"), QStringLiteral("missing")}});
    QCOMPARE(live.rowCount(), 2);
    QCOMPARE(live.index(0, RequestLogModel::Status).data().toString(), QStringLiteral("200"));
    QCOMPARE(live.index(1, RequestLogModel::Status).data().toString(),
             QStringLiteral("404 ResourceNotFoundException"));
    QVERIFY(!live.index(1, RequestLogModel::RequestId).data().toString().isEmpty());
    QCOMPARE(
        live.cliCommand(0),
        QStringLiteral("aws customer-profiles get-domain --domain-name alpha --region us-east-1 "
                       "--endpoint-url ") +
            m_endpoint->url().toString(QUrl::StripTrailingSlash));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
