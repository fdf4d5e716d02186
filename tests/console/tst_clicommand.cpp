// "Copy as AWS CLI command": the words, and that the real AWS CLI runs them against the
// local endpoint with the same effect as the console's call.

#include "clicommand.h"
#include "consolefixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace cp;
using models::awsCliCommand;
using models::kebabCase;
using models::shellQuote;

namespace {

const QUrl kLocal(QStringLiteral("http://127.0.0.1:4566"));
const QString kAws = QStringLiteral("/usr/bin/aws");

} // namespace

class TestCliCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kebab_data();
    void kebab();
    void quoting_data();
    void quoting();
    void createDomainWords();
    void searchProfilesWords();
    void booleanWords();
    void endpointOnlyWhenNotAws();
    void realCliCreatesDomain();
    void realCliPutsAndSearches();
    void fileLikeValuesGoAsInputJson();
    void realCliKeepsFileLikeValues();

private:
    bool startEndpoint();
    // Runs a copied command through the shell with the AWS CLI; the JSON it prints.
    QJsonObject runCli(const QString &command, int *exitCode = nullptr);

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    QTemporaryDir m_home;
};

void TestCliCommand::kebab_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("option");
    QTest::newRow("member") << "DomainName"
                            << "domain-name";
    QTest::newRow("operation") << "SearchProfiles"
                               << "search-profiles";
    QTest::newRow("long") << "ListProfileObjectTypeTemplates"
                          << "list-profile-object-type-templates";
    QTest::newRow("lower first") << "resourceArn"
                                 << "resource-arn";
    QTest::newRow("tag keys") << "tagKeys"
                              << "tag-keys";
    QTest::newRow("one word") << "Uri"
                              << "uri";
    QTest::newRow("flag") << "AllowProfileCreation"
                          << "allow-profile-creation";
    QTest::newRow("digits") << "Address1"
                            << "address1";
}

void TestCliCommand::kebab()
{
    QFETCH(QString, name);
    QFETCH(QString, option);
    QCOMPARE(kebabCase(name), option);
}

void TestCliCommand::quoting_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "demo-retail_1"
                           << "demo-retail_1";
    QTest::newRow("email") << "a.b+c@example.com"
                           << "a.b+c@example.com";
    QTest::newRow("url") << "http://127.0.0.1:4566"
                         << "http://127.0.0.1:4566";
    QTest::newRow("space") << "Ana Silva"
                           << "'Ana Silva'";
    QTest::newRow("quote") << "it's"
                           << "'it'\\''s'";
    QTest::newRow("empty") << ""
                           << "''";
    QTest::newRow("dollar") << "$HOME"
                            << "'$HOME'";
    QTest::newRow("json") << "{\"a\":1}"
                          << "'{\"a\":1}'";
    // A last newline unquoted would end the command there (PCRE's $ let it through).
    QTest::newRow("trailing newline") << "ana@example.com\n"
                                      << "'ana@example.com\n'";
}

void TestCliCommand::quoting()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(shellQuote(word), quoted);
}

void TestCliCommand::createDomainWords()
{
    const QJsonObject input{
        {QStringLiteral("DomainName"), QStringLiteral("shop")},
        {QStringLiteral("DefaultExpirationDays"), 366},
        {QStringLiteral("Tags"), QJsonObject{{QStringLiteral("team"), QStringLiteral("crm ops")}}}};
    QCOMPARE(
        awsCliCommand(QStringLiteral("CreateDomain"), input, QStringLiteral("us-east-1"), kLocal),
        QStringLiteral(
            "aws customer-profiles create-domain --default-expiration-days 366 --domain-name shop "
            "--tags '{\"team\":\"crm ops\"}' --region us-east-1 --endpoint-url "
            "http://127.0.0.1:4566"));
}

void TestCliCommand::searchProfilesWords()
{
    const QJsonObject input{
        {QStringLiteral("DomainName"), QStringLiteral("shop")},
        {QStringLiteral("KeyName"), QStringLiteral("_email")},
        {QStringLiteral("Values"), QJsonArray{QStringLiteral("a@b.c"), QStringLiteral("x y")}},
        {QStringLiteral("MaxResults"), 20}};
    QCOMPARE(
        awsCliCommand(QStringLiteral("SearchProfiles"), input, QStringLiteral("eu-west-2"), kLocal),
        QStringLiteral("aws customer-profiles search-profiles --domain-name shop --key-name _email "
                       "--max-results 20 --values a@b.c 'x y' --region eu-west-2 --endpoint-url "
                       "http://127.0.0.1:4566"));
}

void TestCliCommand::booleanWords()
{
    QJsonObject input{{QStringLiteral("DomainName"), QStringLiteral("shop")},
                      {QStringLiteral("ObjectTypeName"), QStringLiteral("Order")},
                      {QStringLiteral("Description"), QStringLiteral("Orders")},
                      {QStringLiteral("AllowProfileCreation"), true}};
    const QString yes = awsCliCommand(QStringLiteral("PutProfileObjectType"), input, {}, {});
    QVERIFY2(yes.contains(QStringLiteral(" --allow-profile-creation ")), qPrintable(yes));
    QVERIFY(!yes.contains(QStringLiteral("--no-")));
    QVERIFY(!yes.contains(QStringLiteral("--region")));
    input.insert(QStringLiteral("AllowProfileCreation"), false);
    const QString no = awsCliCommand(QStringLiteral("PutProfileObjectType"), input, {}, {});
    QVERIFY2(no.contains(QStringLiteral(" --no-allow-profile-creation ")), qPrintable(no));
    QVERIFY(no.startsWith(QStringLiteral("aws customer-profiles put-profile-object-type ")));
}

void TestCliCommand::endpointOnlyWhenNotAws()
{
    const QJsonObject input{{QStringLiteral("DomainName"), QStringLiteral("shop")}};
    const QString aws =
        awsCliCommand(QStringLiteral("GetDomain"), input, QStringLiteral("us-east-1"),
                      QUrl(QStringLiteral("https://profile.us-east-1.amazonaws.com")));
    QCOMPARE(aws, QStringLiteral(
                      "aws customer-profiles get-domain --domain-name shop --region us-east-1"));
    const QString china =
        awsCliCommand(QStringLiteral("GetDomain"), input, QStringLiteral("cn-north-1"),
                      QUrl(QStringLiteral("https://profile.cn-north-1.amazonaws.com.cn")));
    QVERIFY(!china.contains(QStringLiteral("--endpoint-url")));
    const QString local =
        awsCliCommand(QStringLiteral("GetDomain"), input, QStringLiteral("us-east-1"),
                      QUrl(QStringLiteral("http://localhost:8080")));
    QVERIFY(local.endsWith(QStringLiteral(" --endpoint-url http://localhost:8080")));
    // A host that only ends like AWS's is not AWS.
    const QString lookalike =
        awsCliCommand(QStringLiteral("GetDomain"), input, QStringLiteral("us-east-1"),
                      QUrl(QStringLiteral("https://notamazonaws.com")));
    QVERIFY(lookalike.contains(QStringLiteral("--endpoint-url")));
}

bool TestCliCommand::startEndpoint()
{
    if (!m_endpoint) {
        m_endpoint = testing::startEndpoint();
        if (!m_endpoint)
            return false;
        m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    }
    return true;
}

QJsonObject TestCliCommand::runCli(const QString &command, int *exitCode)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), testing::kAccessKey);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), testing::kSecretKey);
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), command + QStringLiteral(" --output json")});
    QSignalSpy finished(&process, &QProcess::finished);
    // The endpoint answers on this thread's event loop: wait with the loop running.
    if (!process.waitForStarted(60000) ||
        (process.state() != QProcess::NotRunning && !finished.wait(120000))) {
        qWarning("the AWS CLI did not finish: %s", qPrintable(command));
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (exitCode)
        *exitCode = process.exitCode();
    const QByteArray err = process.readAllStandardError();
    if (process.exitCode() != 0)
        qWarning("aws failed (%d): %s\n%s", process.exitCode(), qPrintable(command),
                 err.constData());
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

void TestCliCommand::realCliCreatesDomain()
{
    if (!QFileInfo(kAws).isExecutable())
        QSKIP("/usr/bin/aws is not installed: the copied commands are not run.");
    QVERIFY(startEndpoint());
    const QJsonObject input{
        {QStringLiteral("DomainName"), QStringLiteral("cli-shop")},
        {QStringLiteral("DefaultExpirationDays"), 120},
        {QStringLiteral("Tags"), QJsonObject{{QStringLiteral("team"), QStringLiteral("crm ops")},
                                             {QStringLiteral("quote"), QStringLiteral("it's")}}}};
    const QString command = awsCliCommand(QStringLiteral("CreateDomain"), input,
                                          QStringLiteral("us-east-1"), m_endpoint->url());
    int exitCode = -1;
    const QJsonObject created = runCli(command, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(created.value(QStringLiteral("DomainName")).toString(), QStringLiteral("cli-shop"));

    const QJsonObject domain = m_client->ok(
        QStringLiteral("GetDomain"), {{QStringLiteral("DomainName"), QStringLiteral("cli-shop")}});
    QVERIFY(testing::succeeded(domain));
    QCOMPARE(domain.value(QStringLiteral("DefaultExpirationDays")).toInt(), 120);
    QCOMPARE(domain.value(QStringLiteral("Tags")).toObject(),
             input.value(QStringLiteral("Tags")).toObject());

    const QJsonObject listed =
        runCli(awsCliCommand(QStringLiteral("ListDomains"), {{QStringLiteral("MaxResults"), 10}},
                             QStringLiteral("us-east-1"), m_endpoint->url()),
               &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(listed.value(QStringLiteral("Items")).toArray().size(), 1);
}

void TestCliCommand::realCliPutsAndSearches()
{
    if (!QFileInfo(kAws).isExecutable())
        QSKIP("/usr/bin/aws is not installed: the copied commands are not run.");
    QVERIFY(startEndpoint());
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("CreateDomain"), testing::createDomainInput(QStringLiteral("cli-search")))));
    const QString region = QStringLiteral("us-east-1");
    const QJsonObject type = testing::ticketTypeInput(QStringLiteral("cli-search"), false);
    int exitCode = -1;
    const QJsonObject put = runCli(
        awsCliCommand(QStringLiteral("PutProfileObjectType"), type, region, m_endpoint->url()),
        &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(put.value(QStringLiteral("ObjectTypeName")).toString(), QStringLiteral("Ticket"));
    QCOMPARE(put.value(QStringLiteral("AllowProfileCreation")).toBool(true), false);

    // A profile, then its key through a copied SearchProfiles with two values.
    const QJsonObject profile =
        m_client->ok(QStringLiteral("CreateProfile"),
                     {{QStringLiteral("DomainName"), QStringLiteral("cli-search")},
                      {QStringLiteral("FirstName"), QStringLiteral("Ana")},
                      {QStringLiteral("EmailAddress"), QStringLiteral("ana@example.com")}});
    QVERIFY(testing::succeeded(profile));
    const QJsonObject search{
        {QStringLiteral("DomainName"), QStringLiteral("cli-search")},
        {QStringLiteral("KeyName"), QStringLiteral("_email")},
        {QStringLiteral("Values"),
         QJsonArray{QStringLiteral("nobody@example.com"), QStringLiteral("ana@example.com")}}};
    const QJsonObject found =
        runCli(awsCliCommand(QStringLiteral("SearchProfiles"), search, region, m_endpoint->url()),
               &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonArray items = found.value(QStringLiteral("Items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("ProfileId")),
             profile.value(QStringLiteral("ProfileId")));
}

// The CLI reads a value given as file://PATH from that file: such inputs go whole as
// --cli-input-json instead.
void TestCliCommand::fileLikeValuesGoAsInputJson()
{
    const QJsonObject input{{QStringLiteral("DomainName"), QStringLiteral("shop")},
                            {QStringLiteral("KeyName"), QStringLiteral("_account")},
                            {QStringLiteral("Values"), QJsonArray{QStringLiteral("FileB://x")}}};
    QCOMPARE(
        awsCliCommand(QStringLiteral("SearchProfiles"), input, {}, QUrl()),
        QStringLiteral(
            "aws customer-profiles search-profiles --cli-input-json "
            "'{\"DomainName\":\"shop\",\"KeyName\":\"_account\",\"Values\":[\"FileB://x\"]}'"));
    // Inside a JSON member the CLI reads nothing: options as usual.
    const QJsonObject nested{{QStringLiteral("DomainName"), QStringLiteral("shop")},
                             {QStringLiteral("Attributes"),
                              QJsonObject{{QStringLiteral("a"), QStringLiteral("file://x")}}}};
    QVERIFY(awsCliCommand(QStringLiteral("UpdateProfile"), nested, {}, QUrl())
                .contains(QStringLiteral("--attributes")));
}

void TestCliCommand::realCliKeepsFileLikeValues()
{
    if (!QFileInfo(kAws).isExecutable())
        QSKIP("/usr/bin/aws is not installed: the copied commands are not run.");
    QVERIFY(startEndpoint());
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("CreateDomain"), testing::createDomainInput(QStringLiteral("cli-files")))));
    // Read as a file, /etc/hostname's text would be stored instead (and fileb:// refused).
    const QJsonObject input{
        {QStringLiteral("DomainName"), QStringLiteral("cli-files")},
        {QStringLiteral("AccountNumber"), QStringLiteral("file:///etc/hostname")},
        {QStringLiteral("FirstName"), QStringLiteral("fileb:///etc/hostname")}};
    int exitCode = -1;
    const QJsonObject created =
        runCli(awsCliCommand(QStringLiteral("CreateProfile"), input, QStringLiteral("us-east-1"),
                             m_endpoint->url()),
               &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject found = m_client->ok(
        QStringLiteral("SearchProfiles"),
        {{QStringLiteral("DomainName"), QStringLiteral("cli-files")},
         {QStringLiteral("KeyName"), QStringLiteral("_profileId")},
         {QStringLiteral("Values"), QJsonArray{created.value(QStringLiteral("ProfileId"))}}});
    const QJsonObject profile = found.value(QStringLiteral("Items")).toArray().at(0).toObject();
    QCOMPARE(profile.value(QStringLiteral("AccountNumber")).toString(),
             QStringLiteral("file:///etc/hostname"));
    QCOMPARE(profile.value(QStringLiteral("FirstName")).toString(),
             QStringLiteral("fileb:///etc/hostname"));
}

QTEST_GUILESS_MAIN(TestCliCommand)
#include "tst_clicommand.moc"
