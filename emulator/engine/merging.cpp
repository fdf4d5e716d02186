// Merging profiles: MergeProfiles as its documentation lists it, the merges rule-based
// matching makes by itself (up to MaxAllowedRuleLevelForMerging, conflicts resolved by
// ConflictResolution), and BatchGetProfile (the profiles of a group side by side).
#include "merging.h"

#include "engine.h"
#include "history.h"
#include "matching.h"
#include "profilestore.h"

namespace cp::emulator {
namespace {

const QString kAttributes = QStringLiteral("Attributes");

bool underMember(const QString &path, const QString &member)
{
    return path == member || path.startsWith(member + QLatin1Char('.'));
}

// The main profile takes a member whole from another (an address is one field), with the
// origins of its fields; absent there, it is cleared: a named source wins even when empty.
void takeMember(StoredProfile &main, const StoredProfile &from, const QString &member)
{
    if (from.data.contains(member))
        main.data.insert(member, from.data.value(member));
    else
        main.data.remove(member);
    for (const QString &path : main.sources.keys()) {
        if (underMember(path, member))
            main.sources.remove(path);
    }
    for (auto it = from.sources.begin(); it != from.sources.end(); ++it) {
        if (underMember(it.key(), member))
            main.sources.insert(it.key(), it.value());
    }
}

void takeAttribute(StoredProfile &main, const StoredProfile &from, const QString &name)
{
    QJsonObject attributes = main.data.value(kAttributes).toObject();
    const QJsonObject theirs = from.data.value(kAttributes).toObject();
    if (theirs.contains(name))
        attributes.insert(name, theirs.value(name));
    else
        attributes.remove(name);
    if (attributes.isEmpty())
        main.data.remove(kAttributes);
    else
        main.data.insert(kAttributes, attributes);
    const QString path = kAttributes + QLatin1Char('.') + name;
    main.sources.remove(path);
    if (from.sources.contains(path))
        main.sources.insert(path, from.sources.value(path));
}

const StoredProfile *profileById(const QList<StoredProfile> &merged, const QString &id)
{
    for (const StoredProfile &p : merged) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QStringList unionOf(const StoredProfile &main, const QList<StoredProfile> &merged,
                    const std::function<QStringList(const StoredProfile &)> &names)
{
    QStringList out = names(main);
    for (const StoredProfile &p : merged) {
        for (const QString &name : names(p)) {
            if (!out.contains(name))
                out.append(name);
        }
    }
    return out;
}

QStringList membersOf(const StoredProfile &p)
{
    QStringList out = p.data.keys();
    out.removeAll(kAttributes);
    return out;
}

QStringList attributesOf(const StoredProfile &p)
{
    return p.data.value(kAttributes).toObject().keys();
}

// Union where nobody conflicts; on a conflict the main profile's value, unless a field
// source names another profile (merged profiles in the order given fill what main lacks).
void mergeFields(StoredProfile &main, const QList<StoredProfile> &merged,
                 const QJsonObject &sources)
{
    for (const QString &member : unionOf(main, merged, membersOf)) {
        if (const StoredProfile *from = profileById(merged, sources.value(member).toString())) {
            takeMember(main, *from, member);
            continue;
        }
        if (sources.contains(member) || main.data.contains(member))
            continue; // the main profile's own value
        for (const StoredProfile &p : merged) {
            if (p.data.contains(member)) {
                takeMember(main, p, member);
                break;
            }
        }
    }
    const QJsonObject attributeSources = sources.value(kAttributes).toObject();
    for (const QString &name : unionOf(main, merged, attributesOf)) {
        if (const StoredProfile *from =
                profileById(merged, attributeSources.value(name).toString())) {
            takeAttribute(main, *from, name);
            continue;
        }
        if (attributeSources.contains(name) ||
            main.data.value(kAttributes).toObject().contains(name))
            continue;
        for (const StoredProfile &p : merged) {
            if (p.data.value(kAttributes).toObject().contains(name)) {
                takeAttribute(main, p, name);
                break;
            }
        }
    }
    main.fieldsChanged = true;
}

// Its objects and keys to the main profile (predefined key values too, as 'merge': a
// merge loses no key), then the profile itself goes.
bool moveOnto(Context &ctx, const QString &domain, const QString &mainId, const StoredProfile &p)
{
    Query objects = ctx.query("UPDATE objects SET profile_id = ? WHERE domain = ? AND"
                              " profile_id = ?");
    objects.bind(mainId).bind(domain).bind(p.id);
    Query keys = ctx.query(
        "INSERT OR IGNORE INTO profile_keys (domain, key_name, value, profile_id, origin)"
        " SELECT k.domain, k.key_name, k.value, ?, CASE k.origin WHEN 'predefined' THEN 'merge'"
        " ELSE k.origin END FROM profile_keys k WHERE k.domain = ? AND k.profile_id = ?"
        " AND NOT EXISTS (SELECT 1 FROM profile_keys m WHERE m.domain = k.domain AND"
        " m.key_name = k.key_name AND m.value = k.value AND m.profile_id = ?)");
    keys.bind(mainId).bind(domain).bind(p.id).bind(mainId);
    return objects.exec() && keys.exec();
}

} // namespace

ApiResult mergeInto(Context &ctx, const MergeSpec &spec)
{
    const auto failed = [](const char *what) {
        return ApiResult::internal(
            QStringLiteral("The merge failed (%1); nothing was changed.").arg(QLatin1String(what)));
    };
    std::optional<StoredProfile> main = loadProfile(ctx, spec.domain, spec.mainId);
    if (!main)
        return ApiResult::notFound(QStringLiteral("Profile %1 does not exist in domain %2.")
                                       .arg(spec.mainId, spec.domain));
    QList<StoredProfile> merged;
    for (const QString &id : spec.mergedIds) {
        std::optional<StoredProfile> p = loadProfile(ctx, spec.domain, id);
        if (!p)
            return ApiResult::notFound(
                QStringLiteral("Profile %1 does not exist in domain %2.").arg(id, spec.domain));
        merged.append(*p);
    }
    mergeFields(*main, merged, spec.fieldSources);
    for (const StoredProfile &p : std::as_const(merged)) {
        main->objectCount += p.objectCount;
        if (!moveOnto(ctx, spec.domain, main->id, p))
            return failed("moving objects and keys");
        const QJsonObject content{{QStringLiteral("MainProfileId"), main->id},
                                  {QStringLiteral("Profile"), p.toWire()}};
        if (!recordHistory(ctx, {spec.domain,
                                 p.id,
                                 action::kDeletedByMerge,
                                 profileRecordType(),
                                 {},
                                 compactJson(content),
                                 spec.performedBy}))
            return failed("recording the history");
        if (!deleteProfileRows(ctx, spec.domain, p.id))
            return failed("deleting a merged profile");
    }
    if (!saveProfile(ctx, spec.domain, *main, false))
        return failed("saving the main profile");
    const QJsonObject content{
        {QStringLiteral("ProfileIdsToBeMerged"), QJsonArray::fromStringList(spec.mergedIds)},
        {QStringLiteral("Profile"), main->toWire()}};
    if (!recordHistory(ctx, {spec.domain,
                             main->id,
                             action::kMerged,
                             profileRecordType(),
                             {},
                             compactJson(content),
                             spec.performedBy}))
        return failed("recording the history");
    return ApiResult::success();
}

namespace {

// The profile whose value wins a conflict over `member` (an attribute when `attribute`):
// with SOURCE, one whose value came from the source object type; then the most recently
// updated; then the main profile (first in `profiles`).
QString conflictWinner(const RuleSet &rules, const QList<StoredProfile> &profiles,
                       const QString &path)
{
    const QString source = QStringLiteral("object:") + rules.sourceName;
    const auto fromSource = [&](const StoredProfile &p) {
        if (rules.conflictModel != QStringLiteral("SOURCE"))
            return false;
        for (auto it = p.sources.begin(); it != p.sources.end(); ++it) {
            if (underMember(it.key(), path) && it.value().toArray().contains(source))
                return true;
        }
        return false;
    };
    const StoredProfile *best = nullptr;
    for (const StoredProfile &p : profiles) {
        if (!best ||
            std::pair(fromSource(p), p.updatedAt) > std::pair(fromSource(*best), best->updatedAt))
            best = &p;
    }
    return best ? best->id : QString();
}

// FieldSourceProfileIds for an automatic merge: a source for every member or attribute
// whose holders disagree.
QJsonObject resolveConflicts(const RuleSet &rules, const QList<StoredProfile> &profiles)
{
    QJsonObject sources;
    QJsonObject attributeSources;
    QHash<QString, QList<StoredProfile>> holders;
    QHash<QString, QSet<QString>> distinct;
    for (const StoredProfile &p : profiles) {
        for (auto it = p.data.begin(); it != p.data.end(); ++it) {
            QJsonObject values = it.key() == kAttributes ? it.value().toObject()
                                                         : QJsonObject{{it.key(), it.value()}};
            for (auto v = values.begin(); v != values.end(); ++v) {
                const QString path =
                    it.key() == kAttributes ? kAttributes + QLatin1Char('.') + v.key() : v.key();
                holders[path].append(p);
                distinct[path].insert(compactJson({{QStringLiteral("v"), v.value()}}));
            }
        }
    }
    for (auto it = distinct.begin(); it != distinct.end(); ++it) {
        if (it.value().size() < 2)
            continue;
        const QString winner = conflictWinner(rules, holders.value(it.key()), it.key());
        if (it.key().startsWith(kAttributes + QLatin1Char('.')))
            attributeSources.insert(it.key().mid(kAttributes.size() + 1), winner);
        else
            sources.insert(it.key(), winner);
    }
    if (!attributeSources.isEmpty())
        sources.insert(kAttributes, attributeSources);
    return sources;
}

} // namespace

ApiResult runAutoMerges(Context &ctx)
{
    // Each merge may queue others (the main profile's new fields may match more).
    for (int round = 0; round < 10000 && !ctx.autoMerges.isEmpty(); ++round) {
        const auto [domain, ids] = ctx.autoMerges.takeFirst();
        QList<StoredProfile> profiles;
        for (const QString &id : ids) {
            if (std::optional<StoredProfile> p = loadProfile(ctx, domain, id))
                profiles.append(*p);
        }
        if (profiles.size() < 2)
            continue; // merged already
        // The oldest profile survives: its id is the one people already know.
        std::sort(profiles.begin(), profiles.end(), [](const auto &a, const auto &b) {
            return std::pair(a.createdAt, a.id) < std::pair(b.createdAt, b.id);
        });
        MergeSpec spec{domain, profiles.first().id, {}, {}, servicePrincipal()};
        for (qsizetype i = 1; i < profiles.size(); ++i)
            spec.mergedIds.append(profiles.at(i).id);
        spec.fieldSources = resolveConflicts(domainRules(ctx, domain), profiles);
        if (ApiResult merged = mergeInto(ctx, spec); !merged.ok())
            return merged;
    }
    return ApiResult::success();
}

namespace handlers {
namespace {

const QString kDomainName = QStringLiteral("DomainName");

QStringList idList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (!out.contains(v.toString()))
            out.append(v.toString());
    }
    return out;
}

// Every profile FieldSourceProfileIds names must take part in the merge.
std::optional<ApiResult> checkFieldSources(const QJsonObject &sources, const QStringList &ids)
{
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        const QJsonObject nested = it.value().toObject();
        const QJsonObject named =
            it.value().isObject() ? nested : QJsonObject{{it.key(), it.value()}};
        for (auto n = named.begin(); n != named.end(); ++n) {
            if (!ids.contains(n.value().toString()))
                return ApiResult::badRequest(
                    QStringLiteral("FieldSourceProfileIds %1 names profile %2, which is neither "
                                   "MainProfileId nor one of ProfileIdsToBeMerged.")
                        .arg(it.value().isObject() ? it.key() + QLatin1Char('.') + n.key()
                                                   : it.key(),
                             n.value().toString()));
        }
    }
    return std::nullopt;
}

ApiResult mergeProfiles(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString mainId = input.value(QStringLiteral("MainProfileId")).toString();
    const QStringList merged = idList(input.value(QStringLiteral("ProfileIdsToBeMerged")));
    if (merged.contains(mainId))
        return ApiResult::badRequest(
            QStringLiteral("ProfileIdsToBeMerged holds MainProfileId %1: a profile cannot be "
                           "merged into itself.")
                .arg(mainId));
    const QJsonObject sources = input.value(QStringLiteral("FieldSourceProfileIds")).toObject();
    if (auto refused = checkFieldSources(sources, QStringList{mainId} + merged))
        return *refused;
    ApiResult result = mergeInto(ctx, {domain, mainId, merged, sources, {}});
    if (!result.ok())
        return result;
    return ApiResult::success(
        {{QStringLiteral("Message"), QStringLiteral("%1 profile(s) were merged into profile %2.")
                                         .arg(merged.size())
                                         .arg(mainId)}});
}

ApiResult batchGetProfile(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    QJsonArray profiles;
    QJsonArray errors;
    for (const QString &id : idList(input.value(QStringLiteral("ProfileIds")))) {
        if (const std::optional<StoredProfile> p = loadProfile(ctx, domain, id)) {
            profiles.append(p->toWire());
            continue;
        }
        errors.append(
            QJsonObject{{QStringLiteral("Code"), QStringLiteral("404")},
                        {QStringLiteral("Message"),
                         QStringLiteral("Profile %1 does not exist in domain %2.").arg(id, domain)},
                        {QStringLiteral("ProfileId"), id}});
    }
    return ApiResult::success(
        {{QStringLiteral("Profiles"), profiles}, {QStringLiteral("Errors"), errors}});
}

} // namespace
} // namespace handlers

Area areas::merging()
{
    Area area;
    area.handlers = {
        {"MergeProfiles", handlers::mergeProfiles, Access::Write},
        {"BatchGetProfile", handlers::batchGetProfile, Access::Read},
    };
    area.afterWrite = runAutoMerges;
    return area;
}

} // namespace cp::emulator
