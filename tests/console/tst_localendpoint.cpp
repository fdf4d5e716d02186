// Rule 5: the embedded endpoint is usable from outside the console. Connection > Local
// endpoint details… shows the endpoint's real URL and keys, and a command copied from the
// request log runs through the real AWS CLI after the dialog's `export` lines, or after
// its `aws configure --profile cplocal` recipe.

#include "clicommand.h"
#include "embeddedendpoint.h"
#include "guifixture.h"
#include "localendpointdialog.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

using namespace cp;

namespace {

// Debian's AWS CLI (scripts/install-deps.sh installs awscli), else whichever is on PATH.
QString awsCli()
{
    if (QFileInfo(QStringLiteral("/usr/bin/aws")).isExecutable())
        return QStringLiteral("/usr/bin/aws");
    return QStandardPaths::findExecutable(QStringLiteral("aws"));
}

QString text(QWidget *in, const QString &name)
{
    if (auto *edit = in->findChild<QLineEdit *>(name))
        return edit->text();
    if (auto *plain = in->findChild<QPlainTextEdit *>(name))
        return plain->toPlainText();
    return {};
}

} // namespace

class TestLocalEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void linesQuoteForTheShell();
    void actionWaitsForTheEndpoint();
    void dialogShowsTheEndpointsValues();
    void copiedCommandRunsAfterExports();
    void copiedCommandRunsAfterProfileRecipe();

private:
    // The CLI command the request log copies for the last call of `operation`.
    QString copiedCommand(const QString &operation);
    // Runs `script` in /bin/sh as a user's fresh terminal would: a clean home, no AWS
    // variables but those the script sets; returns the exit code, fills stdout.
    int runShell(const QString &script, QByteArray *out);

    QTemporaryDir m_data, m_home;
    std::unique_ptr<emulator::EmbeddedEndpoint> m_local;
    std::unique_ptr<views::MainWindow> m_window;
    QString m_exports, m_profile;
};

void TestLocalEndpoint::initTestCase()
{
    testing::isolateSettings();
    QVERIFY(m_data.isValid() && m_home.isValid());
    // The endpoint as the console runs it: its own thread, keys made in its data folder.
    m_local = std::make_unique<emulator::EmbeddedEndpoint>(m_data.path());
    QSignalSpy ready(m_local.get(), &emulator::EmbeddedEndpoint::ready);
    m_local->start();
    QVERIFY(ready.wait(30000));
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(
        {QStringLiteral("Local (embedded)"),
         {m_local->url(), m_local->region()},
         std::make_shared<client::StaticCredentialsProvider>(
             client::Credentials{
                 m_local->accessKeyId(), m_local->secretAccessKey(), {}, std::nullopt},
             QStringLiteral("keys")),
         true});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLocalEndpoint::cleanupTestCase()
{
    m_window.reset();
    m_local.reset();
}

// Keys the user chose (cplocal --access-key-id/--secret-access-key) may hold characters a
// shell would read: the lines quote them.
void TestLocalEndpoint::linesQuoteForTheShell()
{
    const models::CliAccess access{QUrl(QStringLiteral("http://127.0.0.1:4566")),
                                   QStringLiteral("eu-west-1"), QStringLiteral("AKID"),
                                   QStringLiteral("it's $ecret")};
    QCOMPARE(models::awsExportLines(access),
             QStringLiteral("export AWS_ACCESS_KEY_ID=AKID\n"
                            "export AWS_SECRET_ACCESS_KEY='it'\\''s $ecret'\n"
                            "export AWS_DEFAULT_REGION=eu-west-1"));
    QCOMPARE(models::awsConfigureLines(access, QStringLiteral("cplocal")),
             QStringLiteral("aws configure set aws_access_key_id AKID --profile cplocal\n"
                            "aws configure set aws_secret_access_key 'it'\\''s $ecret' "
                            "--profile cplocal\n"
                            "aws configure set region eu-west-1 --profile cplocal\n"
                            "export AWS_PROFILE=cplocal"));
}

void TestLocalEndpoint::actionWaitsForTheEndpoint()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("localEndpointAction"));
    QVERIFY(action);
    auto *menu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("connectionMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(action));
    // Until the window knows the endpoint the action is off, and says why.
    QVERIFY(!action->isEnabled());
    QVERIFY(!action->toolTip().isEmpty());
    m_window->setLocalEndpoint(
        {m_local->url(), m_local->region(), m_local->accessKeyId(), m_local->secretAccessKey()});
    QVERIFY(action->isEnabled());
}

void TestLocalEndpoint::dialogShowsTheEndpointsValues()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("localEndpointAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    views::LocalEndpointDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<views::LocalEndpointDialog *>()) &&
                dialog->isVisible());
    // The endpoint's own values, as it made them (random keys kept in its data folder).
    QCOMPARE(text(dialog, QStringLiteral("localEndpointUrl")), m_local->url().toString());
    QCOMPARE(text(dialog, QStringLiteral("localEndpointRegion")), m_local->region());
    QCOMPARE(text(dialog, QStringLiteral("localEndpointAccessKeyId")), m_local->accessKeyId());
    QCOMPARE(text(dialog, QStringLiteral("localEndpointSecretKey")), m_local->secretAccessKey());
    QVERIFY(!m_local->secretAccessKey().isEmpty());

    // What the Copy buttons give is what is shown, and it names the same values.
    auto *copyExports =
        dialog->findChild<QPushButton *>(QStringLiteral("localEndpointExportsCopy"));
    auto *copyProfile =
        dialog->findChild<QPushButton *>(QStringLiteral("localEndpointProfileCopy"));
    QVERIFY(copyExports && copyProfile);
    copyExports->click();
    m_exports = QApplication::clipboard()->text();
    QCOMPARE(m_exports, text(dialog, QStringLiteral("localEndpointExportsText")) + u'\n');
    QVERIFY(
        m_exports.contains(QStringLiteral("export AWS_ACCESS_KEY_ID=") + m_local->accessKeyId()));
    QVERIFY(m_exports.contains(m_local->secretAccessKey()));
    QVERIFY(m_exports.contains(QStringLiteral("AWS_DEFAULT_REGION=") + m_local->region()));
    copyProfile->click();
    m_profile = QApplication::clipboard()->text();
    QCOMPARE(m_profile, text(dialog, QStringLiteral("localEndpointProfileText")) + u'\n');
    QVERIFY(m_profile.contains(QStringLiteral("--profile cplocal")));
    QVERIFY(m_profile.contains(m_local->secretAccessKey()));

    // Everything shows at the starting size.
    QVERIFY(dialog->width() >= dialog->minimumSizeHint().width());
    QVERIFY(dialog->height() >= dialog->minimumSizeHint().height());
    for (auto *edit : dialog->findChildren<QLineEdit *>())
        QVERIFY2(edit->width() >= edit->fontMetrics().horizontalAdvance(edit->text()),
                 qPrintable(edit->objectName()));
    const QString shots = qEnvironmentVariable("CP_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/localendpointdialog.png"));
    dialog->close();
}

QString TestLocalEndpoint::copiedCommand(const QString &operation)
{
    models::RequestLogModel *log = m_window->requestLog();
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("requestLogView"));
    auto *copy = m_window->findChild<QAction *>(QStringLiteral("copyCliAction"));
    if (!view || !copy)
        return {};
    for (int row = log->rowCount() - 1; row >= 0; --row) {
        if (log->entry(row).operation != operation)
            continue;
        view->setCurrentIndex(log->index(row, 0));
        QApplication::clipboard()->clear();
        copy->trigger();
        return QApplication::clipboard()->text();
    }
    return {};
}

int TestLocalEndpoint::runShell(const QString &script, QByteArray *out)
{
    const QString aws = awsCli();
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"),
               QFileInfo(aws).absolutePath() + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess shell;
    shell.setProcessEnvironment(env);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-ec"), script});
    // The endpoint answers on its own thread; the UI thread may wait.
    if (!shell.waitForFinished(180000)) {
        shell.kill();
        shell.waitForFinished();
        return -1;
    }
    *out = shell.readAllStandardOutput();
    const QByteArray err = shell.readAllStandardError();
    if (shell.exitCode() != 0)
        qWarning("the shell failed (%d):\n%s\n%s", shell.exitCode(), qPrintable(script),
                 err.constData());
    return shell.exitCode();
}

void TestLocalEndpoint::copiedCommandRunsAfterExports()
{
    if (awsCli().isEmpty())
        QSKIP("The AWS CLI is not installed (scripts/install-deps.sh installs awscli): the "
              "copied command is not run.");
    QVERIFY(!m_exports.isEmpty());
    // Real requests of the console, through its session, logged as any other.
    views::Session *session = m_window->session();
    QVERIFY(session);
    bool created = false;
    session->client()->call(
        QStringLiteral("CreateDomain"),
        testing::createDomainInput(QStringLiteral("from-the-shell")), m_window.get(),
        [&created](const client::Outcome<QJsonObject> &outcome) { created = outcome.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(created, 30000);
    bool got = false;
    session->client()->call(
        QStringLiteral("GetDomain"),
        {{QStringLiteral("DomainName"), QStringLiteral("from-the-shell")}}, m_window.get(),
        [&got](const client::Outcome<QJsonObject> &outcome) { got = outcome.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(got, 30000);

    const QString command = copiedCommand(QStringLiteral("GetDomain"));
    QVERIFY2(command.startsWith(QStringLiteral("aws customer-profiles get-domain ")),
             qPrintable(command));
    QVERIFY(command.contains(QStringLiteral("--endpoint-url ") + m_local->url().toString()));
    QByteArray out;
    QCOMPARE(runShell(m_exports + command, &out), 0);
    const QJsonObject domain = QJsonDocument::fromJson(out).object();
    QCOMPARE(domain.value(QStringLiteral("DomainName")).toString(),
             QStringLiteral("from-the-shell"));
    QCOMPARE(domain.value(QStringLiteral("DefaultExpirationDays")).toInt(), 30);

    // Without the exports it is the failure the user met: no credentials.
    QVERIFY(runShell(command, &out) != 0);
}

void TestLocalEndpoint::copiedCommandRunsAfterProfileRecipe()
{
    if (awsCli().isEmpty())
        QSKIP("The AWS CLI is not installed (scripts/install-deps.sh installs awscli): the "
              "copied command is not run.");
    QVERIFY(!m_profile.isEmpty());
    bool listed = false;
    m_window->session()->client()->call(
        QStringLiteral("ListDomains"), {}, m_window.get(),
        [&listed](const client::Outcome<QJsonObject> &outcome) { listed = outcome.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 30000);
    const QString command = copiedCommand(QStringLiteral("ListDomains"));
    QVERIFY2(command.startsWith(QStringLiteral("aws customer-profiles list-domains")),
             qPrintable(command));
    QByteArray out;
    QCOMPARE(runShell(m_profile + command, &out), 0);
    const QJsonArray items =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("Items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("DomainName")).toString(),
             QStringLiteral("from-the-shell"));
    // The recipe wrote the profile where the CLI keeps it.
    QVERIFY(QFileInfo::exists(m_home.filePath(QStringLiteral(".aws/config"))));
    QVERIFY(QFileInfo::exists(m_home.filePath(QStringLiteral(".aws/credentials"))));
}

QTEST_MAIN(TestLocalEndpoint)
#include "tst_localendpoint.moc"
