#pragma once

#include "shapes_objecttype.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// Object type operations, and the service's templates for them.
namespace cp::api {

struct PutProfileObjectTypeResponse : ProfileObjectType
{
    static PutProfileObjectTypeResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const { return toJson(); }
};

struct PutProfileObjectTypeRequest
{
    static QString operation() { return QStringLiteral("PutProfileObjectType"); }
    using Response = PutProfileObjectTypeResponse;

    QString domainName;
    QString objectTypeName;
    QString description;
    std::optional<QString> templateId;
    std::optional<int> expirationDays;
    std::optional<QString> encryptionKey;
    std::optional<bool> allowProfileCreation;
    std::optional<QString> sourceLastUpdatedTimestampFormat;
    ObjectTypeFields fields;
    ObjectTypeKeys keys;
    QMap<QString, QString> tags;

    QJsonObject toInput() const;
    static PutProfileObjectTypeRequest fromInput(const QJsonObject &json);
};

struct GetProfileObjectTypeResponse : ProfileObjectType
{
    static GetProfileObjectTypeResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const { return toJson(); }
};

struct GetProfileObjectTypeRequest
{
    static QString operation() { return QStringLiteral("GetProfileObjectType"); }
    using Response = GetProfileObjectTypeResponse;

    QString domainName;
    QString objectTypeName;

    QJsonObject toInput() const;
    static GetProfileObjectTypeRequest fromInput(const QJsonObject &json);
};

struct DeleteProfileObjectTypeResponse
{
    QString message;

    static DeleteProfileObjectTypeResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct DeleteProfileObjectTypeRequest
{
    static QString operation() { return QStringLiteral("DeleteProfileObjectType"); }
    using Response = DeleteProfileObjectTypeResponse;

    QString domainName;
    QString objectTypeName;

    QJsonObject toInput() const;
    static DeleteProfileObjectTypeRequest fromInput(const QJsonObject &json);
};

struct ListProfileObjectTypesResponse
{
    QList<ListProfileObjectTypeItem> items;
    std::optional<QString> nextToken;

    static ListProfileObjectTypesResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct ListProfileObjectTypesRequest
{
    static QString operation() { return QStringLiteral("ListProfileObjectTypes"); }
    using Response = ListProfileObjectTypesResponse;

    QString domainName;
    std::optional<QString> nextToken;
    std::optional<int> maxResults;

    QJsonObject toInput() const;
    static ListProfileObjectTypesRequest fromInput(const QJsonObject &json);
};

// A template: a ready-made mapping for a source object such as Salesforce Account.
struct GetProfileObjectTypeTemplateResponse
{
    std::optional<QString> templateId;
    std::optional<QString> sourceName;
    std::optional<QString> sourceObject;
    std::optional<bool> allowProfileCreation;
    std::optional<QString> sourceLastUpdatedTimestampFormat;
    ObjectTypeFields fields;
    ObjectTypeKeys keys;

    static GetProfileObjectTypeTemplateResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct GetProfileObjectTypeTemplateRequest
{
    static QString operation() { return QStringLiteral("GetProfileObjectTypeTemplate"); }
    using Response = GetProfileObjectTypeTemplateResponse;

    QString templateId;

    QJsonObject toInput() const;
    static GetProfileObjectTypeTemplateRequest fromInput(const QJsonObject &json);
};

struct ListProfileObjectTypeTemplatesResponse
{
    QList<ListProfileObjectTypeTemplateItem> items;
    std::optional<QString> nextToken;

    static ListProfileObjectTypeTemplatesResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct ListProfileObjectTypeTemplatesRequest
{
    static QString operation() { return QStringLiteral("ListProfileObjectTypeTemplates"); }
    using Response = ListProfileObjectTypeTemplatesResponse;

    std::optional<QString> nextToken;
    std::optional<int> maxResults;

    QJsonObject toInput() const;
    static ListProfileObjectTypeTemplatesRequest fromInput(const QJsonObject &json);
};

} // namespace cp::api
