#pragma once

#include "context.h"

#include <QJsonObject>
#include <QString>

namespace cp::emulator {

// What happened to a profile, as ListProfileHistoryRecords' ActionType names it.
namespace action {
inline const char *const kCreated = "CREATED";
inline const char *const kUpdated = "UPDATED";
inline const char *const kIngested = "INGESTED";
inline const char *const kAddedKey = "ADDED_PROFILE_KEY";
inline const char *const kDeletedKey = "DELETED_PROFILE_KEY";
inline const char *const kMerged = "MERGED";
inline const char *const kDeletedByCustomer = "DELETED_BY_CUSTOMER";
inline const char *const kDeletedByMerge = "DELETED_BY_MERGE";
inline const char *const kExpired = "EXPIRED";
} // namespace action

// The object type name of records about the profile itself, and about its keys.
inline QString profileRecordType()
{
    return QStringLiteral("_profile");
}
inline QString keyRecordType()
{
    return QStringLiteral("_profileKey");
}

// Who performed an action: the account's root principal for API calls (cplocal has one
// key pair, the account's), the service's principal for what it does by itself (merges
// found by rule-based matching, expiry).
QString callerPrincipal(const Context &ctx);
QString servicePrincipal();

struct HistoryEntry
{
    QString domain;
    QString profileId;
    const char *action = nullptr;
    QString objectType;  // profileRecordType(), keyRecordType() or the object's type
    QString objectKey;   // ProfileObjectUniqueKey of an ingestion; empty otherwise
    QString content;     // the profile, object or key as JSON text
    QString performedBy; // callerPrincipal() unless the service acted
};

// Appends a record to the profile's history; false on a store error.
bool recordHistory(Context &ctx, const HistoryEntry &entry);
// The common case: a record about the profile itself, its content the profile's fields.
bool recordProfileHistory(Context &ctx, const QString &domain, const QString &profileId,
                          const char *action, const QJsonObject &content,
                          const QString &performedBy = {});
// EXPIRED records for the objects of a type written before `cutoff` (the purge calls it
// before it removes them).
bool recordExpiredObjects(Context &ctx, const QString &domain, const QString &type, qint64 cutoff);

} // namespace cp::emulator
