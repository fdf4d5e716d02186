#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// Shapes of a domain: identity resolution (Matching) settings, statistics, list items.
namespace cp::api {

// When the weekly identity resolution job runs, e.g. SUNDAY at "02:00" (UTC).
struct JobSchedule
{
    QString dayOfTheWeek;
    QString time;

    QJsonObject toJson() const;
    static JobSchedule fromJson(const QJsonObject &json);
};

// Sets of attributes that, when all equal, make two profiles one.
struct Consolidation
{
    QList<QStringList> matchingAttributesList;

    QJsonObject toJson() const;
    static Consolidation fromJson(const QJsonObject &json);
};

struct ConflictResolution
{
    QString conflictResolvingModel; // RECENCY or SOURCE
    std::optional<QString> sourceName;

    QJsonObject toJson() const;
    static ConflictResolution fromJson(const QJsonObject &json);
};

struct AutoMerging
{
    bool enabled = false;
    std::optional<Consolidation> consolidation;
    std::optional<ConflictResolution> conflictResolution;
    std::optional<double> minAllowedConfidenceScoreForMerging; // 0..1

    QJsonObject toJson() const;
    static AutoMerging fromJson(const QJsonObject &json);
};

struct S3ExportingConfig
{
    QString s3BucketName;
    std::optional<QString> s3KeyName;

    QJsonObject toJson() const;
    static S3ExportingConfig fromJson(const QJsonObject &json);
};

struct ExportingConfig
{
    std::optional<S3ExportingConfig> s3Exporting;

    QJsonObject toJson() const;
    static ExportingConfig fromJson(const QJsonObject &json);
};

// Matching as sent (Enabled required) ...
struct MatchingRequest
{
    bool enabled = false;
    std::optional<JobSchedule> jobSchedule;
    std::optional<AutoMerging> autoMerging;
    std::optional<ExportingConfig> exportingConfig;

    QJsonObject toJson() const;
    static MatchingRequest fromJson(const QJsonObject &json);
};

// ... and as the service reports it (every member optional).
struct MatchingResponse
{
    std::optional<bool> enabled;
    std::optional<JobSchedule> jobSchedule;
    std::optional<AutoMerging> autoMerging;
    std::optional<ExportingConfig> exportingConfig;

    QJsonObject toJson() const;
    static MatchingResponse fromJson(const QJsonObject &json);
};

struct DomainStats
{
    std::optional<qint64> profileCount;
    std::optional<qint64> meteringProfileCount;
    std::optional<qint64> objectCount;
    std::optional<qint64> totalSize; // bytes

    QJsonObject toJson() const;
    static DomainStats fromJson(const QJsonObject &json);
};

struct ListDomainItem
{
    QString domainName;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> lastUpdatedAt;
    QMap<QString, QString> tags;

    QJsonObject toJson() const;
    static ListDomainItem fromJson(const QJsonObject &json);
};

} // namespace cp::api
