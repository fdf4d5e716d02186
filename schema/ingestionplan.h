#pragma once

#include "mapping.h"
#include "objecttype.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace cp::schema {

// One key value whose holders the plan needs to know.
struct KeyLookup
{
    QString keyName;
    QString normalized;

    bool operator==(const KeyLookup &other) const
    {
        return keyName == other.keyName && normalized == other.normalized;
    }
};

// The profiles that hold a key value (already normalized). Two are enough: the plan only
// tells "none", "exactly one" and "several" apart. The local endpoint answers from its
// store; the console with a read-only SearchProfiles.
using ProfileLookup =
    std::function<QStringList(const QString &keyName, const QString &normalizedValue)>;

// What PutProfileObject does with one object, decided without touching any store: the
// local endpoint's ingestion carries it out, the console's preview shows it.
struct IngestionPlan
{
    enum class Decision {
        Replace, // an object with the same UNIQUE value exists: it is replaced on its profile
        Match,   // a PROFILE key value belongs to exactly one profile
        Create,  // no profile matches: a new profile is created
        Refuse,  // the object is refused (400) and nothing is stored
    };

    Decision decision = Decision::Refuse;
    QString profileId; // Replace and Match: the profile the object goes to
    QString reason;    // one translated sentence that explains the decision
    MappingResult mapping;
    QList<ExtractedKey> keysToStore; // not LOOKUP_ONLY; NEW_ONLY only when creating
    QString matchedByKey;            // Match: the key that decided
    QString matchedByValue;          // Match: its normalized value
    QStringList ambiguousKeys;       // PROFILE keys passed over: several profiles hold them

    bool refused() const { return decision == Decision::Refuse; }
    bool createsProfile() const { return decision == Decision::Create; }
};

// The key values planIngestion will look up, in the order it asks: PROFILE keys that are
// not SECONDARY, then SECONDARY ones. An asynchronous caller fetches these first and
// answers the ProfileLookup from what it fetched.
QList<KeyLookup> lookupsNeeded(const MappingResult &mapping);

// The decision for an already evaluated object. `existingProfileForUniqueValue` is the
// profile holding a stored object with the same UNIQUE value (nullopt when there is none,
// or when that profile is gone).
IngestionPlan planIngestion(const ObjectTypeDefinition &type, const MappingResult &mapping,
                            const std::optional<QString> &existingProfileForUniqueValue,
                            const ProfileLookup &lookup);

// The same, evaluating the mapping of `object` first.
IngestionPlan planIngestion(const ObjectTypeDefinition &type, const QJsonObject &object,
                            const std::optional<QString> &existingProfileForUniqueValue,
                            const ProfileLookup &lookup);

} // namespace cp::schema
