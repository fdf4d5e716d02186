// The Duplicates tab (issue 16 §2): a domain with rule-based matching on (no automatic
// merging) and two profiles sharing an email. From a search, "Find duplicates" opens
// their group side by side with the differing fields marked; Merge… keeps one profile,
// takes FirstName from it and LastName from the other, asks, merges; the survivor has
// both, the other is gone, its key and object moved, and the survivor's History shows
// the merge. A merge the service refuses (the other profile deleted meanwhile) keeps the
// dialog with every choice and shows why. A domain without matching says what to do;
// one that cannot be read says so; Stop ends the read; and Stop is enabled only while
// something loads.

#include "duplicatesview.h"
#include "guifixture.h"
#include "matchgroupsmodel.h"
#include "mergedialog.h"
#include "messagebar.h"
#include "profilecomparison.h"
#include "profiledetails.h"
#include "profilehistoryview.h"
#include "profilespane.h"
#include "prompts.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace cp;

namespace {

const QString kDomain = QStringLiteral("dups");
const QString kOffDomain = QStringLiteral("zoff");
const QString kGoneDomain = QStringLiteral("zgone"); // deleted behind the console's back

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestGuiDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void domainWithoutMatchingSaysWhatToDo();
    void unreadableDomainSaysSo();
    void stopEndsTheDomainsRead();
    void mergeFromSearchChoosingFields();
    void refusedMergeKeepsTheDialog();
    void stoppedGroupLeavesNoProfilesBehind();
    void profileDeletedElsewhereLeavesTheGroup();

private:
    views::DuplicatesView *duplicates() const { return m_window->duplicates(); }
    QPushButton *stop() const
    {
        return duplicates()->findChild<QPushButton *>(QStringLiteral("duplicatesStop"));
    }
    QString put(const char *object);
    void update(const QString &id, const QJsonObject &fields);
    QJsonObject profile(const QString &id);
    views::MergeDialog *openMerge();

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
};

QString TestGuiDuplicates::put(const char *object)
{
    const QJsonObject answer = m_client->ok(
        s("PutProfileObject"),
        {{s("DomainName"), kDomain}, {s("ObjectTypeName"), s("Crm")}, {s("Object"), s(object)}});
    return answer.value(s("ProfileObjectUniqueKey")).isUndefined() ? QString() : s("ok");
}

void TestGuiDuplicates::update(const QString &id, const QJsonObject &fields)
{
    QJsonObject input = fields;
    input.insert(s("DomainName"), kDomain);
    input.insert(s("ProfileId"), id);
    QVERIFY(testing::succeeded(m_client->ok(s("UpdateProfile"), input)));
}

QJsonObject TestGuiDuplicates::profile(const QString &id)
{
    const QJsonArray profiles = m_client
                                    ->ok(s("BatchGetProfile"), {{s("DomainName"), kDomain},
                                                                {s("ProfileIds"), QJsonArray{id}}})
                                    .value(s("Profiles"))
                                    .toArray();
    return profiles.isEmpty() ? QJsonObject() : profiles.first().toObject();
}

void TestGuiDuplicates::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    // Rule 1: the same email. No MaxAllowedRuleLevelForMerging: nothing merges by itself.
    QJsonObject domain = testing::createDomainInput(kDomain);
    domain.insert(s("RuleBasedMatching"),
                  json(R"({"Enabled": true, "MatchingRules": [{"Rule": ["EmailAddress"]},
                                                              {"Rule": ["PhoneNumber"]}]})"));
    QVERIFY(testing::succeeded(m_client->ok(s("CreateDomain"), domain)));
    QVERIFY(testing::succeeded(
        m_client->ok(s("CreateDomain"), testing::createDomainInput(kOffDomain))));
    QVERIFY(testing::succeeded(
        m_client->ok(s("CreateDomain"), testing::createDomainInput(kGoneDomain))));
    QJsonObject type = json(R"({"ObjectTypeName": "Crm", "Description": "CRM contacts",
        "AllowProfileCreation": true,
        "Fields": {"id": {"Source": "_source.id", "Target": "_profile.AccountNumber"},
                   "first": {"Source": "_source.first", "Target": "_profile.FirstName"},
                   "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
                             "ContentType": "EMAIL_ADDRESS"}},
        "Keys": {"crmId": [{"StandardIdentifiers": ["PROFILE", "UNIQUE"], "FieldNames": ["id"]}]}})");
    type.insert(s("DomainName"), kDomain);
    QVERIFY(testing::succeeded(m_client->ok(s("PutProfileObjectType"), type)));
}

void TestGuiDuplicates::init()
{
    QSettings().clear();
    m_window = std::make_unique<views::MainWindow>();
    // Shown: the Duplicates tab reads its domain only once it is on screen.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->addConnection(testing::localConnection(s("Local"), m_endpoint->url()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kDomain, 60000);
}

void TestGuiDuplicates::cleanup()
{
    m_window.reset();
}

void TestGuiDuplicates::domainWithoutMatchingSaysWhatToDo()
{
    QTabWidget *tabs = m_window->domainTabs();
    const int index = tabs->indexOf(duplicates());
    QCOMPARE(tabs->tabText(index), s("&Duplicates"));
    QCOMPARE(tabs->tabText(index - 1), s("&Profiles")); // right after Profiles
    QVERIFY(m_window->domains()->selectRow(s("DomainName"), kOffDomain));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kOffDomain, 60000);
    tabs->setCurrentWidget(duplicates());
    QTRY_VERIFY_WITH_TIMEOUT(
        duplicates()->placeholderText().contains(s("Rule-based matching is off")), 60000);
    QVERIFY(duplicates()->placeholderText().contains(s("Edit domain")));
    QCOMPARE(duplicates()->groups()->rowCount(), 0);
    // No group to choose, so the comparison side does not invite a choice.
    QVERIFY2(duplicates()->groupText().startsWith(s("Nothing to compare")),
             qPrintable(duplicates()->groupText()));
    // No ListRuleBasedMatches was sent: the service would refuse it.
    QCOMPARE(testing::countOperation(m_window->requestLog(), s("ListRuleBasedMatches")), 0);
    // GetDomain has answered and nothing else loads: there is nothing to stop. (Its call
    // object outlives its answer, so a check on the handle alone kept Stop enabled.)
    QVERIFY(!stop()->isEnabled());
}

void TestGuiDuplicates::unreadableDomainSaysSo()
{
    QVERIFY(m_window->domains()->selectRow(s("DomainName"), kGoneDomain));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kGoneDomain, 60000);
    // Gone before the tab reads it: GetDomain answers 404.
    QVERIFY(testing::succeeded(
        m_client->ok(s("DeleteDomain"), {{s("DomainName"), kGoneDomain}})));
    m_window->domainTabs()->setCurrentWidget(duplicates());
    QTRY_VERIFY_WITH_TIMEOUT(
        duplicates()->placeholderText().contains(s("could not be read")), 60000);
    QVERIFY(!stop()->isEnabled());
    QVERIFY(m_window->messageBar()->text().contains(kGoneDomain));
}

void TestGuiDuplicates::stopEndsTheDomainsRead()
{
    // Showing the tab starts GetDomain; its answer can only arrive through this thread's
    // event loop, so Stop is pressed while it is surely under way.
    m_window->domainTabs()->setCurrentWidget(duplicates());
    QCOMPARE(duplicates()->placeholderText(), s("Reading the domain's matching settings…"));
    QVERIFY(stop()->isEnabled());
    QCOMPARE(stop()->toolTip(), s("Stop listing and opening match groups"));
    QTest::mouseClick(stop(), Qt::LeftButton);
    QVERIFY(duplicates()->placeholderText().startsWith(s("Stopped.")));
    QVERIFY(!stop()->isEnabled());
    QCOMPARE(stop()->toolTip(), s("Nothing is loading."));
    const QString none = s("Nothing to compare: no match group is listed.");
    QCOMPARE(duplicates()->groupText(), none); // not "Choose a match group…"
    // The stopped call's answer changes nothing, and Refresh reads the domain again.
    QTest::qWait(300);
    QVERIFY(duplicates()->placeholderText().startsWith(s("Stopped.")));
    QCOMPARE(duplicates()->groups()->rowCount(), 0);
    auto *refresh = duplicates()->findChild<QPushButton *>(s("duplicatesRefresh"));
    QVERIFY(refresh);
    // Its own tip while enabled, not the empty one the reason's helper used to leave.
    QCOMPARE(refresh->toolTip(), s("List the match groups again"));
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(duplicates()->groups()->isComplete(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!stop()->isEnabled(), 60000);
    // No profile written yet: listed, and still nothing to compare.
    QVERIFY(duplicates()->placeholderText().startsWith(s("No duplicates yet")));
    QCOMPARE(duplicates()->groupText(), none);
}

// Group A open, then group B chosen and stopped while its profiles load: A's profiles
// stayed in the table, with Merge… enabled, under B's heading.
void TestGuiDuplicates::stoppedGroupLeavesNoProfilesBehind()
{
    QCOMPARE(put(R"({"id": "g-1", "first": "Gil", "email": "gil@example.com"})"), s("ok"));
    QCOMPARE(put(R"({"id": "g-2", "first": "Gill", "email": "gil@example.com"})"), s("ok"));
    QCOMPARE(put(R"({"id": "h-1", "first": "Hana", "email": "hana@example.com"})"), s("ok"));
    QCOMPARE(put(R"({"id": "h-2", "first": "Hanna", "email": "hana@example.com"})"), s("ok"));
    m_window->domainTabs()->setCurrentWidget(duplicates());
    QTest::mouseClick(duplicates()->findChild<QPushButton *>(s("duplicatesRefresh")),
                      Qt::LeftButton);
    models::MatchGroupsModel *groups = duplicates()->groups();
    const auto openable = [groups] {
        QList<int> rows;
        for (int row = 0; row < groups->rowCount(); ++row) {
            const models::MatchGroupsModel::Group group = groups->group(row);
            if (group.resolved && !group.gone && group.profileIds.size() >= 2)
                rows.append(row);
        }
        return rows;
    };
    QTRY_VERIFY_WITH_TIMEOUT(groups->isComplete() && openable().size() >= 2, 60000);
    QCOMPARE(duplicates()->groupText(), s("Choose a match group to see its profiles side by side."));
    const QList<int> rows = openable();
    auto *merge = duplicates()->findChild<QPushButton *>(s("duplicatesMerge"));
    duplicates()->groupsView()->selectRow(rows.at(0));
    QTRY_VERIFY_WITH_TIMEOUT(duplicates()->comparison()->profiles().size() == 2 &&
                                 merge->isEnabled(),
                             60000);

    // B's BatchGetProfile can only answer through this thread's event loop.
    duplicates()->groupsView()->selectRow(rows.at(1));
    QVERIFY(stop()->isEnabled());
    QTest::mouseClick(stop(), Qt::LeftButton);
    QVERIFY(duplicates()->groupText().startsWith(s("Stopped.")));
    QVERIFY(duplicates()->comparison()->profiles().isEmpty());
    QVERIFY(!merge->isEnabled());
}

// A profile of the group on show deleted in the Profiles tab: the group is read again, so
// it is not offered for a merge the service would refuse. The tab was opened for that very
// profile ("Find duplicates"), whose own group the service no longer knows: the group is
// read by its MatchId.
void TestGuiDuplicates::profileDeletedElsewhereLeavesTheGroup()
{
    QCOMPARE(put(R"({"id": "k-1", "first": "Kai", "email": "kai@example.com"})"), s("ok"));
    QCOMPARE(put(R"({"id": "k-2", "first": "Kay", "email": "kai@example.com"})"), s("ok"));
    QCOMPARE(put(R"({"id": "k-3", "first": "Kaj", "email": "kai@example.com"})"), s("ok"));
    const QJsonArray found = m_client
                                 ->ok(s("SearchProfiles"), {{s("DomainName"), kDomain},
                                                            {s("KeyName"), s("crmId")},
                                                            {s("Values"), QJsonArray{s("k-2")}}})
                                 .value(s("Items"))
                                 .toArray();
    QCOMPARE(found.size(), 1);
    const QString doomed = found.first().toObject().value(s("ProfileId")).toString();
    m_window->domainTabs()->setCurrentWidget(duplicates());
    QTest::mouseClick(duplicates()->findChild<QPushButton *>(s("duplicatesRefresh")),
                      Qt::LeftButton);
    models::MatchGroupsModel *groups = duplicates()->groups();
    const auto rowWith = [groups](const QString &id) {
        for (int row = 0; row < groups->rowCount(); ++row) {
            if (groups->group(row).profileIds.contains(id))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(groups->isComplete() && rowWith(doomed) >= 0, 60000);
    duplicates()->showProfileGroup(doomed);
    auto *merge = duplicates()->findChild<QPushButton *>(s("duplicatesMerge"));
    QTRY_VERIFY_WITH_TIMEOUT(duplicates()->comparison()->profiles().size() == 3 &&
                                 merge->isEnabled(),
                             60000);

    m_window->domainTabs()->setCurrentWidget(m_window->profiles());
    m_window->profiles()->deleteProfile(doomed);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains(s("deleted")), 60000);
    m_window->domainTabs()->setCurrentWidget(duplicates());
    QTRY_VERIFY_WITH_TIMEOUT(groups->isComplete() && !duplicates()->isLoadingGroup() &&
                                 rowWith(doomed) < 0,
                             60000);
    // The other two, still a group.
    QTRY_COMPARE_WITH_TIMEOUT(duplicates()->comparison()->profiles().size(), 2, 60000);
    for (const QJsonObject &profile : duplicates()->comparison()->profiles())
        QVERIFY(profile.value(s("ProfileId")).toString() != doomed);
    QVERIFY2(!duplicates()->groupText().contains(s("no longer")),
             qPrintable(duplicates()->groupText()));
}

views::MergeDialog *TestGuiDuplicates::openMerge()
{
    auto *merge = duplicates()->findChild<QPushButton *>(s("duplicatesMerge"));
    [&] { QTRY_VERIFY_WITH_TIMEOUT(merge->isEnabled(), 60000); }();
    QTest::mouseClick(merge, Qt::LeftButton);
    return m_window->findChild<views::MergeDialog *>(s("mergeDialog"));
}

void TestGuiDuplicates::mergeFromSearchChoosingFields()
{
    // A: Ana Silva, crm c-1. B: Anna Souza in Lisbon, crm c-2, the same email.
    QCOMPARE(put(R"({"id": "c-1", "first": "Ana", "email": "ana@example.com"})"), s("ok"));
    QCOMPARE(put(R"({"id": "c-2", "first": "Anna", "email": "ana@example.com"})"), s("ok"));
    const auto idOf = [this](const char *crm) {
        const QJsonArray items = m_client
                                     ->ok(s("SearchProfiles"), {{s("DomainName"), kDomain},
                                                                {s("KeyName"), s("crmId")},
                                                                {s("Values"), QJsonArray{s(crm)}}})
                                     .value(s("Items"))
                                     .toArray();
        return items.isEmpty() ? QString()
                               : items.first().toObject().value(s("ProfileId")).toString();
    };
    const QString a = idOf("c-1");
    const QString b = idOf("c-2");
    QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);
    update(a, {{s("LastName"), s("Silva")}});
    update(b, {{s("LastName"), s("Souza")}, {s("Address"), QJsonObject{{s("City"), s("Lisbon")}}}});

    // The groups list has the pair (listed again: the window listed before they existed).
    m_window->domainTabs()->setCurrentWidget(duplicates());
    QAbstractItemModelTester groupsTester(duplicates()->groups(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester compareTester(duplicates()->comparison(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::mouseClick(duplicates()->findChild<QPushButton *>(s("duplicatesRefresh")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(duplicates()->groups()->rowCount() >= 1 &&
                                 duplicates()->groups()->group(0).resolved,
                             60000);
    QCOMPARE(duplicates()->groups()->group(0).ruleLevel, 1);
    QCOMPARE(duplicates()->groups()->index(0, models::MatchGroupsModel::Profiles).data().toString(),
             s("2"));
    // The group says whom it is about: its profiles' names, each once.
    const QModelIndex names = duplicates()->groups()->index(0, models::MatchGroupsModel::Names);
    QTRY_VERIFY_WITH_TIMEOUT(!names.data().toString().isEmpty(), 60000);
    QStringList shown = names.data().toString().split(s(", "));
    shown.sort();
    QCOMPARE(shown, (QStringList{s("Ana Silva"), s("Anna Souza")}));
    QVERIFY(
        names.data(Qt::ToolTipRole).toString().contains(duplicates()->groups()->group(0).matchId));
    QVERIFY(duplicates()->placeholderText().isEmpty());
    QCOMPARE(duplicates()->groupText(), s("Choose a match group to see its profiles side by side."));

    // From a search: both found by the email, A chosen, "Find duplicates".
    m_window->domainTabs()->setCurrentWidget(m_window->profiles());
    views::ProfilesPane *profiles = m_window->profiles();
    profiles->keyPicker()->setCurrentText(s("_email"));
    profiles->findChild<QLineEdit *>(s("searchValues"))->setText(s("ana@example.com"));
    QTest::mouseClick(profiles->findChild<QPushButton *>(s("searchButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(profiles->results()->model()->rowCount(), 2, 60000);
    QVERIFY(profiles->results()->selectRow(s("ProfileId"), a));
    auto *find = profiles->findChild<QPushButton *>(s("findDuplicatesButton"));
    QVERIFY(find->isEnabled());
    QTest::mouseClick(find, Qt::LeftButton);
    QCOMPARE(m_window->domainTabs()->currentWidget(), static_cast<QWidget *>(duplicates()));

    // Side by side: a column per profile, the differing rows marked.
    models::ProfileComparisonModel *cmp = duplicates()->comparison();
    QTRY_COMPARE_WITH_TIMEOUT(cmp->columnCount(), 3, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!duplicates()->isLoadingGroup(), 60000);
    // The profile the user came from first; a column says whose it is.
    QCOMPARE(cmp->profiles().at(0).value(s("ProfileId")).toString(), a);
    QCOMPARE(cmp->profiles().at(1).value(s("ProfileId")).toString(), b);
    QCOMPARE(cmp->headerData(1, Qt::Horizontal).toString(), s("Ana Silva · ") + a.left(8));
    QCOMPARE(cmp->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString(), s("Profile ") + b);
    QVERIFY(duplicates()->groupText().contains(s("rule level 1")));
    QVERIFY(duplicates()->groupText().contains(s("EmailAddress")));
    for (const char *path : {"FirstName", "LastName", "AccountNumber", "Address.City"}) {
        const int row = cmp->rowOf(s(path));
        QVERIFY2(row >= 0, path);
        const QModelIndex field = cmp->index(row, 0);
        QVERIFY(field.data(models::ProfileComparisonModel::DiffersRole).toBool());
        QVERIFY(field.data(Qt::BackgroundRole).isValid());
        QVERIFY(field.data(Qt::FontRole).value<QFont>().bold()); // not colour alone
        QVERIFY(field.data().toString().startsWith(s("≠")));
        QVERIFY(cmp->index(row, 1).data(Qt::ToolTipRole).toString().contains(s("different")));
    }
    QCOMPARE(cmp->index(cmp->rowOf(s("LastName")), 2).data().toString(), s("Souza"));
    QCOMPARE(cmp->index(cmp->rowOf(s("Address.City")), 1).data().toString(), QString());
    const int email = cmp->rowOf(s("EmailAddress"));
    QVERIFY(email >= 0);
    QVERIFY(!cmp->index(email, 0).data(models::ProfileComparisonModel::DiffersRole).toBool());
    QVERIFY(!cmp->index(email, 0).data(Qt::BackgroundRole).isValid());

    // CP_DUPLICATES_SCREENSHOT=/tmp/dup renders /tmp/dup-tab.png and /tmp/dup-merge.png.
    const QString shots = qEnvironmentVariable("CP_DUPLICATES_SCREENSHOT");
    if (!shots.isEmpty()) {
        m_window->resize(1340, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->grab().save(shots + s("-tab.png")));
    }

    // Merge…: A stays; FirstName from A, LastName from B.
    QPointer<views::MergeDialog> dialog = openMerge();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 60000);
    if (!shots.isEmpty())
        QVERIFY(dialog->grab().save(shots + s("-merge.png")));
    QCOMPARE(dialog->mainProfileId(), a);
    QVERIFY(dialog->choosableSources().contains(s("LastName")));
    QVERIFY(dialog->choosableSources().contains(s("Address")));
    QCOMPARE(dialog->sourceProfile(s("Address")), b); // A has none: B's, as the service would
    QTableWidget *table = dialog->fieldsTable();
    const int lastRow = int(dialog->choosableSources().indexOf(s("LastName")));
    QCOMPARE(table->item(lastRow, 0)->text(), s("LastName"));
    table->item(lastRow, 2)->setCheckState(Qt::Checked); // the user ticks B's Souza
    QCOMPARE(table->item(lastRow, 1)->checkState(), Qt::Unchecked);
    QCOMPARE(dialog->sourceProfile(s("LastName")), b);
    QCOMPARE(dialog->sourceProfile(s("FirstName")), a);
    QVERIFY(dialog->summary().contains(b));
    QVERIFY(dialog->summary().contains(s("deleted")));
    QVERIFY(dialog->summary().contains(s("Taken from %1: ").arg(b)));
    const QJsonObject request = dialog->request();
    QCOMPARE(request.value(s("MainProfileId")).toString(), a);
    QCOMPARE(request.value(s("ProfileIdsToBeMerged")).toArray(), QJsonArray{b});
    QCOMPARE(request.value(s("FieldSourceProfileIds")).toObject().value(s("LastName")).toString(),
             b);

    views::prompts::setNextAnswer(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("mergeButton")), Qt::LeftButton);
    QVERIFY(views::prompts::lastQuestion().contains(s("Merge now?")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 60000);

    // The survivor has both choices and B's city; B is gone; B's key and object moved.
    const QJsonObject survivor = profile(a);
    QCOMPARE(survivor.value(s("FirstName")).toString(), s("Ana"));
    QCOMPARE(survivor.value(s("LastName")).toString(), s("Souza"));
    QCOMPARE(survivor.value(s("AccountNumber")).toString(), s("c-1"));
    QCOMPARE(survivor.value(s("Address")).toObject().value(s("City")).toString(), s("Lisbon"));
    const QJsonObject gone = m_client->ok(
        s("BatchGetProfile"), {{s("DomainName"), kDomain}, {s("ProfileIds"), QJsonArray{b}}});
    QVERIFY(gone.value(s("Profiles")).toArray().isEmpty());
    QCOMPARE(gone.value(s("Errors")).toArray().size(), 1);
    QCOMPARE(idOf("c-2"), a); // B's key now finds A
    const QJsonArray objects =
        m_client
            ->ok(s("ListProfileObjects"),
                 {{s("DomainName"), kDomain}, {s("ProfileId"), a}, {s("ObjectTypeName"), s("Crm")}})
            .value(s("Items"))
            .toArray();
    QCOMPARE(objects.size(), 2);
    // The group is shown again: nothing left to merge.
    QTRY_VERIFY_WITH_TIMEOUT(duplicates()->groupText().contains(s("matches no other profile")),
                             60000);
    QCOMPARE(cmp->columnCount(), 1);

    // The survivor's History tab has the merge.
    m_window->domainTabs()->setCurrentWidget(profiles);
    profiles->search(s("_profileId"), {a});
    QTRY_COMPARE_WITH_TIMEOUT(profiles->results()->model()->rowCount(), 1, 60000);
    profiles->results()->view()->selectRow(0);
    views::ListPane *records = profiles->profileDetails()->history()->records();
    QTRY_VERIFY_WITH_TIMEOUT(testing::listed(records, s("ActionType")).contains(s("MERGED")),
                             60000);
}

void TestGuiDuplicates::refusedMergeKeepsTheDialog()
{
    QJsonObject c{{s("DomainName"), kDomain},
                  {s("FirstName"), s("Bo")},
                  {s("LastName"), s("Berg")},
                  {s("PhoneNumber"), s("+1 555 010 0001")}};
    const QString cId = m_client->ok(s("CreateProfile"), c).value(s("ProfileId")).toString();
    c.insert(s("LastName"), s("Borg"));
    c.insert(s("PhoneNumber"), s("+1 (555) 010-0001"));
    const QString dId = m_client->ok(s("CreateProfile"), c).value(s("ProfileId")).toString();
    QVERIFY(!cId.isEmpty() && !dId.isEmpty());

    // Opened from the list of groups this time, listed again by Refresh.
    m_window->domainTabs()->setCurrentWidget(duplicates());
    QTest::mouseClick(duplicates()->findChild<QPushButton *>(s("duplicatesRefresh")),
                      Qt::LeftButton);
    models::MatchGroupsModel *groups = duplicates()->groups();
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < groups->rowCount(); ++r) {
                if (groups->group(r).profileIds.contains(cId))
                    row = r;
            }
            return row >= 0;
        }(),
        60000);
    QCOMPARE(groups->group(row).ruleLevel, 2); // the phone numbers, normalised
    duplicates()->groupsView()->selectRow(row);
    QTRY_COMPARE_WITH_TIMEOUT(duplicates()->comparison()->columnCount(), 3, 60000);

    QPointer<views::MergeDialog> dialog = openMerge();
    QVERIFY(dialog);
    dialog->setMainProfile(cId);
    dialog->chooseSource(s("LastName"), dId);
    QCOMPARE(dialog->sourceProfile(s("LastName")), dId);
    // Meanwhile someone deletes D.
    QVERIFY(testing::succeeded(
        m_client->ok(s("DeleteProfile"), {{s("DomainName"), kDomain}, {s("ProfileId"), dId}})));
    views::prompts::setNextAnswer(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("mergeButton")), Qt::LeftButton);
    auto *bar = dialog->findChild<views::MessageBar *>(s("dialogMessageBar"));
    QVERIFY(bar);
    QTRY_VERIFY_WITH_TIMEOUT(testing::countOperation(m_window->requestLog(), s("MergeProfiles")) ==
                                     1 &&
                                 bar->isVisible() && !bar->text().contains(s("Sending")),
                             60000);
    QVERIFY(bar->text().contains(dId) || bar->text().contains(s("not")));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->mainProfileId(), cId);
    QCOMPARE(dialog->sourceProfile(s("LastName")), dId);
    QVERIFY(!profile(cId).isEmpty()); // nothing was merged
    QCOMPARE(profile(cId).value(s("LastName")).toString(), s("Berg"));
    dialog->reject();
}

QTEST_MAIN(TestGuiDuplicates)
#include "tst_gui_duplicates.moc"
