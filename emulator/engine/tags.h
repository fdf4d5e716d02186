#pragma once

#include "context.h"

namespace cp::emulator {

// Tags of a resource, by its ARN: read and written for the Tags members of the create
// and get calls of the taggable areas, and removed with the resource.
QJsonObject readTags(Context &ctx, const schema::Arn &arn);
ApiResult writeTags(Context &ctx, const schema::Arn &arn, const QJsonObject &tags);
bool deleteTags(Context &ctx, const schema::Arn &arn);

} // namespace cp::emulator
