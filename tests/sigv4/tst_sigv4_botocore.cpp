// Cross-checks the signer against botocore's SigV4Auth (Debian's python3-botocore,
// run by tests/sigv4/botocore_sign.py): canonical request, string to sign and the
// Authorization header must match for requests shaped like the ones the client sends.
#include "sigv4/sigv4.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace cp::sigv4;

namespace {

// Debian's interpreter, where python3-botocore is installed; the python3 on PATH may
// be another one without botocore.
const QString kPython = QStringLiteral("/usr/bin/python3");
constexpr std::int64_t kEpochSeconds = 1700000000; // 20231114T221320Z

struct Case
{
    const char *name;
    QByteArray method;
    QByteArray url;
    QList<Header> headers; // host and content-type; the signer adds x-amz-date
    QByteArray body;
    QByteArray token;
};

const QByteArray kEndpoint = "profile.us-east-1.amazonaws.com";
const QByteArray kArnPath =
    "/tags/arn%3Aaws%3Aprofile%3Aus-east-1%3A123456789012%3Adomains%2Fmy-domain";

QList<Case> cases()
{
    const QByteArray json = "application/json";
    const QByteArray https = "https://" + kEndpoint;
    return {
        {"non-default port",
         "GET",
         "http://127.0.0.1:4566/domains",
         {{"host", "127.0.0.1:4566"}},
         {},
         {}},
        {"percent-encoded ARN", "GET", https + kArnPath, {{"host", kEndpoint}}, {}, {}},
        {"tag resource",
         "POST",
         https + kArnPath,
         {{"host", kEndpoint}, {"content-type", json}},
         R"({"Tags":{"team":"support"}})",
         {}},
        {"JSON body",
         "POST",
         https + "/domains/my-domain/profiles/search",
         {{"host", kEndpoint}, {"Content-Type", json}},
         R"({"KeyName":"_email","Values":["jos)"
         "\xc3\xa9"
         R"(@example.com"],"MaxResults":20})",
         {}},
        {"plus in query",
         "GET",
         https + "/domains?next-token=a%2Bb&max-results=10",
         {{"host", kEndpoint}},
         {},
         {}},
        {"UTF-8 in query",
         "GET",
         https +
             "/domains/my-domain/object-types?next-token=caf%C3%A9%20%E2%82%AC%2F1&max-results=10",
         {{"host", kEndpoint}},
         {},
         {}},
        {"session token",
         "POST",
         https + "/domains/my-domain/profiles",
         {{"host", kEndpoint}, {"content-type", json}},
         R"({"FirstName":"Ana"})",
         "IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+token=="},
        {"repeated query key",
         "DELETE",
         https + kArnPath + "?tagKeys=a&tagKeys=b",
         {{"host", kEndpoint}},
         {},
         {}},
        {"unsorted query, header spaces",
         "GET",
         "http://localhost:4566/domains/d/integrations?uri=arn%3Aaws%3Aflow&a=1",
         {{"Host", "localhost:4566"}, {"x-amz-user-agent", "  console   0.1  "}},
         {},
         {}},
    };
}

SigningCredentials credentialsFor(const Case &c)
{
    return {"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", c.token};
}

// Splits "scheme://authority/path?query" exactly as written: no decoding, no
// re-encoding (QUrl would normalise the percent-encoding we mean to test).
void splitUrl(const QByteArray &url, QByteArray *path, QByteArray *query)
{
    const qsizetype authority = url.indexOf("://") + 3;
    const qsizetype slash = url.indexOf('/', authority);
    const QByteArray target = slash < 0 ? QByteArray("/") : url.mid(slash);
    const qsizetype question = target.indexOf('?');
    *path = question < 0 ? target : target.left(question);
    *query = question < 0 ? QByteArray() : target.mid(question + 1);
}

QJsonObject toJson(const Case &c)
{
    QJsonArray headers;
    for (const Header &h : c.headers)
        headers.append(QJsonArray{QString::fromUtf8(h.name), QString::fromUtf8(h.value)});
    const SigningCredentials credentials = credentialsFor(c);
    return QJsonObject{
        {QStringLiteral("method"), QString::fromUtf8(c.method)},
        {QStringLiteral("url"), QString::fromUtf8(c.url)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), QString::fromUtf8(c.body)},
        {QStringLiteral("access_key"), QString::fromUtf8(credentials.accessKeyId)},
        {QStringLiteral("secret_key"), QString::fromUtf8(credentials.secretAccessKey)},
        {QStringLiteral("token"), QString::fromUtf8(credentials.sessionToken)},
        {QStringLiteral("region"), QStringLiteral("us-east-1")},
        {QStringLiteral("service"), QStringLiteral("profile")},
        {QStringLiteral("timestamp"), double(kEpochSeconds)},
    };
}

} // namespace

class TestSigV4Botocore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(kPython).isExecutable())
            QSKIP("/usr/bin/python3 is not installed (Debian's python3-botocore needs it)");
        QProcess probe;
        probe.start(kPython, {QStringLiteral("-c"), QStringLiteral("import botocore.auth")});
        QVERIFY(probe.waitForFinished(60000));
        if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            QSKIP(qPrintable(
                QStringLiteral("botocore is not importable by /usr/bin/python3 "
                               "(apt install python3-botocore): %1")
                    .arg(QString::fromLocal8Bit(probe.readAllStandardError()).trimmed())));

        QJsonArray requests;
        for (const Case &c : cases())
            requests.append(toJson(c));
        QProcess script;
        script.start(kPython, {QStringLiteral(CP_SOURCE_DIR "/tests/sigv4/botocore_sign.py")});
        QVERIFY(script.waitForStarted());
        script.write(QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson());
        script.closeWriteChannel();
        QVERIFY(script.waitForFinished(120000));
        const QByteArray errors = script.readAllStandardError();
        QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
                 errors.constData());
        QJsonParseError parseError;
        const QJsonObject output =
            QJsonDocument::fromJson(script.readAllStandardOutput(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString()));
        m_results = output.value(QStringLiteral("results")).toArray();
        QCOMPARE(m_results.size(), cases().size());
        qInfo("botocore %s", qPrintable(output.value(QStringLiteral("botocore")).toString()));
    }

    void matchesBotocore_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << i;
    }

    void matchesBotocore()
    {
        QFETCH(int, index);
        const Case c = cases().at(index);
        const QJsonObject expected = m_results.at(index).toObject();

        RequestToSign request;
        request.method = c.method;
        splitUrl(c.url, &request.rawPath, &request.rawQuery);
        request.headers = c.headers;
        request.body = c.body;
        SigningOptions options;
        options.region = "us-east-1";
        options.service = "profile";
        options.epochSeconds = kEpochSeconds;
        const SignedRequest signedRequest =
            Signer().signHeaders(request, credentialsFor(c), options);

        QByteArray authorization;
        for (const Header &h : signedRequest.addedHeaders) {
            if (h.name == "Authorization")
                authorization = h.value;
        }
        QCOMPARE(QString::fromUtf8(signedRequest.canonicalRequest),
                 expected.value(QStringLiteral("canonical_request")).toString());
        QCOMPARE(QString::fromUtf8(signedRequest.stringToSign),
                 expected.value(QStringLiteral("string_to_sign")).toString());
        QCOMPARE(QString::fromUtf8(authorization),
                 expected.value(QStringLiteral("authorization")).toString());
    }

private:
    QJsonArray m_results;
};

QTEST_GUILESS_MAIN(TestSigV4Botocore)
#include "tst_sigv4_botocore.moc"
