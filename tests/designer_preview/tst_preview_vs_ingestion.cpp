// The ingestion preview and the local endpoint's ingestion cannot disagree: each sample
// object is first planned the way the console previews it (schema::planIngestion, with
// key lookups answered read-only by SearchProfiles and ListProfileObjects), then put
// through PutProfileObject, and the plan is compared with what the engine did.

#include "../emulator/enginefixture.h"
#include "detection.h"
#include "ingestionplan.h"

#include <QJsonDocument>
#include <QSet>

using namespace cp::emulator;
using namespace cp::emulator::test;
using cp::schema::IngestionPlan;

namespace {

// Object types by hand; "contact" comes from the Salesforce-Contact template.
const char *const kOrders = R"({"ObjectTypeName": "orders", "Description": "orders",
  "AllowProfileCreation": true, "Fields": {
    "id": {"Source": "_source.orderId"},
    "email": {"Source": "_source.customer.email", "Target": "_profile.EmailAddress",
              "ContentType": "EMAIL_ADDRESS"},
    "phone": {"Source": "_source.phones[0]", "Target": "_profile.PhoneNumber",
              "ContentType": "PHONE_NUMBER"},
    "mobile": {"Source": "_source.phones[1]", "Target": "_profile.MobilePhoneNumber",
               "ContentType": "PHONE_NUMBER"},
    "first": {"Source": "_source.customer.name.first", "Target": "_profile.FirstName",
              "ContentType": "NAME"},
    "last": {"Source": "_source.customer.name.last", "Target": "_profile.LastName",
             "ContentType": "NAME"},
    "full": {"Source": "{{_source.customer.name.first}} {{_source.customer.name.last}}",
             "Target": "_profile.Attributes.fullName"},
    "zip": {"Source": "_source.customer.address.zip", "Target": "_profile.Address.PostalCode"},
    "city": {"Source": "_source.customer.address.city", "Target": "_profile.Address.City"},
    "loyalty": {"Source": "_source.loyalty"},
    "ext": {"Source": "_source.externalId"},
    "total": {"Source": "_source.total", "Target": "_profile.Attributes.lastTotal",
              "ContentType": "NUMBER"}},
  "Keys": {
    "orderId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}],
    "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}],
    "phone": [{"StandardIdentifiers": ["PROFILE", "SECONDARY"], "FieldNames": ["phone"]}],
    "loyalty": [{"StandardIdentifiers": ["PROFILE", "LOOKUP_ONLY"], "FieldNames": ["loyalty"]}],
    "ext": [{"StandardIdentifiers": ["PROFILE", "NEW_ONLY"], "FieldNames": ["ext"]}],
    "nameZip": [{"StandardIdentifiers": ["PROFILE", "SECONDARY"],
                 "FieldNames": ["first", "zip"]}]}})";

const char *const kTickets = R"({"ObjectTypeName": "tickets", "Description": "tickets",
  "AllowProfileCreation": false, "Fields": {
    "tid": {"Source": "_source.ticket.id"},
    "email": {"Source": "_source.requester.email", "Target": "_profile.PersonalEmailAddress",
              "ContentType": "EMAIL_ADDRESS"},
    "phone": {"Source": "_source.requester.phone", "Target": "_profile.HomePhoneNumber",
              "ContentType": "PHONE_NUMBER"},
    "subject": {"Source": "_source.subject", "Target": "_profile.Attributes.lastTicket"}},
  "Keys": {
    "ticketId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["tid"]}],
    "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}],
    "phone": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["phone"]}]}})";

const char *const kEvents = R"({"ObjectTypeName": "events", "Description": "events",
  "AllowProfileCreation": true, "Fields": {
    "src": {"Source": "_source.source"},
    "seq": {"Source": "_source.seq"},
    "customerNo": {"Source": "_source.customer.no", "Target": "_profile.Attributes.customerNo",
                   "ContentType": "NUMBER"},
    "ph": {"Source": "_source.contact.phone", "ContentType": "PHONE_NUMBER"}},
  "Keys": {
    "eventId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["src", "seq"]}],
    "custNo": [{"StandardIdentifiers": ["PROFILE", "SECONDARY"], "FieldNames": ["customerNo"]}],
    "phone": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["ph"]}]}})";

// The standard asset, case and order beside the profile.
const char *const kDevices = R"({"ObjectTypeName": "devices", "Description": "devices",
  "AllowProfileCreation": true, "Fields": {
    "id": {"Source": "_source.id"},
    "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
              "ContentType": "EMAIL_ADDRESS"},
    "serial": {"Source": "_source.serial", "Target": "_asset.SerialNumber"},
    "model": {"Source": "_source.model", "Target": "_asset.ModelName"},
    "caseTitle": {"Source": "_source.case.title", "Target": "_case.Title"},
    "caseStatus": {"Source": "_source.case.status", "Target": "_case.Status"},
    "total": {"Source": "_source.order.total", "Target": "_order.TotalPrice"},
    "city": {"Source": "_source.order.city", "Target": "_order.ShippingAddress.City"},
    "tier": {"Source": "_source.tier", "Target": "_asset.Attributes.tier"}},
  "Keys": {
    "deviceEvent": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}],
    "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}],
    "serialKey": [{"StandardIdentifiers": ["ASSET"], "FieldNames": ["serial"]}]}})";

const char *const kDeviceSamples[] = {
    R"({"id": "e1", "email": "dev@example.com", "serial": "SN-1", "model": "R1"})",
    R"({"id": "e2", "email": "dev@example.com", "serial": "SN-1", "model": "R2", "tier": "gold"})",
    R"({"id": "e3", "email": "dev@example.com", "case": {"title": "Broken", "status": "open"}})",
    R"({"id": "e4", "email": "dev2@example.com", "order": {"total": "19.90", "city": "Oslo"}})",
    R"({"id": "e3", "email": "dev@example.com", "case": {"title": "Broken", "status": "closed"}})",
    R"({"id": "e5", "email": "dev@example.com", "serial": "SN-2",
        "case": {"title": "RMA"}, "order": {"total": "5"}})",
    R"({"id": "e6", "serial": "SN-3"})",
};

// Records of four kinds, each read by DetectProfileObjectType's rules into a type of its
// own (from its first two records); every record is then previewed and ingested through it.
const char *const kDetectedGroups[][4] = {
    {R"({"id": "crm-1", "firstName": "Eva", "lastName": "Berg", "email": "eva@example.com",
         "phone": "+49 30 111222", "updatedAt": "2026-11-01T10:00:00Z"})",
     R"({"id": "crm-2", "firstName": "Finn", "lastName": "Ost", "email": "finn@example.com",
         "phone": "+49 30 111333", "updatedAt": "2026-11-02T10:00:00Z"})",
     R"({"id": "crm-3", "firstName": "Eva", "email": "EVA@example.com"})", nullptr},
    {R"({"orderId": "A-100", "email": "eva@example.com", "total": "19.90", "status": "shipped"})",
     R"({"orderId": "A-101", "email": "gus@example.com", "total": "5.00", "status": "open"})",
     R"({"orderId": "A-100", "email": "eva@example.com", "total": "21.00", "status": "returned"})",
     nullptr},
    {R"({"ticketId": "T-1", "email": "eva@example.com", "subject": "Broken", "status": "open"})",
     R"({"ticketId": "T-2", "email": "finn@example.com", "subject": "Refund", "status": "new"})",
     R"({"ticketId": "T-1", "email": "eva@example.com", "subject": "Broken", "status": "done"})",
     nullptr},
    {R"({"assetId": "AS-1", "serialNumber": "SN-9", "assetName": "Router",
         "email": "finn@example.com"})",
     R"({"assetId": "AS-2", "serialNumber": "SN-10", "assetName": "Phone",
         "email": "hal@example.com"})",
     nullptr, nullptr},
};

struct Sample
{
    const char *type;
    const char *object;
};

// In order: later samples meet the profiles and keys earlier ones left.
const Sample kSamples[] = {
    {"orders", R"({"orderId": "o1", "customer": {"email": "Ann@Example.com",
        "name": {"first": "Ann", "last": "Lee"}, "address": {"zip": "10115", "city": "Berlin"}},
        "phones": ["+1 (555) 000-1111"], "total": 12.5})"},
    {"orders", R"({"orderId": "o2", "customer": {"email": "  new1@example.com "},
        "phones": ["555-123-4567", "+49 30 1234"], "externalId": "X1"})"},
    {"orders", R"({"orderId": "o3", "customer": {"email": "NEW1@example.com"},
        "externalId": "X2"})"},
    {"orders", R"({"orderId": "o1", "customer": {"email": "other@example.com"}, "total": "99"})"},
    {"orders", R"({"customer": {"email": "ann@example.com"}})"},
    {"orders", R"({"orderId": "", "customer": {"email": "ann@example.com"}})"},
    {"orders", R"({"orderId": "o7", "customer": {"email": "shared@example.com"}})"},
    {"orders", R"({"orderId": "o8", "customer": {"email": "shared@example.com"},
        "phones": ["+1 555 000 1111"]})"},
    {"orders", R"({"orderId": "o9", "phones": ["+1 555 000 2222"]})"},
    {"orders", R"({"orderId": "o10", "loyalty": "L-100"})"},
    {"orders", R"({"orderId": "o11", "loyalty": "L-999"})"},
    {"orders", R"({"orderId": "o12", "customer": {"name": {"first": "  ANN ", "last": "Lee"},
        "address": {"zip": "10115"}}})"},
    {"orders", R"({"orderId": 42, "customer": {"email": "num@example.com"}})"},
    {"orders", R"({"orderId": 42.0, "customer": {"email": "num2@example.com"}})"},
    {"orders", R"({"orderId": "o15", "phones": [null, "+44 20 7946 0958"]})"},
    {"orders", R"({"orderId": "o16", "phones": "not-an-array"})"},
    {"orders", R"({"orderId": "o17", "customer": {"email": "ann@example.com"},
        "externalId": "X1"})"},
    {"orders", R"({"orderId": "o18", "customer": {"email": "not an email"}})"},
    {"orders", R"({"orderId": "o19", "customer": {"name": {"first": "Bo"}}})"},
    {"orders", R"({"orderId": "o20", "total": 1e3})"},
    {"orders", R"({"orderId": "o21", "customer": {"email": null},
        "phones": ["(555) 123-4567"]})"},
    {"orders", R"({"orderId": "o22", "customer": {"address": {"zip": 10115},
        "name": {"first": "ann"}}})"},
    {"orders", R"({"orderId": true})"},
    {"orders", R"({"orderId": "o24", "customer": "a string, not an object"})"},
    {"orders", R"({"orderId": "o25", "customer": {"email": "SHARED@EXAMPLE.COM"},
        "loyalty": "L-100"})"},
    {"tickets", R"({"ticket": {"id": "t1"}, "requester": {"email": "Ann@example.com"},
        "subject": "Help"})"},
    {"tickets", R"({"ticket": {"id": "t2"}, "requester": {"email": "nobody@example.com"}})"},
    {"tickets", R"({"ticket": {"id": "t3"}, "requester": {"phone": "+1 555 000 1111"}})"},
    {"tickets", R"({"ticket": {"id": "t4"}, "requester": {"phone": "+1 555 000 2222"}})"},
    {"tickets", R"({"ticket": {"id": "t3"}, "requester": {"email": "nobody@example.com"},
        "subject": "Again"})"},
    {"tickets", R"({"requester": {"email": "ann@example.com"}})"},
    {"tickets", R"({"ticket": {"id": "t5"}, "requester": {"email": "shared@example.com",
        "phone": "555.123.4567"}})"},
    {"tickets", R"({"ticket": {"id": ["t6"]}})"},
    {"events", R"({"source": "web", "seq": 1, "customer": {"no": "007"},
        "contact": {"phone": "+1 555 000 1111"}})"},
    {"events", R"({"source": "web", "seq": 1, "customer": {"no": 7}})"},
    {"events", R"({"source": "web"})"},
    {"events", R"({"source": "app", "seq": 2, "customer": {"no": "7.0"}})"},
    {"events", R"({"source": "app", "seq": 3, "customer": {"no": "abc"}})"},
    {"events", R"({"source": "app", "seq": "3"})"},
    {"events", R"({"source": "pos", "seq": 4, "contact": {"phone": "+15550002222"}})"},
    {"contact", R"({"Id": "c1", "AccountId": "a1", "FirstName": "Cy",
        "Email": "cy@example.com", "Phone": "+1 555 777 0000"})"},
    {"contact", R"({"Id": "c2", "AccountId": "a1", "FirstName": "Di"})"},
    {"contact", R"({"Id": "c1", "LastName": "Cyan"})"},
    {"contact", R"({"Id": "c3", "AccountId": "a2"})"},
    {"contact", R"({"Id": "c4", "AccountId": "a2"})"},
    {"contact", R"({"Id": "c5", "AccountId": "a3"})"},
    {"contact", R"({"AccountId": "a1"})"},
    {"contact", R"({"Id": "c6", "Email": "ANN@example.com", "MobilePhone": "0049 (30) 123"})"},
    {"orders", R"({"orderId": "o49", "customer": {"email": "cy@example.com"}})"},
    // The PROFILE key names one profile, the SECONDARY one another: the PROFILE key wins.
    {"orders", R"({"orderId": "o51", "customer": {"email": "new1@example.com"},
        "phones": ["+1 555 000 1111"]})"},
    {"orders", R"({"orderId": "o50", "phones": [], "customer": {"name": {"first": "Ann",
        "last": "Lee"}}})"},
};

const char *decisionName(IngestionPlan::Decision decision)
{
    switch (decision) {
    case IngestionPlan::Decision::Replace:
        return "Replace";
    case IngestionPlan::Decision::Match:
        return "Match";
    case IngestionPlan::Decision::Create:
        return "Create";
    case IngestionPlan::Decision::Refuse:
        return "Refuse";
    }
    return "?";
}

// "FirstName", "Address.City", "Attributes.x" read from a wire Profile.
QString wireField(const QJsonObject &profile, const QString &path)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return profile.value(path).toString();
    return profile.value(path.left(dot)).toObject().value(path.mid(dot + 1)).toString();
}

} // namespace

class TestPreviewVsIngestion : public QObject
{
    Q_OBJECT

    EngineFixture f;

    QStringList ids(const ApiResult &r)
    {
        QStringList out;
        const QJsonArray items = r.body.value(s("Items")).toArray();
        for (const QJsonValue &item : items)
            out.append(item.toObject().value(s("ProfileId")).toString());
        return out;
    }
    // What the console asks: SearchProfiles for a key value, at most `max` profiles.
    QStringList searchProfiles(const QString &key, const QString &value, int max)
    {
        return ids(f.call("SearchProfiles", {{s("DomainName"), s("d")},
                                             {s("KeyName"), key},
                                             {s("Values"), QJsonArray{value}},
                                             {s("MaxResults"), max}}));
    }
    // The profile holding an object of `type` with this UNIQUE value: the profiles found
    // by the UNIQUE key, each asked for its objects filtered by that key.
    std::optional<QString> existingProfile(const QString &type, const QString &uniqueKey,
                                           const QString &value)
    {
        const QStringList holders = searchProfiles(uniqueKey, value, 100);
        for (const QString &id : holders) {
            const ApiResult r =
                f.call("ListProfileObjects",
                       {{s("DomainName"), s("d")},
                        {s("ObjectTypeName"), type},
                        {s("ProfileId"), id},
                        {s("ObjectFilter"), QJsonObject{{s("KeyName"), uniqueKey},
                                                        {s("Values"), QJsonArray{value}}}}});
            if (!r.body.value(s("Items")).toArray().isEmpty())
                return id;
        }
        return std::nullopt;
    }
    QStringList allProfiles()
    {
        QSqlQuery q(f.db->connection());
        QStringList out;
        if (q.exec(s("SELECT id FROM profiles WHERE domain = 'd'")))
            while (q.next())
                out.append(q.value(0).toString());
        return out;
    }
    QString landedOn(const QString &objectKey)
    {
        QSqlQuery q(f.db->connection());
        q.prepare(s("SELECT profile_id FROM objects WHERE domain = 'd' AND object_key = ?"));
        q.addBindValue(objectKey);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    QString addKey(const QString &id, const char *key, const char *value)
    {
        const ApiResult r = f.call("AddProfileKey", {{s("DomainName"), s("d")},
                                                     {s("ProfileId"), id},
                                                     {s("KeyName"), s(key)},
                                                     {s("Values"), QJsonArray{s(value)}}});
        return r.ok() ? id : QString();
    }

    // Plans `object` as the console previews it, puts it, and says where the plan and what
    // the engine did differ (nothing: an empty list).
    QStringList compare(const QString &typeName, const cp::schema::ObjectTypeDefinition &type,
                        const QJsonObject &object, IngestionPlan *planned)
    {
        // The preview: look up what the plan needs first (as an asynchronous console
        // would), then plan with answers from what was fetched.
        const cp::schema::MappingResult mapping = cp::schema::evaluateMapping(type, object);
        QHash<QString, QStringList> fetched;
        const QList<cp::schema::KeyLookup> needed = cp::schema::lookupsNeeded(mapping);
        for (const cp::schema::KeyLookup &lookup : needed)
            fetched.insert(lookup.keyName + QLatin1Char('\n') + lookup.normalized,
                           searchProfiles(lookup.keyName, lookup.normalized, 2));
        std::optional<QString> existing;
        if (mapping.accepted() && mapping.uniqueKeyValue)
            existing =
                existingProfile(typeName, mapping.uniqueKeyName, *mapping.uniqueKeyValue);
        QStringList unexpectedLookups;
        const IngestionPlan plan = cp::schema::planIngestion(
            type, object, existing, [&](const QString &key, const QString &value) {
                const QString id = key + QLatin1Char('\n') + value;
                if (!fetched.contains(id))
                    unexpectedLookups.append(key + QLatin1Char('=') + value);
                return fetched.value(id);
            });

        // Before-state for the comparison.
        const QStringList before = allProfiles();
        QHash<QString, QStringList> holdersBefore;
        for (const cp::schema::ExtractedKey &key : plan.mapping.keys)
            holdersBefore.insert(key.keyName, f.search(key.keyName, key.normalized));

        const ApiResult r = f.put(typeName.toUtf8().constData(), object);
        const QStringList after = allProfiles();

        QStringList problems;
        if (!unexpectedLookups.isEmpty())
            problems.append(s("looked up what lookupsNeeded did not list: ") +
                            unexpectedLookups.join(s(", ")));
        if (plan.refused() != (r.status == 400))
            problems.append(s("refused: plan %1, engine %2")
                                .arg(plan.refused() ? s("yes") : s("no"), describe(r)));
        if (!plan.refused() && !r.ok())
            problems.append(s("engine failed: ") + describe(r));
        const QSet<QString> beforeSet(before.begin(), before.end());
        const QSet<QString> afterSet(after.begin(), after.end());
        const bool createdProfile = afterSet.size() > beforeSet.size();
        if (createdProfile != plan.createsProfile())
            problems.append(s("created a profile: plan %1, engine %2")
                                .arg(plan.createsProfile() ? s("yes") : s("no"),
                                     createdProfile ? s("yes") : s("no")));
        if (!plan.refused() && r.ok()) {
            const QString landed =
                landedOn(r.body.value(s("ProfileObjectUniqueKey")).toString());
            if (!plan.createsProfile() && landed != plan.profileId)
                problems.append(s("profile: plan %1, engine %2").arg(plan.profileId, landed));
            if (plan.createsProfile() && beforeSet.contains(landed))
                problems.append(s("landed on the existing profile ") + landed);
            const QJsonObject stored = f.profile(landed);
            for (auto it = plan.mapping.profileFields.begin();
                 it != plan.mapping.profileFields.end(); ++it) {
                if (wireField(stored, it.key()) != it.value())
                    problems.append(
                        s("field %1: plan \"%2\", stored \"%3\"")
                            .arg(it.key(), it.value(), wireField(stored, it.key())));
            }
            for (const cp::schema::ExtractedKey &key : plan.mapping.keys) {
                const bool planned =
                    std::any_of(plan.keysToStore.begin(), plan.keysToStore.end(),
                                [&](const auto &k) { return k.keyName == key.keyName; });
                const bool had = holdersBefore.value(key.keyName).contains(landed);
                const bool has = f.search(key.keyName, key.normalized).contains(landed);
                if (has != (planned || had))
                    problems.append(s("key %1=%2: planned to store %3, searchable %4")
                                        .arg(key.keyName, key.normalized,
                                             planned ? s("yes") : s("no"),
                                             has ? s("yes") : s("no")));
            }
        } else if (afterSet != beforeSet) {
            problems.append(s("a refused object changed the profiles"));
        }

        problems += compareStandardObjects(plan, r);
        *planned = plan;
        return problems;
    }
    // Each standard object the plan maps the object to is on the profile it landed on, with
    // the planned fields.
    QStringList compareStandardObjects(const IngestionPlan &plan, const ApiResult &r)
    {
        QStringList problems;
        if (plan.refused() || !r.ok())
            return problems;
        const QString landed = landedOn(r.body.value(s("ProfileObjectUniqueKey")).toString());
        const auto &standard = plan.mapping.standardObjectFields;
        for (auto it = standard.begin(); it != standard.end(); ++it) {
            if (it->isEmpty())
                continue;
            const ApiResult listed =
                f.call("ListProfileObjects", {{s("DomainName"), s("d")},
                                              {s("ObjectTypeName"), it.key()},
                                              {s("ProfileId"), landed}});
            bool found = false;
            for (const QJsonValue &item : listed.body.value(s("Items")).toArray()) {
                const QJsonObject body = QJsonDocument::fromJson(
                    item.toObject().value(s("Object")).toString().toUtf8()).object();
                found |= std::all_of(it->keyBegin(), it->keyEnd(), [&](const QString &path) {
                    return wireField(body, path) == it->value(path);
                });
            }
            if (!found)
                problems.append(s("%1: no stored object has the planned fields").arg(it.key()));
        }
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.open());
        QVERIFY(f.createDomain());
    }
    void cleanupTestCase() { f.close(); }

    void previewAgreesWithIngestion()
    {
        QMap<QString, cp::schema::ObjectTypeDefinition> types;
        for (const char *json : {kOrders, kTickets, kEvents}) {
            QJsonObject input = j(json);
            input.insert(s("DomainName"), s("d"));
            QVERIFY_OK(f.call("PutProfileObjectType", input));
        }
        QVERIFY_OK(f.callIn("PutProfileObjectType", R"({"ObjectTypeName": "contact",
            "Description": "from a template", "TemplateId": "Salesforce-Contact"})"));
        for (const char *name : {"orders", "tickets", "events", "contact"}) {
            // As the console has it: the definition GetProfileObjectType returns.
            const ApiResult r = f.call("GetProfileObjectType",
                                       {{s("DomainName"), s("d")}, {s("ObjectTypeName"), s(name)}});
            QVERIFY_OK(r);
            types.insert(s(name), cp::schema::ObjectTypeDefinition::fromJson(r.body));
        }

        // Profiles made by the API: one holds ann's address, loyalty L-100; two share an
        // address, a phone key and an account id (values that match two profiles).
        const QString ann = f.createProfile(
            {{s("EmailAddress"), s("ann@example.com")}, {s("PhoneNumber"), s("+1 555 000 1111")}});
        const QString twinA = f.createProfile({{s("EmailAddress"), s("shared@example.com")}});
        const QString twinB = f.createProfile({{s("EmailAddress"), s("Shared@Example.com")}});
        QVERIFY(!addKey(ann, "loyalty", "L-100").isEmpty());
        for (const QString &id : {twinA, twinB}) {
            QVERIFY(!addKey(id, "phone", "+1 555 000 2222").isEmpty());
            QVERIFY(!addKey(id, "_salesforceAccountId", "a3").isEmpty());
        }

        QStringList failures;
        QMap<QString, int> decisions;
        int ambiguous = 0;
        int index = 0;
        for (const Sample &sample : kSamples) {
            ++index;
            const QString typeName = s(sample.type);
            const cp::schema::ObjectTypeDefinition &type = types[typeName];
            const QJsonObject object = j(sample.object);

            IngestionPlan plan;
            const QStringList problems = compare(typeName, type, object, &plan);
            decisions[s(decisionName(plan.decision))] += 1;
            if (!plan.ambiguousKeys.isEmpty())
                ++ambiguous;
            if (!problems.isEmpty())
                failures.append(s("sample %1 (%2) %3\n  plan: %4 - %5\n  ")
                                    .arg(index)
                                    .arg(typeName, s(sample.object).simplified(),
                                         s(decisionName(plan.decision)), plan.reason) +
                                problems.join(s("\n  ")));
        }

        qInfo("%d samples: %d replaced, %d matched, %d created, %d refused; %d passed over "
              "an ambiguous key value",
              index, decisions.value(s("Replace")), decisions.value(s("Match")),
              decisions.value(s("Create")), decisions.value(s("Refuse")), ambiguous);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(index >= 40);
        // The samples reach every decision, and values held by two profiles.
        for (const char *decision : {"Replace", "Match", "Create", "Refuse"})
            QVERIFY2(decisions.value(s(decision)) >= 3, decision);
        QVERIFY(ambiguous >= 3);
    }

    // The same comparison for a type with asset, case and order targets, and for types
    // detected from records: each standard object planned is the one stored.
    void standardDestinationsAndDetectedTypesAgree()
    {
        QJsonObject devices = j(kDevices);
        devices.insert(s("DomainName"), s("d"));
        QVERIFY_OK(f.call("PutProfileObjectType", devices));
        QList<QPair<QString, QJsonObject>> samples;
        for (const char *object : kDeviceSamples)
            samples.append({s("devices"), j(object)});
        int group = 0;
        for (const auto &records : kDetectedGroups) {
            QList<QJsonObject> objects;
            for (const char *record : records) {
                if (record)
                    objects.append(j(record));
            }
            const QString name = s("detected%1").arg(++group);
            // Detected from the first two (distinct ids); the third repeats an id on purpose.
            QJsonObject input = cp::schema::detectObjectType(objects.mid(0, 2))
                                    .toDefinition(name, s("detected from records"))
                                    .toJson();
            input.insert(s("DomainName"), s("d"));
            input.insert(s("AllowProfileCreation"), true);
            QVERIFY_OK(f.call("PutProfileObjectType", input));
            for (const QJsonObject &object : std::as_const(objects))
                samples.append({name, object});
        }

        QStringList failures;
        QSet<QString> destinations; // "_asset"... reached by some sample
        QSet<QString> detectedDestinations;
        for (const auto &[typeName, object] : std::as_const(samples)) {
            const ApiResult r = f.call("GetProfileObjectType",
                                       {{s("DomainName"), s("d")}, {s("ObjectTypeName"), typeName}});
            QVERIFY_OK(r);
            const auto type = cp::schema::ObjectTypeDefinition::fromJson(r.body);
            IngestionPlan plan;
            const QStringList problems = compare(typeName, type, object, &plan);
            for (auto it = plan.mapping.standardObjectFields.begin();
                 it != plan.mapping.standardObjectFields.end(); ++it) {
                if (!it->isEmpty() && !plan.refused()) {
                    destinations.insert(it.key());
                    if (typeName.startsWith(s("detected")))
                        detectedDestinations.insert(it.key());
                }
            }
            if (!problems.isEmpty())
                failures.append(s("%1 %2\n  plan: %3 - %4\n  ")
                                    .arg(typeName,
                                         QString::fromUtf8(QJsonDocument(object).toJson(
                                             QJsonDocument::Compact)),
                                         s(decisionName(plan.decision)), plan.reason) +
                                problems.join(s("\n  ")));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        const QStringList all = {s("_asset"), s("_case"), s("_order")};
        for (const QString &kind : all)
            QVERIFY2(destinations.contains(kind), qPrintable(kind));
        qInfo("detected types filled %lld of the three standard objects",
              qlonglong(detectedDestinations.size()));
        QCOMPARE(detectedDestinations.size(), 3); // orders, tickets and assets were recognised
    }

    void reasonsExplainTheDecision()
    {
        const auto type = cp::schema::ObjectTypeDefinition::fromJson(j(kTickets));
        const auto none = [](const QString &, const QString &) { return QStringList(); };
        const auto one = [](const QString &, const QString &) { return QStringList{s("p1")}; };
        const auto two = [](const QString &, const QString &) {
            return QStringList{s("p1"), s("p2")};
        };
        const QJsonObject object = j(R"({"ticket": {"id": "t1"}, "requester": {"email": "a@b"}})");

        IngestionPlan plan = cp::schema::planIngestion(type, object, std::nullopt, one);
        QCOMPARE(plan.decision, IngestionPlan::Decision::Match);
        QCOMPARE(plan.reason, s("Matches profile p1 by _email (PROFILE)."));
        plan = cp::schema::planIngestion(type, object, std::nullopt, none);
        QCOMPARE(plan.reason, s("Refused: no profile matches and AllowProfileCreation is false."));
        plan = cp::schema::planIngestion(type, object, s("p9"), two);
        QCOMPARE(plan.decision, IngestionPlan::Decision::Replace);
        QCOMPARE(plan.profileId, s("p9"));
        plan = cp::schema::planIngestion(type, j(R"({"requester": {"email": "a@b"}})"),
                                         std::nullopt, one);
        QVERIFY(plan.refused());
        QVERIFY2(plan.reason.startsWith(s("Refused: ")) && plan.reason.contains(s("ticketId")),
                 qPrintable(plan.reason));

        auto creating = type;
        creating.allowProfileCreation = true;
        plan = cp::schema::planIngestion(creating, object, std::nullopt, two);
        QCOMPARE(plan.decision, IngestionPlan::Decision::Create);
        QCOMPARE(plan.ambiguousKeys, QStringList{s("_email")});
        QVERIFY(
            plan.reason.startsWith(s("No profile has these keys: a profile would be created.")));
        QCOMPARE(cp::schema::lookupsNeeded(plan.mapping).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPreviewVsIngestion)
#include "tst_preview_vs_ingestion.moc"
