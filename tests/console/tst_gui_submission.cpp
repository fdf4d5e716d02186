// Rule 1 of the console: what the user typed is never lost. Editor dialogs stay open
// until the service has answered; a refusal is shown inside them with every input kept,
// Cancel while waiting cancels the call and keeps the dialog, a success closes it.

#include "createdomaindialog.h"
#include "dialogsubmission.h"
#include "domainspane.h"
#include "guifixture.h"
#include "jsonobjectdialog.h"
#include "keydialog.h"
#include "messagebar.h"
#include "profilespane.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTableView>
#include <QTcpSocket>

#include <memory>

using namespace cp;

namespace {

const QString kDomain = QStringLiteral("shop");

QJsonArray keyOn(const QString &identifier, const QString &fieldName)
{
    return {QJsonObject{{QStringLiteral("StandardIdentifiers"), QJsonArray{identifier}},
                        {QStringLiteral("FieldNames"), QJsonArray{fieldName}}}};
}

QJsonObject sourceField(const QString &name, const QString &target = {})
{
    QJsonObject field{{QStringLiteral("Source"), QString(QStringLiteral("_source.") + name)}};
    if (!target.isEmpty())
        field.insert(QStringLiteral("Target"), target);
    return field;
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QPushButton *cancelButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
}

} // namespace

class TestGuiSubmission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refusedPutKeepsTheObject();
    void refusedDomainKeepsTheDialog();
    void cancelWhileSendingKeepsTheDialog();
    void keyDialogChoosesTheKey();
    void linkStaysInItsDomain();
    void linkGoesWithTheConnection();

private:
    views::JsonObjectDialog *openPutObjectDialog();

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
};

void TestGuiSubmission::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("CreateDomain"), testing::createDomainInput(kDomain))));
    // Tickets attach to an existing profile only: one naming no known e-mail is refused.
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("PutProfileObjectType"),
        {{QStringLiteral("DomainName"), kDomain},
         {QStringLiteral("ObjectTypeName"), QStringLiteral("Ticket")},
         {QStringLiteral("Description"), QStringLiteral("Help desk tickets")},
         {QStringLiteral("AllowProfileCreation"), false},
         {QStringLiteral("Fields"),
          QJsonObject{{QStringLiteral("id"), sourceField(QStringLiteral("id"))},
                      {QStringLiteral("email"), sourceField(QStringLiteral("email"),
                                                            QStringLiteral("_profile.EmailAddress"))}}},
         {QStringLiteral("Keys"),
          QJsonObject{{QStringLiteral("ticketId"), keyOn(QStringLiteral("UNIQUE"), QStringLiteral("id"))},
                      {QStringLiteral("_email"), keyOn(QStringLiteral("PROFILE"), QStringLiteral("email"))}}}})));
}

void TestGuiSubmission::init()
{
    QSettings().clear();
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(QStringLiteral("Local"), m_endpoint->url()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kDomain, 60000);
}

void TestGuiSubmission::cleanup()
{
    m_window.reset();
}

// Put object… in the Profiles tab, once Ticket is among the types; null if it did not open.
views::JsonObjectDialog *TestGuiSubmission::openPutObjectDialog()
{
    auto *put = m_window->profiles()->findChild<QPushButton *>(QStringLiteral("putObjectButton"));
    [&] { QTRY_VERIFY_WITH_TIMEOUT(put->isEnabled(), 60000); }();
    auto *picker = m_window->profiles()->findChild<QComboBox *>(QStringLiteral("objectTypePicker"));
    [&] { QTRY_VERIFY_WITH_TIMEOUT(picker->findText(QStringLiteral("Ticket")) >= 0, 60000); }();
    QTest::mouseClick(put, Qt::LeftButton);
    views::JsonObjectDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<views::JsonObjectDialog *>())); }();
    return dialog;
}

void TestGuiSubmission::refusedPutKeepsTheObject()
{
    QPointer<views::JsonObjectDialog> dialog = openPutObjectDialog();
    QVERIFY(dialog);
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("putObjectType"));
    QVERIFY(type->findText(QStringLiteral("Ticket")) >= 0);
    type->setCurrentIndex(type->findText(QStringLiteral("Ticket")));
    const QString object =
        QStringLiteral("{\"id\": \"t-1\", \"email\": \"nobody@example.com\"}");
    dialog->editor()->setPlainText(object);
    QVERIFY(okButton(dialog)->isEnabled());

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    auto *bar = dialog->findChild<views::MessageBar *>(QStringLiteral("dialogMessageBar"));
    QVERIFY(bar);
    QVERIFY(bar->isVisible()); // "Sending…" at once
    // The refusal arrives and is shown in the dialog, which stays open with its input.
    QTRY_VERIFY_WITH_TIMEOUT(!bar->detailsText().isEmpty(), 60000);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->editor()->toPlainText(), object);
    QCOMPARE(type->currentText(), QStringLiteral("Ticket"));
    QVERIFY2(bar->detailsText().contains(QStringLiteral("BadRequestException")) ||
                 bar->detailsText().contains(QStringLiteral("ResourceNotFoundException")),
             qPrintable(bar->detailsText()));
    // Not in the main window's bar as well: it belongs to the dialog.
    QVERIFY(m_window->messageBar()->text() != bar->text());

    // Fixed and sent again: the dialog closes on success.
    const QJsonObject somebody = m_client->ok(
        QStringLiteral("CreateProfile"),
        {{QStringLiteral("DomainName"), kDomain},
         {QStringLiteral("EmailAddress"), QStringLiteral("somebody@example.com")}});
    const QString profileId = somebody.value(QStringLiteral("ProfileId")).toString();
    QVERIFY(!profileId.isEmpty());
    dialog->editor()->setPlainText(
        QStringLiteral("{\"id\": \"t-1\", \"email\": \"somebody@example.com\"}"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 60000);
    // Which profile it went to, with a link that shows it.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains(profileId), 60000);
    QVERIFY(m_window->messageBar()->activateLink());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->profiles()->results()->currentItem().value(QStringLiteral("ProfileId")).toString(),
        profileId, 60000);
}

void TestGuiSubmission::refusedDomainKeepsTheDialog()
{
    // A name that is valid as typed but taken: the service refuses it.
    views::CreateDomainDialog *dialog = m_window->domains()->newDomain();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("domainName"));
    QTest::keyClicks(name, kDomain);
    QVERIFY(okButton(dialog)->isEnabled());
    QPointer<views::CreateDomainDialog> guard(dialog);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    auto *bar = dialog->findChild<views::MessageBar *>(QStringLiteral("dialogMessageBar"));
    QTRY_VERIFY_WITH_TIMEOUT(!bar->detailsText().isEmpty(), 60000);
    QVERIFY(guard && dialog->isVisible());
    QCOMPARE(name->text(), kDomain);

    // Another name goes through and closes the dialog.
    name->setText(QStringLiteral("shop_two"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 60000);
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("DeleteDomain"), {{QStringLiteral("DomainName"), QStringLiteral("shop_two")}})));
}

void TestGuiSubmission::cancelWhileSendingKeepsTheDialog()
{
    testing::SilentEndpoint silent;
    QVERIFY(silent.start());
    m_window->addConnection(testing::localConnection(QStringLiteral("Silent"), silent.url()));
    QVERIFY(m_window->selectConnection(QStringLiteral("Silent")));

    QPointer<views::CreateDomainDialog> dialog = m_window->domains()->newDomain();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("domainName"));
    QTest::keyClicks(name, QStringLiteral("waiting"));
    auto *submission = dialog->findChild<views::DialogSubmission *>();
    QVERIFY(submission);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(submission->isSending());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton); // a second press sends nothing more

    // Escape and the window's close button while waiting: the call is cancelled, the
    // dialog stays with what was typed, and says what that means.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!submission->isSending());
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("waiting"));
    QVERIFY2(submission->messageBar()->text().contains(QStringLiteral("Cancelled")),
             qPrintable(submission->messageBar()->text()));

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(submission->isSending());
    QVERIFY(!dialog->close());
    QVERIFY(!submission->isSending());
    QVERIFY(dialog && dialog->isVisible());

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(submission->isSending());
    QTest::mouseClick(cancelButton(dialog), Qt::LeftButton);
    QVERIFY(!submission->isSending());
    QVERIFY(dialog && dialog->isVisible());

    // Nothing pending: Cancel closes.
    QTest::mouseClick(cancelButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    // Three calls, each logged as cancelled; none answered.
    const auto *log = m_window->requestLog();
    QCOMPARE(testing::countOperation(log, QStringLiteral("CreateDomain"), true), 3);
    QCOMPARE(testing::countOperation(log, QStringLiteral("CreateDomain")), 0);
}

// Add key… and Delete key… choose the key in the dialog; for removal the profile's own
// keys come first with their values filled in.
void TestGuiSubmission::keyDialogChoosesTheKey()
{
    const QJsonObject created = m_client->ok(
        QStringLiteral("CreateProfile"),
        {{QStringLiteral("DomainName"), kDomain},
         {QStringLiteral("FirstName"), QStringLiteral("Kim")},
         {QStringLiteral("EmailAddress"), QStringLiteral("kim@example.com")}});
    QVERIFY(testing::succeeded(created));
    views::ProfilesPane *profiles = m_window->profiles();
    profiles->search(QStringLiteral("_email"), {QStringLiteral("kim@example.com")});
    QTRY_COMPARE_WITH_TIMEOUT(profiles->results()->model()->rowCount(), 1, 60000);
    profiles->results()->view()->selectRow(0);

    QPointer<views::KeyDialog> add = profiles->openKeyDialog(views::KeyDialog::Mode::Add);
    QVERIFY(add);
    auto *key = add->findChild<QComboBox *>(QStringLiteral("keyName"));
    auto *values = add->findChild<QLineEdit *>(QStringLiteral("keyValues"));
    QVERIFY(!okButton(add)->isEnabled()); // no value yet
    key->setCurrentText(QStringLiteral("_account"));
    QTest::keyClicks(values, QStringLiteral("LC-1, LC-2"));
    QCOMPARE(add->values(), (QStringList{QStringLiteral("LC-1"), QStringLiteral("LC-2")}));
    QTest::mouseClick(okButton(add), Qt::LeftButton);
    QPointer<views::MessageBar> bar =
        add->findChild<views::MessageBar *>(QStringLiteral("dialogMessageBar"));
    QTRY_VERIFY2_WITH_TIMEOUT(!add || !add->isVisible(),
                              qPrintable(bar ? bar->detailsText() : QString()), 60000);
    const auto holders = [this](const QString &keyName, const QString &value) {
        return m_client->ok(QStringLiteral("SearchProfiles"),
                            {{QStringLiteral("DomainName"), kDomain},
                             {QStringLiteral("KeyName"), keyName},
                             {QStringLiteral("Values"), QJsonArray{value}}})
            .value(QStringLiteral("Items"))
            .toArray()
            .size();
    };
    QCOMPARE(holders(QStringLiteral("_account"), QStringLiteral("LC-2")), 1);

    // Removal: the profile's e-mail key first, its value filled in; another key typed.
    QPointer<views::KeyDialog> remove = profiles->openKeyDialog(views::KeyDialog::Mode::Delete);
    QVERIFY(remove);
    QVERIFY(remove->heldKeys().contains(QStringLiteral("_email")));
    key = remove->findChild<QComboBox *>(QStringLiteral("keyName"));
    values = remove->findChild<QLineEdit *>(QStringLiteral("keyValues"));
    key->setCurrentText(QStringLiteral("_email"));
    QCOMPARE(values->text(), QStringLiteral("kim@example.com"));
    key->setCurrentText(QStringLiteral("_account"));
    values->setText(QStringLiteral("LC-1"));
    QTest::mouseClick(okButton(remove), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!remove || !remove->isVisible(), 60000);
    QCOMPARE(holders(QStringLiteral("_account"), QStringLiteral("LC-1")), 0);
    QCOMPARE(holders(QStringLiteral("_account"), QStringLiteral("LC-2")), 1);
}

// "Show the profile" searches the domain the object went to: once another domain is chosen
// the link goes (it searched the new one) and the sentence stays.
void TestGuiSubmission::linkStaysInItsDomain()
{
    const QString email = QStringLiteral("linked@example.com");
    const QString profileId =
        m_client
            ->ok(QStringLiteral("CreateProfile"),
                 {{QStringLiteral("DomainName"), kDomain}, {QStringLiteral("EmailAddress"), email}})
            .value(QStringLiteral("ProfileId"))
            .toString();
    QVERIFY(!profileId.isEmpty());
    // After "shop" in the list, so that the next tests still start on "shop".
    const QString elsewhere = QStringLiteral("storefront");
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("CreateDomain"), testing::createDomainInput(elsewhere))));

    QPointer<views::JsonObjectDialog> dialog = openPutObjectDialog();
    QVERIFY(dialog);
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("putObjectType"));
    type->setCurrentIndex(type->findText(QStringLiteral("Ticket")));
    dialog->editor()->setPlainText(QStringLiteral("{\"id\": \"l-1\", \"email\": \"%1\"}").arg(email));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    views::MessageBar *bar = m_window->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(profileId), 60000);
    QVERIFY(bar->text().contains(QStringLiteral("</a>")));

    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->domains()->selectRow(QStringLiteral("DomainName"), elsewhere), 60000);
    QTRY_COMPARE(m_window->currentDomain(), elsewhere);
    QCOMPARE(bar->text(), QStringLiteral("The object was stored on profile %1.").arg(profileId));
    QVERIFY(!bar->activateLink());
    QCOMPARE(m_window->profiles()->results()->model()->rowCount(), 0); // nothing searched
}

// Another connection: its domain of the same name is another account's, so a link of the
// last connection's domain goes.
void TestGuiSubmission::linkGoesWithTheConnection()
{
    views::MessageBar *bar = m_window->messageBar();
    const auto followed = std::make_shared<bool>(false);
    bar->showInfo(QStringLiteral("Stored."), QStringLiteral("Show it"),
                  [followed] { *followed = true; }, kDomain);
    QVERIFY(bar->text().contains(QStringLiteral("</a>")));
    m_window->addConnection(testing::localConnection(QStringLiteral("Second"), m_endpoint->url()));
    QVERIFY(m_window->selectConnection(QStringLiteral("Second")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kDomain, 60000);
    QVERIFY(!bar->activateLink());
    QVERIFY(!*followed);
}

QTEST_MAIN(TestGuiSubmission)
#include "tst_gui_submission.moc"
