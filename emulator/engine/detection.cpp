// DetectProfileObjectType: an object type read from 1 to 5 sample objects. The rules live
// in schema/detection (the console shows and tests the same); this area only checks the
// domain and the samples and answers. Nothing is stored.
#include "detection.h"

#include "engine.h"

namespace cp::emulator {
namespace {

ApiResult detectProfileObjectType(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(QStringLiteral("DomainName")).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    QStringList texts;
    const QJsonArray objects = input.value(QStringLiteral("Objects")).toArray();
    for (const QJsonValue &object : objects)
        texts.append(object.toString());
    QList<QJsonObject> samples;
    if (const std::optional<QString> problem = schema::parseDetectionSamples(texts, &samples))
        return ApiResult::badRequest(*problem);
    const schema::DetectedObjectType detected = schema::detectObjectType(samples);
    // "A maximum of one mapping is supported" (the model's DetectedProfileObjectTypes).
    return ApiResult::success(
        {{QStringLiteral("DetectedProfileObjectTypes"), QJsonArray{detected.toJson()}}});
}

} // namespace

Area areas::detection()
{
    Area area;
    area.handlers = {{"DetectProfileObjectType", detectProfileObjectType, Access::Read}};
    return area;
}

} // namespace cp::emulator
