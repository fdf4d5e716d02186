#pragma once

#include "shapes_integration.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// Integration operations: sources (Connect, AppFlow, ...) that feed a domain.
namespace cp::api {

struct PutIntegrationResponse : ListIntegrationItem
{
    static PutIntegrationResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const { return toJson(); }
};

// Either ObjectTypeName or ObjectTypeNames; FlowDefinition for AppFlow sources.
struct PutIntegrationRequest
{
    static QString operation() { return QStringLiteral("PutIntegration"); }
    using Response = PutIntegrationResponse;

    QString domainName;
    std::optional<QString> uri;
    std::optional<QString> objectTypeName;
    QMap<QString, QString> tags;
    FlowDefinition flowDefinition; // passthrough JSON, omitted when empty
    QMap<QString, QString> objectTypeNames;

    QJsonObject toInput() const;
    static PutIntegrationRequest fromInput(const QJsonObject &json);
};

struct GetIntegrationResponse : ListIntegrationItem
{
    static GetIntegrationResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const { return toJson(); }
};

struct GetIntegrationRequest
{
    static QString operation() { return QStringLiteral("GetIntegration"); }
    using Response = GetIntegrationResponse;

    QString domainName;
    QString uri;

    QJsonObject toInput() const;
    static GetIntegrationRequest fromInput(const QJsonObject &json);
};

struct DeleteIntegrationResponse
{
    QString message;

    static DeleteIntegrationResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct DeleteIntegrationRequest
{
    static QString operation() { return QStringLiteral("DeleteIntegration"); }
    using Response = DeleteIntegrationResponse;

    QString domainName;
    QString uri;

    QJsonObject toInput() const;
    static DeleteIntegrationRequest fromInput(const QJsonObject &json);
};

struct ListIntegrationsResponse
{
    QList<ListIntegrationItem> items;
    std::optional<QString> nextToken;

    static ListIntegrationsResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct ListIntegrationsRequest
{
    static QString operation() { return QStringLiteral("ListIntegrations"); }
    using Response = ListIntegrationsResponse;

    QString domainName;
    std::optional<QString> nextToken;
    std::optional<int> maxResults;
    std::optional<bool> includeHidden;

    QJsonObject toInput() const;
    static ListIntegrationsRequest fromInput(const QJsonObject &json);
};

// The integrations of one source URI across all the account's domains.
struct ListAccountIntegrationsResponse
{
    QList<ListIntegrationItem> items;
    std::optional<QString> nextToken;

    static ListAccountIntegrationsResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct ListAccountIntegrationsRequest
{
    static QString operation() { return QStringLiteral("ListAccountIntegrations"); }
    using Response = ListAccountIntegrationsResponse;

    QString uri;
    std::optional<QString> nextToken;
    std::optional<int> maxResults;
    std::optional<bool> includeHidden;

    QJsonObject toInput() const;
    static ListAccountIntegrationsRequest fromInput(const QJsonObject &json);
};

} // namespace cp::api
