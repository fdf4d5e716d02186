#pragma once

#include "shapes_domain.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// Domain operations: CreateDomain, GetDomain, UpdateDomain, DeleteDomain, ListDomains.
namespace cp::api {

struct CreateDomainResponse
{
    QString domainName;
    int defaultExpirationDays = 0;
    std::optional<QString> defaultEncryptionKey;
    std::optional<QString> deadLetterQueueUrl;
    std::optional<MatchingResponse> matching;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> lastUpdatedAt;
    QMap<QString, QString> tags;

    static CreateDomainResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct CreateDomainRequest
{
    static QString operation() { return QStringLiteral("CreateDomain"); }
    using Response = CreateDomainResponse;

    QString domainName;
    int defaultExpirationDays = 0; // 1..1098
    std::optional<QString> defaultEncryptionKey;
    std::optional<QString> deadLetterQueueUrl;
    std::optional<MatchingRequest> matching;
    QMap<QString, QString> tags;

    QJsonObject toInput() const;
    static CreateDomainRequest fromInput(const QJsonObject &json);
};

struct GetDomainResponse
{
    QString domainName;
    std::optional<int> defaultExpirationDays;
    std::optional<QString> defaultEncryptionKey;
    std::optional<QString> deadLetterQueueUrl;
    std::optional<DomainStats> stats;
    std::optional<MatchingResponse> matching;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> lastUpdatedAt;
    QMap<QString, QString> tags;

    static GetDomainResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct GetDomainRequest
{
    static QString operation() { return QStringLiteral("GetDomain"); }
    using Response = GetDomainResponse;

    QString domainName;

    QJsonObject toInput() const;
    static GetDomainRequest fromInput(const QJsonObject &json);
};

struct UpdateDomainResponse
{
    QString domainName;
    std::optional<int> defaultExpirationDays;
    std::optional<QString> defaultEncryptionKey;
    std::optional<QString> deadLetterQueueUrl;
    std::optional<MatchingResponse> matching;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> lastUpdatedAt;
    QMap<QString, QString> tags;

    static UpdateDomainResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

// An empty DefaultEncryptionKey or DeadLetterQueueUrl clears the setting; unset keeps it.
struct UpdateDomainRequest
{
    static QString operation() { return QStringLiteral("UpdateDomain"); }
    using Response = UpdateDomainResponse;

    QString domainName;
    std::optional<int> defaultExpirationDays;
    std::optional<QString> defaultEncryptionKey;
    std::optional<QString> deadLetterQueueUrl;
    std::optional<MatchingRequest> matching;
    QMap<QString, QString> tags;

    QJsonObject toInput() const;
    static UpdateDomainRequest fromInput(const QJsonObject &json);
};

struct DeleteDomainResponse
{
    QString message;

    static DeleteDomainResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct DeleteDomainRequest
{
    static QString operation() { return QStringLiteral("DeleteDomain"); }
    using Response = DeleteDomainResponse;

    QString domainName;

    QJsonObject toInput() const;
    static DeleteDomainRequest fromInput(const QJsonObject &json);
};

struct ListDomainsResponse
{
    QList<ListDomainItem> items;
    std::optional<QString> nextToken;

    static ListDomainsResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct ListDomainsRequest
{
    static QString operation() { return QStringLiteral("ListDomains"); }
    using Response = ListDomainsResponse;

    std::optional<QString> nextToken;
    std::optional<int> maxResults; // 1..100

    QJsonObject toInput() const;
    static ListDomainsRequest fromInput(const QJsonObject &json);
};

} // namespace cp::api
