// credential_process: parsing, caching, refresh near Expiration, failures that must not
// leak secrets; and the command line split as the AWS CLI splits it.
#include "credentialstest.h"

using namespace credentialstest;

class TstCredentials : public Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(makeDir()); }

    void processParsedAndCached();
    void processRefreshedNearExpiration();
    void processFailureHidesStderr();
    void processBadOutputHidesStdout();
    void processNotFound();
    void processInvalidCommandLine();
    void processContextDestroyed();
    void parseOutputCases();
    void splitCommandLineCases_data();
    void splitCommandLineCases();
};

void TstCredentials::processParsedAndCached()
{
    const QString counter = m_dir->filePath(QStringLiteral("count"));
    const QString tool =
        script("printf x >> \"$1\"\n"
               "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": "
               "\"procsecret\", \"SessionToken\": \"proctoken\", \"Expiration\": "
               "\"2030-01-01T12:00:00Z\"}'\n");
    ProcessCredentialsProvider provider(QLatin1Char('"') + tool + QStringLiteral("\" '") + counter +
                                            QLatin1Char('\''),
                                        QStringLiteral("proc"));
    provider.setClock([] { return QDateTime(QDate(2030, 1, 1), QTime(11, 0), Qt::UTC); });
    QVERIFY(provider.description().contains(QStringLiteral("proc")));

    // Two callers while the process runs: one run, both answered.
    std::optional<Outcome<Credentials>> first, second;
    QObject context;
    provider.resolve(&context, [&first](const Outcome<Credentials> &o) { first = o; });
    provider.resolve(&context, [&second](const Outcome<Credentials> &o) { second = o; });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value() && second.has_value(), kWait);
    QVERIFY2(first->ok(), qPrintable(first->error().message));
    QVERIFY(second->ok());
    QCOMPARE(first->value().accessKeyId, QStringLiteral("AKIDPROC"));
    QCOMPARE(first->value().secretAccessKey, QStringLiteral("procsecret"));
    QCOMPARE(first->value().sessionToken, QStringLiteral("proctoken"));
    QVERIFY(first->value().expiration.has_value());
    QCOMPARE(*first->value().expiration, QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(readCounter(counter), 1);

    // From the cache, still answered on a later turn.
    bool answered = false;
    provider.resolve(&context, [&answered](const Outcome<Credentials> &o) { answered = o.ok(); });
    QVERIFY(!answered);
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWait);
    QCOMPARE(readCounter(counter), 1);
}

void TstCredentials::processRefreshedNearExpiration()
{
    const QString counter = m_dir->filePath(QStringLiteral("count"));
    const QString tool = script("printf x >> \"$1\"\n"
                                "n=$(wc -c < \"$1\" | tr -d ' ')\n"
                                "echo \"{\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"AKID$n\\\", "
                                "\\\"SecretAccessKey\\\": \\\"s\\\", \\\"Expiration\\\": "
                                "\\\"2030-01-01T12:00:00.000+00:00\\\"}\"\n");
    ProcessCredentialsProvider provider(QLatin1Char('\'') + tool + QStringLiteral("' ") + counter,
                                        QStringLiteral("proc"));
    QDateTime now(QDate(2030, 1, 1), QTime(11, 50), Qt::UTC);
    provider.setClock([&now] { return now; });

    auto creds = resolveNow(provider);
    QVERIFY(creds && creds->ok());
    QCOMPARE(creds->value().accessKeyId, QStringLiteral("AKID1"));
    now = QDateTime(QDate(2030, 1, 1), QTime(11, 54, 59), Qt::UTC); // 5 min 1 s left: fresh
    creds = resolveNow(provider);
    QVERIFY(creds && creds->ok());
    QCOMPARE(creds->value().accessKeyId, QStringLiteral("AKID1"));
    QCOMPARE(readCounter(counter), 1);
    now = QDateTime(QDate(2030, 1, 1), QTime(11, 56), Qt::UTC); // 4 min left: refreshed
    creds = resolveNow(provider);
    QVERIFY(creds && creds->ok());
    QCOMPARE(creds->value().accessKeyId, QStringLiteral("AKID2"));
    QCOMPARE(readCounter(counter), 2);
    now = QDateTime(QDate(2030, 1, 2), QTime(0, 0), Qt::UTC); // expired: refreshed again
    creds = resolveNow(provider);
    QVERIFY(creds && creds->ok());
    QCOMPARE(readCounter(counter), 3);
}

void TstCredentials::processFailureHidesStderr()
{
    const QString tool = script("echo 'aws_secret_access_key=STDERRSECRET123' >&2\n"
                                "echo 'partial STDOUTSECRET456'\nexit 3\n");
    ProcessCredentialsProvider provider(QLatin1Char('"') + tool + QLatin1Char('"'),
                                        QStringLiteral("failing"));
    const auto creds = resolveNow(provider);
    QVERIFY(creds);
    QVERIFY(!creds->ok());
    QCOMPARE(creds->error().kind, Kind::Credentials);
    QVERIFY(creds->error().message.contains(QStringLiteral("failing")));
    QVERIFY2(creds->error().message.contains(QStringLiteral("3")),
             qPrintable(creds->error().message));
    for (const QString &text :
         {creds->error().message, creds->error().summary(), creds->error().type}) {
        QVERIFY(!text.contains(QStringLiteral("STDERRSECRET123")));
        QVERIFY(!text.contains(QStringLiteral("STDOUTSECRET456")));
    }
}

void TstCredentials::processBadOutputHidesStdout()
{
    const QString tool =
        script("echo '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": "
               "\"VERSIONTWOSECRET\"}'\n");
    ProcessCredentialsProvider provider(QLatin1Char('"') + tool + QLatin1Char('"'),
                                        QStringLiteral("p"));
    auto creds = resolveNow(provider);
    QVERIFY(creds && !creds->ok());
    QVERIFY2(creds->error().message.contains(QStringLiteral("Version")),
             qPrintable(creds->error().message));
    QVERIFY(!creds->error().message.contains(QStringLiteral("VERSIONTWOSECRET")));

    const QString garbage = script("echo 'SecretAccessKey: GARBAGESECRET not json'\n");
    ProcessCredentialsProvider second(QLatin1Char('"') + garbage + QLatin1Char('"'),
                                      QStringLiteral("p"));
    creds = resolveNow(second);
    QVERIFY(creds && !creds->ok());
    QVERIFY(!creds->error().message.contains(QStringLiteral("GARBAGESECRET")));
}

void TstCredentials::processNotFound()
{
    ProcessCredentialsProvider provider(m_dir->filePath(QStringLiteral("does-not-exist")) +
                                            QStringLiteral(" --x"),
                                        QStringLiteral("missing"));
    bool called = false;
    std::optional<Outcome<Credentials>> out;
    QObject context;
    provider.resolve(&context, [&](const Outcome<Credentials> &o) {
        called = true;
        out = o;
    });
    QVERIFY(!called); // never inside resolve()
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait);
    QVERIFY(!out->ok());
    QCOMPARE(out->error().kind, Kind::Credentials);
    QVERIFY(out->error().message.contains(QStringLiteral("missing")));
    // A later call tries again (and fails again), it is not stuck "running".
    const auto again = resolveNow(provider);
    QVERIFY(again && !again->ok());
}

void TstCredentials::processInvalidCommandLine()
{
    ProcessCredentialsProvider provider(QStringLiteral("tool \"unterminated"),
                                        QStringLiteral("bad"));
    bool called = false;
    QObject context;
    provider.resolve(&context, [&called](const Outcome<Credentials> &o) { called = !o.ok(); });
    QVERIFY(!called); // never inside resolve()
    QTRY_VERIFY_WITH_TIMEOUT(called, kWait);
    ProcessCredentialsProvider empty(QStringLiteral("   "), QStringLiteral("bad"));
    const auto out = resolveNow(empty);
    QVERIFY(out && !out->ok());
}

void TstCredentials::processContextDestroyed()
{
    const QString tool =
        script("echo '{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\"}'\n");
    ProcessCredentialsProvider provider(QLatin1Char('"') + tool + QLatin1Char('"'),
                                        QStringLiteral("p"));
    bool called = false;
    auto *context = new QObject;
    provider.resolve(context, [&called](const Outcome<Credentials> &) { called = true; });
    delete context;
    const auto out = resolveNow(provider); // the run finishes for this one
    QVERIFY(out && out->ok());
    QTest::qWait(20);
    QVERIFY(!called);
}

void TstCredentials::parseOutputCases()
{
    const auto parse = [](const char *json) {
        return ProcessCredentialsProvider::parseOutput(json);
    };
    auto c = parse(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S"})");
    QVERIFY(c.ok());
    QVERIFY(!c.value().expiration.has_value());
    QVERIFY(c.value().sessionToken.isEmpty());
    c = parse(
        R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"2030-06-01T10:00:00.123456Z"})");
    QVERIFY2(c.ok(), qPrintable(c.error().message));
    QCOMPARE(c.value().expiration->toUTC().time().hour(), 10);
    c = parse(
        R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"2030-06-01T12:00:00+02:00"})");
    QVERIFY(c.ok());
    QCOMPARE(*c.value().expiration, QDateTime(QDate(2030, 6, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(
        !parse(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"tomorrow"})")
             .ok());
    QVERIFY(!parse(R"({"Version":1,"AccessKeyId":"A"})").ok());
    QVERIFY(!parse(R"({"Version":1,"SecretAccessKey":"S"})").ok());
    QVERIFY(!parse(R"({"AccessKeyId":"A","SecretAccessKey":"S"})").ok());
    QVERIFY(!parse(R"([1])").ok());
    QVERIFY(!parse("").ok());
    QCOMPARE(parse("{").error().kind, Kind::Credentials);
}

void TstCredentials::splitCommandLineCases_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("ok");
    const auto L = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out.append(QString::fromUtf8(item));
        return out;
    };
    QTest::newRow("plain") << QStringLiteral("a b  c") << L({"a", "b", "c"}) << true;
    QTest::newRow("tabs and newlines") << QStringLiteral("a\tb\nc") << L({"a", "b", "c"}) << true;
    QTest::newRow("double quotes") << QStringLiteral("\"a b\" c") << L({"a b", "c"}) << true;
    QTest::newRow("single quotes") << QStringLiteral("'a \"b\"' c") << L({"a \"b\"", "c"}) << true;
    QTest::newRow("escapes in double quotes")
        << QStringLiteral("\"a \\\"b\\\" \\\\ \\x\"") << L({"a \"b\" \\ \\x"}) << true;
    QTest::newRow("no escapes in single quotes") << QStringLiteral("'a\\b'") << L({"a\\b"}) << true;
    QTest::newRow("escaped space") << QStringLiteral("a\\ b") << L({"a b"}) << true;
    QTest::newRow("empty quoted") << QStringLiteral("x '' \"\"") << L({"x", "", ""}) << true;
    QTest::newRow("adjacent") << QStringLiteral("a\"b c\"d") << L({"ab cd"}) << true;
    QTest::newRow("no expansion") << QStringLiteral("echo $HOME ~ *")
                                  << L({"echo", "$HOME", "~", "*"}) << true;
    QTest::newRow("hash is not a comment") << QStringLiteral("a #b") << L({"a", "#b"}) << true;
    QTest::newRow("empty") << QString() << QStringList() << true;
    QTest::newRow("blank") << QStringLiteral("   ") << QStringList() << true;
    QTest::newRow("unterminated double") << QStringLiteral("a \"b") << QStringList() << false;
    QTest::newRow("unterminated single") << QStringLiteral("a 'b") << QStringList() << false;
    QTest::newRow("trailing backslash") << QStringLiteral("a b\\") << QStringList() << false;
}

void TstCredentials::splitCommandLineCases()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QFETCH(bool, ok);
    bool parsed = !ok;
    const QStringList actual = splitCommandLine(line, &parsed);
    QCOMPARE(parsed, ok);
    if (ok)
        QCOMPARE(actual, expected);
    (void)splitCommandLine(line); // no ok pointer: no crash
}

QTEST_GUILESS_MAIN(TstCredentials)
#include "tst_credentials.moc"
