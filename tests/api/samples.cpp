#include "samples.h"

#include "api/api.h"

#include <QJsonArray>

namespace cp::api::test {
namespace {

const QString email = QStringLiteral("jane.doe@example.com");
const QString connectUri = QStringLiteral(
    "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555");
const QString flowUri =
    QStringLiteral("arn:aws:appflow:us-east-1:123456789012:flow/salesforce-contacts");
const QString objectType = QStringLiteral("SalesforceContact");

template<class R> Sample sample(const R &request)
{
    return {R::operation(), request.toInput()};
}

MatchingRequest matching()
{
    MatchingRequest m;
    m.enabled = true;
    m.jobSchedule = JobSchedule{QStringLiteral("SUNDAY"), QStringLiteral("02:00")};
    AutoMerging merging;
    merging.enabled = true;
    merging.consolidation = Consolidation{
        {{QStringLiteral("FirstName"), QStringLiteral("LastName"), QStringLiteral("EmailAddress")},
         {QStringLiteral("PhoneNumber")}}};
    merging.conflictResolution = ConflictResolution{QStringLiteral("RECENCY"), std::nullopt};
    merging.minAllowedConfidenceScoreForMerging = 0.8;
    m.autoMerging = merging;
    m.exportingConfig = ExportingConfig{
        S3ExportingConfig{QStringLiteral("cp-exports"), QStringLiteral("matches/")}};
    return m;
}

QList<Sample> domainSamples()
{
    CreateDomainRequest create;
    create.domainName = domain;
    create.defaultExpirationDays = 366;
    create.defaultEncryptionKey = QStringLiteral(
        "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    create.deadLetterQueueUrl =
        QStringLiteral("https://sqs.us-east-1.amazonaws.com/123456789012/cp-dlq");
    create.matching = matching();
    create.tags = {{QStringLiteral("team"), QStringLiteral("contact-centre")}};

    UpdateDomainRequest update;
    update.domainName = domain;
    update.defaultExpirationDays = 400;
    update.deadLetterQueueUrl = QString(); // "" clears the queue
    update.matching = MatchingRequest{false, std::nullopt, std::nullopt, std::nullopt};

    ListDomainsRequest list;
    list.maxResults = 50;
    list.nextToken = nextToken;

    return {sample(create), sample(GetDomainRequest{domain}), sample(update),
            sample(DeleteDomainRequest{domain}), sample(list)};
}

QList<Sample> profileSamples()
{
    CreateProfileRequest create;
    create.domainName = domain;
    create.partyType = QStringLiteral("INDIVIDUAL");
    create.firstName = QStringLiteral("Jane");
    create.lastName = QStringLiteral("Doe");
    create.gender = QStringLiteral("FEMALE");
    create.birthDate = QStringLiteral("1985-04-12");
    create.emailAddress = email;
    create.phoneNumber = QStringLiteral("+15555550100");
    Address home;
    home.address1 = QStringLiteral("123 Any Street");
    home.city = QStringLiteral("Seattle");
    home.state = QStringLiteral("WA");
    home.country = QStringLiteral("US");
    home.postalCode = QStringLiteral("98101");
    create.address = home;
    create.attributes = {{QStringLiteral("loyaltyTier"), QStringLiteral("gold")}};

    UpdateProfileRequest update;
    update.domainName = domain;
    update.profileId = profileId;
    update.firstName = QStringLiteral("Janet");
    update.middleName = QString(); // cleared
    Address moved;
    moved.city = QStringLiteral("Tacoma");
    moved.address2 = QString(); // cleared
    update.address = moved;
    update.attributes = QMap<QString, QString>{{QStringLiteral("loyaltyTier"), QString()}};

    SearchProfilesRequest search;
    search.domainName = domain;
    search.maxResults = 10;
    search.nextToken = nextToken;
    search.keyName = QStringLiteral("_email");
    search.values = {email};
    search.additionalSearchKeys = {{QStringLiteral("_phone"), {QStringLiteral("+15555550100")}}};
    search.logicalOperator = QStringLiteral("OR");

    const AddProfileKeyRequest addKey{profileId, QStringLiteral("_email"), {email}, domain};
    const DeleteProfileKeyRequest deleteKey{profileId, QStringLiteral("_email"), {email}, domain};
    const PutProfileObjectRequest putObject{
        objectType, QStringLiteral(R"({"Id":"0031x00000ABCDE","Email":"jane.doe@example.com"})"),
        domain};

    ListProfileObjectsRequest listObjects;
    listObjects.domainName = domain;
    listObjects.maxResults = 20;
    listObjects.objectTypeName = objectType;
    listObjects.profileId = profileId;
    listObjects.objectFilter = ObjectFilter{QStringLiteral("_email"), {email}};

    const DeleteProfileObjectRequest deleteObject{profileId, QStringLiteral("Q29udGFjdC0wMDAx"),
                                                  objectType, domain};
    return {sample(create),    sample(update),      sample(DeleteProfileRequest{profileId, domain}),
            sample(search),    sample(addKey),      sample(deleteKey),
            sample(putObject), sample(listObjects), sample(deleteObject)};
}

PutProfileObjectTypeRequest putObjectType()
{
    PutProfileObjectTypeRequest put;
    put.domainName = domain;
    put.objectTypeName = objectType;
    put.description = QStringLiteral("Contacts from Salesforce");
    put.expirationDays = 365;
    put.allowProfileCreation = true;
    put.sourceLastUpdatedTimestampFormat = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    put.fields = {{QStringLiteral("email"),
                   {QStringLiteral("_source.Email"), QStringLiteral("_profile.EmailAddress"),
                    QStringLiteral("EMAIL_ADDRESS")}},
                  {QStringLiteral("id"),
                   {QStringLiteral("_source.Id"),
                    QStringLiteral("_profile.Attributes.SalesforceId"), QStringLiteral("STRING")}}};
    put.keys = {
        {QStringLiteral("_email"), {{{QStringLiteral("PROFILE")}, {QStringLiteral("email")}}}},
        {QStringLiteral("_salesforceContactId"),
         {{{QStringLiteral("UNIQUE"), QStringLiteral("PROFILE")}, {QStringLiteral("id")}}}}};
    put.tags = {{QStringLiteral("team"), QStringLiteral("contact-centre")}};
    return put;
}

QList<Sample> objectTypeSamples()
{
    ListProfileObjectTypesRequest listTypes;
    listTypes.domainName = domain;
    listTypes.nextToken = nextToken;
    ListProfileObjectTypeTemplatesRequest listTemplates;
    listTemplates.maxResults = 100;
    return {sample(putObjectType()),
            sample(GetProfileObjectTypeRequest{domain, objectType}),
            sample(DeleteProfileObjectTypeRequest{domain, objectType}),
            sample(listTypes),
            sample(GetProfileObjectTypeTemplateRequest{QStringLiteral("Salesforce-Contact")}),
            sample(listTemplates)};
}

FlowDefinition flow()
{
    const QJsonObject salesforce{{QStringLiteral("Object"), QStringLiteral("Contact")},
                                 {QStringLiteral("EnableDynamicFieldUpdate"), false},
                                 {QStringLiteral("IncludeDeletedRecords"), false}};
    const QJsonObject source{{QStringLiteral("ConnectorType"), QStringLiteral("Salesforce")},
                             {QStringLiteral("ConnectorProfileName"), QStringLiteral("sf-prod")},
                             {QStringLiteral("SourceConnectorProperties"),
                              QJsonObject{{QStringLiteral("Salesforce"), salesforce}}}};
    const QJsonObject task{
        {QStringLiteral("TaskType"), QStringLiteral("Filter")},
        {QStringLiteral("SourceFields"), QJsonArray{QStringLiteral("Id"), QStringLiteral("Email")}},
        {QStringLiteral("ConnectorOperator"),
         QJsonObject{{QStringLiteral("Salesforce"), QStringLiteral("PROJECTION")}}}};
    const QJsonObject scheduled{
        {QStringLiteral("ScheduleExpression"), QStringLiteral("rate(1hours)")},
        {QStringLiteral("DataPullMode"), QStringLiteral("Incremental")},
        {QStringLiteral("ScheduleStartTime"), 1700000000}};
    const QJsonObject trigger{{QStringLiteral("TriggerType"), QStringLiteral("Scheduled")},
                              {QStringLiteral("TriggerProperties"),
                               QJsonObject{{QStringLiteral("Scheduled"), scheduled}}}};
    return {{QStringLiteral("FlowName"), QStringLiteral("salesforce-contacts")},
            {QStringLiteral("Description"), QStringLiteral("Contacts from Salesforce")},
            {QStringLiteral("KmsArn"),
             QStringLiteral(
                 "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")},
            {QStringLiteral("SourceFlowConfig"), source},
            {QStringLiteral("Tasks"), QJsonArray{task}},
            {QStringLiteral("TriggerConfig"), trigger}};
}

QList<Sample> integrationSamples()
{
    PutIntegrationRequest put;
    put.domainName = domain;
    put.uri = flowUri;
    put.objectTypeNames = {{QStringLiteral("Contact"), objectType}};
    put.tags = {{QStringLiteral("team"), QStringLiteral("contact-centre")}};
    put.flowDefinition = flow();

    ListIntegrationsRequest list;
    list.domainName = domain;
    list.nextToken = nextToken;
    list.maxResults = 10;
    list.includeHidden = false;

    ListAccountIntegrationsRequest account;
    account.uri = connectUri;
    account.nextToken = nextToken;
    account.maxResults = 25;
    account.includeHidden = true;

    return {sample(put), sample(GetIntegrationRequest{domain, connectUri}),
            sample(DeleteIntegrationRequest{domain, connectUri}), sample(list), sample(account)};
}

QList<Sample> tagSamples()
{
    const TagResourceRequest tag{domainArn,
                                 {{QStringLiteral("team"), QStringLiteral("contact-centre")},
                                  {QStringLiteral("cost-center"), QStringLiteral("42")}}};
    const UntagResourceRequest untag{domainArn,
                                     {QStringLiteral("team"), QStringLiteral("cost-center")}};
    return {sample(ListTagsForResourceRequest{domainArn}), sample(tag), sample(untag)};
}

} // namespace

QList<Sample> sampleRequests()
{
    return domainSamples() + profileSamples() + objectTypeSamples() + integrationSamples() +
           tagSamples();
}

} // namespace cp::api::test
