#pragma once

#include "apiresult.h"
#include "context.h"
#include "groupcommit.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace cp::emulator {

// The Customer Profiles API without HTTP: validates an operation's parameters against
// the wire model, runs it against the store (write operations in a transaction, those
// of concurrent callers sharing one: see GroupCommit), and answers as the service does.
// Thread-safe.
class Engine
{
public:
    Engine(Database &db, EngineOptions options);

    ApiResult call(const QString &operation, const QJsonObject &input);

    // Removes objects and profiles older than their expiration; returns how many objects.
    int purgeExpired();

    const EngineOptions &options() const { return m_options; }
    qint64 nowMs() const;

    using Handler = ApiResult (*)(Context &, const QJsonObject &);

private:
    struct Entry
    {
        Handler handler = nullptr;
        bool writes = false;
    };
    ApiResult execute(const Entry &entry, const QJsonObject &input);

    Database &m_db;
    EngineOptions m_options;
    QHash<QString, Entry> m_handlers;
    GroupCommit m_groupCommit;
};

// Handlers, one file per area.
namespace handlers {
ApiResult createDomain(Context &, const QJsonObject &);
ApiResult getDomain(Context &, const QJsonObject &);
ApiResult updateDomain(Context &, const QJsonObject &);
ApiResult deleteDomain(Context &, const QJsonObject &);
ApiResult listDomains(Context &, const QJsonObject &);

ApiResult putProfileObjectType(Context &, const QJsonObject &);
ApiResult getProfileObjectType(Context &, const QJsonObject &);
ApiResult deleteProfileObjectType(Context &, const QJsonObject &);
ApiResult listProfileObjectTypes(Context &, const QJsonObject &);
ApiResult listProfileObjectTypeTemplates(Context &, const QJsonObject &);
ApiResult getProfileObjectTypeTemplate(Context &, const QJsonObject &);

ApiResult createProfile(Context &, const QJsonObject &);
ApiResult updateProfile(Context &, const QJsonObject &);
ApiResult deleteProfile(Context &, const QJsonObject &);
ApiResult addProfileKey(Context &, const QJsonObject &);
ApiResult deleteProfileKey(Context &, const QJsonObject &);
ApiResult searchProfiles(Context &, const QJsonObject &);

ApiResult putProfileObject(Context &, const QJsonObject &);
ApiResult listProfileObjects(Context &, const QJsonObject &);
ApiResult deleteProfileObject(Context &, const QJsonObject &);

ApiResult putIntegration(Context &, const QJsonObject &);
ApiResult getIntegration(Context &, const QJsonObject &);
ApiResult deleteIntegration(Context &, const QJsonObject &);
ApiResult listIntegrations(Context &, const QJsonObject &);
ApiResult listAccountIntegrations(Context &, const QJsonObject &);

ApiResult tagResource(Context &, const QJsonObject &);
ApiResult untagResource(Context &, const QJsonObject &);
ApiResult listTagsForResource(Context &, const QJsonObject &);
} // namespace handlers

// Shared by handlers: the domain must exist (404 otherwise).
std::optional<ApiResult> requireDomain(Context &ctx, const QString &domain);

} // namespace cp::emulator
