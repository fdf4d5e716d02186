// The 28 operations the product covers: HTTP binding and input/output shapes.
// Authored from botocore's customer-profiles 2020-08-15 model; keep in step with it
// (tests/schema/tst_wiremodel.cpp compares the two).

#include "wiremodel_p.h"

namespace cp::schema::table {

QList<Operation> operations()
{
    return {
        op("AddProfileKey", "POST", "/domains/{DomainName}/profiles/keys", "AddProfileKeyRequest",
           "AddProfileKeyResponse"),
        op("CreateDomain", "POST", "/domains/{DomainName}", "CreateDomainRequest",
           "CreateDomainResponse"),
        op("CreateProfile", "POST", "/domains/{DomainName}/profiles", "CreateProfileRequest",
           "CreateProfileResponse"),
        op("DeleteDomain", "DELETE", "/domains/{DomainName}", "DeleteDomainRequest",
           "DeleteDomainResponse"),
        op("DeleteIntegration", "POST", "/domains/{DomainName}/integrations/delete",
           "DeleteIntegrationRequest", "DeleteIntegrationResponse"),
        op("DeleteProfile", "POST", "/domains/{DomainName}/profiles/delete", "DeleteProfileRequest",
           "DeleteProfileResponse"),
        op("DeleteProfileKey", "POST", "/domains/{DomainName}/profiles/keys/delete",
           "DeleteProfileKeyRequest", "DeleteProfileKeyResponse"),
        op("DeleteProfileObject", "POST", "/domains/{DomainName}/profiles/objects/delete",
           "DeleteProfileObjectRequest", "DeleteProfileObjectResponse"),
        op("DeleteProfileObjectType", "DELETE",
           "/domains/{DomainName}/object-types/{ObjectTypeName}", "DeleteProfileObjectTypeRequest",
           "DeleteProfileObjectTypeResponse"),
        op("GetDomain", "GET", "/domains/{DomainName}", "GetDomainRequest", "GetDomainResponse"),
        op("GetIntegration", "POST", "/domains/{DomainName}/integrations", "GetIntegrationRequest",
           "GetIntegrationResponse"),
        op("GetProfileObjectType", "GET", "/domains/{DomainName}/object-types/{ObjectTypeName}",
           "GetProfileObjectTypeRequest", "GetProfileObjectTypeResponse"),
        op("GetProfileObjectTypeTemplate", "GET", "/templates/{TemplateId}",
           "GetProfileObjectTypeTemplateRequest", "GetProfileObjectTypeTemplateResponse"),
        op("ListAccountIntegrations", "POST", "/integrations", "ListAccountIntegrationsRequest",
           "ListAccountIntegrationsResponse"),
        op("ListDomains", "GET", "/domains", "ListDomainsRequest", "ListDomainsResponse"),
        op("ListIntegrations", "GET", "/domains/{DomainName}/integrations",
           "ListIntegrationsRequest", "ListIntegrationsResponse"),
        op("ListProfileObjectTypeTemplates", "GET", "/templates",
           "ListProfileObjectTypeTemplatesRequest", "ListProfileObjectTypeTemplatesResponse"),
        op("ListProfileObjectTypes", "GET", "/domains/{DomainName}/object-types",
           "ListProfileObjectTypesRequest", "ListProfileObjectTypesResponse"),
        op("ListProfileObjects", "POST", "/domains/{DomainName}/profiles/objects",
           "ListProfileObjectsRequest", "ListProfileObjectsResponse"),
        op("ListTagsForResource", "GET", "/tags/{resourceArn}", "ListTagsForResourceRequest",
           "ListTagsForResourceResponse"),
        op("PutIntegration", "PUT", "/domains/{DomainName}/integrations", "PutIntegrationRequest",
           "PutIntegrationResponse"),
        op("PutProfileObject", "PUT", "/domains/{DomainName}/profiles/objects",
           "PutProfileObjectRequest", "PutProfileObjectResponse"),
        op("PutProfileObjectType", "PUT", "/domains/{DomainName}/object-types/{ObjectTypeName}",
           "PutProfileObjectTypeRequest", "PutProfileObjectTypeResponse"),
        op("SearchProfiles", "POST", "/domains/{DomainName}/profiles/search",
           "SearchProfilesRequest", "SearchProfilesResponse"),
        op("TagResource", "POST", "/tags/{resourceArn}", "TagResourceRequest",
           "TagResourceResponse"),
        op("UntagResource", "DELETE", "/tags/{resourceArn}", "UntagResourceRequest",
           "UntagResourceResponse"),
        op("UpdateDomain", "PUT", "/domains/{DomainName}", "UpdateDomainRequest",
           "UpdateDomainResponse"),
        op("UpdateProfile", "PUT", "/domains/{DomainName}/profiles", "UpdateProfileRequest",
           "UpdateProfileResponse"),
    };
}

} // namespace cp::schema::table
