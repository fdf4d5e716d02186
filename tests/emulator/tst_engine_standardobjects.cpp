// The standard asset, case and order: an object whose type maps fields to "_asset.",
// "_case." or "_order." brings a standard object along on the same profile, listed with
// ListProfileObjects under "_asset"... and replaced by the next object with the same
// ASSET (CASE, ORDER) key value.

#include "enginefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cp::emulator;
using namespace cp::emulator::test;

class StandardObjectsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(f.open() && f.createDomain()); }
    void cleanup() { f.close(); }
    void assetFromAnObject();
    void orderWithAddressAndAttributes();
    void sameAssetKeyReplacesTheAsset();
    void standardTypeListsOnlyAndRefusesFilters();
    void standardObjectsFilterByPredefinedKeys();

private:
    QJsonArray list(const char *type, const QString &profileId)
    {
        const ApiResult r =
            f.call("ListProfileObjects", {{s("DomainName"), s("d")},
                                          {s("ObjectTypeName"), QString::fromLatin1(type)},
                                          {s("ProfileId"), profileId}});
        if (!r.ok())
            qWarning("%s", qPrintable(describe(r)));
        return r.body.value(s("Items")).toArray();
    }
    QJsonObject body(const QJsonValue &item)
    {
        return QJsonDocument::fromJson(item.toObject().value(s("Object")).toString().toUtf8())
            .object();
    }
    QString profileOf(const char *key, const char *value)
    {
        const ApiResult r =
            f.call("SearchProfiles", {{s("DomainName"), s("d")},
                                      {s("KeyName"), QString::fromUtf8(key)},
                                      {s("Values"), QJsonArray{QString::fromUtf8(value)}}});
        return r.body.value(s("Items")).toArray().at(0).toObject().value(s("ProfileId")).toString();
    }

    EngineFixture f;
};

void StandardObjectsTest::assetFromAnObject()
{
    QVERIFY_OK(f.callIn("PutProfileObjectType", R"({"ObjectTypeName": "SfAsset",
        "Description": "Salesforce assets", "AllowProfileCreation": true,
        "Fields": {"id": {"Source": "_source.Id", "Target": "_asset.Attributes.sfdcAssetId"},
                   "contact": {"Source": "_source.ContactId"},
                   "serial": {"Source": "_source.SerialNumber", "Target": "_asset.SerialNumber"},
                   "status": {"Source": "_source.Status", "Target": "_asset.Status"}},
        "Keys": {"_salesforceAssetId": [{"StandardIdentifiers": ["ASSET", "UNIQUE"], "FieldNames": ["id"]}],
                 "_salesforceContactId": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["contact"]}]}})"));
    QVERIFY_OK(f.callIn("PutProfileObject", R"({"ObjectTypeName": "SfAsset",
        "Object": "{\"Id\": \"a01\", \"ContactId\": \"c9\", \"SerialNumber\": \"SN-1\", \"Status\": \"Installed\"}"})"));
    const QString profile = profileOf("_salesforceContactId", "c9");
    QVERIFY(!profile.isEmpty());
    QCOMPARE(list("SfAsset", profile).size(), 1); // the object itself, as ever
    const QJsonArray assets = list("_asset", profile);
    QCOMPARE(assets.size(), 1);
    QCOMPARE(assets.at(0).toObject().value(s("ObjectTypeName")).toString(), s("_asset"));
    QCOMPARE(body(assets.at(0)),
             j(R"({"AssetId": "a01", "SerialNumber": "SN-1", "Status": "Installed",
                   "Attributes": {"sfdcAssetId": "a01"}})"));
    // No profile field was filled from asset targets.
    const ApiResult found =
        f.callIn("SearchProfiles", R"({"KeyName": "_salesforceContactId", "Values": ["c9"]})");
    const QJsonObject p = found.body.value(s("Items")).toArray().at(0).toObject();
    QVERIFY(!p.contains(s("Attributes")));
}

void StandardObjectsTest::orderWithAddressAndAttributes()
{
    QVERIFY_OK(f.callIn("PutProfileObjectType", R"({"ObjectTypeName": "ShopOrder",
        "Description": "orders", "AllowProfileCreation": true,
        "Fields": {"id": {"Source": "_source.id", "Target": "_order.Attributes.ShopifyOrderId"},
                   "email": {"Source": "_source.email", "Target": "_profile.EmailAddress", "ContentType": "EMAIL_ADDRESS"},
                   "total": {"Source": "_source.total", "Target": "_order.TotalPrice"},
                   "city": {"Source": "_source.ship.city", "Target": "_order.ShippingAddress.City"}},
        "Keys": {"_shopifyOrderId": [{"StandardIdentifiers": ["ORDER", "UNIQUE"], "FieldNames": ["id"]}],
                 "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}]}})"));
    QVERIFY_OK(f.callIn("PutProfileObject", R"({"ObjectTypeName": "ShopOrder",
        "Object": "{\"id\": \"1001\", \"email\": \"ann@example.com\", \"total\": \"12.50\", \"ship\": {\"city\": \"Porto\"}}"})"));
    const QString profile = profileOf("_email", "ann@example.com");
    const QJsonArray orders = list("_order", profile);
    QCOMPARE(orders.size(), 1);
    QCOMPARE(body(orders.at(0)),
             j(R"({"OrderId": "1001", "TotalPrice": "12.50", "ShippingAddress": {"City": "Porto"},
                   "Attributes": {"ShopifyOrderId": "1001"}})"));
    QCOMPARE(list("_asset", profile).size(), 0);
}

void StandardObjectsTest::sameAssetKeyReplacesTheAsset()
{
    QVERIFY_OK(f.callIn("PutProfileObjectType", R"({"ObjectTypeName": "Device",
        "Description": "devices", "AllowProfileCreation": true,
        "Fields": {"serial": {"Source": "_source.serial", "Target": "_asset.SerialNumber"},
                   "owner": {"Source": "_source.owner"},
                   "event": {"Source": "_source.event"},
                   "status": {"Source": "_source.status", "Target": "_asset.Status"}},
        "Keys": {"serial": [{"StandardIdentifiers": ["ASSET"], "FieldNames": ["serial"]}],
                 "event": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["event"]}],
                 "owner": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["owner"]}]}})"));
    QVERIFY_OK(f.callIn("PutProfileObject", R"({"ObjectTypeName": "Device",
        "Object": "{\"serial\": \"X1\", \"owner\": \"o1\", \"event\": \"e1\", \"status\": \"new\"}"})"));
    QVERIFY_OK(f.callIn("PutProfileObject", R"({"ObjectTypeName": "Device",
        "Object": "{\"serial\": \"X1\", \"owner\": \"o1\", \"event\": \"e2\", \"status\": \"repaired\"}"})"));
    const QString profile = profileOf("owner", "o1");
    QCOMPARE(list("Device", profile).size(), 2); // two events
    const QJsonArray assets = list("_asset", profile);
    QCOMPARE(assets.size(), 1); // one device, as last reported
    QCOMPARE(body(assets.at(0)).value(s("Status")).toString(), s("repaired"));

    // Deleting the asset leaves the profile's own objects and their count alone.
    QVERIFY_OK(f.call("DeleteProfileObject",
                      {{s("DomainName"), s("d")},
                       {s("ObjectTypeName"), s("_asset")},
                       {s("ProfileId"), profile},
                       {s("ProfileObjectUniqueKey"),
                        assets.at(0).toObject().value(s("ProfileObjectUniqueKey"))}}));
    QCOMPARE(list("_asset", profile).size(), 0);
    QCOMPARE(list("Device", profile).size(), 2);
}

void StandardObjectsTest::standardTypeListsOnlyAndRefusesFilters()
{
    // Listing a standard type on a domain without any is an empty page, not a 404.
    QCOMPARE(list("_case", s("00000000000000000000000000000000")).size(), 0);
    // A filter names one of the predefined keys the model documents for the type.
    const ApiResult filtered = f.callIn("ListProfileObjects", R"({"ObjectTypeName": "_case",
        "ProfileId": "00000000000000000000000000000000",
        "ObjectFilter": {"KeyName": "_zendeskTicketId", "Values": ["1"]}})");
    QCOMPARE_ERROR(filtered, 400, "BadRequestException");
    QVERIFY_OK(f.callIn("ListProfileObjects", R"({"ObjectTypeName": "_case",
        "ProfileId": "00000000000000000000000000000000",
        "ObjectFilter": {"KeyName": "_caseId", "Values": ["1"]}})"));
    QCOMPARE_ERROR(f.callIn("PutProfileObject", R"({"ObjectTypeName": "_asset", "Object": "{}"})"),
                   404, "ResourceNotFoundException");
}

void StandardObjectsTest::standardObjectsFilterByPredefinedKeys()
{
    QVERIFY_OK(f.callIn("PutProfileObjectType", R"({"ObjectTypeName": "Device",
        "Description": "devices", "AllowProfileCreation": true,
        "Fields": {"id": {"Source": "_source.id", "Target": "_asset.AssetId"},
                   "name": {"Source": "_source.name", "Target": "_asset.AssetName"},
                   "serial": {"Source": "_source.serial", "Target": "_asset.SerialNumber"},
                   "owner": {"Source": "_source.owner"}},
        "Keys": {"deviceId": [{"StandardIdentifiers": ["ASSET", "UNIQUE"], "FieldNames": ["id"]}],
                 "ownerId": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["owner"]}]}})"));
    for (const char *object : {R"({"id": "d1", "name": "Router", "serial": "SN-1", "owner": "o1"})",
                               R"({"id": "d2", "name": "Phone", "serial": "SN-2", "owner": "o1"})"}) {
        QVERIFY_OK(f.call("PutProfileObject", {{s("DomainName"), s("d")},
                                               {s("ObjectTypeName"), s("Device")},
                                               {s("Object"), QString::fromUtf8(object)}}));
    }
    const QString profile = profileOf("ownerId", "o1");
    QCOMPARE(list("_asset", profile).size(), 2);
    const auto filtered = [&](const char *key, const char *value) {
        QJsonObject input{{s("DomainName"), s("d")}, {s("ObjectTypeName"), s("_asset")},
                          {s("ProfileId"), profile}};
        input.insert(s("ObjectFilter"), QJsonObject{{s("KeyName"), QString::fromUtf8(key)},
                                                   {s("Values"), QJsonArray{QString::fromUtf8(value)}}});
        const ApiResult r = f.call("ListProfileObjects", input);
        QStringList names;
        for (const QJsonValue &item : r.body.value(s("Items")).toArray())
            names.append(body(item).value(s("AssetName")).toString());
        return names;
    };
    QCOMPARE(filtered("_serialNumber", "SN-2"), QStringList{s("Phone")});
    QCOMPARE(filtered("_assetId", "d1"), QStringList{s("Router")});
    QCOMPARE(filtered("_assetName", "Phone"), QStringList{s("Phone")});
    QCOMPARE(filtered("_assetName", "Laptop"), QStringList());
}

QTEST_GUILESS_MAIN(StandardObjectsTest)
#include "tst_engine_standardobjects.moc"
