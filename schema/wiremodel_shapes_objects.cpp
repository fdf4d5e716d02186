// Structures of the object type, template and profile object operations.
// Authored from botocore's customer-profiles 2020-08-15 model; keep in step with it
// (tests/schema/tst_wiremodel.cpp compares the two).

#include "wiremodel_p.h"

namespace cp::schema::table {

QList<Shape> objectShapes()
{
    return {
        // PutProfileObjectType
        structure("PutProfileObjectTypeRequest",
                  {
                      label("DomainName", "name"),
                      label("ObjectTypeName", "typeName"),
                      required("Description", "text"),
                      member("TemplateId", "name"),
                      member("ExpirationDays", "expirationDaysInteger"),
                      member("EncryptionKey", "encryptionKey"),
                      member("AllowProfileCreation", "boolean"),
                      member("SourceLastUpdatedTimestampFormat", "string1To255"),
                      member("Fields", "FieldMap"),
                      member("Keys", "KeyMap"),
                      member("Tags", "TagMap"),
                  }),
        structure("PutProfileObjectTypeResponse",
                  {
                      required("ObjectTypeName", "typeName"),
                      required("Description", "text"),
                      member("TemplateId", "name"),
                      member("ExpirationDays", "expirationDaysInteger"),
                      member("EncryptionKey", "encryptionKey"),
                      member("AllowProfileCreation", "boolean"),
                      member("SourceLastUpdatedTimestampFormat", "string1To255"),
                      member("Fields", "FieldMap"),
                      member("Keys", "KeyMap"),
                      member("CreatedAt", "timestamp"),
                      member("LastUpdatedAt", "timestamp"),
                      member("Tags", "TagMap"),
                  }),
        // GetProfileObjectType
        structure("GetProfileObjectTypeRequest",
                  {label("DomainName", "name"), label("ObjectTypeName", "typeName")}),
        structure("GetProfileObjectTypeResponse",
                  {
                      required("ObjectTypeName", "typeName"),
                      required("Description", "text"),
                      member("TemplateId", "name"),
                      member("ExpirationDays", "expirationDaysInteger"),
                      member("EncryptionKey", "encryptionKey"),
                      member("AllowProfileCreation", "boolean"),
                      member("SourceLastUpdatedTimestampFormat", "string1To255"),
                      member("Fields", "FieldMap"),
                      member("Keys", "KeyMap"),
                      member("CreatedAt", "timestamp"),
                      member("LastUpdatedAt", "timestamp"),
                      member("Tags", "TagMap"),
                  }),
        structure("ObjectTypeField", {member("Source", "text"), member("Target", "text"),
                                      member("ContentType", "FieldContentType")}),
        structure("ObjectTypeKey", {member("StandardIdentifiers", "StandardIdentifierList"),
                                    member("FieldNames", "FieldNameList")}),
        // DeleteProfileObjectType
        structure("DeleteProfileObjectTypeRequest",
                  {label("DomainName", "name"), label("ObjectTypeName", "typeName")}),
        structure("DeleteProfileObjectTypeResponse", {required("Message", "message")}),
        // ListProfileObjectTypes
        structure("ListProfileObjectTypesRequest",
                  {label("DomainName", "name"), query("NextToken", "token", "next-token"),
                   query("MaxResults", "maxSize100", "max-results")}),
        structure("ListProfileObjectTypesResponse",
                  {member("Items", "ProfileObjectTypeList"), member("NextToken", "token")}),
        structure("ListProfileObjectTypeItem",
                  {
                      required("ObjectTypeName", "typeName"),
                      required("Description", "text"),
                      member("CreatedAt", "timestamp"),
                      member("LastUpdatedAt", "timestamp"),
                      member("Tags", "TagMap"),
                  }),
        // GetProfileObjectTypeTemplate
        structure("GetProfileObjectTypeTemplateRequest", {label("TemplateId", "name")}),
        structure("GetProfileObjectTypeTemplateResponse",
                  {
                      member("TemplateId", "name"),
                      member("SourceName", "name"),
                      member("SourceObject", "name"),
                      member("AllowProfileCreation", "boolean"),
                      member("SourceLastUpdatedTimestampFormat", "string1To255"),
                      member("Fields", "FieldMap"),
                      member("Keys", "KeyMap"),
                  }),
        // ListProfileObjectTypeTemplates
        structure("ListProfileObjectTypeTemplatesRequest",
                  {query("NextToken", "token", "next-token"),
                   query("MaxResults", "maxSize100", "max-results")}),
        structure("ListProfileObjectTypeTemplatesResponse",
                  {member("Items", "ProfileObjectTypeTemplateList"), member("NextToken", "token")}),
        structure("ListProfileObjectTypeTemplateItem",
                  {member("TemplateId", "name"), member("SourceName", "name"),
                   member("SourceObject", "name")}),
        // PutProfileObject
        structure("PutProfileObjectRequest",
                  {required("ObjectTypeName", "typeName"), required("Object", "stringifiedJson"),
                   label("DomainName", "name")}),
        structure("PutProfileObjectResponse", {member("ProfileObjectUniqueKey", "string1To255")}),
        // ListProfileObjects
        structure("ListProfileObjectsRequest",
                  {
                      query("NextToken", "token", "next-token"),
                      query("MaxResults", "maxSize100", "max-results"),
                      label("DomainName", "name"),
                      required("ObjectTypeName", "typeName"),
                      required("ProfileId", "uuid"),
                      member("ObjectFilter", "ObjectFilter"),
                  }),
        structure("ObjectFilter",
                  {required("KeyName", "name"), required("Values", "requestValueList")}),
        structure("ListProfileObjectsResponse",
                  {member("Items", "ProfileObjectList"), member("NextToken", "token")}),
        structure("ListProfileObjectsItem", {member("ObjectTypeName", "typeName"),
                                             member("ProfileObjectUniqueKey", "string1To255"),
                                             member("Object", "stringifiedJson")}),
        // DeleteProfileObject
        structure("DeleteProfileObjectRequest",
                  {
                      required("ProfileId", "uuid"),
                      required("ProfileObjectUniqueKey", "string1To255"),
                      required("ObjectTypeName", "typeName"),
                      label("DomainName", "name"),
                  }),
        structure("DeleteProfileObjectResponse", {member("Message", "message")}),
    };
}

} // namespace cp::schema::table
