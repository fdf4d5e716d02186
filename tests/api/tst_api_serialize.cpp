// Each operation's typed request, through toInput() and the REST-JSON serializer, lands
// where the model binds it: method, percent-encoded path, query and JSON body.
#include "api/api.h"
#include "samples.h"
#include "serializer.h"
#include "wiremodel.h"

#include <QJsonDocument>
#include <QTest>

using namespace cp::api;
using cp::schema::WireModel;

namespace {

const QByteArray arnSegment =
    "arn%3Aaws%3Aprofile%3Aus-east-1%3A123456789012%3Adomains%2Fmy-domain";
const QByteArray tokenParam = "next-token=AQICAHg%2Btoken%2Fabc%3D%3D";

QByteArrayList sortedPairs(const QByteArray &query)
{
    QByteArrayList pairs = query.isEmpty() ? QByteArrayList() : query.split('&');
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

cp::client::HttpRequest serialize(const QString &operation, const QJsonObject &input)
{
    const cp::schema::Operation *op = WireModel::instance().operation(operation);
    if (!op)
        qFatal("operation missing from the wire model");
    return cp::client::serializeRequest(*op, input);
}

QJsonObject sampleInput(const QString &operation)
{
    const auto samples = test::sampleRequests();
    for (const test::Sample &s : samples)
        if (s.operation == operation)
            return s.input;
    return {};
}

} // namespace

class TestApiSerialize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wire_data();
    void wire();
    void samplesAreValid();
    void inputRoundTrip();
    void updateProfileClears();
    void updateProfileKeepsUnset();
};

void TestApiSerialize::initTestCase()
{
    if (!WireModel::instance().operation(u"GetDomain"))
        QSKIP("the wire model is empty");
    QCOMPARE(test::sampleRequests().size(), 28);
}

void TestApiSerialize::wire_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("body"); // "" when the request has no body

    const QByteArray matching =
        R"({"Enabled":true,"JobSchedule":{"DayOfTheWeek":"SUNDAY","Time":"02:00"},)"
        R"("AutoMerging":{"Enabled":true,"Consolidation":{"MatchingAttributesList":)"
        R"([["FirstName","LastName","EmailAddress"],["PhoneNumber"]]},)"
        R"("ConflictResolution":{"ConflictResolvingModel":"RECENCY"},)"
        R"("MinAllowedConfidenceScoreForMerging":0.8},)"
        R"("ExportingConfig":{"S3Exporting":{"S3BucketName":"cp-exports","S3KeyName":"matches/"}}})";
    const QByteArray kms =
        "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    const QByteArray connect =
        R"({"Uri":"arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555"})";
    const QByteArray pid = R"("ProfileId":"4b2f1c3e8a9d4e5f9a1b2c3d4e5f6a7b")";
    const QByteArray key = pid + R"(,"KeyName":"_email","Values":["jane.doe@example.com"])";

    QTest::newRow("CreateDomain")
        << QByteArray("POST") << QByteArray("/domains/my-domain") << QByteArray()
        << R"({"DefaultExpirationDays":366,"DefaultEncryptionKey":")" + kms +
               R"(","DeadLetterQueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/cp-dlq",)"
               R"("Matching":)" +
               matching + R"(,"Tags":{"team":"contact-centre"}})";
    QTest::newRow("GetDomain") << QByteArray("GET") << QByteArray("/domains/my-domain")
                               << QByteArray() << QByteArray();
    QTest::newRow("UpdateDomain") << QByteArray("PUT") << QByteArray("/domains/my-domain")
                                  << QByteArray()
                                  << QByteArray(
                                         R"({"DefaultExpirationDays":400,"DeadLetterQueueUrl":"",)"
                                         R"("Matching":{"Enabled":false}})");
    QTest::newRow("DeleteDomain") << QByteArray("DELETE") << QByteArray("/domains/my-domain")
                                  << QByteArray() << QByteArray();
    QTest::newRow("ListDomains") << QByteArray("GET") << QByteArray("/domains")
                                 << "max-results=50&" + tokenParam << QByteArray();

    QTest::newRow("CreateProfile")
        << QByteArray("POST") << QByteArray("/domains/my-domain/profiles") << QByteArray()
        << QByteArray(
               R"({"PartyType":"INDIVIDUAL","FirstName":"Jane","LastName":"Doe",)"
               R"("Gender":"FEMALE","BirthDate":"1985-04-12",)"
               R"("EmailAddress":"jane.doe@example.com","PhoneNumber":"+15555550100",)"
               R"("Address":{"Address1":"123 Any Street","City":"Seattle","State":"WA",)"
               R"("Country":"US","PostalCode":"98101"},"Attributes":{"loyaltyTier":"gold"}})");
    QTest::newRow("UpdateProfile")
        << QByteArray("PUT") << QByteArray("/domains/my-domain/profiles") << QByteArray()
        << "{" + pid +
               R"(,"FirstName":"Janet","MiddleName":"","Address":{"Address2":"","City":"Tacoma"},)"
               R"("Attributes":{"loyaltyTier":""}})";
    QTest::newRow("DeleteProfile")
        << QByteArray("POST") << QByteArray("/domains/my-domain/profiles/delete") << QByteArray()
        << "{" + pid + "}";
    QTest::newRow("SearchProfiles")
        << QByteArray("POST") << QByteArray("/domains/my-domain/profiles/search")
        << "max-results=10&" + tokenParam
        << QByteArray(R"({"KeyName":"_email","Values":["jane.doe@example.com"],)"
                      R"("AdditionalSearchKeys":[{"KeyName":"_phone","Values":["+15555550100"]}],)"
                      R"("LogicalOperator":"OR"})");
    QTest::newRow("AddProfileKey")
        << QByteArray("POST") << QByteArray("/domains/my-domain/profiles/keys") << QByteArray()
        << "{" + key + "}";
    QTest::newRow("DeleteProfileKey")
        << QByteArray("POST") << QByteArray("/domains/my-domain/profiles/keys/delete")
        << QByteArray() << "{" + key + "}";
    QTest::newRow("PutProfileObject")
        << QByteArray("PUT") << QByteArray("/domains/my-domain/profiles/objects") << QByteArray()
        << QByteArray(
               R"({"ObjectTypeName":"SalesforceContact",)"
               R"("Object":"{\"Id\":\"0031x00000ABCDE\",\"Email\":\"jane.doe@example.com\"}"})");
    QTest::newRow("ListProfileObjects")
        << QByteArray("POST") << QByteArray("/domains/my-domain/profiles/objects")
        << QByteArray("max-results=20")
        << R"({"ObjectTypeName":"SalesforceContact",)" + pid +
               R"(,"ObjectFilter":{"KeyName":"_email","Values":["jane.doe@example.com"]}})";
    QTest::newRow("DeleteProfileObject")
        << QByteArray("POST") << QByteArray("/domains/my-domain/profiles/objects/delete")
        << QByteArray()
        << "{" + pid +
               R"(,"ProfileObjectUniqueKey":"Q29udGFjdC0wMDAx","ObjectTypeName":"SalesforceContact"})";

    QTest::newRow("PutProfileObjectType")
        << QByteArray("PUT") << QByteArray("/domains/my-domain/object-types/SalesforceContact")
        << QByteArray()
        << QByteArray(
               R"({"Description":"Contacts from Salesforce","ExpirationDays":365,)"
               R"("AllowProfileCreation":true,)"
               R"("SourceLastUpdatedTimestampFormat":"yyyy-MM-dd'T'HH:mm:ss.SSSZ",)"
               R"("Fields":{"email":{"Source":"_source.Email","Target":"_profile.EmailAddress",)"
               R"("ContentType":"EMAIL_ADDRESS"},"id":{"Source":"_source.Id",)"
               R"("Target":"_profile.Attributes.SalesforceId","ContentType":"STRING"}},)"
               R"("Keys":{"_email":[{"StandardIdentifiers":["PROFILE"],"FieldNames":["email"]}],)"
               R"("_salesforceContactId":[{"StandardIdentifiers":["UNIQUE","PROFILE"],)"
               R"("FieldNames":["id"]}]},"Tags":{"team":"contact-centre"}})");
    QTest::newRow("GetProfileObjectType")
        << QByteArray("GET") << QByteArray("/domains/my-domain/object-types/SalesforceContact")
        << QByteArray() << QByteArray();
    QTest::newRow("DeleteProfileObjectType")
        << QByteArray("DELETE") << QByteArray("/domains/my-domain/object-types/SalesforceContact")
        << QByteArray() << QByteArray();
    QTest::newRow("ListProfileObjectTypes")
        << QByteArray("GET") << QByteArray("/domains/my-domain/object-types") << tokenParam
        << QByteArray();
    QTest::newRow("GetProfileObjectTypeTemplate")
        << QByteArray("GET") << QByteArray("/templates/Salesforce-Contact") << QByteArray()
        << QByteArray();
    QTest::newRow("ListProfileObjectTypeTemplates")
        << QByteArray("GET") << QByteArray("/templates") << QByteArray("max-results=100")
        << QByteArray();

    QTest::newRow("PutIntegration")
        << QByteArray("PUT") << QByteArray("/domains/my-domain/integrations") << QByteArray()
        << QByteArray(
               R"({"Uri":"arn:aws:appflow:us-east-1:123456789012:flow/salesforce-contacts",)"
               R"("ObjectTypeNames":{"Contact":"SalesforceContact"},)"
               R"("Tags":{"team":"contact-centre"},"FlowDefinition":{)"
               R"("FlowName":"salesforce-contacts","Description":"Contacts from Salesforce",)"
               R"("KmsArn":"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",)"
               R"("SourceFlowConfig":{"ConnectorType":"Salesforce","ConnectorProfileName":"sf-prod",)"
               R"("SourceConnectorProperties":{"Salesforce":{"Object":"Contact",)"
               R"("EnableDynamicFieldUpdate":false,"IncludeDeletedRecords":false}}},)"
               R"("Tasks":[{"TaskType":"Filter","SourceFields":["Id","Email"],)"
               R"("ConnectorOperator":{"Salesforce":"PROJECTION"}}],)"
               R"("TriggerConfig":{"TriggerType":"Scheduled","TriggerProperties":{"Scheduled":{)"
               R"j("ScheduleExpression":"rate(1hours)","DataPullMode":"Incremental",)j"
               R"("ScheduleStartTime":1700000000}}}}})");
    QTest::newRow("GetIntegration")
        << QByteArray("POST") << QByteArray("/domains/my-domain/integrations") << QByteArray()
        << connect;
    QTest::newRow("DeleteIntegration")
        << QByteArray("POST") << QByteArray("/domains/my-domain/integrations/delete")
        << QByteArray() << connect;
    QTest::newRow("ListIntegrations")
        << QByteArray("GET") << QByteArray("/domains/my-domain/integrations")
        << "include-hidden=false&max-results=10&" + tokenParam << QByteArray();
    QTest::newRow("ListAccountIntegrations")
        << QByteArray("POST") << QByteArray("/integrations")
        << "include-hidden=true&max-results=25&" + tokenParam << connect;

    QTest::newRow("ListTagsForResource")
        << QByteArray("GET") << "/tags/" + arnSegment << QByteArray() << QByteArray();
    QTest::newRow("TagResource") << QByteArray("POST") << "/tags/" + arnSegment << QByteArray()
                                 << QByteArray(
                                        R"({"tags":{"team":"contact-centre","cost-center":"42"}})");
    QTest::newRow("UntagResource")
        << QByteArray("DELETE") << "/tags/" + arnSegment
        << QByteArray("tagKeys=team&tagKeys=cost-center") << QByteArray();
}

void TestApiSerialize::wire()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, body);
    const QString operation = QString::fromLatin1(QTest::currentDataTag());
    const QJsonObject input = sampleInput(operation);
    QVERIFY2(!input.isEmpty(), "no sample request for this operation");

    const cp::client::HttpRequest request = serialize(operation, input);
    QCOMPARE(request.method, method);
    QCOMPARE(request.path, path);
    QCOMPARE(sortedPairs(request.query), sortedPairs(query));
    if (body.isEmpty()) {
        QCOMPARE(request.body, QByteArray());
    } else {
        QVERIFY2(!parsed(body).isEmpty(), "expected body is not valid JSON");
        QCOMPARE(parsed(request.body), parsed(body));
    }
}

// The samples respect the model's constraints, so they are what the service accepts.
void TestApiSerialize::samplesAreValid()
{
    const auto samples = test::sampleRequests();
    for (const test::Sample &s : samples) {
        const cp::schema::Operation *op = WireModel::instance().operation(s.operation);
        QVERIFY2(op, qPrintable(s.operation));
        const auto issues = WireModel::instance().validate(op->input, s.input);
        for (const auto &issue : issues)
            qWarning().noquote() << s.operation << issue.path << issue.message;
        QVERIFY2(issues.isEmpty(), qPrintable(s.operation));
    }
}

template<class R> static bool roundTrips(const QJsonObject &input)
{
    return R::fromInput(input).toInput() == input;
}

// fromInput (the local endpoint's reading) gives back the request that was sent.
void TestApiSerialize::inputRoundTrip()
{
    const QHash<QString, bool (*)(const QJsonObject &)> check{
        {CreateDomainRequest::operation(), &roundTrips<CreateDomainRequest>},
        {GetDomainRequest::operation(), &roundTrips<GetDomainRequest>},
        {UpdateDomainRequest::operation(), &roundTrips<UpdateDomainRequest>},
        {DeleteDomainRequest::operation(), &roundTrips<DeleteDomainRequest>},
        {ListDomainsRequest::operation(), &roundTrips<ListDomainsRequest>},
        {CreateProfileRequest::operation(), &roundTrips<CreateProfileRequest>},
        {UpdateProfileRequest::operation(), &roundTrips<UpdateProfileRequest>},
        {DeleteProfileRequest::operation(), &roundTrips<DeleteProfileRequest>},
        {SearchProfilesRequest::operation(), &roundTrips<SearchProfilesRequest>},
        {AddProfileKeyRequest::operation(), &roundTrips<AddProfileKeyRequest>},
        {DeleteProfileKeyRequest::operation(), &roundTrips<DeleteProfileKeyRequest>},
        {PutProfileObjectRequest::operation(), &roundTrips<PutProfileObjectRequest>},
        {ListProfileObjectsRequest::operation(), &roundTrips<ListProfileObjectsRequest>},
        {DeleteProfileObjectRequest::operation(), &roundTrips<DeleteProfileObjectRequest>},
        {PutProfileObjectTypeRequest::operation(), &roundTrips<PutProfileObjectTypeRequest>},
        {GetProfileObjectTypeRequest::operation(), &roundTrips<GetProfileObjectTypeRequest>},
        {DeleteProfileObjectTypeRequest::operation(), &roundTrips<DeleteProfileObjectTypeRequest>},
        {ListProfileObjectTypesRequest::operation(), &roundTrips<ListProfileObjectTypesRequest>},
        {GetProfileObjectTypeTemplateRequest::operation(),
         &roundTrips<GetProfileObjectTypeTemplateRequest>},
        {ListProfileObjectTypeTemplatesRequest::operation(),
         &roundTrips<ListProfileObjectTypeTemplatesRequest>},
        {PutIntegrationRequest::operation(), &roundTrips<PutIntegrationRequest>},
        {GetIntegrationRequest::operation(), &roundTrips<GetIntegrationRequest>},
        {DeleteIntegrationRequest::operation(), &roundTrips<DeleteIntegrationRequest>},
        {ListIntegrationsRequest::operation(), &roundTrips<ListIntegrationsRequest>},
        {ListAccountIntegrationsRequest::operation(), &roundTrips<ListAccountIntegrationsRequest>},
        {ListTagsForResourceRequest::operation(), &roundTrips<ListTagsForResourceRequest>},
        {TagResourceRequest::operation(), &roundTrips<TagResourceRequest>},
        {UntagResourceRequest::operation(), &roundTrips<UntagResourceRequest>}};
    QCOMPARE(check.size(), 28);
    const auto samples = test::sampleRequests();
    for (const test::Sample &s : samples) {
        QVERIFY2(check.contains(s.operation), qPrintable(s.operation));
        QVERIFY2(check.value(s.operation)(s.input), qPrintable(s.operation));
    }
}

// "" clears a field, an address line and an attribute, and is sent as "".
void TestApiSerialize::updateProfileClears()
{
    UpdateProfileRequest update;
    update.domainName = test::domain;
    update.profileId = test::profileId;
    update.emailAddress = QString();
    update.shippingAddress = Address();
    update.shippingAddress->postalCode = QString();
    update.attributes = QMap<QString, QString>{{QStringLiteral("a"), QString()}};

    const QJsonObject body = parsed(serialize(update.operation(), update.toInput()).body);
    QCOMPARE(body.value(QStringLiteral("EmailAddress")), QJsonValue(QString()));
    QCOMPARE(body.value(QStringLiteral("ShippingAddress")).toObject(),
             QJsonObject({{QStringLiteral("PostalCode"), QString()}}));
    QCOMPARE(body.value(QStringLiteral("Attributes")).toObject(),
             QJsonObject({{QStringLiteral("a"), QString()}}));

    const UpdateProfileRequest read = UpdateProfileRequest::fromInput(update.toInput());
    QCOMPARE(read.emailAddress, std::optional<QString>(QString()));
    QVERIFY(!read.firstName);
    QVERIFY(read.shippingAddress && read.shippingAddress->postalCode == QString());
    QVERIFY(read.attributes &&
            read.attributes->value(QStringLiteral("a"), QStringLiteral("x")).isEmpty());
}

// Unset members are absent, never sent as "" or null.
void TestApiSerialize::updateProfileKeepsUnset()
{
    UpdateProfileRequest update;
    update.domainName = test::domain;
    update.profileId = test::profileId;
    update.lastName = QStringLiteral("Smith");

    const QJsonObject body = parsed(serialize(update.operation(), update.toInput()).body);
    QCOMPARE(body, QJsonObject({{QStringLiteral("ProfileId"), test::profileId},
                                {QStringLiteral("LastName"), QStringLiteral("Smith")}}));
    const UpdateProfileRequest read = UpdateProfileRequest::fromInput(update.toInput());
    QVERIFY(!read.attributes);
    QVERIFY(!read.address);
    QVERIFY(!read.emailAddress);
}

QTEST_GUILESS_MAIN(TestApiSerialize)
#include "tst_api_serialize.moc"
