// Cross-check: botocore's own REST-JSON serializer (Debian's python3-botocore, through
// botocore_serialize.py) and ours make the same request of every sample.
#include "api/api.h"
#include "samples.h"
#include "serializer.h"
#include "wiremodel.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using cp::schema::WireModel;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

using Pairs = QList<QPair<QString, QString>>;

Pairs decodedPairs(const QByteArray &query)
{
    Pairs out;
    const QByteArrayList parts = query.isEmpty() ? QByteArrayList() : query.split('&');
    for (const QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(part.left(eq))),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(part.mid(eq + 1)))});
    }
    std::sort(out.begin(), out.end());
    return out;
}

Pairs botocorePairs(const QJsonArray &query)
{
    Pairs out;
    for (const QJsonValue &pair : query)
        out.append({pair[0].toString(), pair[1].toString()});
    std::sort(out.begin(), out.end());
    return out;
}

// Runs the helper; an empty result and a reason when it cannot run.
QJsonArray runBotocore(const QJsonArray &requests, QString *why)
{
    QProcess process;
    process.start(python, {QStringLiteral(CP_SOURCE_DIR "/tests/api/botocore_serialize.py")});
    if (!process.waitForStarted()) {
        *why = QStringLiteral("cannot start /usr/bin/python3");
        return {};
    }
    process.write(QJsonDocument(requests).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *why = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
}

// The 28 samples, plus requests whose body members are all unset: botocore then sends
// "{}" (a JSON body) rather than nothing, and so must we.
QList<cp::api::test::Sample> samples()
{
    using namespace cp::api;
    PutIntegrationRequest put;
    put.domainName = test::domain;
    UpdateDomainRequest update;
    update.domainName = test::domain;
    ListAccountIntegrationsRequest account; // required Uri left empty: sent as ""
    return test::sampleRequests() +
           QList<test::Sample>{
               {QStringLiteral("PutIntegration (no body members)"), put.toInput()},
               {QStringLiteral("UpdateDomain (no body members)"), update.toInput()},
               {QStringLiteral("ListAccountIntegrations (empty Uri)"), account.toInput()}};
}

QString operationOf(const cp::api::test::Sample &sample)
{
    return sample.operation.section(QLatin1Char(' '), 0, 0);
}

} // namespace

class TestApiBotocore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameRequests_data();
    void sameRequests();

private:
    QList<cp::api::test::Sample> m_samples;
    QJsonArray m_botocore;
};

void TestApiBotocore::initTestCase()
{
    if (!QFileInfo::exists(python))
        QSKIP("/usr/bin/python3 is not installed (Debian's python3-botocore is needed)");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import botocore.serialize")});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        QSKIP("botocore is not importable by /usr/bin/python3 (apt install python3-botocore)");
    if (!WireModel::instance().operation(u"GetDomain"))
        QSKIP("the wire model is empty");

    m_samples = samples();
    QJsonArray requests;
    for (const auto &s : std::as_const(m_samples))
        requests.append(QJsonObject{{QStringLiteral("operation"), operationOf(s)},
                                    {QStringLiteral("params"), s.input}});
    QString why;
    m_botocore = runBotocore(requests, &why);
    QVERIFY2(m_botocore.size() == m_samples.size(), qPrintable(why));
}

void TestApiBotocore::sameRequests_data()
{
    QTest::addColumn<int>("index");
    const auto all = samples();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).operation)) << i;
}

void TestApiBotocore::sameRequests()
{
    QFETCH(int, index);
    const cp::api::test::Sample &sample = m_samples.at(index);
    const QJsonObject theirs = m_botocore.at(index).toObject();
    const cp::schema::Operation *op = WireModel::instance().operation(operationOf(sample));
    QVERIFY(op);
    const cp::client::HttpRequest ours = cp::client::serializeRequest(*op, sample.input);

    QCOMPARE(QString::fromLatin1(ours.method), theirs.value(QStringLiteral("method")).toString());
    QCOMPARE(QString::fromLatin1(ours.path), theirs.value(QStringLiteral("url_path")).toString());
    QCOMPARE(decodedPairs(ours.query),
             botocorePairs(theirs.value(QStringLiteral("query")).toArray()));
    const QByteArray body = theirs.value(QStringLiteral("body")).toString().toUtf8();
    QCOMPARE(ours.body.isEmpty(), body.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(ours.body).object(), QJsonDocument::fromJson(body).object());
}

QTEST_GUILESS_MAIN(TestApiBotocore)
#include "tst_api_botocore.moc"
