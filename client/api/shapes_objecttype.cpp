#include "shapes_objecttype.h"

#include "codec.h"

namespace cp::api {
namespace {

using codec::field;

constexpr auto fieldTable = codec::fields(field("Source", &ObjectTypeField::source),
                                          field("Target", &ObjectTypeField::target),
                                          field("ContentType", &ObjectTypeField::contentType));

constexpr auto keyTable =
    codec::fields(field("StandardIdentifiers", &ObjectTypeKey::standardIdentifiers),
                  field("FieldNames", &ObjectTypeKey::fieldNames));

constexpr auto objectTypeTable = codec::fields(
    field("ObjectTypeName", &ProfileObjectType::objectTypeName),
    field("Description", &ProfileObjectType::description),
    field("TemplateId", &ProfileObjectType::templateId),
    field("ExpirationDays", &ProfileObjectType::expirationDays),
    field("EncryptionKey", &ProfileObjectType::encryptionKey),
    field("AllowProfileCreation", &ProfileObjectType::allowProfileCreation),
    field("SourceLastUpdatedTimestampFormat", &ProfileObjectType::sourceLastUpdatedTimestampFormat),
    field("Fields", &ProfileObjectType::fields), field("Keys", &ProfileObjectType::keys),
    field("CreatedAt", &ProfileObjectType::createdAt),
    field("LastUpdatedAt", &ProfileObjectType::lastUpdatedAt),
    field("Tags", &ProfileObjectType::tags));

constexpr auto typeItemTable =
    codec::fields(field("ObjectTypeName", &ListProfileObjectTypeItem::objectTypeName),
                  field("Description", &ListProfileObjectTypeItem::description),
                  field("CreatedAt", &ListProfileObjectTypeItem::createdAt),
                  field("LastUpdatedAt", &ListProfileObjectTypeItem::lastUpdatedAt),
                  field("Tags", &ListProfileObjectTypeItem::tags));

constexpr auto templateItemTable =
    codec::fields(field("TemplateId", &ListProfileObjectTypeTemplateItem::templateId),
                  field("SourceName", &ListProfileObjectTypeTemplateItem::sourceName),
                  field("SourceObject", &ListProfileObjectTypeTemplateItem::sourceObject));

} // namespace

CP_API_SHAPE_CODEC(ObjectTypeField, fieldTable)
CP_API_SHAPE_CODEC(ObjectTypeKey, keyTable)
CP_API_SHAPE_CODEC(ProfileObjectType, objectTypeTable)
CP_API_SHAPE_CODEC(ListProfileObjectTypeItem, typeItemTable)
CP_API_SHAPE_CODEC(ListProfileObjectTypeTemplateItem, templateItemTable)

} // namespace cp::api
