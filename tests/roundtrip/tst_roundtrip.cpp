// Read-modify-write against an endpoint that answers with today's members: each editor
// is loaded from the stored resource, one unrelated thing is changed, and what is sent
// keeps everything else; the stored resource afterwards still has it. The endpoint is
// the real in-memory cplocal, which stores and answers the current model's members.

#include "../console/consolefixture.h"
#include "domainoverview.h"
#include "editdomaindialog.h"
#include "integrationdialog.h"
#include "objecttype.h"
#include "objecttypedesigner.h"
#include "objecttypedocument.h"
#include "profiledetails.h"
#include "profileeditor.h"
#include "wiremodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace cp;

namespace {

const QString kDomain = QStringLiteral("today");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

bool shown(QWidget *parent, const QString &objectName)
{
    auto *label = parent->findChild<QLabel *>(objectName);
    return label && !label->isHidden() && !label->text().isEmpty();
}

} // namespace

class RoundTripTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void designerKeepsWhatItDoesNotEdit();
    void domainEditorKeepsIdentityResolution();
    void domainEditorEditsRuleBasedMatching();
    void integrationEditorKeepsRoleTriggerAndScope();
    void addingOnAUsedUriOffersToEdit();
    void uriThatIsNotAnArnIsWarnedAbout();
    void profileEditorKeepsTodaysMembers();

private:
    QJsonObject ok(const QString &operation, const QJsonObject &input)
    {
        const QJsonObject answer = m_client->ok(operation, input);
        if (!testing::succeeded(answer))
            qWarning("%s failed", qPrintable(operation));
        return answer;
    }

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    testing::TestClient *m_client = nullptr;
};

void RoundTripTest::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = new testing::TestClient(m_endpoint->url());
    QVERIFY(testing::succeeded(ok(s("CreateDomain"), json(R"({"DomainName": "today",
        "DefaultExpirationDays": 30,
        "Matching": {"Enabled": true, "JobSchedule": {"DayOfTheWeek": "SUNDAY", "Time": "03:00"},
                     "AutoMerging": {"Enabled": false}},
        "RuleBasedMatching": {"Enabled": true, "MaxAllowedRuleLevelForMatching": 2,
                              "MatchingRules": [{"Rule": ["EmailAddress"]},
                                                {"Rule": ["FirstName", "LastName", "PhoneNumber"]}]}})"))));
}

void RoundTripTest::cleanupTestCase()
{
    delete m_client;
    m_endpoint.reset();
}

void RoundTripTest::designerKeepsWhatItDoesNotEdit()
{
    const QJsonObject put = json(R"({"DomainName": "today", "ObjectTypeName": "Booking",
        "Description": "air bookings", "SourcePriority": 3, "MaxProfileObjectCount": 5,
        "AllowProfileCreation": true,
        "Fields": {"bookingId": {"Source": "_source.id", "Target": "_profile.Attributes.booking"},
                   "seat.row": {"Source": "_source.seat.row", "Target": "_asset.Attributes.seat"},
                   "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
                             "ContentType": "EMAIL_ADDRESS"}},
        "Keys": {"booking": [{"StandardIdentifiers": ["AIR_BOOKING", "UNIQUE"],
                              "FieldNames": ["bookingId"]}],
                 "email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}]}})");
    QVERIFY(testing::succeeded(ok(s("PutProfileObjectType"), put)));
    const QJsonObject stored = ok(s("GetProfileObjectType"),
                                  {{s("DomainName"), kDomain}, {s("ObjectTypeName"), s("Booking")}});
    QCOMPARE(stored.value(s("SourcePriority")).toInt(), 3);

    // As the console opens a stored type: its complete request, answer-only members left.
    const QJsonObject request =
        m_client->client->model().membersOf(u"PutProfileObjectTypeRequest", stored);
    views::ObjectTypeDesigner designer;
    designer.load(schema::ObjectTypeDefinition::fromJson(request), true);
    models::ObjectTypeDocument *document = designer.document();
    QVERIFY2(document->problems().isEmpty(),
             qPrintable(document->problems().value(0).message)); // a travel key, a dotted name
    QVERIFY(document->setDescription(s("air bookings, from the booking system")));

    QJsonObject sent = document->toJsonObject();
    sent.insert(s("DomainName"), kDomain);
    QJsonObject expected = put;
    expected.insert(s("Description"), s("air bookings, from the booking system"));
    QCOMPARE(sent, expected);
    QVERIFY(testing::succeeded(ok(s("PutProfileObjectType"), sent)));
    const QJsonObject after = ok(s("GetProfileObjectType"),
                                 {{s("DomainName"), kDomain}, {s("ObjectTypeName"), s("Booking")}});
    QCOMPARE(after.value(s("SourcePriority")).toInt(), 3);
    QCOMPARE(after.value(s("MaxProfileObjectCount")).toInt(), 5);
    QCOMPARE(after.value(s("Keys")).toObject(), put.value(s("Keys")).toObject());
}

void RoundTripTest::domainEditorKeepsIdentityResolution()
{
    const QJsonObject before = ok(s("GetDomain"), {{s("DomainName"), kDomain}});
    QVERIFY(before.contains(s("RuleBasedMatching")));
    views::EditDomainDialog dialog(m_client->client, kDomain);
    QSignalSpy loaded(&dialog, &views::EditDomainDialog::loaded);
    QVERIFY(loaded.wait(30000));
    dialog.findChild<QSpinBox *>(s("expirationDays"))->setValue(45);
    // UpdateDomain changes what it is given: only the expiration is sent.
    QCOMPARE(dialog.input(), json(R"({"DomainName": "today", "DefaultExpirationDays": 45})"));
    QVERIFY(dialog.isValid());
    QVERIFY(testing::succeeded(ok(s("UpdateDomain"), dialog.input())));
    const QJsonObject after = ok(s("GetDomain"), {{s("DomainName"), kDomain}});
    QCOMPARE(after.value(s("RuleBasedMatching")), before.value(s("RuleBasedMatching")));
    QCOMPARE(after.value(s("Matching")), before.value(s("Matching")));

    views::DomainOverview overview;
    overview.setClient(m_client->client);
    overview.setDomain(kDomain);
    QTRY_VERIFY(!overview.valueText(s("overviewRuleBasedMatching")).isEmpty());
    QCOMPARE(overview.valueText(s("overviewRuleBasedMatching")),
             s("on (ACTIVE): 2 rule(s), matching up to level 2"));
    QCOMPARE(overview.valueText(s("overviewMatching")),
             s("on: every SUNDAY at 03:00, auto-merging off"));
}

void RoundTripTest::domainEditorEditsRuleBasedMatching()
{
    views::EditDomainDialog dialog(m_client->client, kDomain);
    QSignalSpy loaded(&dialog, &views::EditDomainDialog::loaded);
    QVERIFY(loaded.wait(30000));
    auto *enabled = dialog.findChild<QCheckBox *>(s("RuleBasedMatchingEnabled"));
    auto *text = dialog.findChild<QPlainTextEdit *>(s("RuleBasedMatchingJson"));
    QVERIFY(enabled && text);
    QVERIFY(enabled->isChecked());
    QVERIFY(shown(&dialog, s("RuleBasedMatchingStatus"))); // what only the service says
    QVERIFY(!text->toPlainText().contains(s("Status")));   // not sent back
    enabled->setChecked(false);
    const QJsonObject input = dialog.input();
    QCOMPARE(input.keys(), (QStringList{s("DomainName"), s("RuleBasedMatching")}));
    const QJsonObject rules = input.value(s("RuleBasedMatching")).toObject();
    QCOMPARE(rules.value(s("Enabled")).toBool(), false);
    QCOMPARE(rules.value(s("MatchingRules")).toArray().size(), 2); // the rest as it was
    QVERIFY(dialog.isValid());

    // Invalid JSON and a value the model refuses both block saving, said in the section.
    text->setPlainText(s("{\"Enabled\": "));
    QVERIFY(!dialog.isValid());
    QVERIFY(shown(&dialog, s("RuleBasedMatchingIssue")));
    text->setPlainText(s(R"({"Enabled": true, "MaxAllowedRuleLevelForMatching": 99})"));
    QVERIFY(!dialog.isValid());
    QVERIFY(shown(&dialog, s("RuleBasedMatchingIssue")));
    text->setPlainText(QString::fromUtf8(QJsonDocument(rules).toJson()));
    QVERIFY(dialog.isValid());
    QVERIFY(testing::succeeded(ok(s("UpdateDomain"), dialog.input())));
    const QJsonObject after = ok(s("GetDomain"), {{s("DomainName"), kDomain}});
    QCOMPARE(after.value(s("RuleBasedMatching")).toObject().value(s("Enabled")).toBool(), false);
    QCOMPARE(after.value(s("RuleBasedMatching")).toObject().value(s("MatchingRules")),
             rules.value(s("MatchingRules")));
}

void RoundTripTest::integrationEditorKeepsRoleTriggerAndScope()
{
    QVERIFY(testing::succeeded(ok(s("PutProfileObjectType"), json(R"({"DomainName": "today",
        "ObjectTypeName": "Contact", "Description": "contacts", "TemplateId": "Salesforce-Contact"})"))));
    const QJsonObject put = json(R"({"DomainName": "today",
        "Uri": "arn:aws:events:us-east-1:123456789012:rule/contacts",
        "ObjectTypeName": "Booking",
        "RoleArn": "arn:aws:iam::123456789012:role/ingest",
        "EventTriggerNames": ["vip-trigger"], "Scope": "DOMAIN"})");
    QVERIFY(testing::succeeded(ok(s("PutIntegration"), put)));
    const QJsonObject stored = ok(s("GetIntegration"), {{s("DomainName"), kDomain},
                                                        {s("Uri"), put.value(s("Uri"))}});

    views::IntegrationDialog dialog(m_client->client, kDomain);
    QSignalSpy types(&dialog, &views::IntegrationDialog::objectTypesLoaded);
    QVERIFY(types.wait(30000));
    dialog.edit(stored);
    QVERIFY(dialog.isEditing());
    QVERIFY(dialog.uriEdit()->isReadOnly());
    dialog.objectTypeBox()->setEditText(s("Contact"));
    QVERIFY(dialog.isValid());
    QJsonObject expected = put;
    expected.insert(s("ObjectTypeName"), s("Contact"));
    QCOMPARE(dialog.input(), expected);
    QVERIFY(testing::succeeded(ok(s("PutIntegration"), dialog.input())));
    const QJsonObject after = ok(s("GetIntegration"), {{s("DomainName"), kDomain},
                                                       {s("Uri"), put.value(s("Uri"))}});
    QCOMPARE(after.value(s("RoleArn")), put.value(s("RoleArn")));
    QCOMPARE(after.value(s("EventTriggerNames")), put.value(s("EventTriggerNames")));
    QCOMPARE(after.value(s("Scope")).toString(), s("DOMAIN"));
    QCOMPARE(after.value(s("ObjectTypeName")).toString(), s("Contact"));
}

void RoundTripTest::addingOnAUsedUriOffersToEdit()
{
    views::IntegrationDialog dialog(m_client->client, kDomain);
    QSignalSpy types(&dialog, &views::IntegrationDialog::objectTypesLoaded);
    QVERIFY(types.wait(30000));
    QSignalSpy checked(&dialog, &views::IntegrationDialog::existingChecked);
    dialog.uriEdit()->setText(s("arn:aws:events:us-east-1:123456789012:rule/contacts"));
    QVERIFY(checked.wait(30000));
    QVERIFY(shown(&dialog, s("existingIntegrationNote")));
    auto *editInstead = dialog.findChild<QPushButton *>(s("editExistingIntegration"));
    QVERIFY(editInstead && !editInstead->isHidden());
    editInstead->click();
    QVERIFY(dialog.isEditing());
    QCOMPARE(dialog.input().value(s("RoleArn")).toString(),
             s("arn:aws:iam::123456789012:role/ingest"));
    QCOMPARE(dialog.findChild<QComboBox *>(s("integrationScope"))->currentText(), s("DOMAIN"));

    // A URI nobody uses: nothing to say.
    views::IntegrationDialog fresh(m_client->client, kDomain);
    QSignalSpy freshChecked(&fresh, &views::IntegrationDialog::existingChecked);
    fresh.uriEdit()->setText(s("arn:aws:s3:::a-new-bucket"));
    QVERIFY(freshChecked.wait(30000));
    QVERIFY(!shown(&fresh, s("existingIntegrationNote")));
    QVERIFY(!fresh.isEditing());
}

void RoundTripTest::uriThatIsNotAnArnIsWarnedAbout()
{
    views::IntegrationDialog dialog(nullptr, kDomain);
    dialog.uriEdit()->setText(s("my-bucket"));
    dialog.objectTypeBox()->setEditText(s("Contact"));
    QVERIFY(shown(&dialog, s("uriNote")));
    QVERIFY(dialog.isValid()); // a warning, not a refusal: the service decides
    dialog.uriEdit()->setText(s("arn:aws:s3:::my-bucket"));
    QVERIFY(!shown(&dialog, s("uriNote")));
}

void RoundTripTest::profileEditorKeepsTodaysMembers()
{
    const QJsonObject created = ok(s("CreateProfile"), json(R"({"DomainName": "today",
        "FirstName": "Ann", "GenderString": "woman", "PartyTypeString": "person",
        "ProfileType": "PROFILE",
        "EngagementPreferences": {"Email": [{"KeyName": "_email", "KeyValue": "ann@example.com"}]}})"));
    const QString id = created.value(s("ProfileId")).toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject found = ok(s("SearchProfiles"), {{s("DomainName"), kDomain},
                                                       {s("KeyName"), s("_profileId")},
                                                       {s("Values"), QJsonArray{id}}});
    const QJsonObject profile = found.value(s("Items")).toArray().at(0).toObject();
    QCOMPARE(profile.value(s("GenderString")).toString(), s("woman"));

    views::ProfileDetails details;
    details.show(profile);
    QCOMPARE(details.formValue(s("GenderString")), s("woman"));
    QCOMPARE(details.formValue(s("ProfileType")), s("PROFILE"));

    views::ProfileEditor editor(profile);
    QVERIFY(editor.field(s("GenderString")));
    QCOMPARE(editor.field(s("GenderString"))->text(), s("woman"));
    QVERIFY(editor.field(s("PartyTypeString")));
    editor.field(s("FirstName"))->setText(s("Anna"));
    QCOMPARE(editor.changes(), json(R"({"FirstName": "Anna"})"));
    QJsonObject update = editor.changes();
    update.insert(s("DomainName"), kDomain);
    update.insert(s("ProfileId"), id);
    QVERIFY(testing::succeeded(ok(s("UpdateProfile"), update)));
    const QJsonObject after = ok(s("SearchProfiles"), {{s("DomainName"), kDomain},
                                                       {s("KeyName"), s("_profileId")},
                                                       {s("Values"), QJsonArray{id}}})
                                  .value(s("Items"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(after.value(s("FirstName")).toString(), s("Anna"));
    for (const char *member : {"GenderString", "PartyTypeString", "ProfileType", "EngagementPreferences"})
        QCOMPARE(after.value(QLatin1String(member)), profile.value(QLatin1String(member)));

    // An enum member is a choice of the model's values, the stored one chosen.
    QComboBox *type = editor.choice(s("ProfileType"));
    QVERIFY(type);
    QVERIFY(!editor.field(s("ProfileType")));
    QCOMPARE(type->currentData().toString(), s("PROFILE"));
    for (const char *value : {"ACCOUNT_PROFILE", "PROFILE"})
        QVERIFY(type->findData(QLatin1String(value)) > 0);
    type->setCurrentIndex(type->findData(s("ACCOUNT_PROFILE")));
    QCOMPARE(editor.changes().value(s("ProfileType")).toString(), s("ACCOUNT_PROFILE"));
    QVERIFY(editor.isValid());
    QVERIFY(editor.choice(s("Gender")));
    QVERIFY(editor.choice(s("PartyType")));

    // A value a newer release stored is offered and kept, never sent back changed.
    QJsonObject newer = profile;
    newer.insert(s("PartyType"), s("HOUSEHOLD"));
    views::ProfileEditor later(newer);
    QCOMPARE(later.choice(s("PartyType"))->currentData().toString(), s("HOUSEHOLD"));
    later.field(s("FirstName"))->setText(s("Anne"));
    QCOMPARE(later.changes(), json(R"({"FirstName": "Anne"})"));
    // Clearing an enum member sends "" as for any other member.
    later.markCleared(s("PartyType"));
    QCOMPARE(later.changes().value(s("PartyType")).toString(), QString());
    QVERIFY(later.changes().contains(s("PartyType")));
    later.markCleared(s("PartyType"), false);
    QCOMPARE(later.choice(s("PartyType"))->currentData().toString(), s("HOUSEHOLD"));
}

QTEST_MAIN(RoundTripTest)
#include "tst_roundtrip.moc"
