// Structures of the domain and tagging operations.
// Authored from botocore's customer-profiles 2020-08-15 model; keep in step with it
// (tests/schema/tst_wiremodel.cpp compares the two).

#include "wiremodel_p.h"

namespace cp::schema::table {

QList<Shape> domainShapes()
{
    return {
        // CreateDomain
        structure("CreateDomainRequest",
                  {
                      label("DomainName", "name"),
                      required("DefaultExpirationDays", "expirationDaysInteger"),
                      member("DefaultEncryptionKey", "encryptionKey"),
                      member("DeadLetterQueueUrl", "sqsQueueUrl"),
                      member("Matching", "MatchingRequest"),
                      member("Tags", "TagMap"),
                  }),
        structure("MatchingRequest",
                  {
                      required("Enabled", "optionalBoolean"),
                      member("JobSchedule", "JobSchedule"),
                      member("AutoMerging", "AutoMerging"),
                      member("ExportingConfig", "ExportingConfig"),
                  }),
        structure("JobSchedule", {required("DayOfTheWeek", "JobScheduleDayOfTheWeek"),
                                  required("Time", "JobScheduleTime")}),
        structure("AutoMerging",
                  {
                      required("Enabled", "optionalBoolean"),
                      member("Consolidation", "Consolidation"),
                      member("ConflictResolution", "ConflictResolution"),
                      member("MinAllowedConfidenceScoreForMerging", "Double0To1"),
                  }),
        structure("Consolidation", {required("MatchingAttributesList", "MatchingAttributesList")}),
        structure("ConflictResolution",
                  {required("ConflictResolvingModel", "ConflictResolvingModel"),
                   member("SourceName", "string1To255")}),
        structure("ExportingConfig", {member("S3Exporting", "S3ExportingConfig")}),
        structure("S3ExportingConfig", {required("S3BucketName", "s3BucketName"),
                                        member("S3KeyName", "s3KeyNameCustomerOutputConfig")}),
        structure("CreateDomainResponse",
                  {
                      required("DomainName", "name"),
                      required("DefaultExpirationDays", "expirationDaysInteger"),
                      member("DefaultEncryptionKey", "encryptionKey"),
                      member("DeadLetterQueueUrl", "sqsQueueUrl"),
                      member("Matching", "MatchingResponse"),
                      required("CreatedAt", "timestamp"),
                      required("LastUpdatedAt", "timestamp"),
                      member("Tags", "TagMap"),
                  }),
        structure("MatchingResponse",
                  {
                      member("Enabled", "optionalBoolean"),
                      member("JobSchedule", "JobSchedule"),
                      member("AutoMerging", "AutoMerging"),
                      member("ExportingConfig", "ExportingConfig"),
                  }),
        // GetDomain
        structure("GetDomainRequest", {label("DomainName", "name")}),
        structure("GetDomainResponse",
                  {
                      required("DomainName", "name"),
                      member("DefaultExpirationDays", "expirationDaysInteger"),
                      member("DefaultEncryptionKey", "encryptionKey"),
                      member("DeadLetterQueueUrl", "sqsQueueUrl"),
                      member("Stats", "DomainStats"),
                      member("Matching", "MatchingResponse"),
                      required("CreatedAt", "timestamp"),
                      required("LastUpdatedAt", "timestamp"),
                      member("Tags", "TagMap"),
                  }),
        structure("DomainStats",
                  {
                      member("ProfileCount", "long"),
                      member("MeteringProfileCount", "long"),
                      member("ObjectCount", "long"),
                      member("TotalSize", "long"),
                  }),
        // UpdateDomain
        structure("UpdateDomainRequest",
                  {
                      label("DomainName", "name"),
                      member("DefaultExpirationDays", "expirationDaysInteger"),
                      member("DefaultEncryptionKey", "encryptionKey"),
                      member("DeadLetterQueueUrl", "sqsQueueUrl"),
                      member("Matching", "MatchingRequest"),
                      member("Tags", "TagMap"),
                  }),
        structure("UpdateDomainResponse",
                  {
                      required("DomainName", "name"),
                      member("DefaultExpirationDays", "expirationDaysInteger"),
                      member("DefaultEncryptionKey", "encryptionKey"),
                      member("DeadLetterQueueUrl", "sqsQueueUrl"),
                      member("Matching", "MatchingResponse"),
                      required("CreatedAt", "timestamp"),
                      required("LastUpdatedAt", "timestamp"),
                      member("Tags", "TagMap"),
                  }),
        // DeleteDomain
        structure("DeleteDomainRequest", {label("DomainName", "name")}),
        structure("DeleteDomainResponse", {required("Message", "message")}),
        // ListDomains
        structure("ListDomainsRequest", {query("NextToken", "token", "next-token"),
                                         query("MaxResults", "maxSize100", "max-results")}),
        structure("ListDomainsResponse",
                  {member("Items", "DomainList"), member("NextToken", "token")}),
        structure("ListDomainItem",
                  {
                      required("DomainName", "name"),
                      required("CreatedAt", "timestamp"),
                      required("LastUpdatedAt", "timestamp"),
                      member("Tags", "TagMap"),
                  }),
        // TagResource
        structure("TagResourceRequest",
                  {label("resourceArn", "TagArn"), required("tags", "TagMap")}),
        structure("TagResourceResponse", {}),
        // UntagResource
        structure("UntagResourceRequest", {label("resourceArn", "TagArn"),
                                           requiredQuery("tagKeys", "TagKeyList", "tagKeys")}),
        structure("UntagResourceResponse", {}),
        // ListTagsForResource
        structure("ListTagsForResourceRequest", {label("resourceArn", "TagArn")}),
        structure("ListTagsForResourceResponse", {member("tags", "TagMap")}),
    };
}

} // namespace cp::schema::table
