// Profile history: every create, update, ingestion, key change, merge, deletion and expiry
// of a profile, listed newest first (ListProfileHistoryRecords) and read one by one with
// its content (GetProfileHistoryRecord). Records outlive their profile: the history of a
// profile merged away or deleted says what happened to it.
#include "history.h"

#include "engine.h"

#include <QUuid>

namespace cp::emulator {

QString callerPrincipal(const Context &ctx)
{
    return QStringLiteral("arn:%1:iam::%2:root")
        .arg(schema::Arn::partitionOf(ctx.options.region), ctx.options.accountId);
}

QString servicePrincipal()
{
    return QStringLiteral("profile.amazonaws.com");
}

bool recordHistory(Context &ctx, const HistoryEntry &entry)
{
    Query q = ctx.query("INSERT INTO profile_history (domain, profile_id, id, object_type,"
                        " action_type, object_key, content, performed_by, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(entry.domain).bind(entry.profileId).bind(QUuid::createUuid().toString(QUuid::Id128));
    q.bind(entry.objectType).bind(QString::fromLatin1(entry.action));
    q.bind(entry.objectKey.isEmpty() ? QString() : entry.objectKey).bind(entry.content);
    q.bind(entry.performedBy.isEmpty() ? callerPrincipal(ctx) : entry.performedBy);
    q.bind(ctx.nowMs).bind(ctx.nowMs);
    return q.exec();
}

bool recordProfileHistory(Context &ctx, const QString &domain, const QString &profileId,
                          const char *action, const QJsonObject &content,
                          const QString &performedBy)
{
    return recordHistory(
        ctx,
        {domain, profileId, action, profileRecordType(), {}, compactJson(content), performedBy});
}

bool recordExpiredObjects(Context &ctx, const QString &domain, const QString &type, qint64 cutoff)
{
    // One statement for all of them: a purge may remove many objects at once.
    Query q = ctx.query(
        "INSERT INTO profile_history (domain, profile_id, id, object_type, action_type,"
        " object_key, content, performed_by, created_at, updated_at) SELECT domain, profile_id,"
        " lower(hex(randomblob(16))), object_type, 'EXPIRED', object_key, body, ?, ?, ? FROM"
        " objects WHERE domain = ? AND object_type = ? AND updated_at < ?");
    q.bind(servicePrincipal()).bind(ctx.nowMs).bind(ctx.nowMs);
    q.bind(domain).bind(type).bind(cutoff);
    return q.exec();
}

namespace handlers {
namespace {

const QString kDomainName = QStringLiteral("DomainName");
const QString kProfileId = QStringLiteral("ProfileId");

// A profile is known while it exists or has a history (one merged away still has its own).
std::optional<ApiResult> requireKnownProfile(Context &ctx, const QString &domain, const QString &id)
{
    if (auto missing = requireDomain(ctx, domain))
        return missing;
    Query q = ctx.query("SELECT 1 FROM profiles WHERE domain = ? AND id = ? UNION ALL"
                        " SELECT 1 FROM profile_history WHERE domain = ? AND profile_id = ?"
                        " LIMIT 1");
    q.bind(domain).bind(id).bind(domain).bind(id);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The store could not be read."));
    if (!q.next())
        return ApiResult::notFound(
            QStringLiteral("Profile %1 does not exist in domain %2.").arg(id, domain));
    return std::nullopt;
}

// Columns: id, object_type, action_type, object_key, performed_by, created_at, updated_at.
QJsonObject recordItem(const Query &q)
{
    QJsonObject item{{QStringLiteral("Id"), q.text(0)},
                     {QStringLiteral("ObjectTypeName"), q.text(1)},
                     {QStringLiteral("ActionType"), q.text(2)},
                     {QStringLiteral("PerformedBy"), q.text(4)},
                     {QStringLiteral("CreatedAt"), wireTime(q.integer(5))},
                     {QStringLiteral("LastUpdatedAt"), wireTime(q.integer(6))}};
    if (!q.isNull(3))
        item.insert(QStringLiteral("ProfileObjectUniqueKey"), q.text(3));
    return item;
}

// A null string (bound as NULL: no filter) for an absent member.
QString filterOf(const QJsonObject &input, const char *member)
{
    const QJsonValue v = input.value(QLatin1String(member));
    return v.isString() ? v.toString() : QString();
}

ApiResult listProfileHistoryRecords(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    const QString id = input.value(kProfileId).toString();
    if (auto unknown = requireKnownProfile(ctx, domain, id))
        return *unknown;
    const QString type = filterOf(input, "ObjectTypeName");
    const QString action = filterOf(input, "ActionType");
    const QString by = filterOf(input, "PerformedBy");
    // Newest first; the position is the rowid of the last record listed.
    const auto fetch = [&](const QString &after, int rows, QList<PageRow> &out) {
        bool valid = true;
        const qint64 before =
            after.isNull() ? std::numeric_limits<qint64>::max() : after.toLongLong(&valid);
        if (!valid)
            return ApiResult::badRequest(QStringLiteral("The NextToken is not valid."));
        Query q = ctx.query(
            "SELECT id, object_type, action_type, object_key, performed_by, created_at,"
            " updated_at, rowid FROM profile_history WHERE domain = ? AND profile_id = ?"
            " AND rowid < ? AND (? IS NULL OR object_type = ?) AND (? IS NULL OR action_type = ?)"
            " AND (? IS NULL OR performed_by = ?) ORDER BY rowid DESC LIMIT ?");
        q.bind(domain).bind(id).bind(before).bind(type).bind(type).bind(action).bind(action);
        q.bind(by).bind(by).bind(rows);
        if (!q.exec())
            return ApiResult::internal(QStringLiteral("The store could not be read."));
        while (q.next())
            out.append({QString::number(q.integer(7)), recordItem(q)});
        return ApiResult::success();
    };
    ApiResult page = paginate(input, QStringLiteral("history/%1/%2").arg(domain, id), fetch);
    if (page.ok()) // the model names the list ProfileHistoryRecords
        page.body.insert(QStringLiteral("ProfileHistoryRecords"),
                         page.body.take(QStringLiteral("Items")));
    return page;
}

ApiResult getProfileHistoryRecord(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    const QString id = input.value(kProfileId).toString();
    if (auto unknown = requireKnownProfile(ctx, domain, id))
        return *unknown;
    const QString recordId = input.value(QStringLiteral("Id")).toString();
    Query q = ctx.query("SELECT id, object_type, action_type, object_key, performed_by,"
                        " created_at, updated_at, content FROM profile_history WHERE domain = ?"
                        " AND profile_id = ? AND id = ?");
    q.bind(domain).bind(id).bind(recordId);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The store could not be read."));
    if (!q.next())
        return ApiResult::notFound(
            QStringLiteral("Profile %1 has no history record %2.").arg(id, recordId));
    QJsonObject record = recordItem(q);
    if (!q.isNull(7))
        record.insert(QStringLiteral("Content"), q.text(7));
    return ApiResult::success(record);
}

bool deleteDomainHistory(Context &ctx, const QString &domain)
{
    Query q = ctx.query("DELETE FROM profile_history WHERE domain = ?");
    q.bind(domain);
    return q.exec();
}

} // namespace
} // namespace handlers

Area areas::history()
{
    Area area;
    area.handlers = {
        {"ListProfileHistoryRecords", handlers::listProfileHistoryRecords, Access::Read},
        {"GetProfileHistoryRecord", handlers::getProfileHistoryRecord, Access::Read},
    };
    area.deleteDomain = handlers::deleteDomainHistory;
    return area;
}

} // namespace cp::emulator
