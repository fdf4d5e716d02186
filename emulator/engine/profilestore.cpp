#include "profilestore.h"

#include "mapping.h"
#include "matching.h"
#include "objecttypes.h"
#include "standardprofile.h"

#include <QUuid>
#include <algorithm>

namespace cp::emulator {
namespace {

namespace sp = cp::schema::standardprofile;

const QString kApiOrigin = QStringLiteral("api");

std::pair<QString, QString> splitPath(const QString &path)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    return dot < 0 ? std::pair(path, QString()) : std::pair(path.left(dot), path.mid(dot + 1));
}

// The values a predefined key fed by the profile's members holds (schema/standardprofile
// says which members feed which key); memberOf(name) gives a member's text.
template<typename MemberOf>
QStringList predefinedValues(const QString &id, const MemberOf &memberOf,
                             const sp::PredefinedKey &key)
{
    QStringList out;
    const auto add = [&](const QString &value) {
        const QString normalized = schema::normalizeKeyValue(key.contentType, value);
        if (!normalized.isEmpty() && !out.contains(normalized))
            out.append(normalized);
    };
    const auto valueOf = [&](const QString &member) {
        return member == QStringLiteral("ProfileId") ? id : memberOf(member);
    };
    if (key.joined) {
        QStringList parts;
        for (const QString &member : key.members) {
            const QString part = valueOf(member);
            if (!part.isEmpty())
                parts.append(part);
        }
        add(parts.join(QLatin1Char(' ')));
    } else {
        for (const QString &member : key.members)
            add(valueOf(member));
    }
    return out;
}

template<typename MemberOf>
QList<std::pair<QString, QString>> predefinedEntriesOf(const QString &id, const MemberOf &memberOf)
{
    QList<std::pair<QString, QString>> out; // key name, value
    for (const sp::PredefinedKey &key : sp::profileFedKeys()) {
        for (const QString &value : predefinedValues(id, memberOf, key))
            out.append({key.name, value});
    }
    return out;
}

// The members the predefined keys are made of (_profileId aside, which never changes).
bool samePredefinedSources(const QJsonObject &a, const QJsonObject &b)
{
    const QStringList &members = sp::predefinedKeyMembers();
    return std::all_of(members.begin(), members.end(),
                       [&](const QString &member) { return a.value(member) == b.value(member); });
}

// Every predefined key value of a profile with these fields.
QList<std::pair<QString, QString>> predefinedEntries(const QString &id, const QJsonObject &data)
{
    return predefinedEntriesOf(
        id, [&](const QString &member) { return data.value(member).toString(); });
}

} // namespace

void StoredProfile::setField(const QString &path, const QString &value, const QString &origin)
{
    const auto [member, field] = splitPath(path);
    const QJsonValue current =
        field.isEmpty() ? data.value(member) : data.value(member).toObject().value(field);
    QJsonArray origins = sources.value(path).toArray();
    const bool originKnown = origins.contains(origin);
    if (originKnown && current.isString() && current.toString() == value)
        return; // an object that says again what the profile holds changes nothing
    fieldsChanged = true;
    if (field.isEmpty()) {
        data.insert(member, value);
    } else {
        QJsonObject nested = data.value(member).toObject();
        nested.insert(field, value);
        data.insert(member, nested);
    }
    if (!originKnown) {
        origins.append(origin);
        sources.insert(path, origins);
    }
}

void StoredProfile::clearField(const QString &path)
{
    fieldsChanged = true;
    const auto [member, field] = splitPath(path);
    if (field.isEmpty()) {
        data.remove(member);
    } else {
        QJsonObject nested = data.value(member).toObject();
        nested.remove(field);
        if (nested.isEmpty())
            data.remove(member);
        else
            data.insert(member, nested);
    }
    sources.remove(path);
}

void StoredProfile::setValue(const QString &member, const QJsonValue &value, const QString &origin)
{
    const bool empty = (value.isObject() && value.toObject().isEmpty()) ||
                       (value.isArray() && value.toArray().isEmpty()) || value.isNull() ||
                       value.isUndefined();
    if (empty) {
        if (data.contains(member))
            clearField(member);
        return;
    }
    if (data.value(member) == value && sources.value(member).toArray().contains(origin))
        return;
    fieldsChanged = true;
    data.insert(member, value);
    QJsonArray origins = sources.value(member).toArray();
    if (!origins.contains(origin)) {
        origins.append(origin);
        sources.insert(member, origins);
    }
}

bool StoredProfile::forgetOrigin(const QString &origin)
{
    bool changed = false;
    const QStringList paths = sources.keys();
    for (const QString &path : paths) {
        QJsonArray origins = sources.value(path).toArray();
        if (!origins.contains(origin))
            continue;
        changed = true;
        fieldsChanged = true;
        QJsonArray kept;
        for (const QJsonValue &o : std::as_const(origins)) {
            if (o.toString() != origin)
                kept.append(o);
        }
        if (kept.isEmpty())
            clearField(path);
        else
            sources.insert(path, kept);
    }
    return changed;
}

QJsonObject StoredProfile::toWire() const
{
    QJsonObject out = data;
    out.insert(QStringLiteral("ProfileId"), id);
    return out;
}

QString newProfileId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

std::optional<StoredProfile> loadProfile(Context &ctx, const QString &domain, const QString &id)
{
    Query q = ctx.query("SELECT data, field_sources, object_count, created_at, updated_at"
                        " FROM profiles WHERE domain = ? AND id = ?");
    q.bind(domain).bind(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredProfile p;
    p.id = id;
    p.data = parseObject(q.text(0));
    p.loadedData = p.data;
    p.sources = parseObject(q.text(1));
    p.objectCount = int(q.integer(2));
    p.createdAt = q.integer(3);
    p.updatedAt = q.integer(4);
    return p;
}

bool insertKey(Context &ctx, const QString &domain, const QString &keyName, const QString &value,
               const QString &profileId, const QString &origin)
{
    Query q =
        ctx.query("INSERT OR IGNORE INTO profile_keys (domain, key_name, value, profile_id, origin)"
                  " VALUES (?, ?, ?, ?, ?)");
    q.bind(domain).bind(keyName).bind(value).bind(profileId).bind(origin);
    return q.exec();
}

// Writes the predefined key values that differ from those of the fields as loaded.
static bool savePredefinedKeys(Context &ctx, const QString &domain, const StoredProfile &profile,
                               bool isNew)
{
    QList<std::pair<QString, QString>> wanted = predefinedEntries(profile.id, profile.data);
    if (!isNew) {
        const QList<std::pair<QString, QString>> held =
            predefinedEntries(profile.id, profile.loadedData);
        for (const auto &entry : held) {
            if (wanted.removeOne(entry))
                continue;
            Query d =
                ctx.query("DELETE FROM profile_keys WHERE domain = ? AND key_name = ? AND value = ?"
                          " AND profile_id = ? AND origin = 'predefined'");
            d.bind(domain).bind(entry.first).bind(entry.second).bind(profile.id);
            if (!d.exec())
                return false;
        }
    }
    for (const auto &[key, value] : std::as_const(wanted)) {
        if (!insertKey(ctx, domain, key, value, profile.id, QStringLiteral("predefined")))
            return false;
    }
    return true;
}

bool saveProfile(Context &ctx, const QString &domain, StoredProfile &profile, bool isNew)
{
    profile.updatedAt = ctx.nowMs;
    if (!isNew && !profile.fieldsChanged) {
        // Its fields, their origins and so its predefined keys are as stored.
        Query q = ctx.query("UPDATE profiles SET object_count = ?, updated_at = ?"
                            " WHERE domain = ? AND id = ?");
        q.bind(profile.objectCount).bind(profile.updatedAt).bind(domain).bind(profile.id);
        return q.exec();
    }
    if (isNew)
        profile.createdAt = ctx.nowMs;
    // An upsert rewrites the row in place (REPLACE would delete and insert it again).
    Query q =
        ctx.query("INSERT INTO profiles (domain, id, data, field_sources, object_count, created_at,"
                  " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (domain, id) DO UPDATE SET"
                  " data = excluded.data, field_sources = excluded.field_sources,"
                  " object_count = excluded.object_count, created_at = excluded.created_at,"
                  " updated_at = excluded.updated_at");
    q.bind(domain).bind(profile.id).bind(compactJson(profile.data));
    q.bind(compactJson(profile.sources)).bind(profile.objectCount);
    q.bind(profile.createdAt).bind(profile.updatedAt);
    if (!q.exec())
        return false;
    // The predefined keys follow the fields: only the values that changed are written,
    // the stored ones being those of the fields as loaded.
    const bool keysKept = !isNew && samePredefinedSources(profile.loadedData, profile.data);
    if (!keysKept && !savePredefinedKeys(ctx, domain, profile, isNew))
        return false;
    // Rule-based matching follows the fields (matching.cpp; nothing when it is off).
    if (!matchProfileSaved(ctx, domain, profile.id, profile.loadedData, profile.data, isNew))
        return false;
    profile.loadedData = profile.data;
    profile.fieldsChanged = false;
    return true;
}

QList<std::pair<QString, QString>> predefinedKeyValues(const QString &id,
                                                       const QMap<QString, QString> &fields)
{
    return predefinedEntriesOf(id, [&](const QString &member) { return fields.value(member); });
}

bool deleteProfileRows(Context &ctx, const QString &domain, const QString &id)
{
    if (!matchProfileDeleted(ctx, domain, id))
        return false;
    for (const Sql sql : {Sql("DELETE FROM objects WHERE domain = ? AND profile_id = ?"),
                          Sql("DELETE FROM profile_keys WHERE domain = ? AND profile_id = ?"),
                          Sql("DELETE FROM profiles WHERE domain = ? AND id = ?")}) {
        Query q = ctx.query(sql);
        q.bind(domain).bind(id);
        if (!q.exec())
            return false;
    }
    return true;
}

bool isPredefinedKey(const QString &keyName)
{
    return sp::predefinedKey(keyName) != nullptr;
}

std::optional<QString> keyContentType(Context &ctx, const QString &domain, const QString &keyName)
{
    // A key the profile's members feed compares as they do; the others (_salesforceAccountId,
    // _assetId...) as the object type that defines them, else as strings: a predefined key
    // that nothing holds yet is searched, and finds nothing.
    const sp::PredefinedKey *predefined = sp::predefinedKey(keyName);
    if (predefined && predefined->fedByProfile())
        return predefined->contentType;
    // The first type that defines the key decides; the definitions come parsed from the
    // cache that ingestion uses, so a search does not parse every type of the domain.
    Query q = ctx.query("SELECT name, definition FROM object_types WHERE domain = ? ORDER BY name");
    q.bind(domain);
    if (!q.exec())
        return std::nullopt;
    while (q.next()) {
        const schema::ObjectTypeDefinition type = parsedDefinition(domain, q.text(0), q.text(1));
        if (type.keys.contains(keyName))
            return type.keyContentType(keyName);
    }
    if (predefined)
        return predefined->contentType;
    return std::nullopt;
}

QStringList profilesWithKey(Context &ctx, const QString &domain, const QString &keyName,
                            const QString &value, int limit)
{
    Query q =
        ctx.query("SELECT DISTINCT profile_id FROM profile_keys WHERE domain = ? AND key_name = ?"
                  " AND value = ? ORDER BY profile_id LIMIT ?");
    q.bind(domain).bind(keyName).bind(value).bind(limit);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.text(0));
    }
    return out;
}

} // namespace cp::emulator
