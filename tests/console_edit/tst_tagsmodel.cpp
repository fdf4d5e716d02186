// TagsModel against a real in-memory local endpoint: the item model contract, every limit
// with its message, and the TagResource/UntagResource calls apply() makes.

#include "editfixture.h"
#include "tagsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>

using cp::models::TagsModel;
using namespace cp::edittest;

class TagsModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void itemModelContract();
    void limits_data();
    void limits();
    void limitsAtTheirBoundary();
    void fiftyTagsAtMost();
    void changesToCalls();
    void applyToResource_data();
    void applyToResource();
    void applyWithoutChangesSendsNothing();
    void unknownResourceFails();

private:
    QJsonObject logged(const QString &operation) const;

    std::unique_ptr<cp::emulator::LocalEndpoint> m_endpoint;
    Client *m_client = nullptr;
    QList<cp::client::RequestLogEntry> m_log;
};

void TagsModelTest::initTestCase()
{
    isolateSettings();
    m_endpoint = startEndpoint();
    QVERIFY(m_endpoint);
    m_client = new Client(m_endpoint->url());
    connect(m_client->transport, &cp::client::Transport::requestLogged, this,
            [this](const cp::client::RequestLogEntry &entry) { m_log.append(entry); });
    QVERIFY(m_client->createDomain(QStringLiteral("tagged")));
    QVERIFY(m_client->createObjectType(QStringLiteral("tagged"), QStringLiteral("Contact")));
    QVERIFY(m_client->createIntegration(QStringLiteral("tagged"),
                                        QStringLiteral("arn:aws:s3:::bucket-one"),
                                        QStringLiteral("Contact")));
}

void TagsModelTest::cleanupTestCase()
{
    delete m_client;
    m_endpoint.reset();
}

QJsonObject TagsModelTest::logged(const QString &operation) const
{
    for (auto it = m_log.crbegin(); it != m_log.crend(); ++it) {
        if (it->operation == operation)
            return it->input;
    }
    return {};
}

void TagsModelTest::itemModelContract()
{
    TagsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString arn = domainArn(QStringLiteral("tagged"));
    QVERIFY(m_client
                ->ok(QStringLiteral("TagResource"),
                     {{QStringLiteral("resourceArn"), arn},
                      {QStringLiteral("tags"),
                       QJsonObject{{QStringLiteral("team"), QStringLiteral("crm")}}}})
                .isEmpty());
    QSignalSpy loaded(&model, &TagsModel::loaded);
    model.load(m_client->client, arn);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(30000));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(TagsModel::Key, Qt::Horizontal).toString(), QStringLiteral("Key"));
    QCOMPARE(model.index(0, TagsModel::Key).data().toString(), QStringLiteral("team"));
    QCOMPARE(model.index(0, TagsModel::Value).data().toString(), QStringLiteral("crm"));
    QCOMPARE(model.index(0, 0).data(TagsModel::StateRole).toInt(),
             int(TagsModel::State::Unchanged));
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
    QVERIFY(!model.isModified());

    const int row = model.addTag(QStringLiteral("owner"), QStringLiteral("ops"));
    QCOMPARE(row, 1);
    QCOMPARE(model.index(1, 0).data(TagsModel::StateRole).toInt(), int(TagsModel::State::Added));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, TagsModel::Value), QStringLiteral("sales")));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(0, 0).data(TagsModel::StateRole).toInt(), int(TagsModel::State::Changed));
    QVERIFY(model.isModified());
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.removeRows(3, 1));
    QCOMPARE(model.removedKeys(), QStringList{QStringLiteral("team")});
    QVERIFY(m_client
                ->call(QStringLiteral("UntagResource"),
                       {{QStringLiteral("resourceArn"), arn},
                        {QStringLiteral("tagKeys"), QJsonArray{QStringLiteral("team")}}})
                .ok());
}

void TagsModelTest::limits_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty key") << QString() << QStringLiteral("v")
                               << QStringLiteral("The key must not be empty.");
    QTest::newRow("long key") << QString(129, QLatin1Char('k')) << QString()
                              << QStringLiteral(
                                     "The key must be at most 128 characters long (it has 129).");
    QTest::newRow("aws: prefix") << QStringLiteral("aws:team") << QStringLiteral("v")
                                 << QStringLiteral(
                                        "Keys beginning with \"aws:\" are reserved for AWS.");
    QTest::newRow("space")
        << QStringLiteral("cost centre") << QStringLiteral("v")
        << QStringLiteral(
               "The key may contain only letters, digits and + - = . _ : / (not \" \").");
    QTest::newRow("symbols")
        << QStringLiteral("a#b!c#") << QStringLiteral("v")
        << QStringLiteral(
               "The key may contain only letters, digits and + - = . _ : / (not \"#!\").");
    QTest::newRow("long value")
        << QStringLiteral("team") << QString(257, QLatin1Char('v'))
        << QStringLiteral("The value must be at most 256 characters long (it has 257).");
    QTest::newRow("long value, code points")
        << QStringLiteral("team") << QString(257, QChar(0x00e9))
        << QStringLiteral("The value must be at most 256 characters long (it has 257).");
}

void TagsModelTest::limits()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    TagsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy validity(&model, &TagsModel::validityChanged);
    model.addTag(QStringLiteral("ok"), QStringLiteral("fine"));
    const int row = model.addTag(key, value);
    QCOMPARE(model.problem(row), message);
    QCOMPARE(model.index(row, TagsModel::Key).data(Qt::ToolTipRole).toString(), message);
    QCOMPARE(model.index(row, TagsModel::Value).data(TagsModel::ValidRole).toBool(), false);
    QCOMPARE(model.index(0, TagsModel::Key).data(TagsModel::ValidRole).toBool(), true);
    QVERIFY(!model.index(0, TagsModel::Key).data(Qt::ToolTipRole).isValid());
    QVERIFY(!model.isValid());
    QCOMPARE(model.firstProblem(), QStringLiteral("Row 2: ") + message);
    QCOMPARE(validity.count(), 1);
    QCOMPARE(validity.first().first().toBool(), false);
    QVERIFY(!model.apply()); // nothing is sent while invalid
    // Fixing the row as typed makes the table valid again.
    QVERIFY(model.setData(model.index(row, TagsModel::Key), QStringLiteral("fixed")));
    QVERIFY(model.setData(model.index(row, TagsModel::Value), QStringLiteral("v")));
    QVERIFY(model.isValid());
    QCOMPARE(validity.count(), 2);
    QVERIFY(validity.last().first().toBool());
}

void TagsModelTest::limitsAtTheirBoundary()
{
    TagsModel model;
    model.addTag(QString(128, QLatin1Char('k')), QString(256, QLatin1Char('v')));
    model.addTag(QStringLiteral("a+-=._:/Z09"), QString());
    model.addTag(QStringLiteral("x:aws:y"), QStringLiteral("aws:fine in values"));
    QVERIFY2(model.isValid(), qPrintable(model.firstProblem()));

    // Duplicate keys: the later row is the one in the way.
    model.addTag(QStringLiteral("x:aws:y"), QStringLiteral("again"));
    QCOMPARE(model.problem(2), QString());
    QCOMPARE(model.problem(3), QStringLiteral("The key x:aws:y is already used by another tag."));
}

void TagsModelTest::fiftyTagsAtMost()
{
    TagsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 50; ++i)
        model.addTag(QStringLiteral("k%1").arg(i), QStringLiteral("v"));
    QVERIFY(model.isValid());
    const int row = model.addTag(QStringLiteral("k50"), QStringLiteral("v"));
    QCOMPARE(model.problem(row),
             QStringLiteral("A resource can have at most 50 tags: remove this one or another."));
    QVERIFY(!model.isValid());
    QVERIFY(model.removeRows(0, 1));
    QVERIFY(model.isValid());
}

void TagsModelTest::changesToCalls()
{
    TagsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTags({{QStringLiteral("a"), QStringLiteral("1")},
                   {QStringLiteral("b"), QStringLiteral("2")},
                   {QStringLiteral("c"), QStringLiteral("3")},
                   {QStringLiteral("r"), QStringLiteral("4")}});
    QVERIFY(!model.isModified());
    QCOMPARE(model.changedTags(), QJsonObject());
    QCOMPARE(model.removedKeys(), QStringList());
    // Rows are in key order: a, b, c, r.
    QVERIFY(model.setData(model.index(1, TagsModel::Value), QStringLiteral("20"))); // b changed
    QVERIFY(model.removeRows(2, 1));                                                // c removed
    QVERIFY(model.setData(model.index(2, TagsModel::Key), QStringLiteral("s"))); // r renamed to s
    model.addTag(QStringLiteral("d"), QStringLiteral("5"));                      // d added
    QCOMPARE(model.changedTags(), (QJsonObject{{QStringLiteral("b"), QStringLiteral("20")},
                                               {QStringLiteral("s"), QStringLiteral("4")},
                                               {QStringLiteral("d"), QStringLiteral("5")}}));
    QStringList removed = model.removedKeys();
    removed.sort();
    QCOMPARE(removed, (QStringList{QStringLiteral("c"), QStringLiteral("r")}));
    QCOMPARE(model.tags(), (QJsonObject{{QStringLiteral("a"), QStringLiteral("1")},
                                        {QStringLiteral("b"), QStringLiteral("20")},
                                        {QStringLiteral("s"), QStringLiteral("4")},
                                        {QStringLiteral("d"), QStringLiteral("5")}}));
    // Editing a value back to what was saved is no change.
    QVERIFY(model.setData(model.index(1, TagsModel::Value), QStringLiteral("2")));
    QVERIFY(!model.changedTags().contains(QStringLiteral("b")));
}

void TagsModelTest::applyToResource_data()
{
    QTest::addColumn<QString>("arn");
    const QString domain = domainArn(QStringLiteral("tagged"));
    QTest::newRow("domain") << domain;
    QTest::newRow("object type") << domain + QStringLiteral("/object-types/Contact");
    QTest::newRow("integration") << domain +
                                        QStringLiteral("/integrations/arn:aws:s3:::bucket-one");
}

void TagsModelTest::applyToResource()
{
    QFETCH(QString, arn);
    QVERIFY(m_client
                ->ok(QStringLiteral("TagResource"),
                     {{QStringLiteral("resourceArn"), arn},
                      {QStringLiteral("tags"),
                       QJsonObject{{QStringLiteral("keep"), QStringLiteral("k")},
                                   {QStringLiteral("change"), QStringLiteral("old")},
                                   {QStringLiteral("drop"), QStringLiteral("d")}}}})
                .isEmpty());
    TagsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &TagsModel::loaded);
    model.load(m_client->client, arn);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(model.tags().size(), 3);
    // Rows: change, drop, keep.
    QVERIFY(model.setData(model.index(0, TagsModel::Value), QStringLiteral("new")));
    QVERIFY(model.removeRows(1, 1));
    model.addTag(QStringLiteral("added"), QStringLiteral("a"));

    m_log.clear();
    QSignalSpy applied(&model, &TagsModel::applied);
    QSignalSpy failed(&model, &TagsModel::failed);
    QVERIFY(model.apply());
    QVERIFY(model.isApplying());
    QVERIFY(applied.wait(30000));
    QVERIFY(failed.isEmpty());
    QVERIFY(!model.isApplying());
    QVERIFY(!model.isModified());

    // TagResource with the changed and added tags, then UntagResource with the removed key.
    QCOMPARE(m_log.size(), 2);
    QCOMPARE(m_log.at(0).operation, QStringLiteral("TagResource"));
    QCOMPARE(m_log.at(0).input,
             (QJsonObject{{QStringLiteral("resourceArn"), arn},
                          {QStringLiteral("tags"),
                           QJsonObject{{QStringLiteral("change"), QStringLiteral("new")},
                                       {QStringLiteral("added"), QStringLiteral("a")}}}}));
    QCOMPARE(m_log.at(1).operation, QStringLiteral("UntagResource"));
    QCOMPARE(m_log.at(1).input,
             (QJsonObject{{QStringLiteral("resourceArn"), arn},
                          {QStringLiteral("tagKeys"), QJsonArray{QStringLiteral("drop")}}}));
    QCOMPARE(m_log.at(1).status / 100, 2);
    const QJsonObject expected{{QStringLiteral("keep"), QStringLiteral("k")},
                               {QStringLiteral("change"), QStringLiteral("new")},
                               {QStringLiteral("added"), QStringLiteral("a")}};
    QCOMPARE(m_client->tags(arn), expected);

    // Removing everything is one UntagResource.
    m_log.clear();
    QVERIFY(model.removeRows(0, model.rowCount()));
    QVERIFY(model.apply());
    QVERIFY(applied.wait(30000));
    QCOMPARE(m_log.size(), 1);
    QCOMPARE(m_log.at(0).operation, QStringLiteral("UntagResource"));
    QCOMPARE(m_log.at(0).input.value(QStringLiteral("tagKeys")).toArray().size(), 3);
    QCOMPARE(m_client->tags(arn), QJsonObject());
}

void TagsModelTest::applyWithoutChangesSendsNothing()
{
    TagsModel model;
    QSignalSpy loaded(&model, &TagsModel::loaded);
    model.load(m_client->client, domainArn(QStringLiteral("tagged")));
    QVERIFY(loaded.wait(30000));
    m_log.clear();
    QSignalSpy applied(&model, &TagsModel::applied);
    QVERIFY(model.apply());
    QCOMPARE(applied.count(), 1);
    QVERIFY(m_log.isEmpty());
}

void TagsModelTest::unknownResourceFails()
{
    TagsModel model;
    QSignalSpy failed(&model, &TagsModel::failed);
    const QString arn = domainArn(QStringLiteral("tagged")) + QStringLiteral("/object-types/Nope");
    model.load(m_client->client, arn);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().first().value<cp::client::ServiceError>().type,
             QStringLiteral("ResourceNotFoundException"));
    model.addTag(QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(model.apply());
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.count(), 2);
    QVERIFY(!model.isApplying());
    QVERIFY(model.isModified()); // nothing was lost
    QCOMPARE(logged(QStringLiteral("TagResource")).value(QStringLiteral("resourceArn")).toString(),
             arn);
}

QTEST_GUILESS_MAIN(TagsModelTest)
#include "tst_tagsmodel.moc"
