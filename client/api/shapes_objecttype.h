#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// Shapes of object types (the mapping from a source record to a profile) and of the
// service's object type templates.
namespace cp::api {

// One field of a source record and where it lands, e.g. Source "_source.email",
// Target "_profile.EmailAddress".
struct ObjectTypeField
{
    std::optional<QString> source;
    std::optional<QString> target;
    std::optional<QString> contentType; // STRING, NUMBER, PHONE_NUMBER, EMAIL_ADDRESS, NAME

    QJsonObject toJson() const;
    static ObjectTypeField fromJson(const QJsonObject &json);
};

// A key built from one or more fields, with its role (PROFILE, UNIQUE, ...).
struct ObjectTypeKey
{
    QStringList standardIdentifiers;
    QStringList fieldNames;

    QJsonObject toJson() const;
    static ObjectTypeKey fromJson(const QJsonObject &json);
};

using ObjectTypeFields = QMap<QString, ObjectTypeField>;
using ObjectTypeKeys = QMap<QString, QList<ObjectTypeKey>>;

// An object type as the service describes it (Get/PutProfileObjectType responses).
struct ProfileObjectType
{
    QString objectTypeName;
    QString description;
    std::optional<QString> templateId;
    std::optional<int> expirationDays;
    std::optional<QString> encryptionKey;
    std::optional<bool> allowProfileCreation;
    std::optional<QString> sourceLastUpdatedTimestampFormat;
    ObjectTypeFields fields;
    ObjectTypeKeys keys;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> lastUpdatedAt;
    QMap<QString, QString> tags;

    QJsonObject toJson() const;
    static ProfileObjectType fromJson(const QJsonObject &json);
};

struct ListProfileObjectTypeItem
{
    QString objectTypeName;
    QString description;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> lastUpdatedAt;
    QMap<QString, QString> tags;

    QJsonObject toJson() const;
    static ListProfileObjectTypeItem fromJson(const QJsonObject &json);
};

struct ListProfileObjectTypeTemplateItem
{
    std::optional<QString> templateId;
    std::optional<QString> sourceName;
    std::optional<QString> sourceObject;

    QJsonObject toJson() const;
    static ListProfileObjectTypeTemplateItem fromJson(const QJsonObject &json);
};

} // namespace cp::api
