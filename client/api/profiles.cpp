#include "profiles.h"

#include "codec.h"
#include "profiletable_p.h"

namespace cp::api {
namespace {

using codec::field;

const auto &createTable()
{
    static const auto table = std::tuple_cat(
        codec::fields(field("DomainName", &CreateProfileRequest::domainName)), profileFieldTable(),
        codec::fields(field("Attributes", &CreateProfileRequest::attributes)));
    return table;
}
const auto &updateTable()
{
    static const auto table = std::tuple_cat(
        codec::fields(field("DomainName", &UpdateProfileRequest::domainName),
                      field("ProfileId", &UpdateProfileRequest::profileId)),
        profileFieldTable(), codec::fields(field("Attributes", &UpdateProfileRequest::attributes)));
    return table;
}

template<class R> constexpr auto profileIdTable()
{
    return codec::fields(field("ProfileId", &R::profileId));
}
// AddProfileKey and DeleteProfileKey take the same members.
template<class R> constexpr auto keyTable()
{
    return codec::fields(field("ProfileId", &R::profileId), field("KeyName", &R::keyName),
                         field("Values", &R::values), field("DomainName", &R::domainName));
}

constexpr auto deleteTable = codec::fields(field("ProfileId", &DeleteProfileRequest::profileId),
                                           field("DomainName", &DeleteProfileRequest::domainName));

using Search = SearchProfilesRequest;
constexpr auto searchTable = std::tuple_cat(
    codec::pagingFields<Search>(),
    codec::fields(field("DomainName", &Search::domainName), field("KeyName", &Search::keyName),
                  field("Values", &Search::values),
                  field("AdditionalSearchKeys", &Search::additionalSearchKeys),
                  field("LogicalOperator", &Search::logicalOperator)));

constexpr auto addKeyResultTable = codec::fields(field("KeyName", &AddProfileKeyResponse::keyName),
                                                 field("Values", &AddProfileKeyResponse::values));

constexpr auto putObjectTable =
    codec::fields(field("ObjectTypeName", &PutProfileObjectRequest::objectTypeName),
                  field("Object", &PutProfileObjectRequest::object),
                  field("DomainName", &PutProfileObjectRequest::domainName));
constexpr auto putObjectResultTable = codec::fields(
    field("ProfileObjectUniqueKey", &PutProfileObjectResponse::profileObjectUniqueKey));

using ListObjects = ListProfileObjectsRequest;
constexpr auto listObjectsTable =
    std::tuple_cat(codec::pagingFields<ListObjects>(),
                   codec::fields(field("DomainName", &ListObjects::domainName),
                                 field("ObjectTypeName", &ListObjects::objectTypeName),
                                 field("ProfileId", &ListObjects::profileId),
                                 field("ObjectFilter", &ListObjects::objectFilter)));

using DeleteObject = DeleteProfileObjectRequest;
constexpr auto deleteObjectTable =
    codec::fields(field("ProfileId", &DeleteObject::profileId),
                  field("ProfileObjectUniqueKey", &DeleteObject::profileObjectUniqueKey),
                  field("ObjectTypeName", &DeleteObject::objectTypeName),
                  field("DomainName", &DeleteObject::domainName));

} // namespace

CP_API_REQUEST_CODEC(CreateProfileRequest, createTable())
CP_API_RESPONSE_CODEC(CreateProfileResponse, profileIdTable<CreateProfileResponse>())
CP_API_REQUEST_CODEC(UpdateProfileRequest, updateTable())
CP_API_RESPONSE_CODEC(UpdateProfileResponse, profileIdTable<UpdateProfileResponse>())
CP_API_REQUEST_CODEC(DeleteProfileRequest, deleteTable)
CP_API_RESPONSE_CODEC(DeleteProfileResponse, codec::messageFields<DeleteProfileResponse>())
CP_API_REQUEST_CODEC(SearchProfilesRequest, searchTable)
CP_API_RESPONSE_CODEC(SearchProfilesResponse, codec::pageFields<SearchProfilesResponse>())
CP_API_REQUEST_CODEC(AddProfileKeyRequest, keyTable<AddProfileKeyRequest>())
CP_API_RESPONSE_CODEC(AddProfileKeyResponse, addKeyResultTable)
CP_API_REQUEST_CODEC(DeleteProfileKeyRequest, keyTable<DeleteProfileKeyRequest>())
CP_API_RESPONSE_CODEC(DeleteProfileKeyResponse, codec::messageFields<DeleteProfileKeyResponse>())
CP_API_REQUEST_CODEC(PutProfileObjectRequest, putObjectTable)
CP_API_RESPONSE_CODEC(PutProfileObjectResponse, putObjectResultTable)
CP_API_REQUEST_CODEC(ListProfileObjectsRequest, listObjectsTable)
CP_API_RESPONSE_CODEC(ListProfileObjectsResponse, codec::pageFields<ListProfileObjectsResponse>())
CP_API_REQUEST_CODEC(DeleteProfileObjectRequest, deleteObjectTable)
CP_API_RESPONSE_CODEC(DeleteProfileObjectResponse,
                      codec::messageFields<DeleteProfileObjectResponse>())

} // namespace cp::api
