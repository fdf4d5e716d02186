// Profile objects: ingestion (PutProfileObject), listing and deletion.
#include "engine.h"
#include "history.h"
#include "ingestionplan.h"
#include "mapping.h"
#include "objecttypes.h"
#include "profilestore.h"
#include "standardobjects.h"

#include <QJsonDocument>
#include <QUuid>

namespace cp::emulator::handlers {
namespace {

const QString kDomainName = QStringLiteral("DomainName");
const QString kObjectTypeName = QStringLiteral("ObjectTypeName");

struct ExistingObject
{
    QString objectKey;
    QString profileId;
    qint64 createdAt = 0;
};

std::optional<ExistingObject> findByUniqueValue(Context &ctx, const QString &domain,
                                                const QString &type, const QString &uniqueValue)
{
    Query q = ctx.query("SELECT object_key, profile_id, created_at FROM objects"
                        " WHERE domain = ? AND object_type = ? AND unique_value = ?");
    q.bind(domain).bind(type).bind(uniqueValue);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ExistingObject{q.text(0), q.text(1), q.integer(2)};
}

// Hex digits only: a base64url key could begin with '-', which the AWS CLI would take
// for an option (`--profile-object-unique-key -k83s...` fails to parse).
QString newObjectKey()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

// Leaves a profile at most `keep` objects of a type, removing the least recently written
// (the first that ListProfileObjects lists: a replaced object is written anew). The keys
// they brought stay, as when an object is deleted. Returns how many went, -1 on an error.
int removeOldestObjects(Context &ctx, const QString &domain, const QString &type,
                        const QString &profileId, int keep)
{
    Query count = ctx.query(
        "SELECT COUNT(*) FROM objects WHERE domain = ? AND profile_id = ? AND object_type = ?");
    count.bind(domain).bind(profileId).bind(type);
    if (!count.exec() || !count.next())
        return -1;
    const qint64 excess = count.integer(0) - keep;
    if (excess <= 0)
        return 0;
    Query remove =
        ctx.query("DELETE FROM objects WHERE rowid IN (SELECT rowid FROM objects WHERE domain = ?"
                  " AND profile_id = ? AND object_type = ? ORDER BY rowid LIMIT ?)");
    remove.bind(domain).bind(profileId).bind(type).bind(excess);
    if (!remove.exec())
        return -1;
    return remove.changes();
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Objects expire by their type's ExpirationDays, else the domain's default, counted from
// their last write. Only the profiles that lose objects are rewritten (rewriting every
// profile of a domain, and firing its triggers, would take seconds with a million).
int purgeExpiredObjects(Context &ctx)
{
    QList<std::tuple<QString, QString, int>> types; // domain, type, days
    {
        Query q = ctx.query("SELECT t.domain, t.name, t.definition, d.default_expiration_days"
                            " FROM object_types t JOIN domains d ON d.name = t.domain");
        if (!q.exec())
            return -1;
        while (q.next()) {
            const QJsonValue days = parseObject(q.text(2)).value(QStringLiteral("ExpirationDays"));
            types.append(
                {q.text(0), q.text(1), days.isDouble() ? days.toInt() : int(q.integer(3))});
        }
    }
    int purged = 0;
    for (const auto &[domain, type, days] : types) {
        const qint64 cutoff = ctx.nowMs - days * kDayMs;
        Query counts = ctx.query(
            "UPDATE profiles SET object_count = object_count - (SELECT COUNT(*) FROM objects o"
            " WHERE o.domain = profiles.domain AND o.profile_id = profiles.id"
            " AND o.object_type = ? AND o.updated_at < ?) WHERE domain = ? AND id IN"
            " (SELECT profile_id FROM objects WHERE domain = ? AND object_type = ?"
            " AND updated_at < ?)");
        counts.bind(type).bind(cutoff).bind(domain).bind(domain).bind(type).bind(cutoff);
        if (!counts.exec())
            return -1;
        if (!recordExpiredObjects(ctx, domain, type, cutoff))
            return -1;
        Query d = ctx.query(
            "DELETE FROM objects WHERE domain = ? AND object_type = ? AND updated_at < ?");
        d.bind(domain).bind(type).bind(cutoff);
        if (!d.exec())
            return -1;
        purged += d.changes();
    }
    return purged;
}

bool deleteDomainObjects(Context &ctx, const QString &domain)
{
    Query q = ctx.query("DELETE FROM objects WHERE domain = ?");
    q.bind(domain);
    return q.exec();
}

// What PutProfileObject works out on the caller's thread before its turn: the object's
// mapping under the type's definition as it then stood.
struct PreparedObject
{
    QString definitionText;
    schema::MappingResult mapping;
};

} // namespace

std::any preparePutProfileObject(Context &ctx, const QJsonObject &input)
{
    const std::optional<StoredObjectType> type =
        loadObjectType(ctx, input.value(kDomainName).toString(),
                       input.value(kObjectTypeName).toString());
    if (!type)
        return {};
    const QJsonDocument document =
        QJsonDocument::fromJson(input.value(QStringLiteral("Object")).toString().toUtf8());
    if (!document.isObject())
        return {}; // the handler says what is wrong
    return PreparedObject{type->text, schema::evaluateMapping(type->definition, document.object())};
}

ApiResult putProfileObject(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString typeName = input.value(kObjectTypeName).toString();
    const std::optional<StoredObjectType> type = loadObjectType(ctx, domain, typeName);
    if (!type)
        return ApiResult::notFound(
            QStringLiteral("Object type %1 does not exist in domain %2.").arg(typeName, domain));

    const QString body = input.value(QStringLiteral("Object")).toString();
    // Mapped on the caller's thread already, unless the type changed since.
    const auto *prepared =
        ctx.prepared ? std::any_cast<PreparedObject>(ctx.prepared) : nullptr;
    schema::MappingResult mapping;
    if (prepared && prepared->definitionText == type->text) {
        mapping = prepared->mapping;
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return ApiResult::badRequest(
                QStringLiteral("Object is not valid JSON: %1 at character %2.")
                    .arg(parseError.errorString())
                    .arg(parseError.offset));
        if (!document.isObject())
            return ApiResult::badRequest(QStringLiteral("Object must be a JSON object."));
        mapping = schema::evaluateMapping(type->definition, document.object());
    }

    // What to do is decided in schema/ (the console's preview uses the same plan); the
    // store answers the plan's questions: the object with the same UNIQUE value, and the
    // profiles holding a key value (two tell "several" from "one").
    std::optional<ExistingObject> existing;
    std::optional<StoredProfile> profile;
    if (mapping.accepted() && mapping.uniqueKeyValue)
        existing = findByUniqueValue(ctx, domain, typeName, *mapping.uniqueKeyValue);
    if (existing)
        profile = loadProfile(ctx, domain, existing->profileId);
    const schema::IngestionPlan plan = schema::planIngestion(
        type->definition, mapping, profile ? std::optional<QString>(profile->id) : std::nullopt,
        [&ctx, &domain](const QString &keyName, const QString &value) {
            return profilesWithKey(ctx, domain, keyName, value, 2);
        });

    bool created = false;
    switch (plan.decision) {
    case schema::IngestionPlan::Decision::Refuse:
        if (!mapping.accepted())
            return ApiResult::badRequest(mapping.errors.first().message);
        return ApiResult::badRequest(
            QStringLiteral("No profile matches the object's keys and object type %1 does not "
                           "allow profile "
                           "creation (AllowProfileCreation is false); nothing was stored.")
                .arg(typeName));
    case schema::IngestionPlan::Decision::Replace:
        break; // on the profile loaded above
    case schema::IngestionPlan::Decision::Match:
        profile = loadProfile(ctx, domain, plan.profileId);
        if (!profile)
            return ApiResult::internal(QStringLiteral("The matched profile could not be read."));
        break;
    case schema::IngestionPlan::Decision::Create:
        profile = StoredProfile{};
        profile->id = newProfileId();
        created = true;
        break;
    }

    // "object:TYPE", as for keys: an object type may well be named "api" (the API's origin).
    const QString origin = QStringLiteral("object:") + typeName;
    for (auto it = mapping.profileFields.begin(); it != mapping.profileFields.end(); ++it)
        profile->setField(it.key(), it.value(), origin);
    if (!existing || existing->profileId != profile->id) {
        ++profile->objectCount;
        // A profile keeps at most MaxProfileObjectCount objects of the type: the new one
        // pushes out the least recently written. Nothing to look up for a new profile or
        // a type without a count.
        const int max = maxProfileObjectCount(type->definition);
        if (max > 0 && !created) {
            const int removed = removeOldestObjects(ctx, domain, typeName, profile->id, max - 1);
            if (removed < 0)
                return ApiResult::internal(QStringLiteral("The profile's objects could not be "
                                                          "trimmed to MaxProfileObjectCount."));
            profile->objectCount = std::max(1, profile->objectCount - removed);
        }
    }
    if (!saveProfile(ctx, domain, *profile, created))
        return ApiResult::internal(QStringLiteral("The profile could not be stored."));

    for (const schema::ExtractedKey &key : plan.keysToStore) {
        if (!insertKey(ctx, domain, key.keyName, key.normalized, profile->id, origin))
            return ApiResult::internal(QStringLiteral("The keys could not be stored."));
    }

    const QString objectKey = existing ? existing->objectKey : newObjectKey();
    Query q = ctx.query(
        "INSERT OR REPLACE INTO objects (domain, object_type, unique_value, object_key, profile_id,"
        " body, size, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(domain).bind(typeName).bind(mapping.uniqueKeyValue.value_or(objectKey));
    q.bind(objectKey).bind(profile->id).bind(body).bind(qint64(body.toUtf8().size()));
    q.bind(existing ? existing->createdAt : ctx.nowMs).bind(ctx.nowMs);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The object could not be stored."));
    if (!mapping.standardObjectFields.isEmpty() &&
        !storeStandardObjects(ctx, domain, profile->id, type->definition, mapping, objectKey))
        return ApiResult::internal(
            QStringLiteral("The standard asset, case or order could not be stored."));
    if (!recordHistory(ctx, {domain, profile->id, action::kIngested, typeName, objectKey, body, {}}))
        return ApiResult::internal(QStringLiteral("The profile's history could not be written."));
    return ApiResult::success({{QStringLiteral("ProfileObjectUniqueKey"), objectKey}});
}

ApiResult listProfileObjects(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString typeName = input.value(kObjectTypeName).toString();
    std::optional<StoredObjectType> type = loadObjectType(ctx, domain, typeName);
    if (!type && isStandardObjectType(typeName))
        type = standardObjectType(typeName); // _asset, _case, _order
    if (!type)
        return ApiResult::notFound(
            QStringLiteral("Object type %1 does not exist in domain %2.").arg(typeName, domain));
    const QString profileId = input.value(QStringLiteral("ProfileId")).toString();

    // An ObjectFilter names one of the type's keys and the values to keep.
    const QJsonObject filter = input.value(QStringLiteral("ObjectFilter")).toObject();
    const QString filterKey = filter.value(QStringLiteral("KeyName")).toString();
    QStringList filterValues;
    if (!filter.isEmpty()) {
        if (!type->definition.keys.contains(filterKey))
            return ApiResult::badRequest(
                QStringLiteral("Object type %1 has no key %2.").arg(typeName, filterKey));
        const QString contentType = type->definition.keyContentType(filterKey);
        const QJsonArray values = filter.value(QStringLiteral("Values")).toArray();
        for (const QJsonValue &v : values)
            filterValues.append(schema::normalizeKeyValue(contentType, v.toString()));
    }

    // Expired objects are never returned, even in the minute before the purge removes them.
    int days = type->definition.expirationDays.value_or(0);
    if (days <= 0) {
        Query d = ctx.query("SELECT default_expiration_days FROM domains WHERE name = ?");
        d.bind(domain);
        if (!d.exec())
            return ApiResult::internal(QStringLiteral("The store could not be read."));
        days = d.next() ? int(d.integer(0)) : 0;
    }
    const qint64 cutoff = days > 0 ? ctx.nowMs - qint64(days) * kDayMs : 0;

    // In the order they were stored (rowid); the position is the last rowid listed.
    const auto fetch = [&](const QString &after, int rows, QList<PageRow> &out) {
        bool valid = true;
        const qint64 afterRow = after.isNull() ? 0 : after.toLongLong(&valid);
        if (!valid)
            return ApiResult::badRequest(QStringLiteral("The NextToken is not valid."));
        Query q = ctx.query("SELECT rowid, object_key, body FROM objects WHERE domain = ?"
                            " AND profile_id = ? AND object_type = ? AND rowid > ?"
                            " AND updated_at >= ? ORDER BY rowid");
        q.bind(domain).bind(profileId).bind(typeName).bind(afterRow).bind(cutoff);
        if (!q.exec())
            return ApiResult::internal(QStringLiteral("The store could not be read."));
        while (out.size() < rows && q.next()) {
            const QString body = q.text(2);
            if (!filterValues.isEmpty()) {
                const auto mapping = schema::evaluateMapping(
                    type->definition, QJsonDocument::fromJson(body.toUtf8()).object());
                const bool keep =
                    std::any_of(mapping.keys.begin(), mapping.keys.end(), [&](const auto &key) {
                        return key.keyName == filterKey && filterValues.contains(key.normalized);
                    });
                if (!keep)
                    continue;
            }
            out.append({QString::number(q.integer(0)),
                        QJsonObject{{kObjectTypeName, typeName},
                                    {QStringLiteral("ProfileObjectUniqueKey"), q.text(1)},
                                    {QStringLiteral("Object"), body}}});
        }
        return ApiResult::success();
    };
    return paginate(input, QStringLiteral("objects/%1/%2/%3").arg(domain, typeName, profileId),
                    fetch);
}

ApiResult deleteProfileObject(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString typeName = input.value(kObjectTypeName).toString();
    const QString profileId = input.value(QStringLiteral("ProfileId")).toString();
    const QString objectKey = input.value(QStringLiteral("ProfileObjectUniqueKey")).toString();
    {
        Query q = ctx.query("DELETE FROM objects WHERE domain = ? AND object_type = ?"
                            " AND profile_id = ? AND object_key = ?");
        q.bind(domain).bind(typeName).bind(profileId).bind(objectKey);
        if (!q.exec())
            return ApiResult::internal(QStringLiteral("The object could not be deleted."));
        if (q.changes() == 0)
            return ApiResult::notFound(QStringLiteral("Profile %1 has no %2 object with key %3.")
                                           .arg(profileId, typeName, objectKey));
    }
    // Standard assets, cases and orders ride along with objects and are not counted.
    std::optional<StoredProfile> profile;
    if (!isStandardObjectType(typeName))
        profile = loadProfile(ctx, domain, profileId);
    if (profile) {
        profile->objectCount = std::max(0, profile->objectCount - 1);
        if (!saveProfile(ctx, domain, *profile, false))
            return ApiResult::internal(QStringLiteral("The profile could not be updated."));
    }
    return ApiResult::success(
        {{QStringLiteral("Message"), QStringLiteral("The object was deleted.")}});
}

} // namespace cp::emulator::handlers

namespace cp::emulator {

Area areas::objects()
{
    Area area;
    area.handlers = {
        {"PutProfileObject", handlers::putProfileObject, Access::Write,
         handlers::preparePutProfileObject},
        {"ListProfileObjects", handlers::listProfileObjects, Access::Read},
        {"DeleteProfileObject", handlers::deleteProfileObject, Access::Write},
    };
    area.deleteDomain = handlers::deleteDomainObjects;
    area.purgeExpired = handlers::purgeExpiredObjects;
    return area;
}

} // namespace cp::emulator
