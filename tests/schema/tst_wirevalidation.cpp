// The validator's findings on requests and answers: each constraint of the model, the
// paths and messages it reports (the service's own wording beside ours), and validation
// from several threads at once.

#include "wiremodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <thread>
#include <vector>

using namespace cp::schema;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestWireValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validRequestHasNoIssues();
    void unknownMembersIgnored();
    void missingRequired();
    void stringTooLong();
    void stringTooShort();
    void lengthCountsCodePoints();
    void sensitiveValuesAreNotQuoted();
    void patternMismatch();
    void patternIsASearch();
    void tagKeyLookahead();
    void enumMismatch();
    void integerRange();
    void wrongJsonType();
    void nestedPaths();
    void mapKeyChecked();
    void userTextInPathIsNotAPlaceholder();
    void mapAndListSizes();
    void rootAndUnknownShape();
    void concurrentValidation();

private:
    static void expectIssue(const QList<ValidationIssue> &issues, const QString &path,
                            const QString &message, const QString &awsMessage);
};

void TestWireValidation::expectIssue(const QList<ValidationIssue> &issues, const QString &path,
                                const QString &message, const QString &awsMessage)
{
    QStringList seen;
    for (const ValidationIssue &issue : issues) {
        if (issue.path == path && issue.message == message && issue.awsMessage == awsMessage)
            return;
        seen.append(issue.path + QStringLiteral(" | ") + issue.message + QStringLiteral(" | ") +
                    issue.awsMessage);
    }
    QFAIL(qPrintable(QStringLiteral("expected: ") + path + QStringLiteral(" | ") + message +
                     QStringLiteral(" | ") + awsMessage + QStringLiteral("\ngot:\n") +
                     seen.join(QLatin1Char('\n'))));
}

void TestWireValidation::validRequestHasNoIssues()
{
    const WireModel &model = WireModel::bundled();
    const QJsonObject objectType = json(R"({
        "DomainName": "my-domain", "ObjectTypeName": "SalesforceContact",
        "Description": "Contacts from Salesforce", "ExpirationDays": 365, "AllowProfileCreation": true,
        "Fields": {"email": {"Source": "_source.Email", "Target": "_profile.EmailAddress",
                             "ContentType": "EMAIL_ADDRESS"}},
        "Keys": {"email": [{"StandardIdentifiers": ["PROFILE", "UNIQUE"], "FieldNames": ["email"]}]},
        "Tags": {"team": "crm"}})");
    QCOMPARE(model.validate(u"PutProfileObjectTypeRequest", objectType).size(), 0);

    const QJsonObject domain = json(R"({"DomainName": "d", "DefaultExpirationDays": 1098,
        "Matching": {"Enabled": true, "JobSchedule": {"DayOfTheWeek": "MONDAY", "Time": "23:59"},
                     "AutoMerging": {"Enabled": false, "MinAllowedConfidenceScoreForMerging": 0.5}}})");
    QCOMPARE(model.validate(u"CreateDomainRequest", domain).size(), 0);

    const QJsonObject response = json(R"({"DomainName": "d", "CreatedAt": 1700000000.5,
        "LastUpdatedAt": 1700000001, "Stats": {"ProfileCount": 3, "ObjectCount": 12}})");
    QCOMPARE(model.validate(u"GetDomainResponse", response).size(), 0);
    // GET requests carry no body: only the path members are checked.
    QCOMPARE(model.validate(u"ListDomainsRequest", QJsonValue()).size(), 0);
}

void TestWireValidation::unknownMembersIgnored()
{
    // A receiver ignores what it does not know, as the service does; a sender refuses it.
    const QJsonObject request = json(R"({"DomainName": "d", "DefaultExpirationDays": 10,
        "Bogus": {"anything": [1, 2]}, "Matching": {"Enabled": true, "Future": "x"}})");
    const WireModel &model = WireModel::bundled();
    QCOMPARE(model.validate(u"CreateDomainRequest", request, UnknownMembers::Ignore).size(), 0);
    const auto refused = model.validate(u"CreateDomainRequest", request);
    QCOMPARE(refused.size(), 2);
    expectIssue(refused, s("Bogus"), s("Bogus is not a member the service knows."),
                s("Unknown member Bogus"));
    expectIssue(refused, s("Matching.Future"),
                s("Matching.Future is not a member the service knows."),
                s("Unknown member Matching.Future"));
}

void TestWireValidation::missingRequired()
{
    const auto issues =
        WireModel::bundled().validate(u"CreateDomainRequest", json(R"({"DomainName": "d",
        "Matching": {"JobSchedule": {"Time": "1:00"}}})"));
    QCOMPARE(issues.size(), 3);
    expectIssue(issues, s("DefaultExpirationDays"), s("DefaultExpirationDays is required."),
                s("Value null at 'defaultExpirationDays' failed to satisfy constraint: Member must "
                  "not be null"));
    expectIssue(issues, s("Matching.Enabled"), s("Matching.Enabled is required."),
                s("Value null at 'matching.enabled' failed to satisfy constraint: Member must not "
                  "be null"));
    expectIssue(issues, s("Matching.JobSchedule.DayOfTheWeek"),
                s("Matching.JobSchedule.DayOfTheWeek is required."),
                s("Value null at 'matching.jobSchedule.dayOfTheWeek' failed to satisfy constraint: "
                  "Member must not be null"));
    // null is how some callers spell "not set": a required member still has to be there.
    const auto nulls =
        WireModel::bundled().validate(u"GetDomainRequest", json(R"({"DomainName": null})"));
    QCOMPARE(nulls.size(), 1);
    QCOMPARE(nulls.at(0).path, s("DomainName"));
}

void TestWireValidation::stringTooLong()
{
    const QString name(70, QLatin1Char('a'));
    const auto issues =
        WireModel::bundled().validate(u"GetDomainRequest", QJsonObject{{s("DomainName"), name}});
    QCOMPARE(issues.size(), 1);
    expectIssue(issues, s("DomainName"),
                s("DomainName must be at most 64 characters long (it has 70)."),
                s("Value '") + name +
                    s("' at 'domainName' failed to satisfy constraint: Member must have length "
                      "less than or equal to 64"));
}

void TestWireValidation::stringTooShort()
{
    const WireModel &model = WireModel::bundled();
    const auto empty = model.validate(u"GetDomainRequest", json(R"({"DomainName": ""})"));
    QCOMPARE(empty.size(), 2); // too short, and the pattern needs one character
    expectIssue(empty, s("DomainName"), s("DomainName must not be empty."),
                s("Value '' at 'domainName' failed to satisfy constraint: Member must have length "
                  "greater than or equal to 1"));
    expectIssue(empty, s("DomainName"),
                s("DomainName may hold only letters, digits, _ and -."),
                s("Value '' at 'domainName' failed to satisfy constraint: Member must satisfy "
                  "regular expression pattern: ^[a-zA-Z0-9_-]+$"));

    const auto bucket = model.validate(u"CreateDomainRequest",
                                       json(R"({"DomainName": "d", "DefaultExpirationDays": 5,
        "Matching": {"Enabled": true, "ExportingConfig": {"S3Exporting": {"S3BucketName": "ab"}}}})"));
    QCOMPARE(bucket.size(), 1);
    expectIssue(bucket, s("Matching.ExportingConfig.S3Exporting.S3BucketName"),
                s("Matching.ExportingConfig.S3Exporting.S3BucketName must be at least 3 characters "
                  "long (it has 2)."),
                s("Value 'ab' at 'matching.exportingConfig.s3Exporting.s3BucketName' failed to "
                  "satisfy constraint: "
                  "Member must have length greater than or equal to 3"));
}

void TestWireValidation::lengthCountsCodePoints()
{
    const WireModel &model = WireModel::bundled();
    const QString grin =
        s("\xF0\x9F\x98\x80"); // U+1F600: one code point, two UTF-16 units, four UTF-8 bytes
    const QString fits = grin.repeated(255);
    QCOMPARE(model
                 .validate(u"CreateProfileRequest",
                           QJsonObject{{s("DomainName"), s("d")}, {s("FirstName"), fits}})
                 .size(),
             0);

    const QString tooLong = s("\xC3\xA9") + fits; // é plus 255 emoji: 256 code points
    const auto issues = model.validate(
        u"CreateProfileRequest", QJsonObject{{s("DomainName"), s("d")}, {s("FirstName"), tooLong}});
    QCOMPARE(issues.size(), 1);
    expectIssue(issues, s("FirstName"),
                s("FirstName must be at most 255 characters long (it has 256)."),
                // FirstName is sensitive: the service's wording leaves its value out.
                s("Value at 'firstName' failed to satisfy constraint: Member must have length less "
                  "than or equal to 255"));
    QVERIFY(!issues.first().awsMessage.contains(grin));
}

// What the model marks sensitive is never quoted back, neither alone nor inside a list or
// a structure: six sample records are refused without repeating them.
void TestWireValidation::sensitiveValuesAreNotQuoted()
{
    const WireModel &model = WireModel::bundled();
    QJsonArray samples;
    for (int i = 0; i < 6; ++i)
        samples.append(s("{\"email\": \"secret%1@example.com\"}").arg(i));
    const auto issues = model.validate(
        u"DetectProfileObjectTypeRequest",
        QJsonObject{{s("DomainName"), s("d")}, {s("Objects"), samples}});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().awsMessage,
             s("Value at 'objects' failed to satisfy constraint: Member must have length less "
               "than or equal to 5"));
    QVERIFY(!issues.first().message.contains(s("secret")));
    // A value that is not sensitive is still quoted, as the service does.
    const auto named =
        model.validate(u"GetDomainRequest", QJsonObject{{s("DomainName"), s("bad name!")}});
    QVERIFY(!named.isEmpty());
    QVERIFY(named.first().awsMessage.startsWith(s("Value 'bad name!' at 'domainName'")));
}

void TestWireValidation::patternMismatch()
{
    const auto issues =
        WireModel::bundled().validate(u"GetDomainRequest", json(R"({"DomainName": "bad name!"})"));
    QCOMPARE(issues.size(), 1);
    expectIssue(issues, s("DomainName"),
                s("DomainName may hold only letters, digits, _ and -."),
                s("Value 'bad name!' at 'domainName' failed to satisfy constraint: Member must "
                  "satisfy regular expression pattern: ^[a-zA-Z0-9_-]+$"));
}

void TestWireValidation::patternIsASearch()
{
    // Smithy patterns are not anchored: "[a-f0-9]{32}" is satisfied anywhere in the value.
    const WireModel &model = WireModel::bundled();
    const QJsonObject padded =
        json(R"({"DomainName": "d", "ProfileId": "xx0123456789abcdef0123456789abcdefyy"})");
    QCOMPARE(model.validate(u"DeleteProfileRequest", padded).size(), 0);
    const auto dashed = model.validate(u"DeleteProfileRequest",
                                       json(R"({"DomainName": "d", "ProfileId": "0123-4567"})"));
    QCOMPARE(dashed.size(), 1);
    QCOMPARE(dashed.at(0).path, s("ProfileId"));
}

void TestWireValidation::tagKeyLookahead()
{
    const WireModel &model = WireModel::bundled();
    const auto untag =
        model.validate(u"UntagResourceRequest",
                       json(R"({"resourceArn": "arn:aws:profile:us-east-1:123456789012:domains/d",
                                               "tagKeys": ["team", "aws:reserved"]})"));
    QCOMPARE(untag.size(), 1);
    expectIssue(
        untag, s("tagKeys[1]"),
        s("tagKeys[1] must not start with aws:."),
        s("Value 'aws:reserved' at 'tagKeys[1]' failed to satisfy constraint: Member must satisfy "
          "regular expression pattern: ^(?!aws:)[a-zA-Z+-=._:/]+$"));
    QCOMPARE(model
                 .validate(u"UntagResourceRequest", json(R"({"resourceArn": "arn:aws:profile:x",
                                                               "tagKeys": ["awsome", "x:aws:y"]})"))
                 .size(),
             0);
}

void TestWireValidation::enumMismatch()
{
    // Today's identifiers, as botocore 1.43.11 lists them.
    const QString kIdentifiers =
        s("PROFILE, ASSET, CASE, DEVICE, WEB_ANALYTICS, ORDER, COMMUNICATION_RECORD, "
          "AIR_PREFERENCE, HOTEL_PREFERENCE, AIR_BOOKING, AIR_SEGMENT, HOTEL_RESERVATION, "
          "HOTEL_STAY_REVENUE, LOYALTY, LOYALTY_TRANSACTION, LOYALTY_PROMOTION, UNIQUE, "
          "SECONDARY, LOOKUP_ONLY, NEW_ONLY");
    const auto issues = WireModel::bundled().validate(u"PutProfileObjectTypeRequest", json(R"({
        "DomainName": "d", "ObjectTypeName": "T", "Description": "x",
        "Keys": {"email": [{"StandardIdentifiers": ["PROFILE", "PRIMARY"], "FieldNames": ["email"]}]}})"));
    QCOMPARE(issues.size(), 1);
    expectIssue(
        issues, s("Keys.email[0].StandardIdentifiers[1]"),
        s("Keys.email[0].StandardIdentifiers[1] must be one of %1 (it is 'PRIMARY').")
            .arg(kIdentifiers),
        s("Value 'PRIMARY' at 'keys.email[0].standardIdentifiers[1]' failed to satisfy constraint: "
          "Member must satisfy enum value set: [%1]")
            .arg(kIdentifiers));
}

void TestWireValidation::integerRange()
{
    const WireModel &model = WireModel::bundled();
    const auto zero = model.validate(u"CreateDomainRequest",
                                     json(R"({"DomainName": "d", "DefaultExpirationDays": 0})"));
    QCOMPARE(zero.size(), 1);
    expectIssue(zero, s("DefaultExpirationDays"),
                s("DefaultExpirationDays must be at least 1 (it is 0)."),
                s("Value '0' at 'defaultExpirationDays' failed to satisfy constraint: Member must "
                  "have value greater than or equal to 1"));
    const auto big = model.validate(u"CreateDomainRequest",
                                    json(R"({"DomainName": "d", "DefaultExpirationDays": 1099})"));
    QCOMPARE(big.size(), 1);
    expectIssue(big, s("DefaultExpirationDays"),
                s("DefaultExpirationDays must be at most 1098 (it is 1099)."),
                s("Value '1099' at 'defaultExpirationDays' failed to satisfy constraint: Member "
                  "must have value less than or equal to 1098"));
    const auto page = model.validate(u"ListDomainsRequest", json(R"({"MaxResults": 101})"));
    QCOMPARE(page.size(), 1);
    expectIssue(page, s("MaxResults"), s("MaxResults must be at most 100 (it is 101)."),
                s("Value '101' at 'maxResults' failed to satisfy constraint: Member must have "
                  "value less than or equal to 100"));
    const auto score = model.validate(u"CreateDomainRequest",
                                      json(R"({"DomainName": "d", "DefaultExpirationDays": 3,
        "Matching": {"Enabled": true, "AutoMerging": {"Enabled": true, "MinAllowedConfidenceScoreForMerging": 1.5}}})"));
    QCOMPARE(score.size(), 1);
    QCOMPARE(score.at(0).path, s("Matching.AutoMerging.MinAllowedConfidenceScoreForMerging"));
    QCOMPARE(score.at(0).message, s("Matching.AutoMerging.MinAllowedConfidenceScoreForMerging must "
                                    "be at most 1 (it is 1.5)."));
}

void TestWireValidation::wrongJsonType()
{
    const WireModel &model = WireModel::bundled();
    const auto issues = model.validate(u"CreateDomainRequest",
                                       json(R"({"DomainName": 5, "DefaultExpirationDays": "ten",
        "Tags": ["a"], "Matching": {"Enabled": "yes"}})"));
    QCOMPARE(issues.size(), 4);
    expectIssue(
        issues, s("DomainName"), s("DomainName must be a string."),
        s("Value '5' at 'domainName' failed to satisfy constraint: Member must be of type string"));
    expectIssue(
        issues, s("DefaultExpirationDays"),
        s("DefaultExpirationDays must be a whole number between -2147483648 and 2147483647."),
        s("Value 'ten' at 'defaultExpirationDays' failed to satisfy constraint: Member must be of "
          "type integer"));
    expectIssue(
        issues, s("Tags"), s("Tags must be an object."),
        s("Value '[a]' at 'tags' failed to satisfy constraint: Member must be of type object"));
    expectIssue(issues, s("Matching.Enabled"), s("Matching.Enabled must be true or false."),
                s("Value 'yes' at 'matching.enabled' failed to satisfy constraint: Member must be "
                  "of type boolean"));

    const auto fraction = model.validate(u"ListDomainsRequest", json(R"({"MaxResults": 2.5})"));
    QCOMPARE(fraction.size(), 1);
    QCOMPARE(fraction.at(0).message,
             s("MaxResults must be a whole number between -2147483648 and 2147483647."));
    const auto when = model.validate(
        u"ListDomainItem",
        json(R"({"DomainName": "d", "CreatedAt": "2024-01-01", "LastUpdatedAt": 1})"));
    QCOMPARE(when.size(), 1);
    QCOMPARE(when.at(0).message,
             s("CreatedAt must be a timestamp given as a number of seconds since 1970."));
    const auto keys = model.validate(u"PutProfileObjectTypeRequest",
                                     json(R"({"DomainName": "d", "ObjectTypeName": "T",
        "Description": "x", "Keys": {"email": {"FieldNames": ["email"]}}})"));
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.at(0).message, s("Keys.email must be a list."));
}

void TestWireValidation::nestedPaths()
{
    const auto issues = WireModel::bundled().validate(u"PutProfileObjectTypeRequest", json(R"({
        "DomainName": "d", "ObjectTypeName": "T", "Description": "x",
        "Fields": {"first": {"Source": "", "Target": "_profile.FirstName", "ContentType": "TEXT"}},
        "Keys": {"email": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["email", "e mail"]}]}})"));
    QCOMPARE(issues.size(), 3);
    expectIssue(issues, s("Fields.first.Source"), s("Fields.first.Source must not be empty."),
                s("Value '' at 'fields.first.source' failed to satisfy constraint: Member must "
                  "have length greater than or equal to 1"));
    expectIssue(issues, s("Fields.first.ContentType"),
                s("Fields.first.ContentType must be one of STRING, NUMBER, PHONE_NUMBER, "
                  "EMAIL_ADDRESS, NAME (it is 'TEXT')."),
                s("Value 'TEXT' at 'fields.first.contentType' failed to satisfy constraint: "
                  "Member must satisfy enum value set: [STRING, NUMBER, PHONE_NUMBER, "
                  "EMAIL_ADDRESS, NAME]"));
    expectIssue(issues, s("Keys.email[0].FieldNames[1]"),
                s("Keys.email[0].FieldNames[1] may hold only letters, digits, _ and -."),
                s("Value 'e mail' at 'keys.email[0].fieldNames[1]' failed to satisfy constraint: "
                  "Member must satisfy regular expression pattern: ^[a-zA-Z0-9_-]+$"));
}

void TestWireValidation::mapKeyChecked()
{
    const auto issues = WireModel::bundled().validate(
        u"TagResourceRequest",
        json(R"({"resourceArn": "arn:aws:profile:x", "tags": {"aws:team": "crm"}})"));
    QCOMPARE(issues.size(), 1);
    expectIssue(issues, s("tags.aws:team"),
                s("The key 'aws:team' in tags must not start with aws:."),
                s("Value '{aws:team=crm}' at 'tags' failed to satisfy constraint: Map keys must "
                  "satisfy constraint: "
                  "[Member must satisfy regular expression pattern: ^(?!aws:)[a-zA-Z+-=._:/]+$]"));
}

void TestWireValidation::userTextInPathIsNotAPlaceholder()
{
    // Map keys are the caller's text: "%2" in a path must reach the message unchanged.
    const auto issues = WireModel::bundled().validate(
        u"CreateProfileRequest", json(R"({"DomainName": "d", "Attributes": {"%2": ""}})"));
    QCOMPARE(issues.size(), 1);
    expectIssue(issues, s("Attributes.%2"), s("Attributes.%2 must not be empty."),
                s("Value '' at 'attributes.%2' failed to satisfy constraint: Member must have "
                  "length greater than or equal to 1"));
}

void TestWireValidation::mapAndListSizes()
{
    const WireModel &model = WireModel::bundled();
    QJsonObject tags;
    for (int i = 0; i < 51; ++i)
        tags.insert(s("k") + QString::number(i), s("v"));
    const QJsonObject tagRequest{{s("resourceArn"), s("arn:aws:profile:x")}, {s("tags"), tags}};
    const auto tooMany = model.validate(u"TagResourceRequest", tagRequest);
    QCOMPARE(tooMany.size(), 1);
    QCOMPARE(tooMany.at(0).path, s("tags"));
    QCOMPARE(tooMany.at(0).message, s("tags must have at most 50 entries (it has 51)."));
    QVERIFY(tooMany.at(0).awsMessage.endsWith(s("' at 'tags' failed to satisfy constraint: Member "
                                                "must have length less than or equal to 50")));
    tags.remove(s("k50"));
    QCOMPARE(
        model
            .validate(u"TagResourceRequest",
                      QJsonObject{{s("resourceArn"), s("arn:aws:profile:x")}, {s("tags"), tags}})
            .size(),
        0);

    const auto noTags = model.validate(u"TagResourceRequest",
                                       json(R"({"resourceArn": "arn:aws:profile:x", "tags": {}})"));
    QCOMPARE(noTags.size(), 1);
    expectIssue(noTags, s("tags"), s("tags must not be empty."),
                s("Value '{}' at 'tags' failed to satisfy constraint: Member must have length "
                  "greater than or equal to 1"));
    const auto noKeys = model.validate(
        u"UntagResourceRequest", json(R"({"resourceArn": "arn:aws:profile:x", "tagKeys": []})"));
    QCOMPARE(noKeys.size(), 1);
    expectIssue(noKeys, s("tagKeys"), s("tagKeys must not be an empty list."),
                s("Value '[]' at 'tagKeys' failed to satisfy constraint: Member must have length "
                  "greater than or equal to 1"));
    const auto search =
        model.validate(u"SearchProfilesRequest", json(R"({"DomainName": "d", "KeyName": "k",
        "Values": ["v"], "AdditionalSearchKeys": [{"KeyName": "a", "Values": ["1"]}, {"KeyName": "b", "Values": ["2"]},
        {"KeyName": "c", "Values": ["3"]}, {"KeyName": "d", "Values": ["4"]}, {"KeyName": "e", "Values": ["5"]}]})"));
    QCOMPARE(search.size(), 1);
    QCOMPARE(search.at(0).message, s("AdditionalSearchKeys must have at most 4 items (it has 5)."));
}

void TestWireValidation::rootAndUnknownShape()
{
    const WireModel &model = WireModel::bundled();
    const auto notObject = model.validate(u"CreateDomainRequest", QJsonArray{1});
    QCOMPARE(notObject.size(), 1);
    QCOMPARE(notObject.at(0).path, QString());
    QCOMPARE(notObject.at(0).message, s("The input must be an object."));
    const auto unknown = model.validate(u"NoSuchShape", QJsonObject());
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.at(0).message, s("No shape named NoSuchShape is known."));
}

void TestWireValidation::concurrentValidation()
{
    // The local endpoint validates on several threads against the one shared model.
    const QJsonObject request = json(R"({"DomainName": "bad name!", "DefaultExpirationDays": 5,
        "Tags": {"aws:x": "y", "ok": "z"}})");
    const auto expected = WireModel::bundled().validate(u"CreateDomainRequest", request);
    QCOMPARE(expected.size(), 2);
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 300; ++i) {
                const auto issues = WireModel::bundled().validate(u"CreateDomainRequest", request);
                if (issues.size() != expected.size() ||
                    issues.at(0).awsMessage != expected.at(0).awsMessage)
                    ++mismatches[t];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches, std::vector<int>(4, 0));
}

QTEST_GUILESS_MAIN(TestWireValidation)
#include "tst_wirevalidation.moc"
