#include "objecttypes.h"

#include "codec.h"

namespace cp::api {
namespace {

using codec::field;

using Put = PutProfileObjectTypeRequest;
constexpr auto putTable = codec::fields(
    field("DomainName", &Put::domainName), field("ObjectTypeName", &Put::objectTypeName),
    field("Description", &Put::description), field("TemplateId", &Put::templateId),
    field("ExpirationDays", &Put::expirationDays), field("EncryptionKey", &Put::encryptionKey),
    field("AllowProfileCreation", &Put::allowProfileCreation),
    field("SourceLastUpdatedTimestampFormat", &Put::sourceLastUpdatedTimestampFormat),
    field("Fields", &Put::fields), field("Keys", &Put::keys), field("Tags", &Put::tags));

// Get and Delete name an object type the same way.
template<class R> constexpr auto typeNameTable()
{
    return codec::fields(field("DomainName", &R::domainName),
                         field("ObjectTypeName", &R::objectTypeName));
}

using ListTypes = ListProfileObjectTypesRequest;
constexpr auto listTypesTable = std::tuple_cat(
    codec::fields(field("DomainName", &ListTypes::domainName)), codec::pagingFields<ListTypes>());

using Template = GetProfileObjectTypeTemplateResponse;
constexpr auto templateTable = codec::fields(
    field("TemplateId", &Template::templateId), field("SourceName", &Template::sourceName),
    field("SourceObject", &Template::sourceObject),
    field("AllowProfileCreation", &Template::allowProfileCreation),
    field("SourceLastUpdatedTimestampFormat", &Template::sourceLastUpdatedTimestampFormat),
    field("Fields", &Template::fields), field("Keys", &Template::keys));

constexpr auto templateIdTable =
    codec::fields(field("TemplateId", &GetProfileObjectTypeTemplateRequest::templateId));

} // namespace

CP_API_REQUEST_CODEC(PutProfileObjectTypeRequest, putTable)
PutProfileObjectTypeResponse PutProfileObjectTypeResponse::fromOutput(const QJsonObject &json)
{
    return {ProfileObjectType::fromJson(json)};
}

CP_API_REQUEST_CODEC(GetProfileObjectTypeRequest, typeNameTable<GetProfileObjectTypeRequest>())
GetProfileObjectTypeResponse GetProfileObjectTypeResponse::fromOutput(const QJsonObject &json)
{
    return {ProfileObjectType::fromJson(json)};
}

CP_API_REQUEST_CODEC(DeleteProfileObjectTypeRequest,
                     typeNameTable<DeleteProfileObjectTypeRequest>())
CP_API_RESPONSE_CODEC(DeleteProfileObjectTypeResponse,
                      codec::messageFields<DeleteProfileObjectTypeResponse>())
CP_API_REQUEST_CODEC(ListProfileObjectTypesRequest, listTypesTable)
CP_API_RESPONSE_CODEC(ListProfileObjectTypesResponse,
                      codec::pageFields<ListProfileObjectTypesResponse>())
CP_API_REQUEST_CODEC(GetProfileObjectTypeTemplateRequest, templateIdTable)
CP_API_RESPONSE_CODEC(GetProfileObjectTypeTemplateResponse, templateTable)
CP_API_REQUEST_CODEC(ListProfileObjectTypeTemplatesRequest,
                     codec::pagingFields<ListProfileObjectTypeTemplatesRequest>())
CP_API_RESPONSE_CODEC(ListProfileObjectTypeTemplatesResponse,
                      codec::pageFields<ListProfileObjectTypeTemplatesResponse>())

} // namespace cp::api
