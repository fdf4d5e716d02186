#include "domains.h"

#include "codec.h"

namespace cp::api {
namespace {

using codec::field;

// CreateDomain, GetDomain and UpdateDomain describe a domain with the same members.
template<class D> constexpr auto domainTable()
{
    return codec::fields(field("DomainName", &D::domainName),
                         field("DefaultExpirationDays", &D::defaultExpirationDays),
                         field("DefaultEncryptionKey", &D::defaultEncryptionKey),
                         field("DeadLetterQueueUrl", &D::deadLetterQueueUrl),
                         field("Matching", &D::matching), field("Tags", &D::tags));
}

template<class D> constexpr auto domainResultTable()
{
    return std::tuple_cat(domainTable<D>(),
                          codec::fields(field("CreatedAt", &D::createdAt),
                                        field("LastUpdatedAt", &D::lastUpdatedAt)));
}

constexpr auto getResultTable =
    std::tuple_cat(domainResultTable<GetDomainResponse>(),
                   codec::fields(field("Stats", &GetDomainResponse::stats)));

constexpr auto getTable = codec::fields(field("DomainName", &GetDomainRequest::domainName));
constexpr auto deleteTable = codec::fields(field("DomainName", &DeleteDomainRequest::domainName));

} // namespace

CP_API_REQUEST_CODEC(CreateDomainRequest, domainTable<CreateDomainRequest>())
CP_API_RESPONSE_CODEC(CreateDomainResponse, domainResultTable<CreateDomainResponse>())
CP_API_REQUEST_CODEC(GetDomainRequest, getTable)
CP_API_RESPONSE_CODEC(GetDomainResponse, getResultTable)
CP_API_REQUEST_CODEC(UpdateDomainRequest, domainTable<UpdateDomainRequest>())
CP_API_RESPONSE_CODEC(UpdateDomainResponse, domainResultTable<UpdateDomainResponse>())
CP_API_REQUEST_CODEC(DeleteDomainRequest, deleteTable)
CP_API_RESPONSE_CODEC(DeleteDomainResponse, codec::messageFields<DeleteDomainResponse>())
CP_API_REQUEST_CODEC(ListDomainsRequest, codec::pagingFields<ListDomainsRequest>())
CP_API_RESPONSE_CODEC(ListDomainsResponse, codec::pageFields<ListDomainsResponse>())

} // namespace cp::api
