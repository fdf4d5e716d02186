#pragma once

#include "shapes_profile.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// Profile operations: profiles, their keys and their objects.
namespace cp::api {

struct CreateProfileResponse
{
    QString profileId;

    static CreateProfileResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct CreateProfileRequest : ProfileFields
{
    static QString operation() { return QStringLiteral("CreateProfile"); }
    using Response = CreateProfileResponse;

    QString domainName;
    QMap<QString, QString> attributes;

    QJsonObject toInput() const;
    static CreateProfileRequest fromInput(const QJsonObject &json);
};

struct UpdateProfileResponse
{
    QString profileId;

    static UpdateProfileResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

// Absent keeps, "" clears: for every field, every address line (addresses are
// UpdateAddress) and each attribute ({"a": ""} clears attribute a).
struct UpdateProfileRequest : ProfileFields
{
    static QString operation() { return QStringLiteral("UpdateProfile"); }
    using Response = UpdateProfileResponse;

    QString domainName;
    QString profileId;
    std::optional<QMap<QString, QString>> attributes;

    QJsonObject toInput() const;
    static UpdateProfileRequest fromInput(const QJsonObject &json);
};

struct DeleteProfileResponse
{
    std::optional<QString> message;

    static DeleteProfileResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct DeleteProfileRequest
{
    static QString operation() { return QStringLiteral("DeleteProfile"); }
    using Response = DeleteProfileResponse;

    QString profileId;
    QString domainName;

    QJsonObject toInput() const;
    static DeleteProfileRequest fromInput(const QJsonObject &json);
};

struct SearchProfilesResponse
{
    QList<Profile> items;
    std::optional<QString> nextToken;

    static SearchProfilesResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct SearchProfilesRequest
{
    static QString operation() { return QStringLiteral("SearchProfiles"); }
    using Response = SearchProfilesResponse;

    std::optional<QString> nextToken;
    std::optional<int> maxResults;
    QString domainName;
    QString keyName;
    QStringList values;
    QList<AdditionalSearchKey> additionalSearchKeys;
    std::optional<QString> logicalOperator; // AND or OR

    QJsonObject toInput() const;
    static SearchProfilesRequest fromInput(const QJsonObject &json);
};

struct AddProfileKeyResponse
{
    std::optional<QString> keyName;
    QStringList values;

    static AddProfileKeyResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct AddProfileKeyRequest
{
    static QString operation() { return QStringLiteral("AddProfileKey"); }
    using Response = AddProfileKeyResponse;

    QString profileId;
    QString keyName;
    QStringList values;
    QString domainName;

    QJsonObject toInput() const;
    static AddProfileKeyRequest fromInput(const QJsonObject &json);
};

struct DeleteProfileKeyResponse
{
    std::optional<QString> message;

    static DeleteProfileKeyResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct DeleteProfileKeyRequest
{
    static QString operation() { return QStringLiteral("DeleteProfileKey"); }
    using Response = DeleteProfileKeyResponse;

    QString profileId;
    QString keyName;
    QStringList values;
    QString domainName;

    QJsonObject toInput() const;
    static DeleteProfileKeyRequest fromInput(const QJsonObject &json);
};

struct PutProfileObjectResponse
{
    std::optional<QString> profileObjectUniqueKey;

    static PutProfileObjectResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct PutProfileObjectRequest
{
    static QString operation() { return QStringLiteral("PutProfileObject"); }
    using Response = PutProfileObjectResponse;

    QString objectTypeName;
    QString object; // the source record as a JSON text (the model's stringifiedJson)
    QString domainName;

    QJsonObject toInput() const;
    static PutProfileObjectRequest fromInput(const QJsonObject &json);
};

struct ListProfileObjectsResponse
{
    QList<ListProfileObjectsItem> items;
    std::optional<QString> nextToken;

    static ListProfileObjectsResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct ListProfileObjectsRequest
{
    static QString operation() { return QStringLiteral("ListProfileObjects"); }
    using Response = ListProfileObjectsResponse;

    std::optional<QString> nextToken;
    std::optional<int> maxResults;
    QString domainName;
    QString objectTypeName;
    QString profileId;
    std::optional<ObjectFilter> objectFilter;

    QJsonObject toInput() const;
    static ListProfileObjectsRequest fromInput(const QJsonObject &json);
};

struct DeleteProfileObjectResponse
{
    std::optional<QString> message;

    static DeleteProfileObjectResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct DeleteProfileObjectRequest
{
    static QString operation() { return QStringLiteral("DeleteProfileObject"); }
    using Response = DeleteProfileObjectResponse;

    QString profileId;
    QString profileObjectUniqueKey;
    QString objectTypeName;
    QString domainName;

    QJsonObject toInput() const;
    static DeleteProfileObjectRequest fromInput(const QJsonObject &json);
};

} // namespace cp::api
