// Searching profiles by several keys in the Profiles tab: further key rows (up to the
// model's four), AND or OR, and a column saying which key found each profile.

#include "guifixture.h"
#include "moresearchkeys.h"
#include "profilespane.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>

using namespace cp;

namespace {

const QString kDomain = QStringLiteral("search");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestGuiSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyKeyWithAnd();
    void anyKeyWithOr();
    void atMostFourMoreKeys();

private:
    QStringList foundNames() const;
    void searchFor(const char *email, const char *phone, const char *op);

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
};

void TestGuiSearch::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(testing::succeeded(m_client->ok(s("CreateDomain"), testing::createDomainInput(kDomain))));
    // Ana and Cy share a phone number; Ben has his own.
    for (const auto &[name, email, phone] :
         {std::tuple{"Ana", "ana@example.com", "+1 555 000 1111"},
          std::tuple{"Ben", "ben@example.com", "+1 555 000 2222"},
          std::tuple{"Cy", "cy@example.com", "+1 555 000 1111"}}) {
        QVERIFY(testing::succeeded(m_client->ok(
            s("CreateProfile"), {{s("DomainName"), kDomain},
                                 {s("FirstName"), s(name)},
                                 {s("EmailAddress"), s(email)},
                                 {s("PhoneNumber"), s(phone)}})));
    }
}

void TestGuiSearch::init()
{
    QSettings().clear();
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(s("Local"), m_endpoint->url()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kDomain, 60000);
}

void TestGuiSearch::cleanup()
{
    m_window.reset();
}

QStringList TestGuiSearch::foundNames() const
{
    const models::PagedListModel *model = m_window->profiles()->results()->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->item(row).value(s("FirstName")).toString());
    names.sort();
    return names;
}

// Types the e-mail into the search's own row and the phone into a further one.
void TestGuiSearch::searchFor(const char *email, const char *phone, const char *op)
{
    views::ProfilesPane *profiles = m_window->profiles();
    profiles->keyPicker()->setCurrentText(s("_email"));
    auto *values = profiles->findChild<QLineEdit *>(s("searchValues"));
    values->setText(s(email));
    views::MoreSearchKeys *more = profiles->moreKeys();
    QVERIFY(more->operatorPicker()->isHidden()); // nothing to join yet
    QTest::mouseClick(more->addButton(), Qt::LeftButton);
    QCOMPARE(more->rowCount(), 1);
    QVERIFY(!more->operatorPicker()->isHidden());
    auto *key = more->findChild<QComboBox *>(s("moreSearchKey"));
    QVERIFY(key);
    // The further row offers the same keys as the search's own.
    QVERIFY(key->findText(s("_phone")) >= 0);
    key->setCurrentText(s("_phone"));
    more->operatorPicker()->setCurrentIndex(more->operatorPicker()->findData(s(op)));
    auto *phoneValues = more->findChild<QLineEdit *>(s("moreSearchValues"));
    QTest::keyClicks(phoneValues, s(phone));
    QTest::keyClick(phoneValues, Qt::Key_Return); // Enter in any row searches
}

void TestGuiSearch::everyKeyWithAnd()
{
    searchFor("ana@example.com", "+1 555 000 1111", "AND");
    QTRY_COMPARE_WITH_TIMEOUT(foundNames(), QStringList{s("Ana")}, 60000);
    const models::PagedListModel *model = m_window->profiles()->results()->model();
    QCOMPARE(model->input().value(s("LogicalOperator")).toString(), s("AND"));
    QCOMPARE(model->input().value(s("AdditionalSearchKeys")).toArray().size(), 1);
    // The Found by column names the keys and values that found her.
    const int foundBy = model->columnCount() - 1;
    QCOMPARE(model->headerData(foundBy, Qt::Horizontal).toString(), s("Found by"));
    const QString found = model->index(0, foundBy).data().toString();
    QVERIFY2(found.contains(s("_email")) && found.contains(s("_phone")), qPrintable(found));
}

void TestGuiSearch::anyKeyWithOr()
{
    searchFor("ben@example.com", "+1 555 000 1111", "OR");
    QTRY_COMPARE_WITH_TIMEOUT(foundNames(), (QStringList{s("Ana"), s("Ben"), s("Cy")}), 60000);
    const models::PagedListModel *model = m_window->profiles()->results()->model();
    const int foundBy = model->columnCount() - 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->item(row).value(s("FirstName")).toString();
        const QString found = model->index(row, foundBy).data().toString();
        // Ben by his e-mail, the other two by the phone number they share.
        QVERIFY2(found.contains(name == s("Ben") ? s("_email") : s("_phone")),
                 qPrintable(name + s(": ") + found));
    }
}

void TestGuiSearch::atMostFourMoreKeys()
{
    views::MoreSearchKeys *more = m_window->profiles()->moreKeys();
    for (int i = 0; i < views::MoreSearchKeys::kMaxRows; ++i)
        QVERIFY(more->addRow(s("_email"), s("x@example.com")));
    QVERIFY(!more->addButton()->isEnabled());
    QVERIFY(!more->addRow());
    QCOMPARE(more->additionalKeys().size(), views::MoreSearchKeys::kMaxRows);
    // A row without values is not sent.
    more->clear();
    more->addRow(s("_phone"));
    QCOMPARE(more->additionalKeys().size(), 0);
    QVERIFY(more->addButton()->isEnabled());
}

QTEST_MAIN(TestGuiSearch)
#include "tst_gui_search.moc"
