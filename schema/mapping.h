#pragma once

#include "objecttype.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace cp::schema {

// A key value extracted from an object, ready to be matched and stored.
struct ExtractedKey
{
    QString keyName;
    QStringList standardIdentifiers;
    QString value;      // as the object had it (fields joined by a space)
    QString normalized; // what matching and search compare
    bool has(const QString &identifier) const { return standardIdentifiers.contains(identifier); }
};

// What one object means under an object type, computed without touching any store:
// the console's preview and the local endpoint's ingestion both use it.
struct MappingResult
{
    QMap<QString, std::optional<QString>> fieldValues; // nullopt: the source had nothing there
    QMap<QString, QString> profileFields; // "FirstName", "BillingAddress.City", "Attributes.x"
    // The fields bound for the standard asset, case and order, by destination ("_asset",
    // "_case", "_order"), each like profileFields ("SerialNumber", "Attributes.x").
    QMap<QString, QMap<QString, QString>> standardObjectFields;
    QList<ExtractedKey> keys;
    std::optional<QString> uniqueKeyValue; // normalized value of the UNIQUE key
    QString uniqueKeyName;
    QList<ValidationIssue> errors; // the object is refused when not empty

    bool accepted() const { return errors.isEmpty(); }
};

MappingResult evaluateMapping(const ObjectTypeDefinition &type, const QJsonObject &source);

// The value a Source yields for an object: a _source path or a {{...}} template.
std::optional<QString> evaluateSource(const QString &source, const QJsonObject &object);

// Equality rules per content type: PHONE_NUMBER keeps digits and a leading '+',
// EMAIL_ADDRESS and NAME ignore case and surrounding space, NUMBER compares numbers.
QString normalizeKeyValue(const QString &contentType, const QString &value);

} // namespace cp::schema
