#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

// Shapes of integrations (a source such as Amazon AppFlow or Connect feeding a domain).
namespace cp::api {

// An AppFlow flow for PutIntegration (FlowName, KmsArn, SourceFlowConfig, Tasks,
// TriggerConfig, ...). Kept as the model's JSON, passed through untouched: it nests
// some fifteen connector-specific shapes that the console only shows and edits as
// JSON, and typing them would add many structs for no caller. Timestamps inside it
// (ScheduleStartTime, ...) are epoch seconds like everywhere else.
using FlowDefinition = QJsonObject;

// An integration as listed, and as Get/PutIntegration describe it.
struct ListIntegrationItem
{
    QString domainName;
    QString uri;
    std::optional<QString> objectTypeName;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> lastUpdatedAt;
    QMap<QString, QString> tags;
    QMap<QString, QString> objectTypeNames; // source object type -> object type name
    std::optional<QString> workflowId;
    std::optional<bool> isUnstructured;

    QJsonObject toJson() const;
    static ListIntegrationItem fromJson(const QJsonObject &json);
};

} // namespace cp::api
