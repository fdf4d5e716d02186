// Cross-check of the REST-JSON binding (schema/protocol.h) against botocore's own
// serializer, for every operation of the bundled model: tests/schema/botocore_serialize.py
// serializes the samples of tests/schema/data/protocol_samples.json with the botocore of
// each Python on the machine (Debian's 1.29, which knows the 2020 model, and the newest
// one on PATH, which knows today's 106 operations), and our serializeRequest must make
// the same request of each. Each sample must also be valid against the model and come
// back unchanged from deserializeRequest(serializeRequest(sample)).

#include "protocol.h"
#include "wiremodel.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace cp::schema;

namespace {

const char *kScript = CP_BOTOCORE_SERIALIZE;
const char *kSamples = CP_PROTOCOL_SAMPLES;

// The seed's 28 operations (reference/customer-profiles-api-boto3.txt): Debian's botocore
// knows them all, so they are always compared.
const char *kSeedOperations =
    "AddProfileKey CreateDomain CreateProfile DeleteDomain DeleteIntegration DeleteProfile "
    "DeleteProfileKey DeleteProfileObject DeleteProfileObjectType GetDomain GetIntegration "
    "GetProfileObjectType GetProfileObjectTypeTemplate ListAccountIntegrations ListDomains "
    "ListIntegrations ListProfileObjectTypeTemplates ListProfileObjectTypes ListProfileObjects "
    "ListTagsForResource PutIntegration PutProfileObject PutProfileObjectType SearchProfiles "
    "TagResource UntagResource UpdateDomain UpdateProfile";

QJsonObject readSamples(QString *error)
{
    QFile file(QString::fromUtf8(kSamples));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + file.fileName();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        *error = file.fileName() + QStringLiteral(": ") + parseError.errorString();
    return doc.object();
}

// A query string's pairs, percent-decoded, as the local endpoint hands them over.
NameValues decodedQuery(const QByteArray &query)
{
    NameValues out;
    const QByteArrayList parts = query.isEmpty() ? QByteArrayList() : query.split('&');
    for (const QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

// The path labels of a request path, by the operation's URI template: each "{Label}"
// segment percent-decoded, a greedy "{Label+}" taking the rest of the path. Gives false
// when the path does not fit the template.
bool pathLabels(const Operation &operation, const QByteArray &path, NameValues *labels)
{
    const QString uri = operation.uri.section(QLatin1Char('?'), 0, 0);
    const QStringList templ = uri.split(QLatin1Char('/'));
    const QByteArrayList segments = path.split('/');
    for (qsizetype i = 0; i < templ.size(); ++i) {
        const QString &t = templ.at(i);
        if (i >= segments.size())
            return false;
        if (t.startsWith(QLatin1Char('{')) && t.endsWith(QStringLiteral("+}"))) {
            const QByteArray rest = segments.mid(i).join('/');
            labels->append(
                {t.mid(1, t.size() - 3), QString::fromUtf8(QByteArray::fromPercentEncoding(rest))});
            return true;
        }
        if (t.startsWith(QLatin1Char('{')) && t.endsWith(QLatin1Char('}'))) {
            labels->append({t.mid(1, t.size() - 2),
                            QString::fromUtf8(QByteArray::fromPercentEncoding(segments.at(i)))});
        } else if (t.toUtf8() != segments.at(i)) {
            return false;
        }
    }
    return templ.size() == segments.size();
}

// The query's pairs, each as it is on the wire, in an order that keeps only what is
// meaningful. botocore writes the query in the order of the caller's parameters (the
// order of the members in the sample), we write it in the order of the model's members;
// neither order means anything to the service (parameters are read by name, and SigV4
// signs a sorted canonical query), so pairs are ordered by name. The order of the
// values of one name (a list member, sent as repeated pairs) does mean something and is
// kept: the sort is stable.
QByteArrayList queryPairs(const QByteArray &query)
{
    QByteArrayList pairs = query.isEmpty() ? QByteArrayList() : query.split('&');
    std::stable_sort(pairs.begin(), pairs.end(), [](const QByteArray &a, const QByteArray &b) {
        return a.left(a.indexOf('=')) < b.left(b.indexOf('='));
    });
    return pairs;
}

QString text(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

// Differences between our request and botocore's, as readable lines; empty when equal.
QStringList differences(const HttpRequest &ours, const QJsonObject &theirs)
{
    QStringList out;
    const auto differ = [&out](const char *what, const QString &a, const QString &b) {
        out.append(QStringLiteral("%1: ours %2, botocore %3").arg(QLatin1String(what), a, b));
    };
    const QString method = theirs.value(QStringLiteral("method")).toString();
    if (QString::fromLatin1(ours.method) != method)
        differ("method", QString::fromLatin1(ours.method), method);
    // The path as it goes on the wire (botocore's url_path joined to the endpoint).
    const QByteArray path = theirs.value(QStringLiteral("wire_path")).toString().toUtf8();
    if (ours.path != path)
        differ("path", QString::fromUtf8(ours.path), QString::fromUtf8(path));
    const QByteArray query = theirs.value(QStringLiteral("query")).toString().toUtf8();
    if (queryPairs(ours.query) != queryPairs(query))
        differ("query", QString::fromUtf8(ours.query), QString::fromUtf8(query));

    QJsonObject ourHeaders;
    for (const auto &[name, value] : ours.headers)
        ourHeaders.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    const QJsonObject headers = theirs.value(QStringLiteral("headers")).toObject();
    if (ourHeaders != headers)
        differ("headers", text(ourHeaders), text(headers));

    const QByteArray body = theirs.value(QStringLiteral("body")).toString().toUtf8();
    if (ours.body.isEmpty() != body.isEmpty()) {
        differ("body", QString::fromUtf8(ours.body), QString::fromUtf8(body));
    } else if (!body.isEmpty()) {
        // Compared as JSON: botocore orders the keys as the caller gave them, Qt sorts them.
        const QJsonDocument ourBody = QJsonDocument::fromJson(ours.body);
        const QJsonDocument theirBody = QJsonDocument::fromJson(body);
        if (!ourBody.isObject() || ourBody != theirBody)
            differ("body", QString::fromUtf8(ours.body), QString::fromUtf8(body));
    }
    return out;
}

// Whether `part` is `whole` less some members (at any depth): what botocore serialized
// must be the sample without what its model lacks, nothing changed or added.
bool isRestrictionOf(const QJsonValue &part, const QJsonValue &whole)
{
    if (part.isObject() && whole.isObject()) {
        const QJsonObject p = part.toObject();
        const QJsonObject w = whole.toObject();
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (!w.contains(it.key()) || !isRestrictionOf(it.value(), w.value(it.key())))
                return false;
        }
        return true;
    }
    if (part.isArray() && whole.isArray()) {
        const QJsonArray p = part.toArray();
        const QJsonArray w = whole.toArray();
        if (p.size() != w.size())
            return false;
        for (qsizetype i = 0; i < p.size(); ++i) {
            if (!isRestrictionOf(p.at(i), w.at(i)))
                return false;
        }
        return true;
    }
    return part == whole;
}

struct BotocoreRun
{
    QString version;
    int operations = 0; // how many the installed model knows
    QJsonObject results;
};

// Runs the script with one Python; fails the test, with the reason, when it cannot.
bool runBotocore(const QString &python, BotocoreRun *run)
{
    QProcess process;
    process.start(python, {QString::fromUtf8(kScript), QString::fromUtf8(kSamples)});
    if (!process.waitForStarted(30000)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot start %1 (%2): this test needs it, "
                                               "with botocore")
                                    .arg(python, process.errorString())),
                     __FILE__, __LINE__);
        return false;
    }
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("%1 %2 failed (is botocore installed for it?): %3")
                                    .arg(python, QString::fromUtf8(kScript),
                                         QString::fromUtf8(process.readAllStandardError()))),
                     __FILE__, __LINE__);
        return false;
    }
    QJsonParseError error;
    const QJsonObject out =
        QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
    run->version = out.value(QStringLiteral("botocore")).toString();
    run->operations = out.value(QStringLiteral("operations")).toInt();
    run->results = out.value(QStringLiteral("results")).toObject();
    if (run->results.isEmpty()) {
        QTest::qFail(
            qPrintable(QStringLiteral("%1 gave no results: %2").arg(python, error.errorString())),
            __FILE__, __LINE__);
        return false;
    }
    return true;
}

} // namespace

class TestProtocolBotocore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void samplesCoverTheModel();
    void samplesAreValid();
    void roundTrip_data();
    void roundTrip();
    void sameAsBotocore_data();
    void sameAsBotocore();

private:
    QJsonObject m_samples;
};

void TestProtocolBotocore::initTestCase()
{
    QString error;
    m_samples = readSamples(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(QFileInfo::exists(QString::fromUtf8(kScript)), kScript);
}

void TestProtocolBotocore::samplesCoverTheModel()
{
    const WireModel &model = WireModel::bundled();
    QCOMPARE(model.operations().size(), 106);
    QStringList missing;
    for (const Operation &op : model.operations()) {
        if (!m_samples.value(op.name).isObject())
            missing.append(op.name);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("no sample for: ") + missing.join(QStringLiteral(", "))));
    QStringList extra;
    for (auto it = m_samples.begin(); it != m_samples.end(); ++it) {
        if (!model.operation(it.key()))
            extra.append(it.key());
    }
    QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("samples of no operation: ") +
                                         extra.join(QStringLiteral(", "))));
}

void TestProtocolBotocore::samplesAreValid()
{
    const WireModel &model = WireModel::bundled();
    QStringList issues;
    for (const Operation &op : model.operations()) {
        const auto found = model.validate(op.input, m_samples.value(op.name));
        for (const ValidationIssue &issue : found)
            issues.append(op.name + QStringLiteral(": ") + issue.path + QStringLiteral(": ") +
                          issue.message);
    }
    QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
}

void TestProtocolBotocore::roundTrip_data()
{
    QTest::addColumn<QString>("operation");
    for (const Operation &op : WireModel::bundled().operations())
        QTest::newRow(qPrintable(op.name)) << op.name;
}

void TestProtocolBotocore::roundTrip()
{
    QFETCH(QString, operation);
    const WireModel &model = WireModel::bundled();
    const Operation *op = model.operation(operation);
    QVERIFY(op);
    const QJsonObject sample = m_samples.value(operation).toObject();
    const HttpRequest request = serializeRequest(model, *op, sample);

    NameValues labels;
    QVERIFY2(
        pathLabels(*op, request.path, &labels),
        qPrintable(QString::fromUtf8(request.path) + QStringLiteral(" does not fit ") + op->uri));
    QJsonObject body;
    if (!request.body.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        QVERIFY2(doc.isObject(), request.body.constData());
        body = doc.object();
    }
    const QJsonObject back =
        deserializeRequest(model, *op, labels, decodedQuery(request.query), request.headers, body);
    if (back != sample)
        qWarning().noquote() << "sent" << request.method << request.path << request.query
                             << request.body;
    QCOMPARE(back, sample);
}

void TestProtocolBotocore::sameAsBotocore_data()
{
    QTest::addColumn<QString>("python");
    QTest::addColumn<bool>("newest"); // must know, and be compared on, every operation

    // Debian's python3-botocore: the 2020 model.
    QTest::newRow("Debian /usr/bin/python3") << QStringLiteral("/usr/bin/python3") << false;
    // The newest botocore on the machine: today's model, the one ours is generated from.
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QTest::newRow("python3 on PATH") << onPath << true;
}

void TestProtocolBotocore::sameAsBotocore()
{
    QFETCH(QString, python);
    QFETCH(bool, newest);
    QVERIFY2(!python.isEmpty(), "python3 is not on PATH: this test needs the newest botocore "
                                "(1.43.11 or later) under python3");
    QVERIFY2(QFileInfo::exists(python),
             qPrintable(python + QStringLiteral(" is not installed: this test needs it, with "
                                                "botocore (Debian: apt install "
                                                "python3-botocore)")));
    BotocoreRun run;
    if (!runBotocore(python, &run))
        return;

    const WireModel &model = WireModel::bundled();
    if (newest) {
        QVERIFY2(run.operations >= model.operations().size(),
                 qPrintable(QStringLiteral("%1 has botocore %2, which knows %3 operations; "
                                           "the model has %4 (botocore 1.43.11 or later needed)")
                                .arg(python, run.version)
                                .arg(run.operations)
                                .arg(model.operations().size())));
    }

    int compared = 0;
    int unknown = 0;
    int restricted = 0;
    QStringList failures;
    QSet<QString> comparedNames;
    for (const Operation &op : model.operations()) {
        const QJsonObject result = run.results.value(op.name).toObject();
        if (!result.value(QStringLiteral("known")).toBool()) {
            ++unknown; // the installed botocore predates this operation
            continue;
        }
        // What botocore serialized: the sample without the members its model lacks.
        const QJsonObject params = result.value(QStringLiteral("params")).toObject();
        const QJsonArray dropped = result.value(QStringLiteral("dropped")).toArray();
        if (!dropped.isEmpty()) {
            ++restricted;
            qInfo().noquote() << op.name << "without members botocore" << run.version
                              << "lacks:" << text(dropped);
            if (newest)
                failures.append(op.name + QStringLiteral(": botocore dropped ") + text(dropped));
        }
        const QJsonObject sample = m_samples.value(op.name).toObject();
        if (newest ? params != sample : !isRestrictionOf(params, sample))
            failures.append(op.name + QStringLiteral(": botocore serialized another input: ") +
                            text(params));

        const QStringList diffs = differences(serializeRequest(model, op, params), result);
        for (const QString &diff : diffs)
            failures.append(op.name + QStringLiteral(": ") + diff);
        ++compared;
        comparedNames.insert(op.name);
    }
    qInfo().noquote() << QStringLiteral("botocore %1 (%2): %3 operations compared (%4 of them "
                                        "on the sample without the members it lacks), %5 "
                                        "unknown to it")
                             .arg(run.version, python)
                             .arg(compared)
                             .arg(restricted)
                             .arg(unknown);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    if (newest) {
        QCOMPARE(compared, 106);
    } else {
        const QStringList seed = QString::fromLatin1(kSeedOperations).split(QLatin1Char(' '));
        QCOMPARE(seed.size(), 28);
        for (const QString &name : seed)
            QVERIFY2(comparedNames.contains(name),
                     qPrintable(name + QStringLiteral(" not compared")));
        QVERIFY(compared >= seed.size());
    }
}

QTEST_GUILESS_MAIN(TestProtocolBotocore)
#include "tst_protocol_botocore.moc"
