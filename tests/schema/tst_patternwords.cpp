// The model's patterns said in words (schema::describePattern): every pattern of today's
// model either gets a sentence that is true of it, or none (then the user reads "is not in
// the expected format" and the expression stays in the service's own message).

#include "patternwords.h"
#include "wiremodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using cp::schema::describePattern;

class TestPatternWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void described_data();
    void described();
    void everyModelPatternKnown();
};

void TestPatternWords::described_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("words");
    const auto row = [](const char *pattern, const char *words) {
        QTest::newRow(pattern) << QString::fromUtf8(pattern) << QString::fromUtf8(words);
    };
    row("^[a-zA-Z0-9_-]+$", "may hold only letters, digits, _ and -");
    row("^[a-zA-Z0-9_.-]+$", "may hold only letters, digits, _, . and -");
    row("^[a-z0-9.-]+$", "may hold only lowercase letters, digits, . and -");
    row("^[a-zA-Z_][a-zA-Z_0-9-]*$",
        "must start with one of: letters and _, and may hold only letters, digits, _ and -");
    row("^[a-zA-Z_][a-zA-Z_0-9-\\s]*$",
        "must start with one of: letters and _, and may hold only letters, digits, spaces, _ "
        "and -");
    row("^(?!aws:)[a-zA-Z+-=._:/]+$", "must not start with aws:");
    row("[a-zA-Z0-9_-]+", "must hold at least one of: letters, digits, _ and -");
    row("[A-Za-z0-9_]+", "must hold at least one of: letters, digits and _");
    row("[a-f0-9]{32}", "must hold 32 characters in a row of: digits and a to f");
    row("^[a-f0-9]{32}$", "must be 32 characters: digits and a to f");
    row("\\S+", "must hold a character other than a space");
    row("arn:aws:kms:.*:[0-9]+:.*", "must have the form arn:aws:kms:…");
    row("^arn:[a-z0-9]{1,10}:profile", "must start with arn:");
    row("[\\w!@#\\-.?,\\s]*", "");
    row(".*", "");
    row(".+", "");
    row("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$", "");
    row("[a-zA-Z0-9][\\w!@#.-]+", "");
    row("^[^a]+$", "");
}

void TestPatternWords::described()
{
    QFETCH(QString, pattern);
    QFETCH(QString, words);
    QCOMPARE(describePattern(pattern), words);
}

// Every pattern of the bundled model goes through without a crash, and any sentence given
// for a "may hold only" pattern agrees with the expression on sample characters.
void TestPatternWords::everyModelPatternKnown()
{
    QFile file(QStringLiteral(":/cp/schema/customer-profiles.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    static const QRegularExpression patternMember(QStringLiteral("\"pattern\": *\"((?:[^\"\\\\]|\\\\.)*)\""));
    QSet<QString> patterns;
    for (auto it = patternMember.globalMatch(QString::fromUtf8(text)); it.hasNext();) {
        const QString quoted = QLatin1Char('"') + it.next().captured(1) + QLatin1Char('"');
        patterns.insert(QJsonDocument::fromJson("[" + quoted.toUtf8() + "]").array().at(0).toString());
    }
    QVERIFY(patterns.size() >= 15);
    int said = 0;
    for (const QString &pattern : std::as_const(patterns)) {
        const QString words = describePattern(pattern);
        said += words.isEmpty() ? 0 : 1;
        if (!words.startsWith(QLatin1String("may hold only letters, digits")))
            continue;
        const QRegularExpression re(pattern);
        QVERIFY2(re.match(QStringLiteral("Abc123")).hasMatch(), qPrintable(pattern));
        QVERIFY2(!re.match(QStringLiteral("a b")).hasMatch(), qPrintable(pattern));
    }
    QVERIFY2(said >= 10, qPrintable(QString::number(said)));
}

QTEST_GUILESS_MAIN(TestPatternWords)
#include "tst_patternwords.moc"
