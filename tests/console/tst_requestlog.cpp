// The request log dock's model on real calls to the local endpoint: it shows each call's
// parameters with the values of sensitive shapes masked (as botocore's debug log), while
// "Copy as AWS CLI command" still copies the whole request the user made.

#include "consolefixture.h"
#include "requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QJsonArray>
#include <QJsonObject>

using namespace cp;
using models::RequestLogModel;

namespace {

const QStringList kPersonal = {QStringLiteral("ada@example.com"), QStringLiteral("+15550100"),
                               QStringLiteral("Lovelace"), QStringLiteral("Zurich-8001")};

} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsMaskedCopiesWhole();
    void marksExpectedAndCancelledCalls();

private:
    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
};

void TestRequestLog::initTestCase()
{
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("CreateDomain"),
                                            testing::createDomainInput(QStringLiteral("shop")))));
}

void TestRequestLog::cleanupTestCase()
{
    m_client.reset();
    m_endpoint.reset();
}

void TestRequestLog::showsMaskedCopiesWhole()
{
    RequestLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_client->transport, &client::Transport::requestLogged, &log,
            [&log](const client::RequestLogEntry &entry) {
                log.append(entry, QStringLiteral("us-east-1"));
            });
    const QJsonObject input{{QStringLiteral("DomainName"), QStringLiteral("shop")},
                            {QStringLiteral("FirstName"), QStringLiteral("Ada")},
                            {QStringLiteral("LastName"), QStringLiteral("Lovelace")},
                            {QStringLiteral("EmailAddress"), QStringLiteral("ada@example.com")},
                            {QStringLiteral("PhoneNumber"), QStringLiteral("+15550100")},
                            {QStringLiteral("Address"),
                             QJsonObject{{QStringLiteral("City"), QStringLiteral("Zurich-8001")}}}};
    const QJsonObject created = m_client->ok(QStringLiteral("CreateProfile"), input);
    QVERIFY(testing::succeeded(created));
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.columnCount(), int(RequestLogModel::ColumnCount));
    QCOMPARE(log.headerData(RequestLogModel::Parameters, Qt::Horizontal).toString(),
             QStringLiteral("Parameters"));

    // Shown: the parameters, each sensitive one masked.
    const QString parameters = log.index(0, RequestLogModel::Parameters).data().toString();
    const QString marker = schema::WireModel::bundled()
                               .redacted(u"sensitiveString1To255", QStringLiteral("x"))
                               .toString();
    QVERIFY2(parameters.contains(QStringLiteral("\"DomainName\":\"shop\"")),
             qPrintable(parameters));
    QVERIFY2(parameters.contains(QStringLiteral("\"EmailAddress\":\"%1\"").arg(marker)),
             qPrintable(parameters));
    QVERIFY2(parameters.contains(QStringLiteral("\"Address\":\"%1\"").arg(marker)),
             qPrintable(parameters));
    // Nothing the model gives a view holds a personal value: any column, any role.
    for (int column = 0; column < log.columnCount(); ++column) {
        for (int role = 0; role <= RequestLogModel::RawValueRole; ++role) {
            const QVariant value = log.index(0, column).data(role);
            const QString text = value.toString();
            for (const QString &personal : kPersonal)
                QVERIFY2(!text.contains(personal), qPrintable(text));
        }
    }
    const QString tooltip =
        log.index(0, RequestLogModel::Parameters).data(Qt::ToolTipRole).toString();
    QVERIFY(tooltip.contains(marker));
    QVERIFY(!log.entry(0).requestBody.contains("ada@example.com"));

    // Copied: the whole request, as the user asked for it.
    const QString command = log.cliCommand(0);
    QVERIFY2(command.startsWith(QStringLiteral("aws customer-profiles create-profile")),
             qPrintable(command));
    for (const QString &personal : kPersonal)
        QVERIFY2(command.contains(personal), qPrintable(command));
    QVERIFY(!command.contains(marker));

    // The endpoint got it whole too.
    const QJsonObject found =
        m_client->ok(QStringLiteral("SearchProfiles"),
                     {{QStringLiteral("DomainName"), QStringLiteral("shop")},
                      {QStringLiteral("KeyName"), QStringLiteral("_email")},
                      {QStringLiteral("Values"), QJsonArray{QStringLiteral("ada@example.com")}}});
    QCOMPARE(found.value(QStringLiteral("Items")).toArray().size(), 1);
}

// Problems stand out: an error the caller expected (a lookup that finds nothing) and a
// cancelled call are logged, greyed and explained, while an unexpected error stays red.
void TestRequestLog::marksExpectedAndCancelledCalls()
{
    RequestLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_client->transport, &client::Transport::requestLogged, &log,
            [&log](const client::RequestLogEntry &entry) {
                log.append(entry, QStringLiteral("us-east-1"));
            });
    const auto callAndWait = [this](const client::CallOptions &options) {
        bool answered = false;
        m_client->client->call(
            QStringLiteral("GetDomain"),
            {{QStringLiteral("DomainName"), QStringLiteral("no-such-domain")}}, this,
            [&answered](const client::Outcome<QJsonObject> &) { answered = true; }, options);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 60000);
    };
    callAndWait({});
    client::CallOptions expecting;
    expecting.expectedErrorTypes = {QStringLiteral("ResourceNotFoundException")};
    callAndWait(expecting);
    QCOMPARE(log.rowCount(), 2);
    const QModelIndex unexpected = log.index(0, RequestLogModel::Status);
    const QModelIndex expected = log.index(1, RequestLogModel::Status);
    QVERIFY(!log.entry(0).expectedError);
    QVERIFY(log.entry(1).expectedError);
    QCOMPARE(unexpected.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::red));
    QCOMPARE(expected.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
    QVERIFY(expected.data().toString().contains(QStringLiteral("ResourceNotFoundException")));
    QVERIFY(!expected.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(unexpected.data(Qt::ToolTipRole).toString().isEmpty());

    // Cancelled at once: still one entry, marked as such.
    bool told = false;
    client::Call *call = m_client->client->call(
        QStringLiteral("ListDomains"), {}, this,
        [&told](const client::Outcome<QJsonObject> &outcome) {
            told = outcome.error().kind == client::ServiceError::Kind::Cancelled;
        });
    call->cancel();
    QVERIFY(told);
    QCOMPARE(log.rowCount(), 3);
    QVERIFY(log.entry(2).cancelled);
    QCOMPARE(log.entry(2).operation, QStringLiteral("ListDomains"));
    const QModelIndex cancelled = log.index(2, RequestLogModel::Status);
    QCOMPARE(cancelled.data().toString(), QStringLiteral("cancelled"));
    QCOMPARE(cancelled.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
