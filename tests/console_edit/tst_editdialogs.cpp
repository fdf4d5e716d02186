// The console's editors in the main window, against a real in-memory local endpoint:
// tags of a domain, an object type and an integration; add, delete and find
// integrations; edit domain. Dialogs open without blocking and are driven directly.

#include "accountintegrationsdialog.h"
#include "commandrunner.h"
#include "definitionbrowser.h"
#include "domainoverview.h"
#include "domainspane.h"
#include "objecttypespane.h"
#include "editdomaindialog.h"
#include "editfixture.h"
#include "integrationdialog.h"
#include "integrationspane.h"
#include "listpane.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "prompts.h"
#include "requestlogmodel.h"
#include "tagsdialog.h"
#include "tagsmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace cp::edittest;
using cp::models::TagsModel;
using cp::views::MainWindow;

namespace {

const QString kDomain = QStringLiteral("alpha");
const QString kOther = QStringLiteral("beta");
const QString kUri = QStringLiteral("arn:aws:s3:::shared-bucket");

QPushButton *okButton(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

bool shown(QWidget *parent, const QString &objectName)
{
    auto *label = parent->findChild<QLabel *>(objectName);
    return label && !label->isHidden() && !label->text().isEmpty();
}

QString labelText(QWidget *parent, const QString &objectName)
{
    auto *label = parent->findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

} // namespace

class EditDialogsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tagsDialogValidatesAsTyped();
    void tagsDialogReportsErrors();
    void domainTagsFromTheEditMenu();
    void objectTypeTagsFromTheBrowser();
    void integrationTagsFromTheIntegrationsTab();
    void addIntegration();
    void addIntegrationWithUnknownObjectType();
    void editIntegrationFromThePane();
    void deleteIntegrationAsksFirst();
    void integrationsAcrossDomains();
    void editDomainSendsOnlyChanges();
    void editDomainClearsDeadLetterQueue();
    void editDomainInvalidValueDisablesOk();

private:
    QJsonObject lastInput(const QString &operation) const;
    int logCount(const QString &operation) const;
    bool selectIntegration(const QString &uri);

    std::unique_ptr<cp::emulator::LocalEndpoint> m_endpoint;
    Client *m_client = nullptr;
    MainWindow *m_window = nullptr;
};

void EditDialogsTest::initTestCase()
{
    isolateSettings();
    m_endpoint = startEndpoint();
    QVERIFY(m_endpoint);
    m_client = new Client(m_endpoint->url());
    for (const QString &domain : {kDomain, kOther}) {
        QVERIFY(m_client->createDomain(domain));
        QVERIFY(m_client->createObjectType(domain, QStringLiteral("Contact")));
        QVERIFY(m_client->createIntegration(domain, kUri, QStringLiteral("Contact")));
    }
    m_window = new MainWindow;
    m_window->addConnection({QStringLiteral("local"),
                             {m_endpoint->url(), QStringLiteral("us-east-1")},
                             credentials(),
                             true});
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->domains()->model()->rowCount() == 2, 30000);
    QVERIFY(m_window->domains()->selectRow(QStringLiteral("DomainName"), kDomain));
    QTRY_COMPARE(m_window->currentDomain(), kDomain);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->integrations()->model()->rowCount() == 1, 30000);
}

void EditDialogsTest::cleanupTestCase()
{
    delete m_window;
    delete m_client;
    m_endpoint.reset();
}

QJsonObject EditDialogsTest::lastInput(const QString &operation) const
{
    const auto *log = m_window->requestLog();
    for (int row = log->rowCount() - 1; row >= 0; --row) {
        if (log->entry(row).operation == operation)
            return log->entry(row).input;
    }
    return {};
}

int EditDialogsTest::logCount(const QString &operation) const
{
    int count = 0;
    for (int row = 0; row < m_window->requestLog()->rowCount(); ++row)
        count += m_window->requestLog()->entry(row).operation == operation ? 1 : 0;
    return count;
}

bool EditDialogsTest::selectIntegration(const QString &uri)
{
    if (!QTest::qWaitFor([&] { return !m_window->integrations()->model()->isLoading(); }, 30000))
        return false;
    return m_window->integrations()->selectRow(QStringLiteral("Uri"), uri);
}

void EditDialogsTest::tagsDialogValidatesAsTyped()
{
    const QString arn = domainArn(kOther);
    cp::views::TagsDialog dialog(m_client->client, arn, QStringLiteral("domain beta"));
    QSignalSpy loaded(dialog.model(), &TagsModel::loaded);
    QVERIFY(loaded.wait(30000));
    QVERIFY(!dialog.canApply()); // nothing changed yet
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyTagsButton"));
    QVERIFY(apply);

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addTagButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QVERIFY(!apply->isEnabled());
    QCOMPARE(dialog.problemText(), QStringLiteral("Row 1: The key must not be empty."));
    TagsModel *model = dialog.model();
    QVERIFY(model->setData(model->index(0, TagsModel::Key), QStringLiteral("aws:owner")));
    QVERIFY(!apply->isEnabled());
    QVERIFY(shown(&dialog, QStringLiteral("tagProblem")));
    QCOMPARE(dialog.problemText(),
             QStringLiteral("Row 1: Keys beginning with \"aws:\" are reserved for AWS."));
    QCOMPARE(model->index(0, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Keys beginning with \"aws:\" are reserved for AWS."));
    QVERIFY(model->setData(model->index(0, TagsModel::Key), QStringLiteral("owner")));
    QVERIFY(model->setData(model->index(0, TagsModel::Value), QStringLiteral("ops")));
    QVERIFY(apply->isEnabled());
    QVERIFY(!shown(&dialog, QStringLiteral("tagProblem")));

    QSignalSpy applied(&dialog, &cp::views::TagsDialog::applied);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(applied.wait(30000));
    QCOMPARE(m_client->tags(arn), (QJsonObject{{QStringLiteral("owner"), QStringLiteral("ops")}}));
    QVERIFY(!apply->isEnabled());

    // Removing the current row and applying untags it.
    dialog.view()->setCurrentIndex(model->index(0, 0));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeTagButton")),
                      Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(dialog.apply());
    QVERIFY(applied.wait(30000));
    QCOMPARE(m_client->tags(arn), QJsonObject());
}

void EditDialogsTest::tagsDialogReportsErrors()
{
    cp::views::TagsDialog dialog(m_client->client, domainArn(QStringLiteral("gone")),
                                 QStringLiteral("domain gone"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.messageBar()->isVisibleTo(&dialog), 30000);
    QVERIFY(
        dialog.messageBar()->detailsText().contains(QStringLiteral("ResourceNotFoundException")));
    dialog.model()->addTag(QStringLiteral("k"), QStringLiteral("v"));
    QVERIFY(dialog.canApply());
    QSignalSpy failed(dialog.model(), &TagsModel::failed);
    QVERIFY(dialog.apply());
    QVERIFY(failed.wait(30000));
    QVERIFY(dialog.messageBar()->isVisibleTo(&dialog));
    QVERIFY(!dialog.messageBar()->text().isEmpty());
    QVERIFY(dialog.canApply()); // the edit is kept for another try
}

void EditDialogsTest::domainTagsFromTheEditMenu()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("editTagsAction"));
    QVERIFY(action);
    action->trigger();
    QPointer<cp::views::TagsDialog> dialog = m_window->findChild<cp::views::TagsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->arn(), domainArn(kDomain));
    QSignalSpy loaded(dialog->model(), &TagsModel::loaded);
    QVERIFY(loaded.wait(30000));
    dialog->model()->addTag(QStringLiteral("env"), QStringLiteral("test"));
    QSignalSpy applied(dialog, &cp::views::TagsDialog::applied);
    QVERIFY(dialog->apply());
    QVERIFY(applied.wait(30000));
    // The overview shows the tags it fetches again.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overview()
                                 ->valueText(QStringLiteral("overviewTags"))
                                 .contains(QStringLiteral("env = test")),
                             30000);
    dialog->close();
    QTRY_VERIFY(dialog.isNull()); // deleted on close
}

void EditDialogsTest::objectTypeTagsFromTheBrowser()
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("objectTypeTagsButton"));
    QVERIFY(button);
    cp::views::ListPane *types = m_window->objectTypes()->list();
    QTRY_VERIFY_WITH_TIMEOUT(types->model()->rowCount() == 1, 30000);
    QVERIFY(types->selectRow(QStringLiteral("ObjectTypeName"), QStringLiteral("Contact")));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<cp::views::TagsDialog> dialog = m_window->findChild<cp::views::TagsDialog *>();
    QVERIFY(dialog);
    const QString arn = domainArn(kDomain) + QStringLiteral("/object-types/Contact");
    QCOMPARE(dialog->model()->arn(), arn);
    QSignalSpy loaded(dialog->model(), &TagsModel::loaded);
    QVERIFY(loaded.wait(30000));
    dialog->model()->addTag(QStringLiteral("source"), QStringLiteral("salesforce"));
    QSignalSpy applied(dialog, &cp::views::TagsDialog::applied);
    QVERIFY(dialog->apply());
    QVERIFY(applied.wait(30000));
    QCOMPARE(m_client->tags(arn),
             (QJsonObject{{QStringLiteral("source"), QStringLiteral("salesforce")}}));
    QVERIFY(dialog->model()->removeRows(0, 1));
    QVERIFY(dialog->apply());
    QVERIFY(applied.wait(30000));
    QCOMPARE(m_client->tags(arn), QJsonObject());
    delete dialog;
}

void EditDialogsTest::integrationTagsFromTheIntegrationsTab()
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("integrationTagsButton"));
    QVERIFY(button);
    QVERIFY(selectIntegration(kUri));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<cp::views::TagsDialog> dialog = m_window->findChild<cp::views::TagsDialog *>();
    QVERIFY(dialog);
    const QString arn = domainArn(kDomain) + QStringLiteral("/integrations/") + kUri;
    QCOMPARE(dialog->model()->arn(), arn);
    QSignalSpy loaded(dialog->model(), &TagsModel::loaded);
    QVERIFY(loaded.wait(30000));
    dialog->model()->addTag(QStringLiteral("feed"), QStringLiteral("nightly"));
    QSignalSpy applied(dialog, &cp::views::TagsDialog::applied);
    QVERIFY(dialog->apply());
    QVERIFY(applied.wait(30000));
    QCOMPARE(m_client->tags(arn),
             (QJsonObject{{QStringLiteral("feed"), QStringLiteral("nightly")}}));
    QVERIFY(dialog->model()->removeRows(0, 1));
    QVERIFY(dialog->apply());
    QVERIFY(applied.wait(30000));
    QCOMPARE(m_client->tags(arn), QJsonObject());
    delete dialog;
}

void EditDialogsTest::addIntegration()
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("addIntegrationButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<cp::views::IntegrationDialog> dialog =
        m_window->findChild<cp::views::IntegrationDialog *>();
    QVERIFY(dialog);
    QSignalSpy types(dialog, &cp::views::IntegrationDialog::objectTypesLoaded);
    QVERIFY(types.wait(30000));
    QCOMPARE(dialog->objectTypes(), QStringList{QStringLiteral("Contact")});
    QCOMPARE(dialog->objectTypeBox()->currentText(), QStringLiteral("Contact"));
    QVERIFY(!okButton(dialog)->isEnabled()); // no URI yet
    QVERIFY(!shown(dialog, QStringLiteral("uriError")));

    // Validated as typed: too long a URI, then a bad object type name.
    dialog->uriEdit()->setText(QString(256, QLatin1Char('u')));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(shown(dialog, QStringLiteral("uriError")));
    QVERIFY(labelText(dialog, QStringLiteral("uriError"))
                .contains(QStringLiteral("at most 255 characters")));
    const QString uri = QStringLiteral("arn:aws:appflow:us-east-1:123456789012:flow/contacts");
    dialog->uriEdit()->setText(uri);
    QVERIFY(!shown(dialog, QStringLiteral("uriError")));
    dialog->objectTypeBox()->setEditText(QStringLiteral("9 bad"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(shown(dialog, QStringLiteral("objectTypeError")));
    dialog->objectTypeBox()->setEditText(QStringLiteral("Contact"));
    QVERIFY(okButton(dialog)->isEnabled());

    QSignalSpy finished(m_window->commands(), &cp::views::CommandRunner::finished);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("PutIntegration"));
    QVERIFY(finished.first().at(1).toBool());
    QCOMPARE(lastInput(QStringLiteral("PutIntegration")),
             (QJsonObject{{QStringLiteral("DomainName"), kDomain},
                          {QStringLiteral("Uri"), uri},
                          {QStringLiteral("ObjectTypeName"), QStringLiteral("Contact")}}));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->integrations()->model()->rowCount() == 2, 30000);
    QTRY_VERIFY(dialog.isNull());
}

void EditDialogsTest::editIntegrationFromThePane()
{
    // An integration with members the editor has fields for and one it has none for.
    const QString uri = QStringLiteral("arn:aws:events:us-east-1:123456789012:rule/edit-me");
    QVERIFY(m_client
                ->call(QStringLiteral("PutIntegration"),
                       {{QStringLiteral("DomainName"), kDomain},
                        {QStringLiteral("Uri"), uri},
                        {QStringLiteral("ObjectTypeName"), QStringLiteral("Contact")},
                        {QStringLiteral("RoleArn"),
                         QStringLiteral("arn:aws:iam::123456789012:role/ingest")},
                        {QStringLiteral("Scope"), QStringLiteral("PROFILE")}})
                .ok());
    m_window->integrations()->refresh();
    QVERIFY(selectIntegration(uri));
    auto *edit = m_window->findChild<QPushButton *>(QStringLiteral("editIntegrationButton"));
    QVERIFY(edit && edit->isEnabled());
    QPointer<cp::views::IntegrationDialog> dialog;
    m_window->integrations()->editCurrentIntegration(
        [&dialog](cp::views::IntegrationDialog *opened) { dialog = opened; });
    QTRY_VERIFY_WITH_TIMEOUT(dialog, 30000);
    QVERIFY(dialog->isEditing());
    QCOMPARE(dialog->uriEdit()->text(), uri);
    dialog->findChild<QLineEdit *>(QStringLiteral("integrationEventTrigger"))
        ->setText(QStringLiteral("vip"));
    QVERIFY(okButton(dialog)->isEnabled());
    QSignalSpy finished(m_window->commands(), &cp::views::CommandRunner::finished);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().at(1).toBool());
    const QJsonObject sent = lastInput(QStringLiteral("PutIntegration"));
    QCOMPARE(sent.value(QStringLiteral("RoleArn")).toString(),
             QStringLiteral("arn:aws:iam::123456789012:role/ingest"));
    QCOMPARE(sent.value(QStringLiteral("Scope")).toString(), QStringLiteral("PROFILE"));
    QCOMPARE(sent.value(QStringLiteral("EventTriggerNames")).toArray(),
             QJsonArray{QStringLiteral("vip")});
    m_client->call(QStringLiteral("DeleteIntegration"),
                   {{QStringLiteral("DomainName"), kDomain}, {QStringLiteral("Uri"), uri}});
    m_window->integrations()->refresh();
}

void EditDialogsTest::addIntegrationWithUnknownObjectType()
{
    m_window->messageBar()->hide();
    QSignalSpy finished(m_window->commands(), &cp::views::CommandRunner::finished);
    m_window->integrations()->putIntegration(
        {{QStringLiteral("DomainName"), kDomain},
         {QStringLiteral("Uri"), QStringLiteral("arn:aws:s3:::other")},
         {QStringLiteral("ObjectTypeName"), QStringLiteral("Unknown")}});
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(m_window->messageBar()->isVisibleTo(m_window));
    QVERIFY(m_window->messageBar()->detailsText().contains(QStringLiteral("BadRequestException")));
    QVERIFY(m_window->messageBar()->detailsText().contains(QStringLiteral("Unknown")));
}

void EditDialogsTest::deleteIntegrationAsksFirst()
{
    const QString uri = QStringLiteral("arn:aws:appflow:us-east-1:123456789012:flow/contacts");
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("deleteIntegrationButton"));
    QVERIFY(button);
    QVERIFY(selectIntegration(uri));
    QVERIFY(button->isEnabled());
    const int before = logCount(QStringLiteral("DeleteIntegration"));
    cp::views::prompts::setNextAnswer(false);
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::qWait(50);
    QCOMPARE(logCount(QStringLiteral("DeleteIntegration")), before); // declined: nothing sent

    QSignalSpy finished(m_window->commands(), &cp::views::CommandRunner::finished);
    cp::views::prompts::setNextAnswer(true);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("DeleteIntegration"));
    QVERIFY(finished.first().at(1).toBool());
    QCOMPARE(lastInput(QStringLiteral("DeleteIntegration")),
             (QJsonObject{{QStringLiteral("DomainName"), kDomain}, {QStringLiteral("Uri"), uri}}));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->integrations()->model()->rowCount() == 1, 30000);
    QVERIFY(!m_client
                 ->call(QStringLiteral("GetIntegration"),
                        {{QStringLiteral("DomainName"), kDomain}, {QStringLiteral("Uri"), uri}})
                 .ok());
}

void EditDialogsTest::integrationsAcrossDomains()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("findIntegrationsAction"));
    QVERIFY(action);
    QVERIFY(selectIntegration(kUri));
    action->trigger(); // prefilled with the selected integration's URI and listed
    QPointer<cp::views::AccountIntegrationsDialog> dialog =
        m_window->findChild<cp::views::AccountIntegrationsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->uriEdit()->text(), kUri);
    cp::models::PagedListModel *results = dialog->results()->model();
    QTRY_VERIFY_WITH_TIMEOUT(results->rowCount() == 2, 30000);
    QStringList domains{results->item(0).value(QStringLiteral("DomainName")).toString(),
                        results->item(1).value(QStringLiteral("DomainName")).toString()};
    domains.sort();
    QCOMPARE(domains, (QStringList{kDomain, kOther}));
    QCOMPARE(results->operation(), QStringLiteral("ListAccountIntegrations"));

    // A URI no integration has lists nothing; an empty one is not sent.
    QVERIFY(dialog->find(QStringLiteral("arn:aws:s3:::nobody")));
    QTRY_VERIFY_WITH_TIMEOUT(!results->isLoading(), 30000);
    QCOMPARE(results->rowCount(), 0);
    QVERIFY(!dialog->find(QString()));
    auto *find = dialog->findChild<QPushButton *>(QStringLiteral("accountIntegrationsFind"));
    QVERIFY(find && !find->isEnabled());
    delete dialog;
}

void EditDialogsTest::editDomainSendsOnlyChanges()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("editDomainAction"));
    QVERIFY(action);
    action->trigger();
    QPointer<cp::views::EditDomainDialog> dialog =
        m_window->findChild<cp::views::EditDomainDialog *>();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &cp::views::EditDomainDialog::loaded);
    QVERIFY(loaded.wait(30000));
    auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("expirationDays"));
    QCOMPARE(days->value(), 30);             // prefilled
    QVERIFY(!okButton(dialog)->isEnabled()); // nothing changed
    days->setValue(45);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog->input(), (QJsonObject{{QStringLiteral("DomainName"), kDomain},
                                           {QStringLiteral("DefaultExpirationDays"), 45}}));

    QSignalSpy finished(m_window->commands(), &cp::views::CommandRunner::finished);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().at(1).toBool());
    QCOMPARE(lastInput(QStringLiteral("UpdateDomain")),
             (QJsonObject{{QStringLiteral("DomainName"), kDomain},
                          {QStringLiteral("DefaultExpirationDays"), 45}}));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->overview()->domain().value(QStringLiteral("DefaultExpirationDays")).toInt(), 45,
        30000);
    QTRY_VERIFY(dialog.isNull());
}

void EditDialogsTest::editDomainClearsDeadLetterQueue()
{
    const QString queue = QStringLiteral("https://sqs.us-east-1.amazonaws.com/123456789012/dlq");
    const QString key = QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/abc");
    QVERIFY(
        m_client
            ->call(QStringLiteral("UpdateDomain"), {{QStringLiteral("DomainName"), kOther},
                                                    {QStringLiteral("DeadLetterQueueUrl"), queue},
                                                    {QStringLiteral("DefaultEncryptionKey"), key}})
            .ok());
    cp::views::EditDomainDialog dialog(m_client->client, kOther);
    QSignalSpy loaded(&dialog, &cp::views::EditDomainDialog::loaded);
    QVERIFY(loaded.wait(30000));
    auto *queueEdit = dialog.findChild<QLineEdit *>(QStringLiteral("deadLetterQueueUrl"));
    QCOMPARE(queueEdit->text(), queue);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("encryptionKey"))->text(), key);
    QVERIFY(!shown(&dialog, QStringLiteral("deadLetterQueueNote")));
    queueEdit->clear();
    QVERIFY(
        shown(&dialog, QStringLiteral("deadLetterQueueNote"))); // the removal is said, not silent
    QVERIFY(okButton(&dialog)->isEnabled());
    const QJsonObject input{{QStringLiteral("DomainName"), kOther},
                            {QStringLiteral("DeadLetterQueueUrl"), QString()}};
    QCOMPARE(dialog.input(), input);

    QSignalSpy finished(m_window->commands(), &cp::views::CommandRunner::finished);
    m_window->domains()->updateDomain(dialog.input());
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().at(1).toBool());
    QCOMPARE(lastInput(QStringLiteral("UpdateDomain")), input);
    const QJsonObject domain =
        m_client->ok(QStringLiteral("GetDomain"), {{QStringLiteral("DomainName"), kOther}});
    QVERIFY(!domain.contains(QStringLiteral("DeadLetterQueueUrl")));
    QCOMPARE(domain.value(QStringLiteral("DefaultEncryptionKey")).toString(), key); // untouched
}

void EditDialogsTest::editDomainInvalidValueDisablesOk()
{
    cp::views::EditDomainDialog dialog(m_client->client, kDomain);
    QSignalSpy loaded(&dialog, &cp::views::EditDomainDialog::loaded);
    QVERIFY(loaded.wait(30000));
    auto *keyEdit = dialog.findChild<QLineEdit *>(QStringLiteral("encryptionKey"));
    keyEdit->setText(QString(256, QLatin1Char('k')));
    QVERIFY(!dialog.isValid());
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(shown(&dialog, QStringLiteral("encryptionKeyError")));
    QVERIFY2(labelText(&dialog, QStringLiteral("encryptionKeyError"))
                 .contains(QStringLiteral("at most 255 characters")),
             qPrintable(labelText(&dialog, QStringLiteral("encryptionKeyError"))));
    keyEdit->setText(QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/ok"));
    QVERIFY(!shown(&dialog, QStringLiteral("encryptionKeyError")));
    QVERIFY(okButton(&dialog)->isEnabled());
}

QTEST_MAIN(EditDialogsTest)
#include "tst_editdialogs.moc"
