// Responses as the service sends them: fromOutput reads the right values, toOutput (the
// local endpoint's answer) gives the same JSON back, unknown members are ignored and
// timestamps travel as epoch seconds.
#include "api/api.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cp::api;

namespace {

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text.constData());
    return o;
}

template<class R> QJsonObject roundTrip(const QJsonObject &output)
{
    return R::fromOutput(output).toOutput();
}

QDateTime at(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

const char *const profileJson =
    R"({"ProfileId":"4b2f1c3e8a9d4e5f9a1b2c3d4e5f6a7b","FirstName":"Jane","LastName":"Doe",)"
    R"("PartyType":"INDIVIDUAL","EmailAddress":"jane.doe@example.com",)"
    R"("Address":{"Address1":"123 Any Street","City":"Seattle","PostalCode":"98101"},)"
    R"("Attributes":{"loyaltyTier":"gold"},)"
    R"("FoundByItems":[{"KeyName":"_email","Values":["jane.doe@example.com"]}]})";

const char *const matchingJson =
    R"({"Enabled":true,"JobSchedule":{"DayOfTheWeek":"SUNDAY","Time":"02:00"},)"
    R"("AutoMerging":{"Enabled":true,"Consolidation":{"MatchingAttributesList":[["EmailAddress"]]},)"
    R"("ConflictResolution":{"ConflictResolvingModel":"SOURCE","SourceName":"Salesforce"},)"
    R"("MinAllowedConfidenceScoreForMerging":0.75},)"
    R"("ExportingConfig":{"S3Exporting":{"S3BucketName":"cp-exports"}}})";

const char *const objectTypeJson =
    R"({"ObjectTypeName":"SalesforceContact","Description":"Contacts","TemplateId":"Salesforce-Contact",)"
    R"("ExpirationDays":365,"EncryptionKey":"arn:aws:kms:us-east-1:123456789012:key/k",)"
    R"("AllowProfileCreation":false,"SourceLastUpdatedTimestampFormat":"epoch",)"
    R"("Fields":{"email":{"Source":"_source.Email","Target":"_profile.EmailAddress",)"
    R"("ContentType":"EMAIL_ADDRESS"}},)"
    R"("Keys":{"_email":[{"StandardIdentifiers":["PROFILE","UNIQUE"],"FieldNames":["email"]}]},)"
    R"("CreatedAt":1700000000,"LastUpdatedAt":1700000123.456,"Tags":{"team":"cc"}})";

const char *const integrationJson =
    R"({"DomainName":"my-domain","Uri":"arn:aws:appflow:us-east-1:123456789012:flow/sf",)"
    R"("ObjectTypeNames":{"Contact":"SalesforceContact"},"CreatedAt":1700000000.5,)"
    R"("LastUpdatedAt":1700000001,"Tags":{"team":"cc"},"WorkflowId":"wf-1","IsUnstructured":false})";

} // namespace

class TestApiResponses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void unknownMembersIgnored();
    void searchProfiles();
    void getDomain();
    void createDomain();
    void objectTypeAndTemplate();
    void integrations();
    void profileObjects();
    void smallResponses();
    void timestamps_data();
    void timestamps();
};

using RoundTrip = QJsonObject (*)(const QJsonObject &);
Q_DECLARE_METATYPE(RoundTrip)

void TestApiResponses::roundTrip_data()
{
    QTest::addColumn<RoundTrip>("convert");
    QTest::addColumn<QJsonObject>("output");

    const QByteArray domain =
        R"("DomainName":"my-domain","DefaultExpirationDays":366,"DefaultEncryptionKey":"arn:aws:kms:us-east-1:1:key/k",)"
        R"("DeadLetterQueueUrl":"https://sqs.us-east-1.amazonaws.com/1/q","Matching":)" +
        QByteArray(matchingJson) +
        R"(,"CreatedAt":1700000000,"LastUpdatedAt":1700000000.25,"Tags":{"team":"cc"})";
    const QByteArray createDomain = "{" + domain + "}";
    const QByteArray getDomain = "{" + domain +
                                 R"(,"Stats":{"ProfileCount":12,"MeteringProfileCount":10,)"
                                 R"("ObjectCount":40,"TotalSize":123456789012}})";
    const QByteArray search =
        QByteArray(R"({"Items":[)") + profileJson +
        R"(,{"ProfileId":"0123456789abcdef0123456789abcdef"}],"NextToken":"t2"})";
    const QByteArray integrations =
        QByteArray(R"({"Items":[)") + integrationJson + R"(],"NextToken":"n"})";

    const auto row = [](const char *name, RoundTrip convert, const QByteArray &text) {
        QTest::newRow(name) << convert << json(text);
    };
    row("CreateDomain", &::roundTrip<CreateDomainResponse>, createDomain);
    row("GetDomain", &::roundTrip<GetDomainResponse>, getDomain);
    row("UpdateDomain", &::roundTrip<UpdateDomainResponse>, createDomain);
    row("DeleteDomain", &::roundTrip<DeleteDomainResponse>, R"({"Message":"Domain deleted"})");
    row("ListDomains", &::roundTrip<ListDomainsResponse>,
        R"({"Items":[{"DomainName":"a","CreatedAt":1700000000,"LastUpdatedAt":1700000001,)"
        R"("Tags":{"k":"v"}},{"DomainName":"b","CreatedAt":1.7e9,"LastUpdatedAt":1.7e9}],"NextToken":"x"})");
    row("CreateProfile", &::roundTrip<CreateProfileResponse>,
        R"({"ProfileId":"4b2f1c3e8a9d4e5f9a1b2c3d4e5f6a7b"})");
    row("UpdateProfile", &::roundTrip<UpdateProfileResponse>,
        R"({"ProfileId":"4b2f1c3e8a9d4e5f9a1b2c3d4e5f6a7b"})");
    row("DeleteProfile", &::roundTrip<DeleteProfileResponse>, R"({"Message":"Profile deleted"})");
    row("SearchProfiles", &::roundTrip<SearchProfilesResponse>, search);
    row("AddProfileKey", &::roundTrip<AddProfileKeyResponse>,
        R"({"KeyName":"_email","Values":["jane.doe@example.com"]})");
    row("DeleteProfileKey", &::roundTrip<DeleteProfileKeyResponse>, R"({"Message":"Key deleted"})");
    row("PutProfileObject", &::roundTrip<PutProfileObjectResponse>,
        R"({"ProfileObjectUniqueKey":"Q29udGFjdC0wMDAx"})");
    row("ListProfileObjects", &::roundTrip<ListProfileObjectsResponse>,
        R"({"Items":[{"ObjectTypeName":"SalesforceContact","ProfileObjectUniqueKey":"k1",)"
        R"("Object":"{\"Id\":\"0031\",\"Email\":\"jane.doe@example.com\"}"}]})");
    row("DeleteProfileObject", &::roundTrip<DeleteProfileObjectResponse>,
        R"({"Message":"Object deleted"})");
    row("PutProfileObjectType", &::roundTrip<PutProfileObjectTypeResponse>, objectTypeJson);
    row("GetProfileObjectType", &::roundTrip<GetProfileObjectTypeResponse>, objectTypeJson);
    row("DeleteProfileObjectType", &::roundTrip<DeleteProfileObjectTypeResponse>,
        R"({"Message":"Object type deleted"})");
    row("ListProfileObjectTypes", &::roundTrip<ListProfileObjectTypesResponse>,
        R"({"Items":[{"ObjectTypeName":"SalesforceContact","Description":"Contacts",)"
        R"("CreatedAt":1700000000,"LastUpdatedAt":1700000000.001,"Tags":{"a":"b"}}],"NextToken":"n"})");
    row("GetProfileObjectTypeTemplate", &::roundTrip<GetProfileObjectTypeTemplateResponse>,
        R"({"TemplateId":"Salesforce-Contact","SourceName":"Salesforce","SourceObject":"Contact",)"
        R"("AllowProfileCreation":true,"SourceLastUpdatedTimestampFormat":"yyyy-MM-dd",)"
        R"("Fields":{"id":{"Source":"_source.Id","Target":"_profile.AccountNumber"}},)"
        R"("Keys":{"_account":[{"StandardIdentifiers":["PROFILE"],"FieldNames":["id"]}]}})");
    row("ListProfileObjectTypeTemplates", &::roundTrip<ListProfileObjectTypeTemplatesResponse>,
        R"({"Items":[{"TemplateId":"Salesforce-Contact","SourceName":"Salesforce","SourceObject":"Contact"}]})");
    row("PutIntegration", &::roundTrip<PutIntegrationResponse>, integrationJson);
    row("GetIntegration", &::roundTrip<GetIntegrationResponse>, integrationJson);
    row("DeleteIntegration", &::roundTrip<DeleteIntegrationResponse>,
        R"({"Message":"Integration deleted"})");
    row("ListIntegrations", &::roundTrip<ListIntegrationsResponse>, integrations);
    row("ListAccountIntegrations", &::roundTrip<ListAccountIntegrationsResponse>, integrations);
    row("ListTagsForResource", &::roundTrip<ListTagsForResourceResponse>,
        R"({"tags":{"team":"cc","cost-center":"42"}})");
    row("TagResource", &::roundTrip<TagResourceResponse>, "{}");
    row("UntagResource", &::roundTrip<UntagResourceResponse>, "{}");
}

void TestApiResponses::roundTrip()
{
    QFETCH(RoundTrip, convert);
    QFETCH(QJsonObject, output);
    QCOMPARE(convert(output), output);
}

// Members a newer service adds (at any depth) are dropped, never an error.
void TestApiResponses::unknownMembersIgnored()
{
    QJsonObject profile = json(profileJson);
    profile.insert(QStringLiteral("ProfileIds"), QJsonArray{QStringLiteral("x")});
    QJsonObject address = profile.value(QStringLiteral("Address")).toObject();
    address.insert(QStringLiteral("Planet"), QStringLiteral("Earth"));
    profile.insert(QStringLiteral("Address"), address);
    const QJsonObject output{{QStringLiteral("Items"), QJsonArray{profile}},
                             {QStringLiteral("Brand-new"), 42}};

    const SearchProfilesResponse r = SearchProfilesResponse::fromOutput(output);
    QCOMPARE(r.items.size(), 1);
    QCOMPARE(r.items.first().address->city, std::optional<QString>(QStringLiteral("Seattle")));
    QCOMPARE(r.toOutput(), QJsonObject({{QStringLiteral("Items"), QJsonArray{json(profileJson)}}}));

    // Wrong types read as absent rather than as garbage.
    const auto odd = DeleteProfileResponse::fromOutput(json(R"({"Message":42})"));
    QVERIFY(!odd.message);
}

void TestApiResponses::searchProfiles()
{
    const SearchProfilesResponse r = SearchProfilesResponse::fromOutput(
        json(QByteArray(R"({"Items":[)") + profileJson + R"(],"NextToken":"t2"})"));
    QCOMPARE(r.nextToken, std::optional<QString>(QStringLiteral("t2")));
    QCOMPARE(r.items.size(), 1);
    const Profile &p = r.items.first();
    QCOMPARE(p.profileId,
             std::optional<QString>(QStringLiteral("4b2f1c3e8a9d4e5f9a1b2c3d4e5f6a7b")));
    QCOMPARE(p.firstName, std::optional<QString>(QStringLiteral("Jane")));
    QCOMPARE(p.partyType, std::optional<QString>(QStringLiteral("INDIVIDUAL")));
    QVERIFY(!p.middleName);
    QVERIFY(p.address && !p.shippingAddress);
    QCOMPARE(p.address->postalCode, std::optional<QString>(QStringLiteral("98101")));
    QVERIFY(!p.address->address2);
    QCOMPARE(p.attributes.value(QStringLiteral("loyaltyTier")), QStringLiteral("gold"));
    QCOMPARE(p.foundByItems.size(), 1);
    QCOMPARE(p.foundByItems.first().keyName, std::optional<QString>(QStringLiteral("_email")));
    QCOMPARE(p.foundByItems.first().values, QStringList{QStringLiteral("jane.doe@example.com")});

    const SearchProfilesResponse empty = SearchProfilesResponse::fromOutput({});
    QVERIFY(empty.items.isEmpty() && !empty.nextToken);
    QCOMPARE(empty.toOutput(), QJsonObject());
}

void TestApiResponses::getDomain()
{
    const GetDomainResponse r = GetDomainResponse::fromOutput(json(
        R"({"DomainName":"my-domain","DefaultExpirationDays":366,)"
        R"("Stats":{"ProfileCount":12,"ObjectCount":40,"TotalSize":123456789012},)"
        R"("Matching":{"Enabled":false},"CreatedAt":1700000000,"LastUpdatedAt":1700000000.5})"));
    QCOMPARE(r.domainName, QStringLiteral("my-domain"));
    QCOMPARE(r.defaultExpirationDays, std::optional<int>(366));
    QVERIFY(!r.defaultEncryptionKey && !r.deadLetterQueueUrl);
    QVERIFY(r.stats);
    QCOMPARE(r.stats->profileCount, std::optional<qint64>(12));
    QCOMPARE(r.stats->totalSize, std::optional<qint64>(123456789012LL));
    QVERIFY(!r.stats->meteringProfileCount);
    QVERIFY(r.matching && r.matching->enabled == std::optional<bool>(false));
    QVERIFY(!r.matching->autoMerging);
    QCOMPARE(r.createdAt, std::optional<QDateTime>(at(1700000000000LL)));
    QCOMPARE(r.lastUpdatedAt, std::optional<QDateTime>(at(1700000000500LL)));
    QVERIFY(r.tags.isEmpty());
}

void TestApiResponses::createDomain()
{
    const QJsonObject output =
        json(QByteArray(R"({"DomainName":"d","DefaultExpirationDays":30,"Matching":)") +
             matchingJson + R"(,"CreatedAt":1.7e9,"LastUpdatedAt":1.7e9})");
    const CreateDomainResponse r = CreateDomainResponse::fromOutput(output);
    QCOMPARE(r.defaultExpirationDays, 30);
    QVERIFY(r.matching && r.matching->autoMerging);
    const AutoMerging &merging = *r.matching->autoMerging;
    QVERIFY(merging.enabled);
    QCOMPARE(merging.consolidation->matchingAttributesList,
             QList<QStringList>{{QStringLiteral("EmailAddress")}});
    QCOMPARE(merging.conflictResolution->conflictResolvingModel, QStringLiteral("SOURCE"));
    QCOMPARE(merging.conflictResolution->sourceName,
             std::optional<QString>(QStringLiteral("Salesforce")));
    QCOMPARE(merging.minAllowedConfidenceScoreForMerging, std::optional<double>(0.75));
    QCOMPARE(r.matching->jobSchedule->dayOfTheWeek, QStringLiteral("SUNDAY"));
    QCOMPARE(r.matching->exportingConfig->s3Exporting->s3BucketName, QStringLiteral("cp-exports"));
    QVERIFY(!r.matching->exportingConfig->s3Exporting->s3KeyName);
}

void TestApiResponses::objectTypeAndTemplate()
{
    const GetProfileObjectTypeResponse r =
        GetProfileObjectTypeResponse::fromOutput(json(objectTypeJson));
    QCOMPARE(r.objectTypeName, QStringLiteral("SalesforceContact"));
    QCOMPARE(r.expirationDays, std::optional<int>(365));
    QCOMPARE(r.allowProfileCreation, std::optional<bool>(false));
    QCOMPARE(r.fields.size(), 1);
    const ObjectTypeField email = r.fields.value(QStringLiteral("email"));
    QCOMPARE(email.target, std::optional<QString>(QStringLiteral("_profile.EmailAddress")));
    QCOMPARE(email.contentType, std::optional<QString>(QStringLiteral("EMAIL_ADDRESS")));
    const QList<ObjectTypeKey> keys = r.keys.value(QStringLiteral("_email"));
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().standardIdentifiers,
             QStringList({QStringLiteral("PROFILE"), QStringLiteral("UNIQUE")}));
    QCOMPARE(keys.first().fieldNames, QStringList{QStringLiteral("email")});
    QCOMPARE(r.lastUpdatedAt, std::optional<QDateTime>(at(1700000123456LL)));

    const auto templates = ListProfileObjectTypeTemplatesResponse::fromOutput(
        json(R"({"Items":[{"TemplateId":"Zendesk-Users","SourceName":"Zendesk"}]})"));
    QCOMPARE(templates.items.size(), 1);
    QCOMPARE(templates.items.first().sourceName, std::optional<QString>(QStringLiteral("Zendesk")));
    QVERIFY(!templates.items.first().sourceObject);
}

void TestApiResponses::integrations()
{
    const auto r = ListIntegrationsResponse::fromOutput(
        json(QByteArray(R"({"Items":[)") + integrationJson + "]}"));
    QCOMPARE(r.items.size(), 1);
    const ListIntegrationItem &item = r.items.first();
    QCOMPARE(item.uri, QStringLiteral("arn:aws:appflow:us-east-1:123456789012:flow/sf"));
    QVERIFY(!item.objectTypeName);
    QCOMPARE(item.objectTypeNames.value(QStringLiteral("Contact")),
             QStringLiteral("SalesforceContact"));
    QCOMPARE(item.isUnstructured, std::optional<bool>(false));
    QCOMPARE(item.createdAt, std::optional<QDateTime>(at(1700000000500LL)));

    const auto got = GetIntegrationResponse::fromOutput(json(integrationJson));
    QCOMPARE(got.workflowId, std::optional<QString>(QStringLiteral("wf-1")));
}

void TestApiResponses::profileObjects()
{
    const auto r = ListProfileObjectsResponse::fromOutput(
        json(R"({"Items":[{"ObjectTypeName":"SalesforceContact","ProfileObjectUniqueKey":"k1",)"
             R"("Object":"{\"Id\":\"0031\"}"}],"NextToken":"n2"})"));
    QCOMPARE(r.items.size(), 1);
    QCOMPARE(r.items.first().object, std::optional<QString>(QStringLiteral(R"({"Id":"0031"})")));
    QCOMPARE(r.nextToken, std::optional<QString>(QStringLiteral("n2")));
}

void TestApiResponses::smallResponses()
{
    QCOMPARE(DeleteDomainResponse::fromOutput(json(R"({"Message":"gone"})")).message,
             QStringLiteral("gone"));
    QCOMPARE(CreateProfileResponse::fromOutput(json(R"({"ProfileId":"abc"})")).profileId,
             QStringLiteral("abc"));
    const auto key =
        AddProfileKeyResponse::fromOutput(json(R"({"KeyName":"_phone","Values":["+1"]})"));
    QCOMPARE(key.values, QStringList{QStringLiteral("+1")});
    const auto tags = ListTagsForResourceResponse::fromOutput(json(R"({"tags":{"a":"1","b":""}})"));
    QCOMPARE(tags.tags.size(), 2);
    QCOMPARE(tags.tags.value(QStringLiteral("b"), QStringLiteral("x")), QString());
    QCOMPARE(TagResourceResponse::fromOutput({}).toOutput(), QJsonObject());
}

void TestApiResponses::timestamps_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<qint64>("msecs");
    QTest::newRow("whole 1.7e9") << 1.7e9 << qint64(1700000000000LL);
    QTest::newRow("fractional") << 1700000000.123 << qint64(1700000000123LL);
    QTest::newRow("half second") << 1699999999.5 << qint64(1699999999500LL);
    QTest::newRow("epoch") << 0.0 << qint64(0);
}

void TestApiResponses::timestamps()
{
    QFETCH(double, seconds);
    QFETCH(qint64, msecs);
    const QJsonObject output{{QStringLiteral("DomainName"), QStringLiteral("d")},
                             {QStringLiteral("CreatedAt"), seconds},
                             {QStringLiteral("LastUpdatedAt"), seconds}};
    const ListDomainItem item = ListDomainItem::fromJson(output);
    QVERIFY(item.createdAt);
    QCOMPARE(*item.createdAt, at(msecs));
    QCOMPARE(item.createdAt->timeSpec(), Qt::UTC);
    const QJsonObject back = item.toJson();
    QCOMPARE(back.value(QStringLiteral("CreatedAt")).toDouble(), seconds);
    QCOMPARE(back, output);
}

QTEST_GUILESS_MAIN(TestApiResponses)
#include "tst_api_responses.moc"
