// The console against an endpoint that misbehaves (issue 12): garbage answers, 500s for a
// while, reset connections, slow answers. The window never freezes or crashes, says what
// happened in a sentence, retries as the client's rules say, and a dialog keeps what was
// typed when the service cannot take it.

#include "createdomaindialog.h"
#include "domainspane.h"
#include "faultserver.h"
#include "guifixture.h"
#include "messagebar.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace cp;

namespace {

const QByteArray kOneDomain =
    R"({"Items":[{"DomainName":"d1","CreatedAt":1.7e9,"LastUpdatedAt":1.7e9}]})";

} // namespace

class TestGuiFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void garbageIsSaidInASentence();
    void serverErrorsAreRetried();
    void resetConnectionsAreReported();
    void slowAnswersDoNotFreeze();
    void refusedCreateKeepsTheName();

private:
    void open();
    void refresh();

    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<views::MainWindow> m_window;
};

void TestGuiFaults::initTestCase()
{
    testing::isolateSettings();
}

void TestGuiFaults::init()
{
    QSettings().clear();
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
    m_server->setScriptedPath("/domains"); // ListDomains; the other calls get "{}"
}

void TestGuiFaults::cleanup()
{
    m_window.reset();
    m_server.reset();
}

void TestGuiFaults::open()
{
    m_window = std::make_unique<views::MainWindow>();
    m_window->show();
    m_window->addConnection(testing::localConnection(QStringLiteral("Faulty"), m_server->url()));
}

void TestGuiFaults::refresh()
{
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
}

void TestGuiFaults::garbageIsSaidInASentence()
{
    m_server->reply(200, "<html>not the service</html>");
    open();
    views::MessageBar *bar = m_window->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 30000);
    QVERIFY2(bar->text().endsWith(QLatin1Char('.')) || bar->text().endsWith(QLatin1Char(')')),
             qPrintable(bar->text()));
    QVERIFY(!bar->text().contains(QLatin1String("<html>")));
    // The next answer is right: Refresh recovers.
    m_server->reply(200, kOneDomain);
    refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), QStringLiteral("d1"), 30000);
}

void TestGuiFaults::serverErrorsAreRetried()
{
    m_server->error(500, "InternalServerException");
    m_server->error(503, "ServiceUnavailableException");
    m_server->reply(200, kOneDomain);
    open();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), QStringLiteral("d1"), 30000);
    const auto *log = m_window->requestLog();
    int attempts = 0;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->entry(row).operation == QLatin1String("ListDomains"))
            attempts = log->entry(row).attempts;
    }
    QCOMPARE(attempts, 3); // the standard retry mode's three attempts
    QVERIFY(!m_window->messageBar()->isVisible());
}

void TestGuiFaults::resetConnectionsAreReported()
{
    // Qt's network layer may resend a request once on a reset connection: enough resets
    // for every attempt.
    for (int i = 0; i < 8; ++i)
        m_server->abortConnection();
    open();
    views::MessageBar *bar = m_window->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 30000);
    QVERIFY(!bar->text().isEmpty());
    int listings = 0;
    for (const FaultServer::Received &request : m_server->requests())
        listings += request.rawPath == "/domains" ? 1 : 0;
    QVERIFY2(listings >= 3, qPrintable(QString::number(listings))); // retried, then told
    m_server->clearScript(); // the endpoint is back
    m_server->reply(200, kOneDomain);
    refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), QStringLiteral("d1"), 30000);
}

void TestGuiFaults::slowAnswersDoNotFreeze()
{
    m_server->reply(200, kOneDomain, {}, 3000);
    open();
    // While the answer takes its time, the event loop keeps turning.
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(50);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), QStringLiteral("d1"), 30000);
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
}

void TestGuiFaults::refusedCreateKeepsTheName()
{
    m_server->reply(200, kOneDomain);
    open();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), QStringLiteral("d1"), 30000);
    m_server->setScriptedPath("/domains/kept");
    for (int i = 0; i < 3; ++i)
        m_server->error(500, "InternalServerException", "the store is full");
    QPointer<views::CreateDomainDialog> dialog = m_window->domains()->newDomain();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("domainName"));
    QTest::keyClicks(name, QStringLiteral("kept"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    auto *bar = dialog->findChild<views::MessageBar *>(QStringLiteral("dialogMessageBar"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->detailsText().contains(QLatin1String("InternalServerException")),
                             30000);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("kept"));
}

QTEST_MAIN(TestGuiFaults)
#include "tst_gui_faults.moc"
