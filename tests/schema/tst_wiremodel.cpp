// The wire model against botocore's model (conformance): operations, lookups, patterns.
// The validator's findings are in tst_wirevalidation.

#include "botocore_compare.h"
#include "wiremodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cp::schema;

namespace {

QString sharedDir()
{
    const QString fromEnv = qEnvironmentVariable("CP_SHARED_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(CP_SHARED_DIR) : fromEnv;
}

// Today's model (botocore 1.43.11), which the project's model file is made from.
const char *kCurrentModel = "/reference/customer-profiles-service-2.botocore-1.43.11.json";

} // namespace

class TestWireModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operationList();
    void conformance();
    void lookups();
    void patternsCompile();
};

void TestWireModel::operationList()
{
    QSet<QString> names;
    for (const Operation &op : WireModel::bundled().operations())
        names.insert(op.name);
    QCOMPARE(names.size(), 106);

    // The 28 operations the product started from are all still there.
    QFile boto3(sharedDir() + QStringLiteral("/reference/customer-profiles-api-boto3.txt"));
    if (!boto3.open(QIODevice::ReadOnly))
        QSKIP("reference/customer-profiles-api-boto3.txt not found (set CP_SHARED_DIR to check "
              "the list against boto3's documentation)");
    const QString text = QString::fromUtf8(boto3.readAll());
    QSet<QString> documented;
    static const QRegularExpression call(QStringLiteral("response = client\\.([a-z_]+)\\("));
    for (auto it = call.globalMatch(text); it.hasNext();) {
        QString name = it.next().captured(1);
        for (qsizetype i = name.indexOf(QLatin1Char('_')); i >= 0;
             i = name.indexOf(QLatin1Char('_')))
            name.replace(i, 2, name.at(i + 1).toUpper());
        name[0] = name.at(0).toUpper();
        documented.insert(name);
    }
    QCOMPARE(documented.size(), 28);
    QVERIFY(names.contains(documented));
}

void TestWireModel::conformance()
{
    // The model as loaded (generator and reader together) against botocore's own file:
    // every operation's binding and every shape's facts.
    QFile file(sharedDir() + QLatin1String(kCurrentModel));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("botocore's current model (reference/customer-profiles-service-2.botocore-1.43.11"
              ".json) not found; set CP_SHARED_DIR to the shared folder to compare with it");
    const QJsonObject model = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject operations = model.value(QStringLiteral("operations")).toObject();
    const QJsonObject shapes = model.value(QStringLiteral("shapes")).toObject();
    QVERIFY(!shapes.isEmpty());

    const WireModel &ours = WireModel::bundled();
    QStringList diffs;
    QCOMPARE(ours.operations().size(), operations.size());
    for (auto it = operations.begin(); it != operations.end(); ++it) {
        const QJsonObject op = it.value().toObject();
        const QJsonObject http = op.value(QStringLiteral("http")).toObject();
        const Operation *actual = ours.operation(it.key());
        QVERIFY2(actual, qPrintable(it.key()));
        QStringList errors;
        for (const QJsonValue &e : op.value(QStringLiteral("errors")).toArray())
            errors.append(e.toObject().value(QStringLiteral("shape")).toString());
        const QString want =
            QStringList{http.value(QStringLiteral("method")).toString(),
                        http.value(QStringLiteral("requestUri")).toString(),
                        op.value(QStringLiteral("input")).toObject().value(QStringLiteral("shape")).toString(),
                        op.value(QStringLiteral("output")).toObject().value(QStringLiteral("shape")).toString(),
                        QString::number(http.value(QStringLiteral("responseCode")).toInt(200)),
                        errors.join(QLatin1Char(','))}
                .join(QLatin1Char(' '));
        const QString have =
            QStringList{actual->method, actual->uri, actual->input, actual->output,
                        QString::number(actual->successCode), actual->errors.join(QLatin1Char(','))}
                .join(QLatin1Char(' '));
        if (want != have)
            diffs.append(it.key() + QStringLiteral(": model '") + want +
                         QStringLiteral("', ours '") + have + QLatin1Char('\''));
    }
    QCOMPARE(ours.shapes().size(), shapes.size());
    for (auto it = shapes.begin(); it != shapes.end(); ++it) {
        const Shape *actual = ours.shape(it.key());
        if (!actual)
            diffs.append(it.key() + QStringLiteral(" is missing"));
        else
            diffs += compareShape(it.key(), it.value().toObject(), *actual);
    }
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

void TestWireModel::lookups()
{
    const WireModel &model = WireModel::bundled();
    QCOMPARE(model.metadata().signingName, QStringLiteral("profile"));
    QCOMPARE(model.metadata().apiVersion, QStringLiteral("2020-08-15"));
    const Operation *search = model.operation(u"SearchProfiles");
    QVERIFY(search);
    QCOMPARE(search->method, QStringLiteral("POST"));
    QCOMPARE(search->uri, QStringLiteral("/domains/{DomainName}/profiles/search"));
    QVERIFY(search->errors.contains(QStringLiteral("ThrottlingException")));
    QCOMPARE(model.shape(u"ThrottlingException")->httpStatus, 429);
    QVERIFY(!search->readOnly);
    QVERIFY(model.operation(u"GetUploadJob")->readOnly);
    QVERIFY(model.operation(u"DeleteEventStream")->idempotent);
    const Operation *list = model.operation(u"ListDomains");
    QVERIFY(list && !list->paginator); // botocore pages none of the 28 seed operations
    const Operation *history = model.operation(u"ListProfileHistoryRecords");
    QVERIFY(history);
    const Operation *similar = model.operation(u"GetSimilarProfiles");
    QVERIFY(similar && similar->paginator);
    QCOMPARE(similar->paginator->inputToken, QStringLiteral("NextToken"));
    QCOMPARE(similar->paginator->resultKey, QStringLiteral("ProfileIds"));
    QVERIFY(model.operation(u"MergeProfiles"));
    const Shape *listRequest = model.shape(u"ListDomainsRequest");
    QVERIFY(listRequest);
    QCOMPARE(listRequest->members.size(), 2);
    QCOMPARE(listRequest->members.at(1).location, Location::Query);
    QCOMPARE(listRequest->members.at(1).locationName, QStringLiteral("max-results"));
    QVERIFY(!model.shape(u"NoSuchShape"));
}

void TestWireModel::patternsCompile()
{
    for (const Shape &shape : WireModel::bundled().shapes()) {
        if (shape.pattern.isEmpty())
            continue;
        const QRegularExpression re(shape.pattern);
        QVERIFY2(re.isValid(), qPrintable(shape.name + QLatin1Char(' ') + re.errorString()));
    }
}

QTEST_GUILESS_MAIN(TestWireModel)
#include "tst_wiremodel.moc"
