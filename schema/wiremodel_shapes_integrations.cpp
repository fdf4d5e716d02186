// Structures of the integration operations, with AppFlow flow definitions.
// Authored from botocore's customer-profiles 2020-08-15 model; keep in step with it
// (tests/schema/tst_wiremodel.cpp compares the two).

#include "wiremodel_p.h"

namespace cp::schema::table {

QList<Shape> integrationShapes()
{
    return {
        // PutIntegration
        structure("PutIntegrationRequest",
                  {
                      label("DomainName", "name"),
                      member("Uri", "string1To255"),
                      member("ObjectTypeName", "typeName"),
                      member("Tags", "TagMap"),
                      member("FlowDefinition", "FlowDefinition"),
                      member("ObjectTypeNames", "ObjectTypeNames"),
                  }),
        structure("FlowDefinition",
                  {
                      member("Description", "FlowDescription"),
                      required("FlowName", "FlowName"),
                      required("KmsArn", "KmsArn"),
                      required("SourceFlowConfig", "SourceFlowConfig"),
                      required("Tasks", "Tasks"),
                      required("TriggerConfig", "TriggerConfig"),
                  }),
        structure("SourceFlowConfig",
                  {
                      member("ConnectorProfileName", "ConnectorProfileName"),
                      required("ConnectorType", "SourceConnectorType"),
                      member("IncrementalPullConfig", "IncrementalPullConfig"),
                      required("SourceConnectorProperties", "SourceConnectorProperties"),
                  }),
        structure("IncrementalPullConfig",
                  {member("DatetimeTypeFieldName", "DatetimeTypeFieldName")}),
        structure("SourceConnectorProperties",
                  {
                      member("Marketo", "MarketoSourceProperties"),
                      member("S3", "S3SourceProperties"),
                      member("Salesforce", "SalesforceSourceProperties"),
                      member("ServiceNow", "ServiceNowSourceProperties"),
                      member("Zendesk", "ZendeskSourceProperties"),
                  }),
        structure("MarketoSourceProperties", {required("Object", "Object")}),
        structure("S3SourceProperties",
                  {required("BucketName", "BucketName"), member("BucketPrefix", "BucketPrefix")}),
        structure("SalesforceSourceProperties",
                  {required("Object", "Object"), member("EnableDynamicFieldUpdate", "boolean"),
                   member("IncludeDeletedRecords", "boolean")}),
        structure("ServiceNowSourceProperties", {required("Object", "Object")}),
        structure("ZendeskSourceProperties", {required("Object", "Object")}),
        structure("Task",
                  {
                      member("ConnectorOperator", "ConnectorOperator"),
                      member("DestinationField", "DestinationField"),
                      required("SourceFields", "SourceFields"),
                      member("TaskProperties", "TaskPropertiesMap"),
                      required("TaskType", "TaskType"),
                  }),
        structure("ConnectorOperator",
                  {
                      member("Marketo", "MarketoConnectorOperator"),
                      member("S3", "S3ConnectorOperator"),
                      member("Salesforce", "SalesforceConnectorOperator"),
                      member("ServiceNow", "ServiceNowConnectorOperator"),
                      member("Zendesk", "ZendeskConnectorOperator"),
                  }),
        structure("TriggerConfig", {required("TriggerType", "TriggerType"),
                                    member("TriggerProperties", "TriggerProperties")}),
        structure("TriggerProperties", {member("Scheduled", "ScheduledTriggerProperties")}),
        structure("ScheduledTriggerProperties",
                  {
                      required("ScheduleExpression", "ScheduleExpression"),
                      member("DataPullMode", "DataPullMode"),
                      member("ScheduleStartTime", "Date"),
                      member("ScheduleEndTime", "Date"),
                      member("Timezone", "Timezone"),
                      member("ScheduleOffset", "ScheduleOffset"),
                      member("FirstExecutionFrom", "Date"),
                  }),
        structure("PutIntegrationResponse",
                  {
                      required("DomainName", "name"),
                      required("Uri", "string1To255"),
                      member("ObjectTypeName", "typeName"),
                      required("CreatedAt", "timestamp"),
                      required("LastUpdatedAt", "timestamp"),
                      member("Tags", "TagMap"),
                      member("ObjectTypeNames", "ObjectTypeNames"),
                      member("WorkflowId", "string1To255"),
                      member("IsUnstructured", "optionalBoolean"),
                  }),
        // GetIntegration
        structure("GetIntegrationRequest",
                  {label("DomainName", "name"), required("Uri", "string1To255")}),
        structure("GetIntegrationResponse",
                  {
                      required("DomainName", "name"),
                      required("Uri", "string1To255"),
                      member("ObjectTypeName", "typeName"),
                      required("CreatedAt", "timestamp"),
                      required("LastUpdatedAt", "timestamp"),
                      member("Tags", "TagMap"),
                      member("ObjectTypeNames", "ObjectTypeNames"),
                      member("WorkflowId", "string1To255"),
                      member("IsUnstructured", "optionalBoolean"),
                  }),
        // DeleteIntegration
        structure("DeleteIntegrationRequest",
                  {label("DomainName", "name"), required("Uri", "string1To255")}),
        structure("DeleteIntegrationResponse", {required("Message", "message")}),
        // ListIntegrations
        structure("ListIntegrationsRequest",
                  {
                      label("DomainName", "name"),
                      query("NextToken", "token", "next-token"),
                      query("MaxResults", "maxSize100", "max-results"),
                      query("IncludeHidden", "optionalBoolean", "include-hidden"),
                  }),
        structure("ListIntegrationsResponse",
                  {member("Items", "IntegrationList"), member("NextToken", "token")}),
        // ListAccountIntegrations
        structure("ListAccountIntegrationsRequest",
                  {
                      required("Uri", "string1To255"),
                      query("NextToken", "token", "next-token"),
                      query("MaxResults", "maxSize100", "max-results"),
                      query("IncludeHidden", "optionalBoolean", "include-hidden"),
                  }),
        structure("ListAccountIntegrationsResponse",
                  {member("Items", "IntegrationList"), member("NextToken", "token")}),
        structure("ListIntegrationItem",
                  {
                      required("DomainName", "name"),
                      required("Uri", "string1To255"),
                      member("ObjectTypeName", "typeName"),
                      required("CreatedAt", "timestamp"),
                      required("LastUpdatedAt", "timestamp"),
                      member("Tags", "TagMap"),
                      member("ObjectTypeNames", "ObjectTypeNames"),
                      member("WorkflowId", "string1To255"),
                      member("IsUnstructured", "optionalBoolean"),
                  }),
    };
}

} // namespace cp::schema::table
