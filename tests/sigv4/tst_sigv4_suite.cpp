// Runs the official SigV4 test suite through the signer: canonical request, string to
// sign, signature and signed request, in both the header and the presigned-query forms.
// The suite's files are kept in the project (tests/sigv4/data, with their licence; see
// its README.md), so a clean clone runs every case. When the shared reference folder
// (CP_SHARED_DIR) is present, upstreamCopyIsIdentical checks the copy against it.
#include "sigv4/sha256.h"
#include "sigv4/sigv4.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cp::sigv4;

namespace {

// The project's copy of the suite, which the test cases read.
QString dataDir()
{
    return QStringLiteral(CP_SOURCE_DIR "/tests/sigv4/data");
}

QString suiteDir()
{
    return dataDir() + QStringLiteral("/v4");
}

// Where the copy came from: ../shared/reference/sigv4-test-suite, optional.
QString upstreamDir()
{
    const QByteArray fromEnv = qgetenv("CP_SHARED_DIR");
    const QString shared =
        fromEnv.isEmpty() ? QStringLiteral(CP_SHARED_DIR) : QString::fromLocal8Bit(fromEnv);
    return shared + QStringLiteral("/reference/sigv4-test-suite");
}

// Every file below root, as paths relative to it, sorted.
QStringList filesBelow(const QString &root)
{
    QStringList out;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(base.relativeFilePath(it.next()));
    out.sort();
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct ParsedRequest
{
    RequestToSign request;
    QByteArray requestLinePath; // path without the query
};

// request.txt: "METHOD PATH HTTP/1.1", header lines (a line starting with white space
// continues the previous value), a blank line, the body.
ParsedRequest parseRequest(const QByteArray &text)
{
    ParsedRequest out;
    const QList<QByteArray> lines = text.split('\n');
    const QByteArray &first = lines.value(0);
    const qsizetype space = first.indexOf(' ');
    const qsizetype version = first.lastIndexOf(" HTTP/");
    out.request.method = first.left(space);
    const QByteArray target = first.mid(space + 1, version - space - 1);
    const qsizetype question = target.indexOf('?');
    out.request.rawPath = question < 0 ? target : target.left(question);
    out.request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    qsizetype i = 1;
    for (; i < lines.size() && !lines[i].isEmpty(); ++i) {
        const QByteArray &line = lines[i];
        if ((line.startsWith(' ') || line.startsWith('\t')) && !out.request.headers.isEmpty()) {
            out.request.headers.last().value += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        out.request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    QList<QByteArray> bodyLines = lines.mid(i + 1);
    out.request.body = bodyLines.join('\n');
    return out;
}

// A signed request as a comparable value: request line, headers as a sorted list, body.
QByteArrayList normalisedSignedRequest(const QByteArray &text)
{
    QByteArrayList lines = text.split('\n');
    const qsizetype blank = lines.indexOf(QByteArray());
    QByteArrayList headers = lines.mid(1, blank < 0 ? -1 : blank - 1);
    std::sort(headers.begin(), headers.end());
    QByteArrayList out{lines.value(0)};
    out += headers;
    out += blank < 0 ? QByteArray() : lines.mid(blank + 1).join('\n').trimmed();
    return out;
}

QByteArray renderSignedRequest(const ParsedRequest &parsed, const QByteArray &query,
                               const QList<Header> &added)
{
    QByteArray out = parsed.request.method + ' ' + parsed.request.rawPath;
    if (!query.isEmpty())
        out += '?' + query;
    out += " HTTP/1.1\n";
    for (const Header &h : parsed.request.headers + added)
        out += h.name + ':' + h.value + '\n';
    out += '\n' + parsed.request.body;
    return out;
}

} // namespace

class TestSigV4Suite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suite_data()
    {
        QTest::addColumn<QString>("dir");
        QDir dir(suiteDir());
        const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(cases.size(), 38);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void suite()
    {
        QFETCH(QString, dir);
        for (const char *file :
             {"context.json", "request.txt", "header-canonical-request.txt",
              "header-string-to-sign.txt", "header-signature.txt", "header-signed-request.txt",
              "query-canonical-request.txt", "query-string-to-sign.txt", "query-signature.txt",
              "query-signed-request.txt"}) {
            const QString path = dir + u'/' + QLatin1StringView(file);
            QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is missing")));
        }
        const QJsonObject context =
            QJsonDocument::fromJson(readFile(dir + QStringLiteral("/context.json"))).object();
        const QJsonObject creds = context.value(QStringLiteral("credentials")).toObject();
        SigningCredentials credentials{
            creds.value(QStringLiteral("access_key_id")).toString().toUtf8(),
            creds.value(QStringLiteral("secret_access_key")).toString().toUtf8(),
            creds.value(QStringLiteral("token")).toString().toUtf8()};
        SigningOptions options;
        options.region = context.value(QStringLiteral("region")).toString().toUtf8();
        options.service = context.value(QStringLiteral("service")).toString().toUtf8();
        options.epochSeconds =
            QDateTime::fromString(context.value(QStringLiteral("timestamp")).toString(),
                                  Qt::ISODate)
                .toSecsSinceEpoch();
        options.normalizePath = context.value(QStringLiteral("normalize")).toBool();
        options.omitSessionTokenFromSignature =
            context.value(QStringLiteral("omit_session_token")).toBool();
        options.presignExpiresSeconds =
            context.value(QStringLiteral("expiration_in_seconds")).toInt();

        const ParsedRequest parsed = parseRequest(readFile(dir + QStringLiteral("/request.txt")));
        Signer signer;

        SigningOptions headerOptions = options;
        headerOptions.addContentSha256Header = context.value(QStringLiteral("sign_body")).toBool();
        const SignedRequest header = signer.signHeaders(parsed.request, credentials, headerOptions);
        QCOMPARE(header.canonicalRequest,
                 readFile(dir + QStringLiteral("/header-canonical-request.txt")));
        QCOMPARE(header.stringToSign, readFile(dir + QStringLiteral("/header-string-to-sign.txt")));
        QCOMPARE(header.signature,
                 readFile(dir + QStringLiteral("/header-signature.txt")).trimmed());
        QCOMPARE(
            normalisedSignedRequest(
                renderSignedRequest(parsed, parsed.request.rawQuery, header.addedHeaders)),
            normalisedSignedRequest(readFile(dir + QStringLiteral("/header-signed-request.txt"))));

        const SignedRequest query = signer.presign(parsed.request, credentials, options);
        QCOMPARE(query.canonicalRequest,
                 readFile(dir + QStringLiteral("/query-canonical-request.txt")));
        QCOMPARE(query.stringToSign, readFile(dir + QStringLiteral("/query-string-to-sign.txt")));
        QCOMPARE(query.signature, readFile(dir + QStringLiteral("/query-signature.txt")).trimmed());
        QCOMPARE(
            normalisedSignedRequest(renderSignedRequest(parsed, query.query, {})),
            normalisedSignedRequest(readFile(dir + QStringLiteral("/query-signed-request.txt"))));
    }

    // The project's copy (tests/sigv4/data) is byte for byte the suite in the shared
    // reference folder it was taken from: the same case files and the same LICENSE.
    void upstreamCopyIsIdentical()
    {
        const QString upstream = upstreamDir();
        if (!QDir(upstream + QStringLiteral("/v4")).exists())
            QSKIP(qPrintable(QStringLiteral("the upstream SigV4 test suite is not at %1 (the "
                                            "shared reference folder, CP_SHARED_DIR), so the "
                                            "project's copy cannot be compared with it")
                                 .arg(upstream)));

        const QStringList ours = filesBelow(suiteDir());
        QCOMPARE(ours.size(), 38 * 10);
        QCOMPARE(ours, filesBelow(upstream + QStringLiteral("/v4")));
        for (const QString &name : ours) {
            const QByteArray copy = readFile(suiteDir() + u'/' + name);
            const QByteArray original = readFile(upstream + QStringLiteral("/v4/") + name);
            QVERIFY2(!original.isEmpty(), qPrintable(name));
            QVERIFY2(copy == original, qPrintable(name + QStringLiteral(" differs from upstream")));
        }
        const QByteArray license = readFile(upstream + QStringLiteral("/LICENSE"));
        QVERIFY(!license.isEmpty());
        QVERIFY2(readFile(dataDir() + QStringLiteral("/LICENSE")) == license,
                 "tests/sigv4/data/LICENSE differs from upstream");
    }

    // amzDate formats without the C library; QDateTime is the reference, over leap days,
    // century years and times before 1970.
    void amzDateMatchesQDateTime()
    {
        const std::int64_t fixed[] = {0,          -1,          951782400,    951868799, 4107542400,
                                      1700000000, -2208988800, 253402300799, 1709164800};
        QList<std::int64_t> epochs(std::begin(fixed), std::end(fixed));
        for (std::int64_t t = -5000000000; t < 5000000000; t += 7777777)
            epochs.append(t);
        for (const std::int64_t t : std::as_const(epochs)) {
            const QString expected = QDateTime::fromSecsSinceEpoch(t, Qt::UTC)
                                         .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
            QCOMPARE(QString::fromLatin1(amzDate(t)), expected);
        }
    }

    // Known answers (FIPS 180-2 and RFC 4231) for both compression paths' shared API.
    void sha256KnownAnswers()
    {
        QCOMPARE(sha256Hex(""),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Hex("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                 QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    }
};

QTEST_GUILESS_MAIN(TestSigV4Suite)
#include "tst_sigv4_suite.moc"
