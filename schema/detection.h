#pragma once

#include "objecttype.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace cp::schema {

// An object type read from sample objects (DetectProfileObjectType): what the fields
// hold, which key identifies an object, which keys find its profile, and how its
// last-updated time is written. Deterministic and store-free: the local endpoint answers
// with it and the console shows and tests the same rules. The rules are explained in
// docs/emulator.md ("Detecting an object type").
struct DetectedObjectType
{
    QMap<QString, FieldDefinition> fields;
    QMap<QString, QList<KeyDefinition>> keys;
    std::optional<QString> sourceLastUpdatedTimestampFormat; // "EPOCHMILLI" or a pattern
    // What was left out or left unmapped, and why, one sentence each (for the console).
    QStringList notes;

    // The wire's DetectedProfileObjectType: Fields, Keys, SourceLastUpdatedTimestampFormat.
    QJsonObject toJson() const;
    // As an object type of that name and description, ready to validate or to put.
    ObjectTypeDefinition toDefinition(const QString &name, const QString &description) const;
};

inline constexpr int kMaxDetectionSamples = 5;
// The field the detected last-updated time is kept under (the name the service's
// documentation of SourceLastUpdatedTimestampFormat uses).
inline constexpr char16_t kTimestampFieldName[] = u"sourceLastUpdatedTimestamp";

// Reads the samples as DetectProfileObjectType sends them (JSON text); on failure the
// sentence says which sample is not a JSON object, counting from 1.
std::optional<QString> parseDetectionSamples(const QStringList &texts, QList<QJsonObject> *out);

DetectedObjectType detectObjectType(const QList<QJsonObject> &samples);

} // namespace cp::schema
