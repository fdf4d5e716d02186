#include "tags.h"

#include "codec.h"

namespace cp::api {
namespace {

using codec::field;

constexpr auto listTable =
    codec::fields(field("resourceArn", &ListTagsForResourceRequest::resourceArn));
constexpr auto listResultTable = codec::fields(field("tags", &ListTagsForResourceResponse::tags));
constexpr auto tagTable = codec::fields(field("resourceArn", &TagResourceRequest::resourceArn),
                                        field("tags", &TagResourceRequest::tags));
constexpr auto untagTable = codec::fields(field("resourceArn", &UntagResourceRequest::resourceArn),
                                          field("tagKeys", &UntagResourceRequest::tagKeys));

} // namespace

CP_API_REQUEST_CODEC(ListTagsForResourceRequest, listTable)
CP_API_RESPONSE_CODEC(ListTagsForResourceResponse, listResultTable)
CP_API_REQUEST_CODEC(TagResourceRequest, tagTable)
CP_API_REQUEST_CODEC(UntagResourceRequest, untagTable)

} // namespace cp::api
