// The dispatcher without sockets: signed requests as the client builds them go through
// routing, verification, parameter binding and the engine, and every answer has the
// service's status, headers and body shape.

#include "api/dispatcher.h"
#include "enginefixture.h"
#include "signedrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

QByteArray headerOf(const http::Response &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject bodyOf(const http::Response &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

class TestDispatcher : public QObject
{
    Q_OBJECT

    EngineFixture f;
    std::unique_ptr<Dispatcher> dispatcher;

    http::Response send(const http::Request &request)
    {
        const http::Response response = dispatcher->handle(request);
        // Every answer, success or error, carries a request id and JSON.
        const QByteArray id = headerOf(response, "x-amzn-RequestId");
        if (id.size() < 32)
            qWarning("no request id: %s", response.body.constData());
        requestIds.append(id);
        return response;
    }
    QList<QByteArray> requestIds;

    void expectError(const http::Response &r, int status, const char *type)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(headerOf(r, "x-amzn-ErrorType"), QByteArray(type));
        QVERIFY(headerOf(r, "x-amzn-RequestId").size() >= 32);
        QCOMPARE(headerOf(r, "Content-Type"), QByteArray("application/json"));
        const QJsonObject body = bodyOf(r);
        QVERIFY2(body.value(s("Message")).isString() &&
                     !body.value(s("Message")).toString().isEmpty(),
                 r.body.constData());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open());
        f.now = kNowSeconds * 1000;
        auto verifier =
            std::make_unique<Verifier>(s("us-east-1"),
                                       QHash<QString, QString>{{QString::fromLatin1(kAccessKey),
                                                                QString::fromLatin1(kSecret)}},
                                       [this] { return f.now; });
        dispatcher = std::make_unique<Dispatcher>(*f.engine, std::move(verifier));
        requestIds.clear();
    }
    void cleanup()
    {
        dispatcher.reset();
        f.close();
    }

    void successAndErrorShapes()
    {
        http::Response r = send(signedCall(
            "CreateDomain", {{s("DomainName"), s("d")}, {s("DefaultExpirationDays"), 30}}));
        QCOMPARE(r.status, 200);
        QVERIFY(headerOf(r, "x-amzn-ErrorType").isEmpty());
        QVERIFY(headerOf(r, "x-amzn-RequestId").size() >= 32);
        QCOMPARE(bodyOf(r).value(s("DomainName")).toString(), s("d"));

        r = send(signedCall("CreateDomain",
                            {{s("DomainName"), s("d")}, {s("DefaultExpirationDays"), 30}}));
        expectError(r, 400, "BadRequestException");
        r = send(signedCall("GetDomain", {{s("DomainName"), s("nope")}}));
        expectError(r, 404, "ResourceNotFoundException");

        // Query and path parameters arrive where the engine expects them.
        QVERIFY(f.createDomain(s("e")));
        QVERIFY(f.createDomain(s("f")));
        r = send(signedCall("ListDomains", {{s("MaxResults"), 2}}));
        QCOMPARE(r.status, 200);
        const QJsonObject page = bodyOf(r);
        QCOMPARE(page.value(s("Items")).toArray().size(), 2);
        const QString token = page.value(s("NextToken")).toString();
        QVERIFY(!token.isEmpty());
        r = send(signedCall("ListDomains", {{s("MaxResults"), 2}, {s("NextToken"), token}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(bodyOf(r).value(s("Items")).toArray().size(), 1);

        // A tag ARN travels as one encoded segment and comes back as the resource.
        const QString arn = s("arn:aws:profile:us-east-1:123456789012:domains/d");
        r = send(signedCall("TagResource", {{s("resourceArn"), arn},
                                            {s("tags"), QJsonObject{{s("a-b"), s("c/d")}}}}));
        QCOMPARE(r.status, 200);
        r = send(signedCall("UntagResource",
                            {{s("resourceArn"), arn}, {s("tagKeys"), QJsonArray{s("x")}}}));
        QCOMPARE(r.status, 200);
        r = send(signedCall("ListTagsForResource", {{s("resourceArn"), arn}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(bodyOf(r).value(s("tags")).toObject(), (QJsonObject{{s("a-b"), s("c/d")}}));

        // Request ids are unique.
        QSet<QByteArray> unique(requestIds.begin(), requestIds.end());
        QCOMPARE(unique.size(), requestIds.size());
    }

    void authenticationComesFirst()
    {
        http::Request request = signedCall("GetDomain", {{s("DomainName"), s("d")}});
        removeHeader(request, "Authorization");
        expectError(send(request), 403, "MissingAuthenticationTokenException");
        request = signedCall("GetDomain", {{s("DomainName"), s("d")}});
        request.path = "/domains/e";
        expectError(send(request), 403, "InvalidSignatureException");
        f.now += 10 * 60 * 1000;
        expectError(send(signedCall("ListDomains", {})), 403, "InvalidSignatureException");
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("not json") << QByteArray("{\"DefaultExpirationDays\": ")
                                  << QByteArray("SerializationException");
        QTest::newRow("array") << QByteArray("[1, 2]") << QByteArray("SerializationException");
        QTest::newRow("string") << QByteArray("\"x\"") << QByteArray("SerializationException");
        QTest::newRow("wrong type") << QByteArray(R"({"DefaultExpirationDays": "ten"})")
                                    << QByteArray("BadRequestException");
        QTest::newRow("missing member") << QByteArray("{}") << QByteArray("BadRequestException");
        QTest::newRow("tags not a map")
            << QByteArray(R"({"DefaultExpirationDays": 5, "Tags": [1]})")
            << QByteArray("BadRequestException");
    }
    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        cp::schema::HttpRequest raw =
            serialize("CreateDomain", {{s("DomainName"), s("d")}, {s("DefaultExpirationDays"), 5}});
        raw.body = body;
        const http::Response r = send(sign(raw));
        expectError(r, 400, type.constData());
        QCOMPARE(f.rows("domains", s("d")), 0);
        if (body.contains("ten")) {
            const QString message = bodyOf(r).value(s("Message")).toString();
            QVERIFY2(message.contains(s("defaultExpirationDays")) && message.contains(s("integer")),
                     qPrintable(message));
        }
    }

    void badPercentEncoding()
    {
        QVERIFY(f.createDomain());
        cp::schema::HttpRequest raw = serialize("ListDomains", {{s("MaxResults"), 5}});
        raw.query = "max-results=5&next-token=%ZZ";
        expectError(send(sign(raw)), 400, "BadRequestException");
        raw.query = "next-token=%C3%28";
        http::Response r = send(sign(raw));
        QCOMPARE(r.status, 400);

        raw = serialize("GetDomain", {{s("DomainName"), s("d")}});
        raw.path = "/domains/%C3%28";
        expectError(send(sign(raw)), 400, "BadRequestException");
        raw.path = "/domains/d%2";
        expectError(send(sign(raw)), 400, "BadRequestException");
    }

    void queryNumbersAreChecked()
    {
        cp::schema::HttpRequest raw = serialize("ListDomains", {});
        raw.query = "max-results=many";
        expectError(send(sign(raw)), 400, "BadRequestException");
        raw.query = "max-results=0";
        expectError(send(sign(raw)), 400, "BadRequestException");
    }

    void unknownRoutes()
    {
        cp::schema::HttpRequest raw = serialize("ListDomains", {});
        raw.path = "/nothing/here";
        expectError(send(sign(raw)), 404, "UnknownOperationException");
        // Without a signature, or signed wrongly, no path is told from another: the
        // authentication error comes before routing.
        http::Request unsignedRequest;
        unsignedRequest.method = "GET";
        unsignedRequest.path = "/favicon.ico";
        unsignedRequest.target = unsignedRequest.path;
        expectError(send(unsignedRequest), 403, "MissingAuthenticationTokenException");
        unsignedRequest.method = "PATCH";
        unsignedRequest.path = "/domains/d";
        expectError(send(unsignedRequest), 403, "MissingAuthenticationTokenException");
        SignOptions wrongKey;
        wrongKey.secret = "not-the-secret";
        raw = serialize("ListDomains", {});
        raw.path = "/nothing/here";
        expectError(send(sign(raw, wrongKey)), 403, "InvalidSignatureException");
        raw = serialize("ListDomains", {});
        raw.method = "PATCH";
        expectError(send(sign(raw, wrongKey)), 403, "InvalidSignatureException");
        raw = serialize("ListDomains", {});
        raw.method = "PATCH";
        const http::Response r = send(sign(raw));
        QCOMPARE(r.status, 405);
        QVERIFY(headerOf(r, "x-amzn-RequestId").size() >= 32);
    }

    void errorsNeverEchoSecrets()
    {
        SignOptions other;
        other.secret = "not-the-secret";
        const http::Response r = send(signedCall("ListDomains", {}, other));
        expectError(r, 403, "InvalidSignatureException");
        QVERIFY(!r.body.contains(kSecret));
        QVERIFY(!r.body.contains("not-the-secret"));
    }
    // A signature for GET /domains/probe also fits /domains/probe/object-types/.. (SigV4
    // removes dot segments), which would route to GetProfileObjectType: refused.
    void dotSegmentsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("dot dot") << QByteArray("/domains/probe/object-types/..");
        QTest::newRow("dot") << QByteArray("/domains/probe/.");
        QTest::newRow("inner") << QByteArray("/domains/x/../probe");
        QTest::newRow("encoded") << QByteArray("/domains/probe/object-types/%2e%2E");
        QTest::newRow("half encoded") << QByteArray("/domains/probe/object-types/.%2e");
        QTest::newRow("encoded dot") << QByteArray("/domains/probe/%2E");
    }
    void dotSegmentsAreRefused()
    {
        QFETCH(QByteArray, path);
        QVERIFY(f.createDomain(s("probe")));
        cp::schema::HttpRequest raw = serialize("GetDomain", {{s("DomainName"), s("probe")}});
        raw.path = path;
        const http::Response r = send(sign(raw));
        expectError(r, 400, "BadRequestException");
        QVERIFY2(bodyOf(r).value(s("Message")).toString().contains(s("dot segment")),
                 r.body.constData());
        // Signed for the path without dots and sent with them: refused too, never routed.
        const http::Request signedPlain = sign(serialize("GetDomain", {{s("DomainName"), s("probe")}}));
        http::Request replayed = signedPlain;
        replayed.path = path;
        replayed.target = path;
        const http::Response r2 = send(replayed);
        QVERIFY2(r2.status == 400 || r2.status == 403, r2.body.constData());
        QVERIFY(headerOf(r2, "x-amzn-ErrorType") != "ResourceNotFoundException");
        // Dots inside a segment are an ordinary name.
        QCOMPARE(Router::hasDotSegment("/domains/a.b/object-types/..x"), false);
        QCOMPARE(Router::hasDotSegment("/domains/.../x"), false);
        QCOMPARE(Router::hasDotSegment("/domains/%2e%2e%2e"), false);
    }

    // The issue 12 request: 3,000 header lines and 6,000 signed names, knowing only the
    // access key id. Refused with a small answer (it was 18 MB and 49 s of a worker).
    void hugeSignedHeadersGetASmallAnswer()
    {
        http::Request request = signedCall("GetDomain", {{s("DomainName"), s("d")}});
        QByteArray names = "host;x-amz-date";
        for (int i = 0; i < 6000; ++i)
            names += ";a";
        for (int i = 0; i < 3000; ++i)
            request.headers.append(qMakePair(QByteArray("a"), QByteArray("x")));
        setHeader(request, "Authorization",
                  "AWS4-HMAC-SHA256 Credential=" + kAccessKey +
                      "/20231114/us-east-1/profile/aws4_request, SignedHeaders=" + names +
                      ", Signature=" + QByteArray(64, '0'));
        const http::Response r = send(request);
        expectError(r, 400, "IncompleteSignatureException");
        QVERIFY2(r.body.size() < 512, QByteArray::number(r.body.size()).constData());
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
