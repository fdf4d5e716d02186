#include "shapes_integration.h"

#include "codec.h"

namespace cp::api {
namespace {

using codec::field;
using I = ListIntegrationItem;

constexpr auto integrationTable =
    codec::fields(field("DomainName", &I::domainName), field("Uri", &I::uri),
                  field("ObjectTypeName", &I::objectTypeName), field("CreatedAt", &I::createdAt),
                  field("LastUpdatedAt", &I::lastUpdatedAt), field("Tags", &I::tags),
                  field("ObjectTypeNames", &I::objectTypeNames),
                  field("WorkflowId", &I::workflowId), field("IsUnstructured", &I::isUnstructured));

} // namespace

CP_API_SHAPE_CODEC(ListIntegrationItem, integrationTable)

} // namespace cp::api
