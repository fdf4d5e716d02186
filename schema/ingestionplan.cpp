#include "ingestionplan.h"

#include <QCoreApplication>

namespace cp::schema {
namespace {

// lupdate reads the context from this class; the messages are looked up under it.
struct IngestionPlanText
{
    Q_DECLARE_TR_FUNCTIONS(cp::schema::IngestionPlanText)
};

const QString kProfile = QStringLiteral("PROFILE");
const QString kSecondary = QStringLiteral("SECONDARY");

// The keys that can match a profile, in the order they are tried.
QList<const ExtractedKey *> matchingKeys(const MappingResult &mapping)
{
    QList<const ExtractedKey *> out;
    for (const bool secondary : {false, true}) {
        for (const ExtractedKey &key : mapping.keys) {
            if (key.has(kProfile) && key.has(kSecondary) == secondary)
                out.append(&key);
        }
    }
    return out;
}

QList<ExtractedKey> keysStored(const MappingResult &mapping, bool created)
{
    QList<ExtractedKey> out;
    for (const ExtractedKey &key : mapping.keys) {
        if (key.has(QStringLiteral("LOOKUP_ONLY")) ||
            (key.has(QStringLiteral("NEW_ONLY")) && !created))
            continue;
        out.append(key);
    }
    return out;
}

} // namespace

QList<KeyLookup> lookupsNeeded(const MappingResult &mapping)
{
    QList<KeyLookup> out;
    if (!mapping.accepted())
        return out;
    const QList<const ExtractedKey *> keys = matchingKeys(mapping);
    for (const ExtractedKey *key : keys) {
        const KeyLookup lookup{key->keyName, key->normalized};
        if (!out.contains(lookup))
            out.append(lookup);
    }
    return out;
}

IngestionPlan planIngestion(const ObjectTypeDefinition &type, const MappingResult &mapping,
                            const std::optional<QString> &existingProfileForUniqueValue,
                            const ProfileLookup &lookup)
{
    IngestionPlan plan;
    plan.mapping = mapping;
    if (!mapping.accepted()) {
        plan.decision = IngestionPlan::Decision::Refuse;
        plan.reason = IngestionPlanText::tr("Refused: %1").arg(mapping.errors.first().message);
        return plan;
    }

    // The same UNIQUE value replaces the stored object, on the profile it belongs to.
    if (mapping.uniqueKeyValue && existingProfileForUniqueValue) {
        plan.decision = IngestionPlan::Decision::Replace;
        plan.profileId = *existingProfileForUniqueValue;
        plan.keysToStore = keysStored(mapping, false);
        plan.reason =
            IngestionPlanText::tr("An object with the same %1 (%2) is stored: it is replaced and "
                                  "stays on profile %3.")
                .arg(mapping.uniqueKeyName, *mapping.uniqueKeyValue, plan.profileId);
        return plan;
    }

    // The first key whose value names exactly one profile decides; a value shared by
    // several profiles says nothing and is passed over.
    const QList<const ExtractedKey *> keys = matchingKeys(mapping);
    for (const ExtractedKey *key : keys) {
        const QStringList ids = lookup ? lookup(key->keyName, key->normalized) : QStringList();
        if (ids.size() > 1) {
            if (!plan.ambiguousKeys.contains(key->keyName))
                plan.ambiguousKeys.append(key->keyName);
            continue;
        }
        if (ids.size() != 1)
            continue;
        plan.decision = IngestionPlan::Decision::Match;
        plan.profileId = ids.first();
        plan.matchedByKey = key->keyName;
        plan.matchedByValue = key->normalized;
        plan.keysToStore = keysStored(mapping, false);
        plan.reason = IngestionPlanText::tr("Matches profile %1 by %2 (%3).")
                          .arg(plan.profileId, key->keyName,
                               key->standardIdentifiers.join(QStringLiteral(", ")));
        return plan;
    }

    const QString ambiguity =
        plan.ambiguousKeys.isEmpty()
            ? QString()
            : QLatin1Char(' ') + IngestionPlanText::tr(
                                     "Values of %1 are held by several profiles and are ignored.")
                                     .arg(plan.ambiguousKeys.join(QStringLiteral(", ")));
    if (!type.allowProfileCreation.value_or(false)) {
        plan.decision = IngestionPlan::Decision::Refuse;
        plan.reason = IngestionPlanText::tr(
                          "Refused: no profile matches and AllowProfileCreation is false.") +
                      ambiguity;
        return plan;
    }
    plan.decision = IngestionPlan::Decision::Create;
    plan.keysToStore = keysStored(mapping, true);
    plan.reason =
        IngestionPlanText::tr("No profile has these keys: a profile would be created.") + ambiguity;
    return plan;
}

IngestionPlan planIngestion(const ObjectTypeDefinition &type, const QJsonObject &object,
                            const std::optional<QString> &existingProfileForUniqueValue,
                            const ProfileLookup &lookup)
{
    return planIngestion(type, evaluateMapping(type, object), existingProfileForUniqueValue,
                         lookup);
}

} // namespace cp::schema
