// The mapping and the ingestion plan (schema/objecttype, mapping, ingestionplan): an
// object type as PutProfileObjectType sends it, and an object as PutProfileObject sends
// it, both arbitrary. Input: the object type's JSON, a line "%%", the object's JSON.
// The profile store is simulated: how many profiles hold a key value, and whether an
// object with the same UNIQUE value is stored, follow from a hash of the value, so a
// run is deterministic and every decision (Replace, Match, Create, Refuse) is reached.

#include "fuzzsupport.h"
#include "ingestionplan.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace schema = cp::schema;

namespace {

QJsonObject objectOf(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object(); // empty for anything but an object
}

QStringList holders(const QString &keyName, const QString &normalized)
{
    switch (qHash(keyName + QLatin1Char('=') + normalized, 0) % 3) {
    case 0:
        return {};
    case 1:
        return {QStringLiteral("p-") + normalized.left(8)};
    default:
        return {QStringLiteral("p-1"), QStringLiteral("p-2")};
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cp::fuzz::silenceQtWarnings();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cp::fuzz::countInput();
    const QByteArray input = cp::fuzz::bytes(data, size);
    const qsizetype separator = input.indexOf("\n%%\n");
    const QJsonObject typeJson = objectOf(separator < 0 ? input : input.left(separator));
    const QJsonObject object = objectOf(separator < 0 ? QByteArray() : input.mid(separator + 4));

    const schema::ObjectTypeDefinition type = schema::ObjectTypeDefinition::fromJson(typeJson);
    schema::validateObjectType(type);
    schema::validateObjectTypeName(type.name);
    for (auto it = type.fields.cbegin(); it != type.fields.cend(); ++it)
        schema::validateSource(it.key(), it.value().source);
    for (auto it = type.keys.cbegin(); it != type.keys.cend(); ++it)
        type.keyContentType(it.key());

    // Written back and read again, an object type is the same (the designer saves what
    // it read without losing anything).
    const QJsonObject written = type.toJson();
    const QJsonObject rewritten = schema::ObjectTypeDefinition::fromJson(written).toJson();
    if (written != rewritten)
        cp::fuzz::fail("an object type changes when written and read again",
                       QJsonDocument(written).toJson(QJsonDocument::Compact) + "\nthen\n" +
                           QJsonDocument(rewritten).toJson(QJsonDocument::Compact));

    const schema::MappingResult mapping = schema::evaluateMapping(type, object);
    for (const schema::ExtractedKey &key : mapping.keys)
        cp::fuzz::check(schema::normalizeKeyValue(type.keyContentType(key.keyName), key.value) ==
                            key.normalized,
                        "a key's normalized value is its value normalized");
    for (const schema::ExtractedKey &key : mapping.keys) {
        // Searching by a stored value must find it: normalizing twice changes nothing.
        const QString contentType = type.keyContentType(key.keyName);
        cp::fuzz::check(schema::normalizeKeyValue(contentType, key.normalized) == key.normalized,
                        "normalizing a key value twice changes nothing",
                        contentType.toUtf8() + ": " + key.value.toUtf8());
    }
    schema::lookupsNeeded(mapping);

    const std::optional<QString> existing =
        mapping.uniqueKeyValue && qHash(*mapping.uniqueKeyValue, 0) % 2 == 0
            ? std::optional<QString>(QStringLiteral("p-existing"))
            : std::nullopt;
    const schema::IngestionPlan plan = schema::planIngestion(type, mapping, existing, holders);
    using Decision = schema::IngestionPlan::Decision;
    cp::fuzz::check(plan.refused() == (plan.decision == Decision::Refuse), "refused() agrees");
    cp::fuzz::check(!mapping.accepted() ? plan.refused() : true,
                    "an object with mapping errors is refused");
    cp::fuzz::check((plan.decision == Decision::Replace || plan.decision == Decision::Match) ==
                        !plan.profileId.isEmpty(),
                    "Replace and Match, and only they, name a profile");
    cp::fuzz::check(!plan.reason.isEmpty(), "every decision says why");
    return 0;
}
