// The main window on in-memory local endpoints: creating and deleting domains, errors
// in the message bar, switching connection, cancelling, keyboard.

#include "createdomaindialog.h"
#include "domainoverview.h"
#include "domainspane.h"
#include "flowlayout.h"
#include "guifixture.h"
#include "messagebar.h"
#include "profilespane.h"
#include "prompts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>

using namespace cp;
using testing::listed;

class TestGuiDomains : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createDomainThroughDialog();
    void newDomainShortcutOpensDialog();
    void badInputSendsNothing();
    void deleteDomainAsksFirst();
    void serviceErrorInMessageBar();
    void switchingConnectionDropsResults();
    void slowRequestIsCancelled();
    void keyboardShortcuts();
    void domainListShowsItsColumns();
    void buttonRowsWrapWhenNarrow();

private:
    bool waitForDomains(const QStringList &names);

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
};

void TestGuiDomains::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("CreateDomain"), testing::createDomainInput(QStringLiteral("existing")))));
}

void TestGuiDomains::init()
{
    QSettings().clear();
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(QStringLiteral("Local"), m_endpoint->url()));
    QVERIFY(m_window->session());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentDomain().isEmpty(),
                             60000); // the first domain is selected
}

void TestGuiDomains::cleanup()
{
    m_window.reset();
    // Whatever a test created is gone for the next one.
    const QJsonObject domains = m_client->ok(QStringLiteral("ListDomains"), {});
    for (const QJsonValue &item : domains.value(QStringLiteral("Items")).toArray()) {
        const QString name = item.toObject().value(QStringLiteral("DomainName")).toString();
        if (name != QStringLiteral("existing"))
            m_client->ok(QStringLiteral("DeleteDomain"), {{QStringLiteral("DomainName"), name}});
    }
}

bool TestGuiDomains::waitForDomains(const QStringList &names)
{
    views::ListPane *domains = m_window->domains();
    return QTest::qWaitFor(
        [&] {
            return !domains->model()->isLoading() &&
                   listed(domains, QStringLiteral("DomainName")) == names;
        },
        60000);
}

void TestGuiDomains::createDomainThroughDialog()
{
    QAbstractItemModelTester tester(m_window->domains()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    views::CreateDomainDialog dialog(m_window.get());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("domainName"));
    auto *nameError = dialog.findChild<QLabel *>(QStringLiteral("nameError"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(name && nameError && buttons);
    QPushButton *create = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(!create->isEnabled()); // nothing typed yet
    QVERIFY(nameError->text().isEmpty());
    dialog.show();
    auto *expiration = dialog.findChild<QWidget *>(QStringLiteral("expirationDays"));
    const QPoint below = expiration->mapTo(&dialog, QPoint());

    QTest::keyClicks(name, QStringLiteral("bad name!"));
    QVERIFY(!create->isEnabled());
    QVERIFY(nameError->isVisibleTo(&dialog));
    // Said as a person would, and nothing below the name moved to make room for it.
    QCOMPARE(nameError->text(), QStringLiteral("DomainName may hold only letters, digits, _ and -."));
    QCOMPARE(expiration->mapTo(&dialog, QPoint()), below);
    QVERIFY(!dialog.isValid());

    name->clear();
    QTest::keyClicks(name, QStringLiteral("shop-eu_1"));
    QVERIFY(create->isEnabled());
    QVERIFY(nameError->text().isEmpty());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.input().value(QStringLiteral("DomainName")).toString(),
             QStringLiteral("shop-eu_1"));

    m_window->domains()->createDomain(dialog.input());
    QVERIFY(waitForDomains({QStringLiteral("existing"), QStringLiteral("shop-eu_1")}));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), QStringLiteral("shop-eu_1"), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->valueText(QStringLiteral("overviewName")),
                              QStringLiteral("shop-eu_1"), 60000);
    QVERIFY(!m_window->overview()->valueText(QStringLiteral("overviewExpiration")).isEmpty());
    QVERIFY(!m_window->overview()->valueText(QStringLiteral("overviewCreated")).isEmpty());
    // Unset members say what they mean rather than leaving a blank.
    QCOMPARE(m_window->overview()->valueText(QStringLiteral("overviewEncryptionKey")),
             QStringLiteral("AWS managed key (none chosen)"));
    QCOMPARE(m_window->overview()->valueText(QStringLiteral("overviewDeadLetterQueue")),
             QStringLiteral("none"));
    QCOMPARE(m_window->overview()->valueText(QStringLiteral("overviewTags")),
             QStringLiteral("none"));
    QVERIFY(m_window->messageBar()->isVisibleTo(m_window.get()));
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("shop-eu_1")));
}

void TestGuiDomains::newDomainShortcutOpensDialog()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    bool answered = false;
    testing::answerNextModal([&answered](QDialog *dialog) {
        answered = true;
        QVERIFY(qobject_cast<views::CreateDomainDialog *>(dialog));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("domainName")),
                         QStringLiteral("from-keyboard"));
        QTest::keyClick(dialog, Qt::Key_Return); // the default button: Create
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000); // the dialog opens window-modal, not blocking
    QVERIFY(waitForDomains({QStringLiteral("existing"), QStringLiteral("from-keyboard")}));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->valueText(QStringLiteral("overviewName")),
                              QStringLiteral("from-keyboard"), 60000);
}

void TestGuiDomains::badInputSendsNothing()
{
    const models::RequestLogModel *log = m_window->requestLog();
    const int before = testing::countOperation(log, QStringLiteral("CreateDomain"));
    m_window->domains()->createDomain({{QStringLiteral("DomainName"), QStringLiteral("bad name!")},
                                       {QStringLiteral("DefaultExpirationDays"), 30}});
    views::MessageBar *bar = m_window->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisibleTo(m_window.get()), 60000);
    QVERIFY(!bar->text().isEmpty());
    QVERIFY2(bar->detailsText().contains(QStringLiteral("DomainName")),
             qPrintable(bar->detailsText()));
    // A good call after it is logged: the bad one would have been logged before it.
    m_window->domains()->createDomain(testing::createDomainInput(QStringLiteral("after-bad")));
    QTRY_COMPARE_WITH_TIMEOUT(testing::countOperation(log, QStringLiteral("CreateDomain")),
                              before + 1, 60000);
    QVERIFY(waitForDomains({QStringLiteral("after-bad"), QStringLiteral("existing")}));
    QCOMPARE(testing::countOperation(log, QStringLiteral("CreateDomain")), before + 1);
}

void TestGuiDomains::deleteDomainAsksFirst()
{
    QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("CreateDomain"),
                                            testing::createDomainInput(QStringLiteral("doomed")))));
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QVERIFY(waitForDomains({QStringLiteral("doomed"), QStringLiteral("existing")}));
    QVERIFY(m_window->domains()->selectRow(QStringLiteral("DomainName"), QStringLiteral("doomed")));
    QCOMPARE(m_window->currentDomain(), QStringLiteral("doomed"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->valueText(QStringLiteral("overviewName")),
                              QStringLiteral("doomed"), 60000);

    views::prompts::setNextAnswer(false);
    m_window->domains()->deleteCurrentDomain();
    QVERIFY(!views::prompts::takeNextAnswer()); // the question was asked
    QCOMPARE(testing::countOperation(m_window->requestLog(), QStringLiteral("DeleteDomain")), 0);
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("GetDomain"), {{QStringLiteral("DomainName"), QStringLiteral("doomed")}})));

    // The real question: window-modal, the action returns at once, nothing is sent until
    // the name is typed and Delete pressed.
    m_window->findChild<QAction *>(QStringLiteral("deleteDomainAction"))->trigger();
    QLineEdit *typed = nullptr;
    QTRY_VERIFY((typed = m_window->findChild<QLineEdit *>(QStringLiteral("confirmationEdit"))));
    auto *question = qobject_cast<QDialog *>(typed->window());
    QVERIFY(question && question->isVisible());
    QCOMPARE(question->windowModality(), Qt::WindowModal);
    auto *buttons = question->findChild<QDialogButtonBox *>();
    QPushButton *confirmButton = buttons->button(QDialogButtonBox::Ok);
    QTest::keyClicks(typed, QStringLiteral("doome"));
    QVERIFY(!confirmButton->isEnabled());
    QTest::keyClicks(typed, QStringLiteral("d"));
    QVERIFY(confirmButton->isEnabled());
    QCOMPARE(testing::countOperation(m_window->requestLog(), QStringLiteral("DeleteDomain")), 0);
    QTest::mouseClick(confirmButton, Qt::LeftButton);
    QVERIFY(waitForDomains({QStringLiteral("existing")}));
    QTRY_VERIFY(!m_window->findChild<QLineEdit *>(QStringLiteral("confirmationEdit")));
    QCOMPARE(testing::countOperation(m_window->requestLog(), QStringLiteral("DeleteDomain")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), QStringLiteral("existing"), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->valueText(QStringLiteral("overviewName")),
                              QStringLiteral("existing"), 60000);

    // Deleting the last domain leaves nothing of it on screen.
    views::prompts::setNextAnswer(true);
    m_window->domains()->deleteCurrentDomain();
    QVERIFY(waitForDomains({}));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentDomain().isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->overview()->valueText(QStringLiteral("overviewName")).isEmpty(), 60000);
    QVERIFY(!m_window->profiles()->isEnabled());
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("CreateDomain"), testing::createDomainInput(QStringLiteral("existing")))));
}

void TestGuiDomains::serviceErrorInMessageBar()
{
    views::ProfilesPane *profiles = m_window->profiles();
    QTRY_VERIFY_WITH_TIMEOUT(profiles->isEnabled(), 60000);
    auto *key = profiles->findChild<QComboBox *>(QStringLiteral("searchKey"));
    auto *values = profiles->findChild<QLineEdit *>(QStringLiteral("searchValues"));
    auto *search = profiles->findChild<QPushButton *>(QStringLiteral("searchButton"));
    QVERIFY(key && values && search);
    key->setCurrentText(QStringLiteral("noSuchKey"));
    QTest::keyClicks(values, QStringLiteral("x"));
    QTest::mouseClick(search, Qt::LeftButton);
    views::MessageBar *bar = m_window->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisibleTo(m_window.get()), 60000);
    QVERIFY(!bar->text().isEmpty());
    QVERIFY2(bar->detailsText().contains(QStringLiteral("BadRequestException")),
             qPrintable(bar->detailsText()));
    QVERIFY2(bar->detailsText().contains(QStringLiteral("Request id: ")),
             qPrintable(bar->detailsText()));
    // The search's entry (the pane's loading of key names may log calls after it).
    int row = m_window->requestLog()->rowCount() - 1;
    while (row > 0 &&
           m_window->requestLog()->entry(row).operation != QStringLiteral("SearchProfiles"))
        --row;
    QCOMPARE(m_window->requestLog()->entry(row).operation, QStringLiteral("SearchProfiles"));
    QVERIFY(bar->detailsText().contains(m_window->requestLog()->entry(row).requestId));
    QVERIFY(!m_window->requestLog()->entry(row).requestId.isEmpty());
    // Dismissed with its close button.
    QTest::mouseClick(bar->findChild<QWidget *>(QStringLiteral("messageClose")), Qt::LeftButton);
    QVERIFY(!bar->isVisibleTo(m_window.get()));
}

void TestGuiDomains::switchingConnectionDropsResults()
{
    auto second = testing::startEndpoint();
    QVERIFY(second);
    testing::TestClient secondClient(second->url());
    QVERIFY(testing::succeeded(
        secondClient.ok(QStringLiteral("CreateDomain"),
                        testing::createDomainInput(QStringLiteral("second-only")))));
    QCOMPARE(listed(m_window->domains(), QStringLiteral("DomainName")),
             QStringList{QStringLiteral("existing")});

    m_window->addConnection(testing::localConnection(QStringLiteral("Second"), second->url()));
    QVERIFY(m_window->selectConnection(QStringLiteral("Second")));
    QCOMPARE(m_window->session()->info().name, QStringLiteral("Second"));
    QVERIFY(!listed(m_window->domains(), QStringLiteral("DomainName"))
                 .contains(QStringLiteral("existing")));
    QVERIFY(waitForDomains({QStringLiteral("second-only")}));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), QStringLiteral("second-only"), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->valueText(QStringLiteral("overviewName")),
                              QStringLiteral("second-only"), 60000);

    QVERIFY(m_window->selectConnection(QStringLiteral("Local")));
    QVERIFY(waitForDomains({QStringLiteral("existing")}));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), QStringLiteral("existing"), 60000);
    QVERIFY(!m_window->selectConnection(QStringLiteral("Nowhere")));
    // After three connections the domain list still says a change once.
    QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("CreateDomain"),
                                            testing::createDomainInput(QStringLiteral("zulu")))));
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QVERIFY(waitForDomains({QStringLiteral("existing"), QStringLiteral("zulu")}));
    QSignalSpy changed(m_window->domains(), &views::ListPane::currentItemChanged);
    const int gets = testing::countOperation(m_window->requestLog(), QStringLiteral("GetDomain"));
    QVERIFY(m_window->domains()->selectRow(QStringLiteral("DomainName"), QStringLiteral("zulu")));
    QCOMPARE(changed.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->valueText(QStringLiteral("overviewName")),
                              QStringLiteral("zulu"), 60000);
    QCOMPARE(testing::countOperation(m_window->requestLog(), QStringLiteral("GetDomain")),
             gets + 1);
    m_window.reset(); // before the second endpoint goes
}

void TestGuiDomains::slowRequestIsCancelled()
{
    testing::SilentEndpoint silent;
    QVERIFY(silent.start());
    QList<QTcpSocket *> &held = silent.held;
    m_window->addConnection(testing::localConnection(QStringLiteral("Silent"), silent.url()));
    QVERIFY(m_window->selectConnection(QStringLiteral("Silent")));
    QPointer<models::PagedListModel> model = m_window->domains()->model();
    QVERIFY(model->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 60000);
    QSignalSpy failed(m_window->domains(), &views::ListPane::failed);

    // Refresh: the first request is dropped, a second one waits.
    QSignalSpy loading(model.data(), &models::PagedListModel::loadingChanged);
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QVERIFY(model->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(held.size() >= 2, 60000);
    // Cancel: not loading at once, and nothing restarts it.
    model->cancel();
    QVERIFY(!model->isLoading());
    QCOMPARE(loading.last().at(0).toBool(), false);
    QVERIFY(!model->canFetchMore());

    // Again, then switch connection with the request in flight.
    model->refresh();
    QVERIFY(model->isLoading());
    QVERIFY(m_window->selectConnection(QStringLiteral("Local")));
    QVERIFY(model.isNull()); // the old connection's model went with it
    QVERIFY(waitForDomains({QStringLiteral("existing")}));
    QVERIFY(!m_window->domains()->model()->isLoading());

    // The silent endpoint now closes everything: no late answer reaches anything.
    for (QTcpSocket *socket : std::as_const(held))
        socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
    for (QTcpSocket *socket : std::as_const(held))
        socket->close();
    qDeleteAll(held);
    held.clear();
    silent.close();
    QVERIFY(!QSignalSpy(m_window->domains(), &views::ListPane::failed).wait(500));
    QVERIFY(failed.isEmpty());
    QVERIFY(!m_window->messageBar()->isVisibleTo(m_window.get()));
    QCOMPARE(listed(m_window->domains(), QStringLiteral("DomainName")),
             QStringList{QStringLiteral("existing")});
}

void TestGuiDomains::keyboardShortcuts()
{
    const auto action = [this](const char *name) {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    };
    QVERIFY(action("newDomainAction")->shortcuts().contains(QKeySequence(QKeySequence::New)));
    QCOMPARE(QKeySequence(QKeySequence::New), QKeySequence(QStringLiteral("Ctrl+N")));
    QVERIFY(action("deleteDomainAction")->shortcuts().contains(QKeySequence(QKeySequence::Delete)));
    QVERIFY(action("refreshAction")->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(action("findAction")->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+F"))));

    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QLineEdit *filter = m_window->domains()->filter();
    QVERIFY(!filter->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("xist"));
    QCOMPARE(m_window->domains()->view()->model()->rowCount(), 1);

    // F5 lists again.
    const int before =
        testing::countOperation(m_window->requestLog(), QStringLiteral("ListDomains"));
    QTest::keyClick(m_window->domains()->view(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(
        testing::countOperation(m_window->requestLog(), QStringLiteral("ListDomains")), before + 1,
        60000);
}

// On first launch in a 1366-pixel-wide window, the domain list shows its three columns
// whole (the name and two times), with no horizontal scroll bar (it cut the last one).
void TestGuiDomains::domainListShowsItsColumns()
{
    m_window.reset(); // a fresh window, as on first launch
    QSettings().clear();
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("CreateDomain"),
                     testing::createDomainInput(QStringLiteral("demo-retail")))));
    m_window = std::make_unique<views::MainWindow>();
    m_window->resize(1366, 740);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->addConnection(testing::localConnection(QStringLiteral("Local"), m_endpoint->url()));
    QVERIFY(waitForDomains({QStringLiteral("demo-retail"), QStringLiteral("existing")}));
    QTableView *view = m_window->domains()->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->horizontalHeader()->length() > 0, 60000);
    QVERIFY2(view->horizontalHeader()->length() <= view->viewport()->width(),
             qPrintable(QStringLiteral("columns %1 px, list %2 px")
                            .arg(view->horizontalHeader()->length())
                            .arg(view->viewport()->width())));
}

// A pane's buttons wrap onto further rows when it is narrow, instead of holding the
// splitter as wide as all of them side by side (the object types list took half the tab
// and the details' tables scrolled).
void TestGuiDomains::buttonRowsWrapWhenNarrow()
{
    QWidget pane;
    auto *flow = new views::FlowLayout(&pane);
    QList<QPushButton *> buttons;
    for (const char *text : {"Tags…", "New object type…", "Edit…", "Delete…", "Import objects…"})
        buttons.append(new QPushButton(QString::fromUtf8(text), &pane));
    auto *hidden = new QPushButton(QStringLiteral("Hidden"), &pane);
    hidden->hide();
    for (QPushButton *button : buttons) {
        flow->addWidget(button);
        if (flow->count() == 2)
            flow->addWidget(hidden);
    }
    int oneRow = 0;
    int widest = 0;
    for (QPushButton *button : buttons) {
        oneRow += button->sizeHint().width();
        widest = qMax(widest, button->sizeHint().width());
    }
    QVERIFY(pane.minimumSizeHint().width() < oneRow); // as narrow as the widest button
    QVERIFY(pane.minimumSizeHint().width() >= widest);

    pane.resize(oneRow * 2, 200);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    for (QPushButton *button : buttons)
        QCOMPARE(button->y(), buttons.first()->y()); // all on one row when there is room
    // The hidden button (between the second and the third) takes no room.
    const auto gapAfter = [&buttons](int i) {
        return buttons.at(i + 1)->x() - buttons.at(i)->geometry().right();
    };
    QCOMPARE(gapAfter(1), gapAfter(0));
    const int rowHeight = flow->heightForWidth(oneRow * 2);

    pane.resize(oneRow / 2, 200);
    QTRY_VERIFY(buttons.last()->y() > buttons.first()->y()); // wrapped
    QVERIFY(flow->heightForWidth(oneRow / 2) > rowHeight);
    for (QPushButton *button : buttons) {
        QVERIFY2(pane.rect().contains(button->geometry()), qPrintable(button->text()));
        for (QPushButton *other : buttons)
            QVERIFY(button == other || !button->geometry().intersects(other->geometry()));
    }
}

QTEST_MAIN(TestGuiDomains)
#include "tst_gui_domains.moc"
