// Profiles: create, update (absent keeps, "" clears), delete, keys, search.
#include "engine.h"
#include "history.h"
#include "mapping.h"
#include "profilestore.h"
#include "standardprofile.h"

#include <QHash>
#include <QSet>

namespace cp::emulator::handlers {
namespace {

namespace sp = cp::schema::standardprofile;

const QString kDomainName = QStringLiteral("DomainName");
const QString kProfileId = QStringLiteral("ProfileId");
const QString kApi = QStringLiteral("api");

// Applies the profile members of a Create/UpdateProfile request, as the model defines
// them (so a member a later release adds is kept too): strings one by one (an empty one
// clears: only UpdateProfile's model allows one), the addresses and Attributes field by
// field, any other member (EngagementPreferences) whole. An absent member is kept.
void applyProfileFields(Context &ctx, StoredProfile &profile, QStringView operation,
                        const QJsonObject &input)
{
    const auto apply = [&](const QString &path, const QJsonValue &value) {
        if (!value.isString())
            return;
        if (value.toString().isEmpty())
            profile.clearField(path);
        else
            profile.setField(path, value.toString(), kApi);
    };
    const schema::Operation *op = ctx.model.operation(operation);
    const schema::Shape *request = op ? ctx.model.shape(op->input) : nullptr;
    if (!request)
        return;
    const QJsonObject given = ctx.model.conformed(op->input, input).toObject();
    for (const schema::Member &member : request->members) {
        if (member.location != schema::Location::Body || member.name == kProfileId ||
            member.name == kDomainName || !given.contains(member.name))
            continue;
        const QJsonValue value = given.value(member.name);
        if (sp::addressMembers().contains(member.name)) {
            const QJsonObject address = value.toObject();
            for (auto it = address.begin(); it != address.end(); ++it) {
                if (sp::addressFields().contains(it.key()))
                    apply(member.name + QLatin1Char('.') + it.key(), it.value());
            }
        } else if (member.name == QStringLiteral("Attributes")) {
            const QJsonObject attributes = value.toObject();
            for (auto it = attributes.begin(); it != attributes.end(); ++it)
                apply(QStringLiteral("Attributes.") + it.key(), it.value());
        } else if (value.isString()) {
            apply(member.name, value);
        } else {
            profile.setValue(member.name, value, kApi);
        }
    }
}

// Profiles with no objects left that were not changed within their domain's default
// expiration (objects expire first: see the objects area, purged before this one).
int purgeStaleProfiles(Context &ctx)
{
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    QList<std::pair<QString, QString>> stale;
    {
        Query q = ctx.query(
            "SELECT p.domain, p.id FROM profiles p JOIN domains d ON d.name = p.domain"
            " WHERE p.object_count <= 0 AND p.updated_at < ? - d.default_expiration_days * ?");
        q.bind(ctx.nowMs).bind(kDayMs);
        if (!q.exec())
            return -1;
        while (q.next())
            stale.append({q.text(0), q.text(1)});
    }
    for (const auto &[domain, id] : std::as_const(stale)) {
        const auto profile = loadProfile(ctx, domain, id);
        if (profile && !recordProfileHistory(ctx, domain, id, action::kExpired, profile->toWire(),
                                             servicePrincipal()))
            return -1;
        if (!deleteProfileRows(ctx, domain, id))
            return -1;
    }
    return 0; // objects purged: none (a stale profile has none)
}

bool deleteDomainProfiles(Context &ctx, const QString &domain)
{
    for (const Sql sql : {Sql("DELETE FROM profile_keys WHERE domain = ?"),
                          Sql("DELETE FROM profiles WHERE domain = ?")}) {
        Query q = ctx.query(sql);
        q.bind(domain);
        if (!q.exec())
            return false;
    }
    return true;
}

// A key change in the profile's history: its content the key name and values given.
bool recordKeyHistory(Context &ctx, const QString &domain, const QString &id, const char *action,
                      const QJsonObject &input)
{
    const QJsonObject content{{QStringLiteral("KeyName"), input.value(QStringLiteral("KeyName"))},
                              {QStringLiteral("Values"), input.value(QStringLiteral("Values"))}};
    return recordHistory(ctx, {domain, id, action, keyRecordType(), {}, compactJson(content), {}});
}

ApiResult profileMissing(const QString &id, const QString &domain)
{
    return ApiResult::notFound(
        QStringLiteral("Profile %1 does not exist in domain %2.").arg(id, domain));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

// Normalised values of a key that the domain knows; nullopt + error for an unknown key.
std::optional<QStringList> normalisedValues(Context &ctx, const QString &domain,
                                            const QString &keyName, const QJsonValue &values,
                                            ApiResult *error)
{
    const std::optional<QString> contentType = keyContentType(ctx, domain, keyName);
    if (!contentType) {
        *error = ApiResult::badRequest(
            QStringLiteral(
                "Key %1 is neither a predefined key nor defined by an object type of domain %2.")
                .arg(keyName, domain));
        return std::nullopt;
    }
    QStringList out;
    for (const QString &value : stringList(values))
        out.append(schema::normalizeKeyValue(*contentType, value));
    return out;
}

// Every profile holding one of the values of a key (capped: searches are for finding
// customers, not for exporting a domain).
QStringList matchingProfiles(Context &ctx, const QString &domain, const QString &keyName,
                             const QStringList &values)
{
    QStringList ids;
    for (const QString &value : values)
        ids += profilesWithKey(ctx, domain, keyName, value, 10000);
    ids.removeDuplicates();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

ApiResult createProfile(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    StoredProfile profile;
    profile.id = newProfileId();
    applyProfileFields(ctx, profile, u"CreateProfile", input);
    if (!saveProfile(ctx, domain, profile, true) ||
        !recordProfileHistory(ctx, domain, profile.id, action::kCreated, profile.toWire()))
        return ApiResult::internal(QStringLiteral("The profile could not be stored."));
    return ApiResult::success({{kProfileId, profile.id}});
}

ApiResult updateProfile(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString id = input.value(kProfileId).toString();
    std::optional<StoredProfile> profile = loadProfile(ctx, domain, id);
    if (!profile)
        return profileMissing(id, domain);
    applyProfileFields(ctx, *profile, u"UpdateProfile", input);
    if (!saveProfile(ctx, domain, *profile, false) ||
        !recordProfileHistory(ctx, domain, id, action::kUpdated, profile->toWire()))
        return ApiResult::internal(QStringLiteral("The profile could not be stored."));
    return ApiResult::success({{kProfileId, id}});
}

ApiResult deleteProfile(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString id = input.value(kProfileId).toString();
    const std::optional<StoredProfile> profile = loadProfile(ctx, domain, id);
    if (!profile)
        return profileMissing(id, domain);
    if (!recordProfileHistory(ctx, domain, id, action::kDeletedByCustomer, profile->toWire()) ||
        !deleteProfileRows(ctx, domain, id))
        return ApiResult::internal(QStringLiteral("The profile could not be deleted."));
    return ApiResult::success(
        {{QStringLiteral("Message"), QStringLiteral("Profile %1 was deleted.").arg(id)}});
}

ApiResult addProfileKey(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString id = input.value(kProfileId).toString();
    if (!loadProfile(ctx, domain, id))
        return profileMissing(id, domain);
    const QString keyName = input.value(QStringLiteral("KeyName")).toString();
    if (keyName == QStringLiteral("_profileId"))
        return ApiResult::badRequest(
            QStringLiteral("_profileId is kept by the service and cannot be added."));
    ApiResult error;
    const auto values =
        normalisedValues(ctx, domain, keyName, input.value(QStringLiteral("Values")), &error);
    if (!values)
        return error;
    for (const QString &value : *values) {
        if (!value.isEmpty() && !insertKey(ctx, domain, keyName, value, id, kApi))
            return ApiResult::internal(QStringLiteral("The key could not be stored."));
    }
    if (!recordKeyHistory(ctx, domain, id, action::kAddedKey, input))
        return ApiResult::internal(QStringLiteral("The key could not be stored."));
    return ApiResult::success({{QStringLiteral("KeyName"), keyName},
                               {QStringLiteral("Values"), input.value(QStringLiteral("Values"))}});
}

// Removes the values however they came (by API or by objects); predefined keys follow
// the profile's fields and are changed through UpdateProfile instead.
ApiResult deleteProfileKey(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString id = input.value(kProfileId).toString();
    if (!loadProfile(ctx, domain, id))
        return profileMissing(id, domain);
    const QString keyName = input.value(QStringLiteral("KeyName")).toString();
    ApiResult error;
    const auto values =
        normalisedValues(ctx, domain, keyName, input.value(QStringLiteral("Values")), &error);
    if (!values)
        return error;
    for (const QString &value : *values) {
        Query q = ctx.query("DELETE FROM profile_keys WHERE domain = ? AND key_name = ?"
                            " AND value = ? AND profile_id = ? AND origin <> 'predefined'");
        q.bind(domain).bind(keyName).bind(value).bind(id);
        if (!q.exec())
            return ApiResult::internal(QStringLiteral("The key could not be deleted."));
    }
    if (!recordKeyHistory(ctx, domain, id, action::kDeletedKey, input))
        return ApiResult::internal(QStringLiteral("The key could not be deleted."));
    return ApiResult::success({{QStringLiteral("Message"),
                                QStringLiteral("Key values of %1 were deleted.").arg(keyName)}});
}

ApiResult searchProfiles(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    QList<std::pair<QString, QJsonValue>> keys{
        {input.value(QStringLiteral("KeyName")).toString(), input.value(QStringLiteral("Values"))}};
    const QJsonArray additional = input.value(QStringLiteral("AdditionalSearchKeys")).toArray();
    for (const QJsonValue &key : additional)
        keys.append({key.toObject().value(QStringLiteral("KeyName")).toString(),
                     key.toObject().value(QStringLiteral("Values"))});
    const bool matchAll =
        input.value(QStringLiteral("LogicalOperator")).toString() == QStringLiteral("AND");

    // With AdditionalSearchKeys, each profile says which of the request's key values found it.
    const bool withFoundBy = !additional.isEmpty();
    QList<QHash<QString, QJsonArray>> foundBy; // per search key: profile id -> values that found it
    std::optional<QSet<QString>> combined;
    for (const auto &[keyName, rawValues] : keys) {
        ApiResult error;
        const auto values = normalisedValues(ctx, domain, keyName, rawValues, &error);
        if (!values)
            return error;
        const QStringList ids = matchingProfiles(ctx, domain, keyName, *values);
        if (withFoundBy) {
            const QStringList given = stringList(rawValues);
            QHash<QString, QJsonArray> byProfile;
            for (qsizetype i = 0; i < values->size(); ++i) {
                const QStringList holders =
                    profilesWithKey(ctx, domain, keyName, values->at(i), 10000);
                for (const QString &id : holders)
                    byProfile[id].append(given.at(i));
            }
            foundBy.append(byProfile);
        }
        const QSet<QString> set(ids.begin(), ids.end());
        if (!combined)
            combined = set;
        else if (matchAll)
            combined->intersect(set);
        else
            combined->unite(set);
    }
    QStringList ordered(combined->begin(), combined->end());
    std::sort(ordered.begin(), ordered.end());

    // By profile id; the position is the last id listed.
    const auto fetch = [&](const QString &after, int rows, QList<PageRow> &out) {
        for (const QString &id : std::as_const(ordered)) {
            if (out.size() == rows)
                break;
            if (!after.isNull() && id <= after)
                continue;
            const auto profile = loadProfile(ctx, domain, id);
            if (!profile)
                continue;
            QJsonObject item = profile->toWire();
            if (withFoundBy) {
                // AND: every pair of the request; OR: the pairs (and values) this profile matched.
                QJsonArray found;
                for (qsizetype k = 0; k < keys.size(); ++k) {
                    if (!matchAll && !foundBy[k].contains(id))
                        continue;
                    const QJsonValue foundValues =
                        matchAll ? keys[k].second : QJsonValue(foundBy[k].value(id));
                    found.append(QJsonObject{{QStringLiteral("KeyName"), keys[k].first},
                                             {QStringLiteral("Values"), foundValues}});
                }
                item.insert(QStringLiteral("FoundByItems"), found);
            }
            out.append({id, item});
        }
        return ApiResult::success();
    };
    return paginate(input, QStringLiteral("search/") + domain, fetch, 20);
}

} // namespace cp::emulator::handlers

namespace cp::emulator {

Area areas::profiles()
{
    Area area;
    area.handlers = {
        {"CreateProfile", handlers::createProfile, Access::Write},
        {"UpdateProfile", handlers::updateProfile, Access::Write},
        {"DeleteProfile", handlers::deleteProfile, Access::Write},
        {"AddProfileKey", handlers::addProfileKey, Access::Write},
        {"DeleteProfileKey", handlers::deleteProfileKey, Access::Write},
        {"SearchProfiles", handlers::searchProfiles, Access::Read},
    };
    area.deleteDomain = handlers::deleteDomainProfiles;
    area.purgeExpired = handlers::purgeStaleProfiles;
    return area;
}

} // namespace cp::emulator
