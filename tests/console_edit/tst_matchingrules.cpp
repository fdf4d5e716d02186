// Rule-based matching edited as rows: the rules model (levels, effects, problems and
// warnings, moves) and the form in the domain editor against a real in-memory endpoint,
// kept in step with the JSON, sending only what the user changed and keeping the rest.

#include "domainmatchingpage.h"
#include "editdomaindialog.h"
#include "editfixture.h"
#include "matchingrulesform.h"
#include "matchingrulesmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

using namespace cp::edittest;
using cp::models::MatchingRulesModel;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonArray rulesOf(std::initializer_list<QStringList> rules)
{
    QJsonArray out;
    for (const QStringList &rule : rules)
        out.append(QJsonObject{{s("Rule"), QJsonArray::fromStringList(rule)}});
    return out;
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

// Brings every tab that holds `widget` to the front.
void showPage(QWidget *widget)
{
    for (QWidget *page = widget; page && page->parentWidget(); page = page->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(page->parentWidget());
        if (!stack)
            continue;
        if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
            tabs->setCurrentWidget(page);
        else
            stack->setCurrentWidget(page);
    }
}

} // namespace

class MatchingRulesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void modelKeepsRulesAndSaysWhatEachLevelDoes();
    void modelRefusesEmptyAndRepeatedAttributes();
    void formEditsRulesAsRowsAndSendsThem();
    void jsonAndFormStayInStep();

private:
    std::unique_ptr<cp::emulator::LocalEndpoint> m_endpoint;
    Client *m_client = nullptr;
};

void MatchingRulesTest::initTestCase()
{
    isolateSettings();
    m_endpoint = startEndpoint();
    QVERIFY(m_endpoint);
    m_client = new Client(m_endpoint->url());
    QVERIFY(m_client->createDomain(s("rules")));
    const QJsonObject matching{
        {s("Enabled"), true},
        {s("MatchingRules"), rulesOf({{s("EmailAddress")}, {s("PhoneNumber")}})},
        {s("MaxAllowedRuleLevelForMatching"), 2},
        {s("AttributeTypesSelector"),
         QJsonObject{{s("AttributeMatchingModel"), s("ONE_TO_ONE")},
                     // BusinessPhoneNumber has no box in the form: kept as it is.
                     {s("PhoneNumber"), QJsonArray{s("PhoneNumber"), s("BusinessPhoneNumber")}}}},
        {s("ExportingConfig"),
         QJsonObject{{s("S3Exporting"), QJsonObject{{s("S3BucketName"), s("results")}}}}}};
    QVERIFY(!m_client
                 ->ok(s("UpdateDomain"),
                      {{s("DomainName"), s("rules")}, {s("RuleBasedMatching"), matching}})
                 .isEmpty());
}

void MatchingRulesTest::cleanupTestCase()
{
    delete m_client;
    m_endpoint.reset();
}

void MatchingRulesTest::modelKeepsRulesAndSaysWhatEachLevelDoes()
{
    MatchingRulesModel model;
    QJsonArray rules = rulesOf({{s("EmailAddress")}, {s("FirstName"), s("LastName")}});
    QJsonObject withExtra = rules.at(1).toObject();
    withExtra.insert(s("Weight"), 3); // a member a newer service may add to a rule
    rules.replace(1, withExtra);
    model.setRules(rules);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1, MatchingRulesModel::Attributes)).toString(),
             s("FirstName, LastName"));
    QCOMPARE(model.rules(), rules);

    model.setLevels(1, 0);
    QVERIFY(
        model.data(model.index(1, MatchingRulesModel::Effect)).toString().contains(s("not used")));
    model.setLevels(2, 1);
    QVERIFY(
        model.data(model.index(0, MatchingRulesModel::Effect)).toString().contains(s("merges")));
    QVERIFY(!model.data(model.index(1, MatchingRulesModel::Effect))
                 .toString()
                 .contains(s("automatically")));

    QSignalSpy edited(&model, &MatchingRulesModel::edited);
    QVERIFY(model.moveRule(1, -1));
    QCOMPARE(model.attributes(0), (QStringList{s("FirstName"), s("LastName")}));
    QCOMPARE(model.rules().at(0).toObject().value(s("Weight")).toInt(), 3); // moved with it
    QVERIFY(!model.moveRule(0, -1));
    QCOMPARE(model.addRule(0, {s("PhoneNumber")}), 1);
    QCOMPARE(model.attributes(1), QStringList{s("PhoneNumber")});
    model.removeRule(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(edited.size(), 3);
    QVERIFY(model.setData(model.index(1, MatchingRulesModel::Attributes),
                          s(" PhoneNumber ,, Address.City ")));
    QCOMPARE(model.attributes(1), (QStringList{s("PhoneNumber"), s("Address.City")}));
    for (int i = model.rowCount(); i < MatchingRulesModel::kMaxRules; ++i)
        QVERIFY(model.addRule(-1, {s("EmailAddress")}) >= 0);
    QCOMPARE(model.addRule(), -1); // fifteen levels at most
}

void MatchingRulesTest::modelRefusesEmptyAndRepeatedAttributes()
{
    MatchingRulesModel model;
    model.setRules(rulesOf({{},
                            {s("EmailAddress"), s("EmailAddress")},
                            {s("Shoe.Size")},
                            {s("Attributes.LoyaltyId")}}));
    QVERIFY(model.problem(0).contains(s("no attribute")));
    QVERIFY(model.problem(1).contains(s("twice")));
    QVERIFY(model.problem(2).isEmpty());
    QVERIFY(model.warning(2).contains(s("Shoe.Size"))); // the service may refuse it
    QVERIFY(model.problem(3).isEmpty());
    QVERIFY(model.warning(3).isEmpty()); // any Attributes.NAME is allowed
    QCOMPARE(model.problems().size(), 2);
    QCOMPARE(model.data(model.index(0, MatchingRulesModel::Attributes), Qt::ToolTipRole).toString(),
             model.problem(0));
}

void MatchingRulesTest::formEditsRulesAsRowsAndSendsThem()
{
    cp::views::EditDomainDialog dialog(m_client->client, s("rules"));
    QSignalSpy loaded(&dialog, &cp::views::EditDomainDialog::loaded);
    QVERIFY(loaded.wait(30000));
    auto *form = dialog.findChild<cp::views::MatchingRulesForm *>();
    QVERIFY(form);
    QTableView *view = form->rulesView();
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, MatchingRulesModel::Attributes).data().toString(),
             s("EmailAddress"));
    QCOMPARE(dialog.findChild<QSpinBox *>(s("matchingMatchLevel"))->value(), 2);
    QVERIFY(dialog.findChild<QCheckBox *>(s("matchingType_PhoneNumber"))->isChecked());
    QVERIFY(dialog.input().value(s("RuleBasedMatching")).isUndefined()); // nothing changed yet

    // A third rule typed into its cell, the way a user does: Add rule opens the editor.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    showPage(form);
    view->setCurrentIndex(view->model()->index(1, MatchingRulesModel::Attributes));
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("matchingRuleAdd")), Qt::LeftButton);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = view->findChild<QLineEdit *>(s("matchingRuleEditor"))));
    QTest::keyClicks(editor, s("FirstName, LastName, Address.City"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(view->model()->index(2, MatchingRulesModel::Attributes).data().toString(),
                 s("FirstName, LastName, Address.City"));
    // Moved to level 2, and levels up to 3 match, up to 1 merge.
    view->setCurrentIndex(view->model()->index(2, MatchingRulesModel::Attributes));
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("matchingRuleUp")), Qt::LeftButton);
    dialog.findChild<QSpinBox *>(s("matchingMatchLevel"))->setValue(3);
    dialog.findChild<QSpinBox *>(s("matchingMergeLevel"))->setValue(1);
    dialog.findChild<QCheckBox *>(s("matchingType_MobilePhoneNumber"))->setChecked(true);
    auto *conflict = dialog.findChild<QComboBox *>(s("matchingConflictModel"));
    conflict->setCurrentIndex(conflict->findData(s("SOURCE")));
    // SOURCE without the object type that wins: said, not blocking (the model allows it).
    QVERIFY(dialog.isValid());
    QVERIFY(labelText(&dialog, s("RuleBasedMatchingIssue")).contains(s("object type")));
    auto *source = dialog.findChild<QLineEdit *>(s("matchingSourceName"));
    QVERIFY(source->isEnabled());
    QTest::keyClicks(source, s("Contact"));
    QVERIFY(!shown(&dialog, s("RuleBasedMatchingIssue")));
    // For the docs and for looking at it: CP_RULES_SCREENSHOT=FILE.png.
    if (const QString file = qEnvironmentVariable("CP_RULES_SCREENSHOT"); !file.isEmpty())
        QVERIFY(dialog.grab().save(file));

    const QJsonObject sent = dialog.input().value(s("RuleBasedMatching")).toObject();
    QCOMPARE(sent.value(s("MatchingRules")).toArray(),
             rulesOf({{s("EmailAddress")},
                      {s("FirstName"), s("LastName"), s("Address.City")},
                      {s("PhoneNumber")}}));
    QCOMPARE(sent.value(s("MaxAllowedRuleLevelForMatching")).toInt(), 3);
    QCOMPARE(sent.value(s("MaxAllowedRuleLevelForMerging")).toInt(), 1);
    const QJsonObject selector = sent.value(s("AttributeTypesSelector")).toObject();
    QCOMPARE(selector.value(s("PhoneNumber")).toArray(),
             (QJsonArray{s("PhoneNumber"), s("MobilePhoneNumber"), s("BusinessPhoneNumber")}));
    QCOMPARE(
        sent.value(s("ConflictResolution")).toObject(),
        (QJsonObject{{s("ConflictResolvingModel"), s("SOURCE")}, {s("SourceName"), s("Contact")}}));
    // What the form has no control for went along untouched.
    QCOMPARE(sent.value(s("Enabled")).toBool(), true);
    QCOMPARE(sent.value(s("ExportingConfig"))
                 .toObject()
                 .value(s("S3Exporting"))
                 .toObject()
                 .value(s("S3BucketName"))
                 .toString(),
             s("results"));
    // The JSON tab shows the same value.
    auto *json = dialog.findChild<QPlainTextEdit *>(s("RuleBasedMatchingJson"));
    QCOMPARE(QJsonDocument::fromJson(json->toPlainText().toUtf8()).object(), sent);

    QVERIFY(!m_client->ok(s("UpdateDomain"), dialog.input()).isEmpty());
    const QJsonObject stored = m_client->ok(s("GetDomain"), {{s("DomainName"), s("rules")}})
                                   .value(s("RuleBasedMatching"))
                                   .toObject();
    QCOMPARE(stored.value(s("MatchingRules")), sent.value(s("MatchingRules")));
    QCOMPARE(stored.value(s("ConflictResolution")), sent.value(s("ConflictResolution")));

    // A rule emptied blocks saving and says which level.
    const QModelIndex first = view->model()->index(0, MatchingRulesModel::Attributes);
    QVERIFY(view->model()->setData(first, QString()));
    QVERIFY(!dialog.isValid());
    QVERIFY(labelText(&dialog, s("RuleBasedMatchingIssue")).contains(s("Level 1")));
}

void MatchingRulesTest::jsonAndFormStayInStep()
{
    cp::views::EditDomainDialog dialog(m_client->client, s("rules"));
    QSignalSpy loaded(&dialog, &cp::views::EditDomainDialog::loaded);
    QVERIFY(loaded.wait(30000));
    auto *form = dialog.findChild<cp::views::MatchingRulesForm *>();
    auto *json = dialog.findChild<QPlainTextEdit *>(s("RuleBasedMatchingJson"));
    QVERIFY(form && json);
    json->setPlainText(s(R"({"Enabled": true, "MatchingRules": [{"Rule": ["BirthDate"]},
        {"Rule": ["Shoe.Size"]}], "AttributeTypesSelector": {"AttributeMatchingModel": "MANY_TO_MANY"}})"));
    QCOMPARE(form->rules()->rowCount(), 2);
    QCOMPARE(form->rules()->attributes(0), QStringList{s("BirthDate")});
    QCOMPARE(dialog.findChild<QComboBox *>(s("matchingAttributeModel"))->currentData().toString(),
             s("MANY_TO_MANY"));
    QVERIFY(!dialog.findChild<QCheckBox *>(s("matchingType_PhoneNumber"))->isChecked());
    // An attribute the documentation does not list: a warning, and it can still be sent.
    QVERIFY(dialog.isValid());
    QVERIFY(labelText(&dialog, s("RuleBasedMatchingIssue")).contains(s("Shoe.Size")));

    // Half-typed JSON leaves the form as it was; the Enabled box follows the JSON.
    json->setPlainText(s(R"({"Enabled": false, "MatchingRules": [)"));
    QCOMPARE(form->rules()->rowCount(), 2);
    QVERIFY(!dialog.isValid());
    json->setPlainText(s(R"({"Enabled": false, "MatchingRules": [{"Rule": ["EmailAddress"]}]})"));
    QCOMPARE(form->rules()->rowCount(), 1);
    QVERIFY(!dialog.findChild<QCheckBox *>(s("RuleBasedMatchingEnabled"))->isChecked());

    // Choosing no selector removes it; removing every rule removes MatchingRules.
    auto *model = dialog.findChild<QComboBox *>(s("matchingAttributeModel"));
    model->setCurrentIndex(0);
    form->rules()->removeRule(0);
    const QJsonObject now = QJsonDocument::fromJson(json->toPlainText().toUtf8()).object();
    QCOMPARE(now, (QJsonObject{{s("Enabled"), false}}));
}

QTEST_MAIN(MatchingRulesTest)
#include "tst_matchingrules.moc"
