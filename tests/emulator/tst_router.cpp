// The router: every operation's method and path (as the client serializes them) lead to
// it, path labels come back decoded, and unknown or malformed paths are told apart.

#include "api/router.h"
#include "core/serializer.h"
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

// A realistic input of each operation: every label, and a body or query member or two.
QJsonObject inputFor(const QString &operation)
{
    QJsonObject in{{s("DomainName"), kDomain}};
    const auto add = [&](const char *name, const QJsonValue &value) {
        in.insert(QString::fromLatin1(name), value);
    };
    if (operation == s("ListDomains") || operation == s("ListProfileObjectTypeTemplates") ||
        operation == s("ListAccountIntegrations")) {
        in.remove(s("DomainName"));
        add("MaxResults", 10);
        add("NextToken", s("abc/def+=="));
        if (operation == s("ListAccountIntegrations"))
            add("Uri", s("arn:aws:appflow:us-east-1:123456789012:flow/f"));
    } else if (operation.contains(s("ObjectType")) && operation != s("ListProfileObjectTypes") &&
               !operation.contains(s("Template"))) {
        add("ObjectTypeName", kObjectType);
        add("Description", s("contacts"));
    } else if (operation.contains(s("Template"))) {
        in.remove(s("DomainName"));
        add("TemplateId", kTemplate);
    } else if (operation.contains(s("Tag"), Qt::CaseInsensitive)) {
        in.remove(s("DomainName"));
        add("resourceArn", kArn);
        add("tags", QJsonObject{{s("a"), s("b")}});
        add("tagKeys", QJsonArray{s("a"), s("b c")});
    } else if (operation.contains(s("Profile"))) {
        add("ProfileId", s("4b2f1c3e8a9d4e5f9a1b2c3d4e5f6a7b"));
        add("KeyName", s("_email"));
        add("Values", QJsonArray{s("a@example.com")});
    } else if (operation.contains(s("Integration"))) {
        add("Uri", s("arn:aws:sqs:us-east-1:123456789012:q"));
    }
    if (operation == s("ListIntegrations") || operation == s("ListProfileObjectTypes"))
        add("MaxResults", 5);
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
        const QStringList expected = {s("AddProfileKey"),
                                      s("CreateDomain"),
                                      s("CreateProfile"),
                                      s("DeleteDomain"),
                                      s("DeleteIntegration"),
                                      s("DeleteProfile"),
                                      s("DeleteProfileKey"),
                                      s("DeleteProfileObject"),
                                      s("DeleteProfileObjectType"),
                                      s("GetDomain"),
                                      s("GetIntegration"),
                                      s("GetProfileObjectType"),
                                      s("GetProfileObjectTypeTemplate"),
                                      s("ListAccountIntegrations"),
                                      s("ListDomains"),
                                      s("ListIntegrations"),
                                      s("ListProfileObjectTypeTemplates"),
                                      s("ListProfileObjectTypes"),
                                      s("ListProfileObjects"),
                                      s("ListTagsForResource"),
                                      s("PutIntegration"),
                                      s("PutProfileObject"),
                                      s("PutProfileObjectType"),
                                      s("SearchProfiles"),
                                      s("TagResource"),
                                      s("UntagResource"),
                                      s("UpdateDomain"),
                                      s("UpdateProfile")};
        QStringList names;
        for (const auto &op : cp::schema::WireModel::instance().operations())
            names.append(op.name);
        names.sort();
        QCOMPARE(names, expected);
        for (const QString &name : expected)
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyOperationRoutesToItself()
    {
        QFETCH(QString, operation);
        const cp::schema::Operation *op = cp::schema::WireModel::instance().operation(operation);
        QVERIFY(op);
        const QJsonObject input = inputFor(operation);
        const cp::client::HttpRequest request = cp::client::serializeRequest(*op, input);
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
