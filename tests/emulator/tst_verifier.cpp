// SigV4 verification in the local endpoint: requests signed as the client signs them
// pass; every kind of tampering, scope mistake, clock skew or malformed header fails
// with the service's error type, and no error text gives away a signature or the secret.

#include "api/verifier.h"
#include "signedrequest.h"

#include <QJsonArray>
#include <QTest>
#include <ctime>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray authorizationPart(const QByteArray &authorization, const QByteArray &name)
{
    for (QByteArray part : authorization.mid(authorization.indexOf(' ') + 1).split(',')) {
        part = part.trimmed();
        if (part.startsWith(QByteArray(name + '=')))
            return part.mid(name.size() + 1);
    }
    return {};
}

http::Request sampleRequest(const SignOptions &o = {})
{
    return signedCall("SearchProfiles",
                      {{s("DomainName"), s("my-domain")},
                       {s("KeyName"), s("_email")},
                       {s("Values"), QJsonArray{s("jane@example.com")}},
                       {s("MaxResults"), 5},
                       {s("NextToken"), s("a/b+c==")}},
                      o);
}

} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT

    qint64 nowMs = kNowSeconds * 1000;
    Verifier verifier{s("us-east-1"),
                      {{QString::fromLatin1(kAccessKey), QString::fromLatin1(kSecret)}},
                      [this] { return nowMs; }};

    // The failure's type, and a check that its text leaks neither signature nor secret.
    QString failureType(const http::Request &request)
    {
        const std::optional<Verifier::Failure> failure = verifier.verify(request);
        if (!failure)
            return {};
        lastMessage = failure->message;
        lastStatus = failure->status;
        return failure->type;
    }
    QString lastMessage;
    int lastStatus = 0;

    void expectNoSecrets()
    {
        QVERIFY2(!lastMessage.contains(QString::fromLatin1(kSecret)), qPrintable(lastMessage));
        QVERIFY2(!lastMessage.contains(s("Signature=")), qPrintable(lastMessage));
    }

private Q_SLOTS:
    void init() { nowMs = kNowSeconds * 1000; }

    void validRequestsPass()
    {
        QVERIFY(!verifier.verify(sampleRequest()));
        // Every operation, with its own path labels, query and body.
        for (const auto &[op, input] :
             {std::pair("ListDomains", QJsonObject{{s("MaxResults"), 2}}),
              std::pair("GetDomain", QJsonObject{{s("DomainName"), s("d")}}),
              std::pair("DeleteDomain", QJsonObject{{s("DomainName"), s("d")}}),
              std::pair("ListTagsForResource",
                        QJsonObject{{s("resourceArn"),
                                     s("arn:aws:profile:us-east-1:123456789012:domains/d")}}),
              std::pair("UntagResource",
                        QJsonObject{{s("resourceArn"),
                                     s("arn:aws:profile:us-east-1:123456789012:domains/d")},
                                    {s("tagKeys"), QJsonArray{s("a b"), s("c/d"), s("é")}}}),
              std::pair("PutProfileObject",
                        QJsonObject{{s("DomainName"), s("d")},
                                    {s("ObjectTypeName"), s("T")},
                                    {s("Object"), s(R"({"name":"Zoë ☃"})")}})}) {
            const http::Request request = signedCall(op, input);
            const auto failure = verifier.verify(request);
            QVERIFY2(!failure, qPrintable(QString::fromLatin1(op) + QStringLiteral(": ") +
                                          (failure ? failure->message : QString())));
        }
        // Within the allowed skew either way.
        nowMs += 4 * 60 * 1000;
        QVERIFY(!verifier.verify(sampleRequest()));
        nowMs -= 8 * 60 * 1000;
        QVERIFY(!verifier.verify(sampleRequest()));
    }

    void dateIsReadAsUtcWhateverTheLocalZone()
    {
        // 2024-03-10T02:30:00Z: a time that does not exist in New York's local time (the
        // clocks skip from 02:00 to 03:00); X-Amz-Date is UTC and must read as such.
        const QByteArray zone = qgetenv("TZ");
        qputenv("TZ", "America/New_York");
        tzset();
        SignOptions o;
        o.epochSeconds = 1710037800;
        nowMs = o.epochSeconds * 1000;
        const http::Request request = sampleRequest(o);
        QCOMPARE(request.header("x-amz-date"), QByteArray("20240310T023000Z"));
        const auto failure = verifier.verify(request);
        if (zone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
        tzset();
        QVERIFY2(!failure, qPrintable(failure ? failure->message : QString()));
    }

    void sessionTokenSignedPasses()
    {
        SignOptions o;
        o.sessionToken = "FwoGZXIvYXdzEXAMPLETOKEN//+==";
        const http::Request request = sampleRequest(o);
        QVERIFY(request.header("x-amz-security-token") == o.sessionToken);
        QVERIFY(authorizationPart(request.header("authorization"), "SignedHeaders")
                    .contains("x-amz-security-token"));
        QVERIFY(!verifier.verify(request));
        http::Request tampered = request;
        setHeader(tampered, "X-Amz-Security-Token", "other");
        QCOMPARE(failureType(tampered), s("InvalidSignatureException"));
    }

    void contentSha256()
    {
        SignOptions o;
        o.contentSha256 = true;
        const http::Request request = sampleRequest(o);
        QVERIFY(!verifier.verify(request));
        http::Request mismatch = request;
        setHeader(mismatch, "x-amz-content-sha256", cp::sigv4::sha256Hex("something else"));
        QCOMPARE(failureType(mismatch), s("XAmzContentSHA256Mismatch"));
        QCOMPARE(lastStatus, 400);
        // Unsigned header claiming another hash, body unchanged: still a mismatch.
        http::Request unsignedClaim = sampleRequest();
        unsignedClaim.headers.append(
            qMakePair(QByteArray("x-amz-content-sha256"), QByteArray(64, 'a')));
        QCOMPARE(failureType(unsignedClaim), s("XAmzContentSHA256Mismatch"));
    }

    void tampering_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("header value") << 0;
        QTest::newRow("body") << 1;
        QTest::newRow("path") << 2;
        QTest::newRow("query") << 3;
        QTest::newRow("method") << 4;
        QTest::newRow("signature") << 5;
        QTest::newRow("other secret") << 6;
        QTest::newRow("host") << 7;
    }
    void tampering()
    {
        QFETCH(int, what);
        http::Request request = sampleRequest();
        switch (what) {
        case 0:
            setHeader(request, "Content-Type", "application/x-amz-json-1.1");
            break;
        case 1:
            request.body.replace("jane", "john");
            break;
        case 2:
            request.path.replace("my-domain", "my-domaim");
            break;
        case 3:
            request.query.replace("max-results=5", "max-results=6");
            break;
        case 4:
            request.method = "PUT";
            break;
        case 5: {
            QByteArray auth = request.header("authorization");
            const QByteArray signature = authorizationPart(auth, "Signature");
            QByteArray changed = signature;
            changed[0] = changed[0] == 'a' ? 'b' : 'a';
            setHeader(request, "Authorization", auth.replace(signature, changed));
            break;
        }
        case 6: {
            SignOptions o;
            o.secret = "another-secret";
            request = sampleRequest(o);
            break;
        }
        case 7:
            setHeader(request, "Host", "evil.example.com");
            break;
        }
        QCOMPARE(failureType(request), s("InvalidSignatureException"));
        QCOMPARE(lastStatus, 403);
        expectNoSecrets();
        // Neither the signature we computed nor the one given is in the message.
        const QByteArray given = authorizationPart(request.header("authorization"), "Signature");
        QVERIFY(!lastMessage.contains(QString::fromLatin1(given)));
        const QByteArray good =
            authorizationPart(sampleRequest().header("authorization"), "Signature");
        QVERIFY(!lastMessage.contains(QString::fromLatin1(good)));
    }

    void scopeMistakes_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("region") << QByteArray("/us-east-1/") << QByteArray("/eu-west-1/");
        QTest::newRow("service") << QByteArray("/profile/") << QByteArray("/connect/");
        QTest::newRow("terminator") << QByteArray("/aws4_request") << QByteArray("/aws4_reqest");
        QTest::newRow("scope date") << QByteArray("/20231114/") << QByteArray("/20231113/");
    }
    void scopeMistakes()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        http::Request request = sampleRequest();
        QByteArray auth = request.header("authorization");
        QVERIFY(auth.contains(from));
        setHeader(request, "Authorization", auth.replace(from, to));
        QCOMPARE(failureType(request), s("InvalidSignatureException"));
        QCOMPARE(lastStatus, 403);
        expectNoSecrets();
    }

    void signedWithWrongScopeFromTheStart()
    {
        // Signed correctly, but for another region or service: the scope check says so.
        SignOptions region;
        region.region = "eu-west-1";
        QCOMPARE(failureType(sampleRequest(region)), s("InvalidSignatureException"));
        QVERIFY(lastMessage.contains(s("region")));
        SignOptions service;
        service.service = "s3";
        QCOMPARE(failureType(sampleRequest(service)), s("InvalidSignatureException"));
        QVERIFY(lastMessage.contains(s("service")));
    }

    void clockSkew_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<QString>("words");
        QTest::newRow("6 minutes in the past") << qint64(6 * 60 * 1000) << s("expired");
        QTest::newRow("6 minutes in the future") << qint64(-6 * 60 * 1000) << s("not yet current");
    }
    void clockSkew()
    {
        QFETCH(qint64, offsetMs);
        QFETCH(QString, words);
        nowMs += offsetMs; // the request's X-Amz-Date is offsetMs before "now"
        QCOMPARE(failureType(sampleRequest()), s("InvalidSignatureException"));
        QCOMPARE(lastStatus, 403);
        QVERIFY2(lastMessage.contains(words), qPrintable(lastMessage));
    }

    void unknownAccessKey()
    {
        SignOptions o;
        o.accessKey = "AKIDUNKNOWN000000000";
        QCOMPARE(failureType(sampleRequest(o)), s("UnrecognizedClientException"));
        QCOMPARE(lastStatus, 403);
        expectNoSecrets();
    }

    void missingAuthorization()
    {
        http::Request request = sampleRequest();
        removeHeader(request, "Authorization");
        QCOMPARE(failureType(request), s("MissingAuthenticationTokenException"));
        QCOMPARE(lastStatus, 403);
    }

    void malformedAuthorization_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("one word") << QByteArray("AWS4-HMAC-SHA256");
        QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz");
        QTest::newRow("no signature")
            << QByteArray("AWS4-HMAC-SHA256 Credential=AKIDLOCALTEST0000001/20231114/us-east-1/"
                          "profile/aws4_request, SignedHeaders=host;x-amz-date");
        QTest::newRow("short credential")
            << QByteArray("AWS4-HMAC-SHA256 Credential=AKID/20231114, SignedHeaders=host, "
                          "Signature=00");
        QTest::newRow("other algorithm")
            << QByteArray("AWS4-HMAC-SHA512 Credential=AKIDLOCALTEST0000001/20231114/us-east-1/"
                          "profile/aws4_request, SignedHeaders=host;x-amz-date, Signature=00");
        QTest::newRow("garbage part")
            << QByteArray("AWS4-HMAC-SHA256 Credential=a/b/c/d/e, junk, Signature=00");
    }
    void malformedAuthorization()
    {
        QFETCH(QByteArray, authorization);
        http::Request request = sampleRequest();
        setHeader(request, "Authorization", authorization);
        QCOMPARE(failureType(request), s("IncompleteSignatureException"));
        QCOMPARE(lastStatus, 400);
    }

    void missingOrBadDate()
    {
        http::Request request = sampleRequest();
        removeHeader(request, "X-Amz-Date");
        QCOMPARE(failureType(request), s("IncompleteSignatureException"));
        setHeader(request, "X-Amz-Date", "20231114T25xx20Z");
        QCOMPARE(failureType(request), s("IncompleteSignatureException"));
    }

    void signedHeadersWithoutHost()
    {
        // Signed without host: the signature is right, but host must be signed.
        http::Request request = sampleRequest();
        const QByteArray auth = request.header("authorization");
        const QByteArray names = authorizationPart(auth, "SignedHeaders");
        QVERIFY(names.startsWith("content-type;host;"));
        QByteArray without = names;
        without.replace("host;", "");
        setHeader(request, "Authorization", QByteArray(auth).replace(names, without));
        QCOMPARE(failureType(request), s("InvalidSignatureException"));
        QVERIFY2(lastMessage.contains(s("host")), qPrintable(lastMessage));

        // A signed header the request does not have.
        http::Request missing = sampleRequest();
        removeHeader(missing, "Content-Type");
        QCOMPARE(failureType(missing), s("InvalidSignatureException"));
    }
    // The issue 12 attack: 3,000 header lines of one name, signed 6,000 times. Refused
    // from the SignedHeaders list alone, with a short answer, whatever the headers hold.
    void thousandsOfSignedNamesAreRefusedCheaply()
    {
        http::Request request = sampleRequest();
        const QByteArray auth = request.header("authorization");
        const QByteArray names = authorizationPart(auth, "SignedHeaders");
        QByteArray many = "host;x-amz-date";
        for (int i = 0; i < 6000; ++i)
            many += ";a";
        for (int i = 0; i < 3000; ++i)
            request.headers.append(qMakePair(QByteArray("a"), QByteArray("x")));
        setHeader(request, "Authorization", QByteArray(auth).replace(names, many));
        QCOMPARE(failureType(request), s("IncompleteSignatureException"));
        QCOMPARE(lastStatus, 400);
        QVERIFY2(lastMessage.size() < 200, qPrintable(lastMessage));

        // Under the Authorization header's size cap, the count is what refuses it.
        many = "host;x-amz-date";
        for (int i = 0; i < Verifier::kMaxSignedHeaders; ++i)
            many += ";h" + QByteArray::number(1000 + i);
        setHeader(request, "Authorization", QByteArray(auth).replace(names, many));
        QCOMPARE(failureType(request), s("IncompleteSignatureException"));
        QVERIFY2(lastMessage.contains(s("at most")), qPrintable(lastMessage));
    }

    void signedHeadersForm_data()
    {
        QTest::addColumn<QByteArray>("names");
        QTest::addColumn<QString>("says");
        QTest::newRow("uppercase") << QByteArray("content-type;Host;x-amz-date") << s("lowercase");
        QTest::newRow("unsorted") << QByteArray("host;content-type;x-amz-date") << s("sorted");
        QTest::newRow("repeated") << QByteArray("content-type;host;host;x-amz-date")
                                  << s("once");
        QTest::newRow("empty name") << QByteArray("content-type;;host;x-amz-date")
                                    << s("lowercase");
        QTest::newRow("space") << QByteArray("content-type;ho st;x-amz-date") << s("lowercase");
    }
    void signedHeadersForm()
    {
        QFETCH(QByteArray, names);
        QFETCH(QString, says);
        http::Request request = sampleRequest();
        const QByteArray auth = request.header("authorization");
        setHeader(request, "Authorization",
                  QByteArray(auth).replace(authorizationPart(auth, "SignedHeaders"), names));
        QCOMPARE(failureType(request), s("IncompleteSignatureException"));
        QVERIFY2(lastMessage.contains(says), qPrintable(lastMessage));
    }

    // One signed name whose header comes thousands of times: the values kept are capped.
    void signedHeaderValuesAreCapped()
    {
        http::Request request = sampleRequest();
        for (int i = 0; i < 3000; ++i)
            request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray(30, 'v')));
        QCOMPARE(failureType(request), s("InvalidSignatureException"));
        QVERIFY2(lastMessage.contains(s("exceed")), qPrintable(lastMessage));
        QVERIFY(lastMessage.size() < 200);
    }

    void mismatchQuotesABoundedCanonicalRequest()
    {
        http::Request request = sampleRequest();
        request.query = "q=" + QByteArray(20000, 'x');
        request.target = request.path + '?' + request.query;
        QCOMPARE(failureType(request), s("InvalidSignatureException"));
        QVERIFY2(lastMessage.contains(s("canonical request")), qPrintable(lastMessage.left(300)));
        QVERIFY2(lastMessage.size() < Verifier::kMaxQuotedBytes + 400,
                 qPrintable(QString::number(lastMessage.size())));
        QVERIFY(lastMessage.contains(s("more bytes")));
        expectNoSecrets();
    }

    // Signed correctly, but with the body left out of the signature: refused, since
    // the body could otherwise be replaced for as long as the signature is current.
    void unsignedPayloadIsRefused_data()
    {
        QTest::addColumn<QByteArray>("claim");
        QTest::newRow("unsigned") << QByteArray("UNSIGNED-PAYLOAD");
        QTest::newRow("streaming") << QByteArray("STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
        QTest::newRow("streaming unsigned") << QByteArray("STREAMING-UNSIGNED-PAYLOAD-TRAILER");
    }
    void unsignedPayloadIsRefused()
    {
        QFETCH(QByteArray, claim);
        SignOptions o;
        o.contentSha256 = true;
        o.payloadHash = claim;
        http::Request request = sampleRequest(o);
        QCOMPARE(request.header("x-amz-content-sha256"), claim);
        QCOMPARE(failureType(request), s("InvalidSignatureException"));
        QCOMPARE(lastStatus, 403);
        QVERIFY2(lastMessage.contains(QString::fromLatin1(claim)), qPrintable(lastMessage));
        request.body = R"({"KeyName":"_phone","Values":["1"]})";
        QCOMPARE(failureType(request), s("InvalidSignatureException"));
    }
};

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
