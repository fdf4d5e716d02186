// The engine's configuration operations: domains (with Stats and paging), object types
// and their validation rules, templates, integrations, and tags by ARN.

#include "enginefixture.h"

#include <QJsonArray>
#include <QSet>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

const char *const kContactType = R"({
    "ObjectTypeName": "Contact", "Description": "CRM contacts", "AllowProfileCreation": true,
    "Fields": {
        "id": {"Source": "_source.id"},
        "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
                  "ContentType": "EMAIL_ADDRESS"}},
    "Keys": {
        "contactId": [{"StandardIdentifiers": ["UNIQUE", "PROFILE"], "FieldNames": ["id"]}],
        "email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}]}})";

QString arnOf(const char *rest)
{
    return QStringLiteral("arn:aws:profile:us-east-1:123456789012:domains/") +
           QString::fromUtf8(rest);
}

} // namespace

class TestEngineDomains : public QObject
{
    Q_OBJECT

    EngineFixture f;

private Q_SLOTS:
    void init() { QVERIFY(f.open()); }
    void cleanup() { f.close(); }

    void createTwiceIsRefused()
    {
        QVERIFY_OK(f.callIn("CreateDomain", R"({"DefaultExpirationDays": 30})"));
        const ApiResult again = f.callIn("CreateDomain", R"({"DefaultExpirationDays": 30})");
        QCOMPARE_ERROR(again, 400, "BadRequestException");
        QVERIFY(again.message.contains(QStringLiteral("already exists")));
    }

    void expirationDaysBounds_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("constraint");
        QTest::newRow("0") << 0 << s("greater than or equal to 1");
        QTest::newRow("1099") << 1099 << s("less than or equal to 1098");
    }
    void expirationDaysBounds()
    {
        QFETCH(int, days);
        QFETCH(QString, constraint);
        const ApiResult r =
            f.call("CreateDomain", {{s("DomainName"), s("d")}, {s("DefaultExpirationDays"), days}});
        QCOMPARE_ERROR(r, 400, "BadRequestException");
        const QString expected = QStringLiteral("1 validation error detected: Value '%1' at "
                                                "'defaultExpirationDays' failed to satisfy "
                                                "constraint: Member must have value ")
                                     .arg(days) +
                                 constraint;
        QCOMPARE(r.message, expected);
        QCOMPARE(f.rows("domains", s("d")), 0);
        QVERIFY_OK(f.call("CreateDomain", {{s("DomainName"), s("d")},
                                           {s("DefaultExpirationDays"), days == 0 ? 1 : 1098}}));
    }

    void updateChangesOnlyWhatIsGiven()
    {
        // (No URL in a raw string literal: moc would read its "//" as a comment.)
        QVERIFY_OK(
            f.call("CreateDomain",
                   {{s("DomainName"), s("d")},
                    {s("DefaultExpirationDays"), 30},
                    {s("DefaultEncryptionKey"), s("arn:aws:kms:us-east-1:123456789012:key/k1")},
                    {s("DeadLetterQueueUrl"),
                     s("https://sqs.us-east-1.amazonaws.com/123456789012/dlq")}}));
        f.now += 1000;
        ApiResult r = f.callIn("UpdateDomain", R"({"DefaultExpirationDays": 60})");
        QVERIFY_OK(r);
        QCOMPARE(r.body.value(s("DefaultExpirationDays")).toInt(), 60);
        QCOMPARE(r.body.value(s("DefaultEncryptionKey")).toString(),
                 s("arn:aws:kms:us-east-1:123456789012:key/k1"));
        QCOMPARE(r.body.value(s("DeadLetterQueueUrl")).toString(),
                 s("https://sqs.us-east-1.amazonaws.com/123456789012/dlq"));
        QCOMPARE(r.body.value(s("LastUpdatedAt")).toDouble(), (EngineFixture::kStart + 1000) / 1e3);
        QCOMPARE(r.body.value(s("CreatedAt")).toDouble(), EngineFixture::kStart / 1e3);

        r = f.callIn("UpdateDomain", R"({"DeadLetterQueueUrl": ""})");
        QVERIFY_OK(r);
        QVERIFY(!r.body.contains(s("DeadLetterQueueUrl")));
        QCOMPARE(r.body.value(s("DefaultExpirationDays")).toInt(), 60);
        r = f.callIn("GetDomain", "{}");
        QVERIFY(!r.body.contains(s("DeadLetterQueueUrl")));
        QVERIFY(r.body.contains(s("DefaultEncryptionKey")));
        QCOMPARE_ERROR(f.callIn("UpdateDomain", R"({"DefaultExpirationDays": 5})", s("nope")), 404,
                       "ResourceNotFoundException");
    }

    void statsCountProfilesObjectsAndBytes()
    {
        QVERIFY(f.createDomain());
        QVERIFY_OK(f.call("PutProfileObjectType", [] {
            QJsonObject t = j(kContactType);
            t.insert(s("DomainName"), s("d"));
            return t;
        }()));
        QJsonObject stats = f.stats();
        QCOMPARE(stats.value(s("ProfileCount")).toInt(), 0);
        QCOMPARE(stats.value(s("MeteringProfileCount")).toInt(), 0);
        QCOMPARE(stats.value(s("ObjectCount")).toInt(), 0);
        QCOMPARE(stats.value(s("TotalSize")).toInt(), 0);

        // 201 objects on one profile (same email), one on another; bytes, not characters.
        qint64 bytes = 0;
        for (int i = 0; i < 201; ++i) {
            const QJsonObject object{{s("id"), QString::number(i)},
                                     {s("email"), s("zoë@example.com")}};
            bytes += QJsonDocument(object).toJson(QJsonDocument::Compact).size();
            QVERIFY_OK(f.put("Contact", object));
            if (i == 99 || i == 100 || i == 199) {
                // 100 objects: still 1; 101: 2; 200: 2.
                const int expected = i == 99 ? 1 : 2;
                QCOMPARE(f.stats().value(s("MeteringProfileCount")).toInt(), expected);
            }
        }
        const QJsonObject other{{s("id"), s("x")}, {s("email"), s("other@example.com")}};
        bytes += QJsonDocument(other).toJson(QJsonDocument::Compact).size();
        QVERIFY_OK(f.put("Contact", other));
        stats = f.stats();
        QCOMPARE(stats.value(s("ProfileCount")).toInt(), 2);
        QCOMPARE(stats.value(s("ObjectCount")).toInt(), 202);
        QCOMPARE(stats.value(s("MeteringProfileCount")).toInt(), 3 + 1);
        QCOMPARE(qint64(stats.value(s("TotalSize")).toDouble()), bytes);
        QVERIFY(f.createProfile({}) != QString());
        QCOMPARE(f.stats().value(s("MeteringProfileCount")).toInt(), 5);
    }

    void deleteRemovesEverything()
    {
        QVERIFY(f.createDomain());
        QVERIFY(f.createDomain(s("keep")));
        for (const QString &domain : {s("d"), s("keep")}) {
            QJsonObject t = j(kContactType);
            t.insert(s("DomainName"), domain);
            t.insert(s("Tags"), QJsonObject{{s("team"), s("a")}});
            QVERIFY_OK(f.call("PutProfileObjectType", t));
            QVERIFY_OK(f.put("Contact", j(R"({"id": "1", "email": "a@example.com"})"), domain));
            QVERIFY(!f.createProfile({{s("FirstName"), s("Jane")}}, domain).isEmpty());
            QVERIFY_OK(f.call("PutIntegration", {{s("DomainName"), domain},
                                                 {s("Uri"), s("arn:aws:sqs:x")},
                                                 {s("ObjectTypeName"), s("Contact")}}));
            QVERIFY_OK(f.call("TagResource", {{s("resourceArn"), QString(arnOf("") + domain)},
                                              {s("tags"), QJsonObject{{s("k"), s("v")}}}}));
        }
        const ApiResult r = f.callIn("DeleteDomain", "{}");
        QVERIFY_OK(r);
        QVERIFY(r.body.value(s("Message")).isString());
        QCOMPARE_ERROR(f.callIn("GetDomain", "{}"), 404, "ResourceNotFoundException");
        QCOMPARE_ERROR(f.callIn("DeleteDomain", "{}"), 404, "ResourceNotFoundException");
        for (const char *table :
             {"domains", "object_types", "profiles", "profile_keys", "objects", "integrations"}) {
            QVERIFY2(f.rows(table, s("d")) == 0, table);
            QVERIFY2(f.rows(table, s("keep")) > 0, table);
        }
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT arn FROM tags")));
        while (q.next())
            QVERIFY2(q.value(0).toString().contains(s("domains/keep")),
                     qPrintable(q.value(0).toString()));
        // The name is free again, and the new domain starts empty.
        QVERIFY(f.createDomain());
        QCOMPARE(f.stats().value(s("ProfileCount")).toInt(), 0);
        QCOMPARE(f.callIn("ListProfileObjectTypes", "{}").body.value(s("Items")).toArray().size(),
                 0);
        QCOMPARE(f.call("ListTagsForResource", {{s("resourceArn"), arnOf("d")}})
                     .body.value(s("tags"))
                     .toObject()
                     .size(),
                 0);
    }

    void listDomainsPages()
    {
        const QStringList names = {s("e"), s("a"), s("c"), s("b"), s("d")};
        for (const QString &name : names)
            QVERIFY(f.createDomain(name));
        QStringList seen;
        QString token;
        int pages = 0;
        do {
            QJsonObject input{{s("MaxResults"), 2}};
            if (!token.isEmpty())
                input.insert(s("NextToken"), token);
            const ApiResult r = f.call("ListDomains", input);
            QVERIFY_OK(r);
            const QJsonArray items = r.body.value(s("Items")).toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue &item : items) {
                seen.append(item.toObject().value(s("DomainName")).toString());
                QVERIFY(item.toObject().value(s("CreatedAt")).isDouble());
            }
            token = r.body.value(s("NextToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen, (QStringList{s("a"), s("b"), s("c"), s("d"), s("e")}));
        QCOMPARE(f.call("ListDomains", {}).body.value(s("Items")).toArray().size(), 5);

        for (const char *bad : {"garbage!", "eyJsIjoieCIsImEiOiJiIn0"}) { // second: another listing
            const ApiResult r = f.call("ListDomains", {{s("NextToken"), s(bad)}});
            QCOMPARE_ERROR(r, 400, "BadRequestException");
        }
        // A token of another listing is refused too.
        QVERIFY_OK(f.call("PutProfileObjectType", [] {
            QJsonObject t = j(kContactType);
            t.insert(s("DomainName"), s("a"));
            return t;
        }()));
        QJsonObject second = j(kContactType);
        second.insert(s("DomainName"), s("a"));
        second.insert(s("ObjectTypeName"), s("Contact2"));
        QVERIFY_OK(f.call("PutProfileObjectType", second));
        const ApiResult types = f.callIn("ListProfileObjectTypes", R"({"MaxResults": 1})", s("a"));
        const QString typesToken = types.body.value(s("NextToken")).toString();
        QVERIFY(!typesToken.isEmpty());
        QCOMPARE_ERROR(f.call("ListDomains", {{s("NextToken"), typesToken}}), 400,
                       "BadRequestException");
    }

    void objectTypeRules_data()
    {
        QTest::addColumn<QString>("change"); // JSON merged into the Contact type
        QTest::addColumn<QString>("message");
        QTest::newRow("leading underscore")
            << s(R"({"ObjectTypeName": "_Contact"})") << s("cannot start with \"_\"");
        QTest::newRow("blank description")
            << s(R"({"Description": "   "})") << s("needs a description");
        QTest::newRow("no keys") << s(R"({"Keys": {}})") << s("at least one key");
        QTest::newRow("two unique keys")
            << s(R"({"Keys": {"a": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}],
                              "b": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["email"]}]}})")
            << s("Only one key can be UNIQUE");
        QTest::newRow("no unique key")
            << s(R"({"Keys": {"a": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["id"]}]}})")
            << s("UNIQUE");
        QTest::newRow("missing field")
            << s(R"({"Keys": {"a": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["nope"]}]}})")
            << s("uses field \"nope\", which the object type does not define");
        QTest::newRow("bad target")
            << s(R"({"Fields": {"id": {"Source": "_source.id", "Target": "_profile.Nickname"}}})")
            << s("_profile.Nickname is not a field of the standard profile");
        QTest::newRow("bad source") << s(R"({"Fields": {"id": {"Source": "source.id"}}})")
                                    << s("the Source must be a path");
        QTest::newRow("bad template source")
            << s("{\"Fields\": {\"id\": {\"Source\": \"{{_source.id}\"}}}") << s("unbalanced");
    }
    void objectTypeRules()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        QVERIFY(f.createDomain());
        QJsonObject type = j(kContactType);
        type.insert(s("DomainName"), s("d"));
        const QJsonObject delta = j(change.toUtf8().constData());
        for (auto it = delta.begin(); it != delta.end(); ++it) {
            if (it.key() == s("Fields")) { // replace single fields, keep the others
                QJsonObject fields = type.value(s("Fields")).toObject();
                const QJsonObject given = it.value().toObject();
                for (auto g = given.begin(); g != given.end(); ++g)
                    fields.insert(g.key(), g.value());
                type.insert(s("Fields"), fields);
            } else {
                type.insert(it.key(), it.value());
            }
        }
        const ApiResult r = f.call("PutProfileObjectType", type);
        QCOMPARE_ERROR(r, 400, "BadRequestException");
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QCOMPARE(f.rows("object_types", s("d")), 0);
    }

    void elevenKeysAreTooMany()
    {
        QVERIFY(f.createDomain());
        QJsonObject type = j(kContactType);
        type.insert(s("DomainName"), s("d"));
        QJsonObject keys = type.value(s("Keys")).toObject();
        for (int i = 0; keys.size() < 11; ++i)
            keys.insert(QStringLiteral("k%1").arg(i),
                        j(R"({"a": [{"FieldNames": ["email"]}]})").value(s("a")));
        type.insert(s("Keys"), keys);
        const ApiResult r = f.call("PutProfileObjectType", type);
        QCOMPARE_ERROR(r, 400, "BadRequestException");
        QVERIFY2(r.message.contains(s("at most 10 keys")), qPrintable(r.message));
        keys.remove(s("k0"));
        type.insert(s("Keys"), keys);
        QVERIFY_OK(f.call("PutProfileObjectType", type));
    }

    void missingDescriptionIsAModelError()
    {
        QVERIFY(f.createDomain());
        QJsonObject type = j(kContactType);
        type.insert(s("DomainName"), s("d"));
        type.remove(s("Description"));
        const ApiResult r = f.call("PutProfileObjectType", type);
        QCOMPARE_ERROR(r, 400, "BadRequestException");
        QVERIFY2(r.message.contains(s("'description'")), qPrintable(r.message));
    }

    void objectTypeLifecycle()
    {
        QCOMPARE_ERROR(f.callIn("ListProfileObjectTypes", "{}"), 404, "ResourceNotFoundException");
        QVERIFY(f.createDomain());
        QJsonObject type = j(kContactType);
        type.insert(s("DomainName"), s("d"));
        ApiResult r = f.call("PutProfileObjectType", type);
        QVERIFY_OK(r);
        QCOMPARE(r.body.value(s("ObjectTypeName")).toString(), s("Contact"));
        QCOMPARE(r.body.value(s("Keys")), type.value(s("Keys")));
        QCOMPARE(r.body.value(s("Fields")), type.value(s("Fields")));

        f.now += 5000;
        type.insert(s("Description"), s("changed"));
        r = f.call("PutProfileObjectType", type);
        QVERIFY_OK(r);
        QCOMPARE(r.body.value(s("CreatedAt")).toDouble(), EngineFixture::kStart / 1e3);
        QCOMPARE(r.body.value(s("LastUpdatedAt")).toDouble(), (EngineFixture::kStart + 5000) / 1e3);

        r = f.callIn("GetProfileObjectType", R"({"ObjectTypeName": "Contact"})");
        QVERIFY_OK(r);
        QCOMPARE(r.body.value(s("Description")).toString(), s("changed"));
        QCOMPARE_ERROR(f.callIn("GetProfileObjectType", R"({"ObjectTypeName": "Nope"})"), 404,
                       "ResourceNotFoundException");

        const QJsonArray items =
            f.callIn("ListProfileObjectTypes", "{}").body.value(s("Items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(s("ObjectTypeName")).toString(), s("Contact"));
        QCOMPARE(items.at(0).toObject().value(s("Description")).toString(), s("changed"));

        QVERIFY_OK(f.callIn("DeleteProfileObjectType", R"({"ObjectTypeName": "Contact"})"));
        QCOMPARE_ERROR(f.callIn("GetProfileObjectType", R"({"ObjectTypeName": "Contact"})"), 404,
                       "ResourceNotFoundException");
        QCOMPARE_ERROR(f.callIn("DeleteProfileObjectType", R"({"ObjectTypeName": "Contact"})"), 404,
                       "ResourceNotFoundException");
    }

    void templateIdCopiesFieldsAndKeys()
    {
        QVERIFY(f.createDomain());
        const ApiResult tmpl =
            f.call("GetProfileObjectTypeTemplate", {{s("TemplateId"), s("Salesforce-Contact")}});
        QVERIFY_OK(tmpl);
        ApiResult r = f.callIn("PutProfileObjectType", R"({"ObjectTypeName": "SfContact",
            "Description": "from the template", "TemplateId": "Salesforce-Contact"})");
        QVERIFY_OK(r);
        r = f.callIn("GetProfileObjectType", R"({"ObjectTypeName": "SfContact"})");
        QCOMPARE(r.body.value(s("Fields")), tmpl.body.value(s("Fields")));
        QCOMPARE(r.body.value(s("Keys")), tmpl.body.value(s("Keys")));
        QCOMPARE(r.body.value(s("TemplateId")).toString(), s("Salesforce-Contact"));
        QCOMPARE(r.body.value(s("AllowProfileCreation")),
                 tmpl.body.value(s("AllowProfileCreation")));

        r = f.callIn("PutProfileObjectType", R"({"ObjectTypeName": "X", "Description": "x",
            "TemplateId": "No-Such-Template"})");
        QCOMPARE_ERROR(r, 400, "BadRequestException");
        QCOMPARE_ERROR(f.call("GetProfileObjectTypeTemplate", {{s("TemplateId"), s("Nope")}}), 404,
                       "ResourceNotFoundException");
        const QJsonArray templates =
            f.call("ListProfileObjectTypeTemplates", {}).body.value(s("Items")).toArray();
        QVERIFY(templates.size() >= 10);
    }

    void integrations()
    {
        const QString uri = s("arn:aws:appflow:us-east-1:123456789012:flow/sf-contacts");
        for (const QString &domain : {s("d1"), s("d2"), s("d3")}) {
            QVERIFY(f.createDomain(domain));
            QJsonObject t = j(kContactType);
            t.insert(s("DomainName"), domain);
            QVERIFY_OK(f.call("PutProfileObjectType", t));
        }
        ApiResult r = f.call(
            "PutIntegration",
            {{s("DomainName"), s("d1")}, {s("Uri"), uri}, {s("ObjectTypeName"), s("Missing")}});
        QCOMPARE_ERROR(r, 400, "BadRequestException");
        r = f.call("PutIntegration",
                   {{s("DomainName"), s("d1")},
                    {s("Uri"), uri},
                    {s("ObjectTypeNames"),
                     QJsonObject{{s("Contact"), s("Contact")}, {s("Lead"), s("Missing")}}}});
        QCOMPARE_ERROR(r, 400, "BadRequestException");
        QCOMPARE(f.rows("integrations", s("d1")), 0);

        for (const QString &domain : {s("d1"), s("d2")}) {
            r = f.call("PutIntegration", {{s("DomainName"), domain},
                                          {s("Uri"), uri},
                                          {s("ObjectTypeName"), s("Contact")},
                                          {s("Tags"), QJsonObject{{s("src"), s("sf")}}}});
            QVERIFY_OK(r);
            QCOMPARE(r.body.value(s("Uri")).toString(), uri);
            QCOMPARE(r.body.value(s("DomainName")).toString(), domain);
            QCOMPARE(r.body.value(s("ObjectTypeName")).toString(), s("Contact"));
        }
        QVERIFY_OK(f.call("PutIntegration", {{s("DomainName"), s("d3")},
                                             {s("Uri"), s("arn:aws:sqs:other")},
                                             {s("ObjectTypeName"), s("Contact")}}));
        r = f.call("GetIntegration", {{s("DomainName"), s("d1")}, {s("Uri"), uri}});
        QVERIFY_OK(r);
        QCOMPARE(r.body.value(s("Tags")).toObject().value(s("src")).toString(), s("sf"));
        QCOMPARE_ERROR(f.call("GetIntegration", {{s("DomainName"), s("d3")}, {s("Uri"), uri}}), 404,
                       "ResourceNotFoundException");
        QCOMPARE(f.call("ListIntegrations", {{s("DomainName"), s("d1")}})
                     .body.value(s("Items"))
                     .toArray()
                     .size(),
                 1);

        QSet<QString> domains;
        QString token;
        int pages = 0;
        do {
            QJsonObject input{{s("Uri"), uri}, {s("MaxResults"), 1}};
            if (!token.isEmpty())
                input.insert(s("NextToken"), token);
            r = f.call("ListAccountIntegrations", input);
            QVERIFY_OK(r);
            for (const QJsonValue &item : r.body.value(s("Items")).toArray())
                domains.insert(item.toObject().value(s("DomainName")).toString());
            token = r.body.value(s("NextToken")).toString();
        } while (!token.isEmpty() && ++pages < 5);
        QCOMPARE(domains, (QSet<QString>{s("d1"), s("d2")}));

        QVERIFY_OK(f.call("DeleteIntegration", {{s("DomainName"), s("d1")}, {s("Uri"), uri}}));
        QCOMPARE_ERROR(f.call("DeleteIntegration", {{s("DomainName"), s("d1")}, {s("Uri"), uri}}),
                       404, "ResourceNotFoundException");
        r = f.call("ListAccountIntegrations", {{s("Uri"), uri}});
        QCOMPARE(r.body.value(s("Items")).toArray().size(), 1);
        QCOMPARE_ERROR(f.call("ListTagsForResource",
                              {{s("resourceArn"), QString(arnOf("d1/integrations/") + uri)}}),
                       404, "ResourceNotFoundException");
    }

    void tagsByArn()
    {
        QJsonObject domain = j(R"({"DomainName": "d", "DefaultExpirationDays": 5,
                                   "Tags": {"team": "cc"}})");
        QVERIFY_OK(f.call("CreateDomain", domain));
        QJsonObject type = j(kContactType);
        type.insert(s("DomainName"), s("d"));
        type.insert(s("Tags"), QJsonObject{{s("kind"), s("crm")}});
        QVERIFY_OK(f.call("PutProfileObjectType", type));
        const QString uri = s("arn:aws:sqs:us-east-1:123456789012:queue");
        QVERIFY_OK(f.call("PutIntegration", {{s("DomainName"), s("d")},
                                             {s("Uri"), uri},
                                             {s("ObjectTypeName"), s("Contact")},
                                             {s("Tags"), QJsonObject{{s("flow"), s("q")}}}}));

        const QList<std::pair<QString, QString>> resources = {
            {arnOf("d"), s("team")},
            {arnOf("d/object-types/Contact"), s("kind")},
            {arnOf("d/integrations/") + uri, s("flow")}};
        for (const auto &[arn, givenOnCreate] : resources) {
            ApiResult r = f.call("ListTagsForResource", {{s("resourceArn"), arn}});
            QVERIFY_OK(r);
            QCOMPARE(r.body.value(s("tags")).toObject().keys(), QStringList{givenOnCreate});
            QVERIFY_OK(f.call("TagResource",
                              {{s("resourceArn"), arn},
                               {s("tags"), QJsonObject{{s("a"), s("1")}, {s("b"), s("2")}}}}));
            QVERIFY_OK(f.call("UntagResource",
                              {{s("resourceArn"), arn}, {s("tagKeys"), QJsonArray{s("b")}}}));
            r = f.call("ListTagsForResource", {{s("resourceArn"), arn}});
            QCOMPARE(r.body.value(s("tags")).toObject(),
                     (QJsonObject{{givenOnCreate, r.body.value(s("tags"))[givenOnCreate]},
                                  {s("a"), s("1")}}));
        }
        QCOMPARE(f.callIn("GetDomain", "{}").body.value(s("Tags")).toObject().size(), 2);

        // At most 50 tags, counting those the resource has.
        QJsonObject many;
        for (int i = 0; i < 48; ++i)
            many.insert(QStringLiteral("t%1").arg(i), s("v"));
        QVERIFY_OK(f.call("TagResource", {{s("resourceArn"), arnOf("d")}, {s("tags"), many}}));
        const ApiResult tooMany =
            f.call("TagResource",
                   {{s("resourceArn"), arnOf("d")}, {s("tags"), QJsonObject{{s("x"), s("y")}}}});
        QCOMPARE_ERROR(tooMany, 400, "BadRequestException");
        QCOMPARE(f.call("ListTagsForResource", {{s("resourceArn"), arnOf("d")}})
                     .body.value(s("tags"))
                     .toObject()
                     .size(),
                 50);

        for (const QString &arn :
             {arnOf("nope"), arnOf("d/object-types/Nope"), arnOf("d/integrations/nope"),
              s("arn:aws:profile:eu-west-1:123456789012:domains/d")}) {
            QCOMPARE_ERROR(f.call("ListTagsForResource", {{s("resourceArn"), arn}}), 404,
                           "ResourceNotFoundException");
            QCOMPARE_ERROR(f.call("TagResource", {{s("resourceArn"), arn},
                                                  {s("tags"), QJsonObject{{s("a"), s("b")}}}}),
                           404, "ResourceNotFoundException");
        }
        // Not a Customer Profiles ARN at all: the model's pattern refuses it.
        QCOMPARE_ERROR(
            f.call("ListTagsForResource", {{s("resourceArn"), s("arn:aws:s3:::bucket")}}), 400,
            "BadRequestException");
    }
};

QTEST_GUILESS_MAIN(TestEngineDomains)
#include "tst_engine_domains.moc"
