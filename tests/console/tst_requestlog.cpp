// The request log dock's model on real calls to the local endpoint: it shows each call's
// parameters with the values of sensitive shapes masked (as botocore's debug log), while
// "Copy as AWS CLI command" still copies the whole request the user made.

#include "consolefixture.h"
#include "requestlogmodel.h"

#include <QAbstractItemModelTester>
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

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
