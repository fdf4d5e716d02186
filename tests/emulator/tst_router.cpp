// The router: every operation's method and path (as the client serializes them) lead to
// it, path labels come back decoded, and unknown or malformed paths are told apart.

#include "api/router.h"
#include "protocol.h"
#include "wiremodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using cp::emulator::Router;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kDomain = s("my-domain_1");
const QString kObjectType = s("Salesforce-Contact_v2");
const QString kTemplate = s("Salesforce-Contact");
const QString kArn =
    s("arn:aws:profile:us-east-1:123456789012:domains/my-domain_1/object-types/Contact");

// An input of each operation: every path label with a value of its kind (an ARN with
// slashes for the ARN labels), plus a query or body member where the model has one.
QJsonObject inputFor(const cp::schema::Operation &op)
{
    const auto &model = cp::schema::WireModel::bundled();
    QJsonObject in;
    for (const cp::schema::Member &m : model.shape(op.input)->members) {
        if (m.location == cp::schema::Location::Uri)
            in.insert(m.name, m.name.endsWith(s("Arn"))          ? kArn
                              : m.name == s("DomainName")        ? kDomain
                              : m.name == s("ObjectTypeName")    ? kObjectType
                              : m.name == s("TemplateId")        ? kTemplate
                                                                 : s("v-") + m.name + s("_1"));
        else if (m.name == s("NextToken"))
            in.insert(m.name, s("abc/def+=="));
    }
    return in;
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

    Router router;

private Q_SLOTS:
    void everyOperationRoutesToItself_data()
    {
        QTest::addColumn<QString>("operation");
        const auto &operations = cp::schema::WireModel::bundled().operations();
        QCOMPARE(operations.size(), 106);
        for (const auto &op : operations)
            QTest::newRow(qPrintable(op.name)) << op.name;
    }
    void everyOperationRoutesToItself()
    {
        QFETCH(QString, operation);
        const cp::schema::Operation *op = cp::schema::WireModel::bundled().operation(operation);
        QVERIFY(op);
        const QJsonObject input = inputFor(*op);
        const cp::schema::HttpRequest request = cp::schema::serializeRequest(cp::schema::WireModel::bundled(), *op, input);
        const Router::Match m = router.match(request.method, request.path);
        QVERIFY2(m.operation, QByteArray(request.method + ' ' + request.path).constData());
        QCOMPARE(m.operation->name, operation);
        QVERIFY(!m.badEncoding);
        for (const auto &[label, value] : m.labels)
            QCOMPARE(value, input.value(label).toString());
        // Path labels only: the labels are exactly those of the URI template.
        QCOMPARE(m.labels.size(), op->uri.count(QLatin1Char('{')));

        // The same path with a trailing slash is the same resource.
        const Router::Match slash = router.match(request.method, request.path + '/');
        QVERIFY(slash.operation);
        QCOMPARE(slash.operation->name, operation);
    }

    void tagArnAsOneSegmentOrWithSlashes()
    {
        const QByteArray encoded = "/tags/arn%3Aaws%3Aprofile%3Aus-east-1%3A123456789012%3Adomains"
                                   "%2Fmy-domain_1%2Fobject-types%2FContact";
        const QByteArray raw = "/tags/" + kArn.toUtf8();
        for (const QByteArray &path : {encoded, raw}) {
            for (const auto &[method, name] :
                 {std::pair("GET", "ListTagsForResource"), std::pair("POST", "TagResource"),
                  std::pair("DELETE", "UntagResource")}) {
                const Router::Match m = router.match(method, path);
                QVERIFY2(m.operation, path.constData());
                QCOMPARE(m.operation->name, s(name));
                QCOMPARE(m.labels.size(), 1);
                QCOMPARE(m.labels.first().first, s("resourceArn"));
                QCOMPARE(m.labels.first().second, kArn);
            }
        }
        // A label decodes to UTF-8 text.
        const Router::Match m = router.match("GET", "/domains/caf%C3%A9");
        QVERIFY(m.operation);
        QCOMPARE(m.labels.first().second, s("café"));
        const Router::Match odd = router.match("GET", "/domains/a%2Fb");
        QVERIFY(odd.operation);
        QCOMPARE(odd.operation->name, s("GetDomain"));
        QCOMPARE(odd.labels.first().second, s("a/b"));
    }

    void unknownPaths_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("root") << QByteArray("GET") << QByteArray("/");
        QTest::newRow("empty") << QByteArray("GET") << QByteArray("");
        QTest::newRow("unknown") << QByteArray("GET") << QByteArray("/nothing/here");
        QTest::newRow("too deep") << QByteArray("GET") << QByteArray("/domains/d/object-types/t/x");
        QTest::newRow("empty label") << QByteArray("GET") << QByteArray("/domains//object-types");
        QTest::newRow("case") << QByteArray("GET") << QByteArray("/Domains/d");
        QTest::newRow("unknown method") << QByteArray("PATCH") << QByteArray("/nothing");
        QTest::newRow("tags alone") << QByteArray("GET") << QByteArray("/tags");
        QTest::newRow("double slash") << QByteArray("GET") << QByteArray("/domains//");
    }
    void unknownPaths()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        const Router::Match m = router.match(method, path);
        QVERIFY(!m.operation);
        QVERIFY(!m.pathKnown);
    }

    void knownPathWrongMethod_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("PATCH domain") << QByteArray("PATCH") << QByteArray("/domains/d");
        QTest::newRow("POST domains") << QByteArray("POST") << QByteArray("/domains");
        QTest::newRow("GET search")
            << QByteArray("GET") << QByteArray("/domains/d/profiles/search");
        QTest::newRow("PUT tags") << QByteArray("PUT") << QByteArray("/tags/arn%3Ax");
        QTest::newRow("PUT tags raw") << QByteArray("PUT") << QByteArray("/tags/arn:a/b/c");
        QTest::newRow("get lowercase") << QByteArray("get") << QByteArray("/domains");
    }
    void knownPathWrongMethod()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        const Router::Match m = router.match(method, path);
        QVERIFY(!m.operation);
        QVERIFY(m.pathKnown);
    }

    void badPercentEncoding_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("truncated") << QByteArray("/domains/my%2");
        QTest::newRow("not hex") << QByteArray("/domains/%ZZabc");
        QTest::newRow("invalid utf-8") << QByteArray("/domains/%C3%28");
        QTest::newRow("lone continuation") << QByteArray("/domains/d/object-types/%80");
        QTest::newRow("tag arn") << QByteArray("/tags/arn%3");
    }
    void badPercentEncoding()
    {
        QFETCH(QByteArray, path);
        const Router::Match m = router.match("GET", path);
        QVERIFY(m.operation);
        QVERIFY(m.badEncoding);
        QVERIFY(!router.match("GET", "/domains/ok%20name").badEncoding);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
