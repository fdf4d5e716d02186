#pragma once

#include "wiremodel.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace cp::schema {

struct FieldDefinition
{
    QString source;      // "_source.a.b[0]" or a template "{{_source.first}} {{_source.last}}"
    QString target;      // "_profile.FirstName"..., empty when the field only feeds keys
    QString contentType; // STRING, NUMBER, PHONE_NUMBER, EMAIL_ADDRESS, NAME; empty = STRING
};

struct KeyDefinition
{
    QStringList standardIdentifiers; // PROFILE, UNIQUE, SECONDARY, LOOKUP_ONLY, NEW_ONLY, ...
    QStringList fieldNames;

    bool has(const QString &identifier) const { return standardIdentifiers.contains(identifier); }
};

// The mapping part of an object type (what PutProfileObjectType sends), shared by the
// console's designer and preview and by the local endpoint's ingestion.
struct ObjectTypeDefinition
{
    QString name;
    QString description;
    std::optional<QString> templateId;
    std::optional<int> expirationDays;
    std::optional<QString> encryptionKey;
    std::optional<bool> allowProfileCreation;
    std::optional<QString> sourceLastUpdatedTimestampFormat;
    QMap<QString, FieldDefinition> fields;
    QMap<QString, QList<KeyDefinition>> keys;
    // Every other member of the JSON it was read from (SourcePriority, MaxProfileObjectCount,
    // members of a later service release...), written back as it came: nothing that the
    // mapping code does not read is lost on the way through.
    QJsonObject extra;

    // From/to the JSON members of PutProfileObjectType (ObjectTypeName, Fields, Keys...).
    static ObjectTypeDefinition fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // The content type a key compares values by: that of its fields (the first one).
    QString keyContentType(const QString &keyName) const;
    // The name of the UNIQUE key, empty when there is none.
    QString uniqueKeyName() const;
};

inline constexpr int kMaxKeysPerObjectType = 10;

// The service's rules for an object type beyond the wire constraints, each issue with
// the path of what is wrong and a sentence for the user. `hasTemplate` relaxes the
// rule that fields and keys must be given (a template provides them).
QList<ValidationIssue> validateObjectType(const ObjectTypeDefinition &type);

// Name rules alone, for validating as the user types.
std::optional<ValidationIssue> validateObjectTypeName(const QString &name);
std::optional<ValidationIssue> validateSource(const QString &fieldName, const QString &source);

} // namespace cp::schema
