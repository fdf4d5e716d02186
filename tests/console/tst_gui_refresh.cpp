// Rule 2 of the console: what is shown is what is selected. Refresh keeps the domain,
// the search and the chosen profile; a type saved in the designer is offered at once by
// the Profiles tab; a new domain hidden by the filter is shown and selected.

#include "domainoverview.h"
#include "domainspane.h"
#include "editdomaindialog.h"
#include "guifixture.h"
#include "objecttypespane.h"
#include "integrationspane.h"
#include "profilespane.h"
#include "prompts.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

using namespace cp;

namespace {

const QString kDomain = QStringLiteral("shop");

QJsonObject orderType(const QString &name)
{
    const auto field = [](const QString &source, const QString &target = {}) {
        QJsonObject f{{QStringLiteral("Source"), QString(QStringLiteral("_source.") + source)}};
        if (!target.isEmpty())
            f.insert(QStringLiteral("Target"), target);
        return f;
    };
    const auto key = [](const QString &identifier, const QString &fieldName) {
        return QJsonArray{QJsonObject{{QStringLiteral("StandardIdentifiers"), QJsonArray{identifier}},
                                      {QStringLiteral("FieldNames"), QJsonArray{fieldName}}}};
    };
    return {{QStringLiteral("ObjectTypeName"), name},
            {QStringLiteral("Description"), QStringLiteral("Orders")},
            {QStringLiteral("AllowProfileCreation"), true},
            {QStringLiteral("Fields"),
             QJsonObject{{QStringLiteral("id"), field(QStringLiteral("id"))},
                         {QStringLiteral("email"), field(QStringLiteral("email"),
                                                         QStringLiteral("_profile.EmailAddress"))},
                         {QStringLiteral("loyalty"), field(QStringLiteral("loyalty"))}}},
            {QStringLiteral("Keys"),
             QJsonObject{{QStringLiteral("orderId"), key(QStringLiteral("UNIQUE"), QStringLiteral("id"))},
                         {QStringLiteral("_email"), key(QStringLiteral("PROFILE"), QStringLiteral("email"))},
                         {name + QStringLiteral("Loyalty"),
                          key(QStringLiteral("PROFILE"), QStringLiteral("loyalty"))}}}};
}

} // namespace

class TestGuiRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refreshKeepsSelectionAndSearch();
    void savedTypeOfferedAtOnce();
    void newDomainHiddenByFilterIsSelected();
    void contactColumnsFallBack();
    void editDomainFromToolbarAndOverview();
    void deletingATypeNamesItsIntegrations();
    void failedListingDropsTheTypesWarning();

private:
    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
};

void TestGuiRefresh::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    for (const QString &domain : {QStringLiteral("archive"), kDomain}) {
        QVERIFY(testing::succeeded(
            m_client->ok(QStringLiteral("CreateDomain"), testing::createDomainInput(domain))));
    }
    QJsonObject type = orderType(QStringLiteral("WebOrder"));
    type.insert(QStringLiteral("DomainName"), kDomain);
    QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("PutProfileObjectType"), type)));
    for (const QString &email : {QStringLiteral("ana@example.com"), QStringLiteral("ben@example.com")}) {
        const QJsonObject order{{QStringLiteral("id"), email.left(3)}, {QStringLiteral("email"), email},
                                {QStringLiteral("loyalty"), QString(QStringLiteral("L-") + email.left(3))}};
        QVERIFY(testing::succeeded(m_client->ok(
            QStringLiteral("PutProfileObject"),
            {{QStringLiteral("DomainName"), kDomain},
             {QStringLiteral("ObjectTypeName"), QStringLiteral("WebOrder")},
             {QStringLiteral("Object"),
              QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact))}})));
    }
}

void TestGuiRefresh::init()
{
    QSettings().clear();
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(QStringLiteral("Local"), m_endpoint->url()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentDomain().isEmpty(), 60000);
    QVERIFY(m_window->domains()->selectRow(QStringLiteral("DomainName"), kDomain));
    QTRY_COMPARE(m_window->currentDomain(), kDomain);
}

void TestGuiRefresh::cleanup()
{
    m_window.reset();
}

void TestGuiRefresh::refreshKeepsSelectionAndSearch()
{
    views::ProfilesPane *profiles = m_window->profiles();
    auto *picker = profiles->findChild<QComboBox *>(QStringLiteral("searchKey"));
    auto *values = profiles->findChild<QLineEdit *>(QStringLiteral("searchValues"));
    QTRY_VERIFY_WITH_TIMEOUT(picker->findText(QStringLiteral("_email")) >= 0, 60000);
    picker->setCurrentIndex(picker->findText(QStringLiteral("_email")));
    values->setText(QStringLiteral("ana@example.com, ben@example.com"));
    QTest::mouseClick(profiles->findChild<QPushButton *>(QStringLiteral("searchButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(profiles->results()->model()->rowCount(), 2, 60000);
    profiles->results()->view()->selectRow(1);
    const QString chosen =
        profiles->results()->currentItem().value(QStringLiteral("ProfileId")).toString();
    QVERIFY(!chosen.isEmpty());
    auto *types = profiles->objectTypePicker();
    QTRY_VERIFY_WITH_TIMEOUT(types->findText(QStringLiteral("WebOrder")) >= 0, 60000);
    types->setCurrentText(QStringLiteral("WebOrder"));
    QTRY_COMPARE_WITH_TIMEOUT(profiles->objects()->model()->rowCount(), 1, 60000);
    auto *newType = m_window->findChild<QAction *>(QStringLiteral("newObjectTypeAction"));

    QSignalSpy domainChanges(m_window->domains(), &views::ListPane::currentItemChanged);
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->domains()->model()->isLoading() &&
                                 !profiles->results()->model()->isLoading() &&
                                 !profiles->objects()->model()->isLoading(),
                             60000);
    QCOMPARE(m_window->currentDomain(), kDomain);
    // The domain never went away meanwhile: nothing was cleared or greyed.
    for (const QList<QVariant> &change : std::as_const(domainChanges))
        QCOMPARE(change.first().toJsonObject().value(QStringLiteral("DomainName")).toString(), kDomain);
    QCOMPARE(values->text(), QStringLiteral("ana@example.com, ben@example.com"));
    QCOMPARE(profiles->results()->model()->rowCount(), 2);
    QTRY_COMPARE(profiles->results()->currentItem().value(QStringLiteral("ProfileId")).toString(),
                 chosen);
    QCOMPARE(types->currentText(), QStringLiteral("WebOrder"));
    QTRY_COMPARE_WITH_TIMEOUT(profiles->objects()->model()->rowCount(), 1, 60000);
    if (newType)
        QVERIFY(newType->isEnabled());

    // The domain gone elsewhere: Refresh moves to one that exists.
    QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("CreateDomain"),
                                            testing::createDomainInput(QStringLiteral("brief")))));
    QVERIFY(m_window->domains()->selectRow(QStringLiteral("DomainName"), QStringLiteral("archive")));
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(testing::listed(m_window->domains(), QStringLiteral("DomainName"))
                                 .contains(QStringLiteral("brief")),
                             60000);
    QCOMPARE(m_window->currentDomain(), QStringLiteral("archive"));
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("DeleteDomain"), {{QStringLiteral("DomainName"), QStringLiteral("brief")}})));
    QVERIFY(m_window->domains()->selectRow(QStringLiteral("DomainName"), QStringLiteral("brief")));
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->domains()->model()->isLoading() &&
                                 m_window->domains()->model()->rowCount() == 2,
                             60000);
    QVERIFY(!testing::listed(m_window->domains(), QStringLiteral("DomainName"))
                 .contains(QStringLiteral("brief")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentDomain().isEmpty(), 60000);
    QVERIFY(m_window->currentDomain() != QStringLiteral("brief"));
    QCOMPARE(m_window->domains()->currentDomain(), m_window->currentDomain());
}

void TestGuiRefresh::savedTypeOfferedAtOnce()
{
    views::ProfilesPane *profiles = m_window->profiles();
    auto *types = profiles->objectTypePicker();
    QTRY_VERIFY_WITH_TIMEOUT(types->findText(QStringLiteral("WebOrder")) >= 0, 60000);
    types->setCurrentText(QStringLiteral("WebOrder"));
    QVERIFY(types->findText(QStringLiteral("StoreOrder")) < 0);

    bool saved = false;
    m_window->objectTypes()->putObjectType(orderType(QStringLiteral("StoreOrder")), nullptr,
                                           [&saved] { saved = true; });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(types->findText(QStringLiteral("StoreOrder")) >= 0, 60000);
    QCOMPARE(types->currentText(), QStringLiteral("WebOrder")); // the choice stays
    QTRY_VERIFY_WITH_TIMEOUT(profiles->keyPicker()->findText(QStringLiteral("StoreOrderLoyalty")) >= 0,
                             60000);
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("DeleteProfileObjectType"),
        {{QStringLiteral("DomainName"), kDomain},
         {QStringLiteral("ObjectTypeName"), QStringLiteral("StoreOrder")}})));
}

void TestGuiRefresh::newDomainHiddenByFilterIsSelected()
{
    QLineEdit *filter = m_window->domains()->filter();
    filter->setText(QStringLiteral("shop"));
    QTRY_COMPARE(m_window->domains()->view()->model()->rowCount(), 1);
    m_window->domains()->createDomain(testing::createDomainInput(QStringLiteral("zeta")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), QStringLiteral("zeta"), 60000);
    QVERIFY(filter->text().isEmpty()); // cleared so that the selection shows
    QCOMPARE(m_window->domains()->currentDomain(), QStringLiteral("zeta"));
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("DeleteDomain"), {{QStringLiteral("DomainName"), QStringLiteral("zeta")}})));
}

// The Email and Phone columns show the first address and number a profile has.
void TestGuiRefresh::contactColumnsFallBack()
{
    const QJsonObject created = m_client->ok(
        QStringLiteral("CreateProfile"),
        {{QStringLiteral("DomainName"), kDomain},
         {QStringLiteral("FirstName"), QStringLiteral("Mo")},
         {QStringLiteral("MobilePhoneNumber"), QStringLiteral("+15550111")},
         {QStringLiteral("HomePhoneNumber"), QStringLiteral("+15550122")},
         {QStringLiteral("BusinessEmailAddress"), QStringLiteral("mo@work.example")}});
    const QString id = created.value(QStringLiteral("ProfileId")).toString();
    QVERIFY(!id.isEmpty());
    views::ProfilesPane *profiles = m_window->profiles();
    profiles->search(QStringLiteral("_profileId"), {id});
    QTRY_COMPARE_WITH_TIMEOUT(profiles->results()->model()->rowCount(), 1, 60000);
    models::PagedListModel *model = profiles->results()->model();
    QStringList shown;
    for (int column = 0; column < model->columnCount(); ++column)
        shown.append(model->index(0, column).data().toString());
    QVERIFY2(shown.contains(QStringLiteral("+15550111")), qPrintable(shown.join(u'|')));
    QVERIFY2(!shown.contains(QStringLiteral("+15550122")), qPrintable(shown.join(u'|')));
    QVERIFY2(shown.contains(QStringLiteral("mo@work.example")), qPrintable(shown.join(u'|')));
}

void TestGuiRefresh::editDomainFromToolbarAndOverview()
{
    QAction *edit = m_window->domains()->editDomainAction();
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    QVERIFY(toolbar->actions().contains(edit));
    auto *button = m_window->overview()->findChild<QToolButton *>(
        QStringLiteral("editDomainActionButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    views::EditDomainDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<views::EditDomainDialog *>()));
    dialog->reject();
}

// An integration that ingests into a type: the question before deleting the type names
// it, and afterwards the Integrations tab says that it names a type that is gone.
void TestGuiRefresh::deletingATypeNamesItsIntegrations()
{
    QJsonObject type = orderType(QStringLiteral("Doomed"));
    type.insert(QStringLiteral("DomainName"), kDomain);
    QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("PutProfileObjectType"), type)));
    const QString uri = QStringLiteral("arn:aws:appflow:us-east-1:123456789012:flow/doomed-flow");
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("PutIntegration"), {{QStringLiteral("DomainName"), kDomain},
                                           {QStringLiteral("Uri"), uri},
                                           {QStringLiteral("ObjectTypeName"), QStringLiteral("Doomed")}})));
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(testing::listed(m_window->integrations(), QStringLiteral("Uri")).contains(uri),
                             60000);
    views::ListPane *types = m_window->objectTypes()->list();
    QTRY_VERIFY_WITH_TIMEOUT(types->selectRow(QStringLiteral("ObjectTypeName"), QStringLiteral("Doomed")),
                             60000);
    QVERIFY(m_window->integrations()->missingTypesText().isEmpty());

    views::prompts::setNextAnswer(true);
    QVERIFY(m_window->objectTypes()->deleteCurrentObjectType());
    QVERIFY2(views::prompts::lastQuestion().contains(uri), qPrintable(views::prompts::lastQuestion()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->integrations()->missingTypesText().contains(
                                 QStringLiteral("Doomed")),
                             60000);
    QVERIFY(m_window->integrations()->missingTypesText().contains(uri));
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("DeleteIntegration"), {{QStringLiteral("DomainName"), kDomain}, {QStringLiteral("Uri"), uri}})));
}

// The warning names integrations of the listing; a listing that fails shows none of them,
// so the warning goes with them (it stayed, about rows no longer on show).
void TestGuiRefresh::failedListingDropsTheTypesWarning()
{
    const QString domain = QStringLiteral("ephemeral");
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("CreateDomain"), testing::createDomainInput(domain))));
    QJsonObject type = orderType(QStringLiteral("Brief"));
    type.insert(QStringLiteral("DomainName"), domain);
    QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("PutProfileObjectType"), type)));
    const QString uri = QStringLiteral("arn:aws:appflow:us-east-1:123456789012:flow/brief-flow");
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("PutIntegration"), {{QStringLiteral("DomainName"), domain},
                                           {QStringLiteral("Uri"), uri},
                                           {QStringLiteral("ObjectTypeName"), QStringLiteral("Brief")}})));
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("DeleteProfileObjectType"),
        {{QStringLiteral("DomainName"), domain}, {QStringLiteral("ObjectTypeName"), QStringLiteral("Brief")}})));
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->domains()->selectRow(QStringLiteral("DomainName"), domain),
                             60000);
    QTRY_COMPARE(m_window->currentDomain(), domain);
    views::IntegrationsPane *integrations = m_window->integrations();
    QTRY_VERIFY_WITH_TIMEOUT(integrations->missingTypesText().contains(uri), 60000);

    // Gone from the service: the integrations' next listing fails.
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("DeleteDomain"), {{QStringLiteral("DomainName"), domain}})));
    QSignalSpy failed(integrations, &views::ListPane::failed);
    integrations->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
    QCOMPARE(integrations->model()->rowCount(), 0);
    QCOMPARE(integrations->missingTypesText(), QString());
}

QTEST_MAIN(TestGuiRefresh)
#include "tst_gui_refresh.moc"
