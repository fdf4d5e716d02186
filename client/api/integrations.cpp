#include "integrations.h"

#include "codec.h"

namespace cp::api {
namespace {

using codec::field;

using Put = PutIntegrationRequest;
constexpr auto putTable = codec::fields(
    field("DomainName", &Put::domainName), field("Uri", &Put::uri),
    field("ObjectTypeName", &Put::objectTypeName), field("Tags", &Put::tags),
    field("FlowDefinition", &Put::flowDefinition), field("ObjectTypeNames", &Put::objectTypeNames));

// Get and Delete name an integration by its URI.
template<class R> constexpr auto uriTable()
{
    return codec::fields(field("DomainName", &R::domainName), field("Uri", &R::uri));
}

using List = ListIntegrationsRequest;
constexpr auto listTable = std::tuple_cat(
    codec::fields(field("DomainName", &List::domainName)), codec::pagingFields<List>(),
    codec::fields(field("IncludeHidden", &List::includeHidden)));

using Account = ListAccountIntegrationsRequest;
constexpr auto accountTable =
    std::tuple_cat(codec::fields(field("Uri", &Account::uri)), codec::pagingFields<Account>(),
                   codec::fields(field("IncludeHidden", &Account::includeHidden)));

} // namespace

CP_API_REQUEST_CODEC(PutIntegrationRequest, putTable)
PutIntegrationResponse PutIntegrationResponse::fromOutput(const QJsonObject &json)
{
    return {ListIntegrationItem::fromJson(json)};
}

CP_API_REQUEST_CODEC(GetIntegrationRequest, uriTable<GetIntegrationRequest>())
GetIntegrationResponse GetIntegrationResponse::fromOutput(const QJsonObject &json)
{
    return {ListIntegrationItem::fromJson(json)};
}

CP_API_REQUEST_CODEC(DeleteIntegrationRequest, uriTable<DeleteIntegrationRequest>())
CP_API_RESPONSE_CODEC(DeleteIntegrationResponse, codec::messageFields<DeleteIntegrationResponse>())
CP_API_REQUEST_CODEC(ListIntegrationsRequest, listTable)
CP_API_RESPONSE_CODEC(ListIntegrationsResponse, codec::pageFields<ListIntegrationsResponse>())
CP_API_REQUEST_CODEC(ListAccountIntegrationsRequest, accountTable)
CP_API_RESPONSE_CODEC(ListAccountIntegrationsResponse,
                      codec::pageFields<ListAccountIntegrationsResponse>())

} // namespace cp::api
