// Rule-based matching: profiles that hold the same values of every attribute of a rule
// level match there. Each profile's signatures (matchrules.h) are kept in match_index as
// the profile is written, so a write finds whom it matches by index lookups; the groups
// (connected profiles, their rule level the lowest that connects them all) are kept in
// match_groups/match_members and regrouped only around the profiles a write touched.
// ListRuleBasedMatches and GetSimilarProfiles answer from them; the ML operations answer
// as for a domain whose ML job has not run yet.
#include "matching.h"

#include "engine.h"
#include "merging.h"

#include <QHash>
#include <QSet>
#include <QUuid>
#include <memory>

namespace cp::emulator {
namespace {

// A signature held by more profiles than this matches nothing: the service does not match
// on attributes that "belong to more than 500 different profiles".
constexpr int kMaxHolders = 500;
// A group stops growing at this size (a chain of weak rules could otherwise join a domain).
constexpr int kMaxGroup = 1000;

QString rulesText(Context &ctx, const QString &domain)
{
    Query q =
        ctx.query("SELECT json_extract(extra, '$.RuleBasedMatching') FROM domains WHERE name = ?");
    q.bind(domain);
    if (!q.exec() || !q.next() || q.isNull(0))
        return {};
    return q.text(0);
}

bool insertSignatures(Context &ctx, const QString &domain, const QString &id,
                      const QList<Signature> &signatures)
{
    for (const Signature &signature : signatures) {
        Query q = ctx.query("INSERT OR IGNORE INTO match_index (domain, level, signature,"
                            " profile_id) VALUES (?, ?, ?, ?)");
        q.bind(domain).bind(signature.level).bind(signature.hash).bind(id);
        if (!q.exec())
            return false;
    }
    return true;
}

QList<Signature> storedSignatures(Context &ctx, const QString &domain, const QString &id)
{
    Query q =
        ctx.query("SELECT level, signature FROM match_index WHERE domain = ? AND profile_id = ?");
    q.bind(domain).bind(id);
    QList<Signature> out;
    if (q.exec()) {
        while (q.next())
            out.append({int(q.integer(0)), q.text(1)});
    }
    return out;
}

QStringList holdersOf(Context &ctx, const QString &domain, const Signature &signature)
{
    Query q = ctx.query("SELECT profile_id FROM match_index WHERE domain = ? AND level = ?"
                        " AND signature = ? LIMIT ?");
    q.bind(domain).bind(signature.level).bind(signature.hash).bind(kMaxHolders + 1);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.text(0));
    }
    return out;
}

QString groupOf(Context &ctx, const QString &domain, const QString &id)
{
    Query q = ctx.query("SELECT match_id FROM match_members WHERE domain = ? AND profile_id = ?");
    q.bind(domain).bind(id);
    if (!q.exec() || !q.next())
        return {};
    return q.text(0);
}

QStringList membersOf(Context &ctx, const QString &domain, const QString &matchId)
{
    Query q = ctx.query("SELECT profile_id FROM match_members WHERE domain = ? AND match_id = ?");
    q.bind(domain).bind(matchId);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.text(0));
    }
    return out;
}

// Profiles connected through shared signatures, and the signatures that connect them.
struct Edge
{
    int level;
    QStringList holders;
};
struct Component
{
    QStringList members;
    QList<Edge> edges;
};

Component explore(Context &ctx, const QString &domain, const QString &seed, QSet<QString> &visited)
{
    Component component;
    QStringList queue{seed};
    visited.insert(seed);
    QSet<QString> seen; // signatures already followed
    while (!queue.isEmpty()) {
        const QString id = queue.takeFirst();
        component.members.append(id);
        for (const Signature &signature : storedSignatures(ctx, domain, id)) {
            const QString tag = QString::number(signature.level) + signature.hash;
            if (seen.contains(tag))
                continue;
            seen.insert(tag);
            const QStringList holders = holdersOf(ctx, domain, signature);
            if (holders.size() < 2 || holders.size() > kMaxHolders)
                continue;
            component.edges.append({signature.level, holders});
            for (const QString &holder : holders) {
                if (visited.contains(holder) ||
                    component.members.size() + queue.size() >= kMaxGroup)
                    continue;
                visited.insert(holder);
                queue.append(holder);
            }
        }
    }
    return component;
}

// Sets of a component's members connected by edges of level `maxLevel` or lower.
QList<QStringList> connectedUpTo(const Component &component, int maxLevel)
{
    QHash<QString, QString> parent;
    for (const QString &id : component.members)
        parent.insert(id, id);
    const auto find = [&parent](QString id) {
        while (parent.value(id) != id)
            id = parent.value(id);
        return id;
    };
    for (const Edge &edge : component.edges) {
        if (edge.level > maxLevel)
            continue;
        for (const QString &holder : edge.holders) {
            if (parent.contains(holder) && parent.contains(edge.holders.first()))
                parent.insert(find(holder), find(edge.holders.first()));
        }
    }
    QHash<QString, QStringList> sets;
    for (const QString &id : component.members)
        sets[find(id)].append(id);
    QList<QStringList> out;
    for (QStringList &set : sets) {
        std::sort(set.begin(), set.end());
        out.append(set);
    }
    return out;
}

// The lowest rule level whose rules (with those below it) connect every member.
int ruleLevelOf(const Component &component)
{
    int level = 1;
    for (const Edge &edge : component.edges)
        level = std::max(level, edge.level);
    for (int candidate = 1; candidate < level; ++candidate) {
        if (connectedUpTo(component, candidate).size() == 1)
            return candidate;
    }
    return level;
}

bool writeGroup(Context &ctx, const QString &domain, const QString &matchId, int level,
                const QStringList &members)
{
    Query g = ctx.query("INSERT OR REPLACE INTO match_groups (domain, match_id, rule_level,"
                        " profile_count, updated_at) VALUES (?, ?, ?, ?, ?)");
    g.bind(domain).bind(matchId).bind(level).bind(int(members.size())).bind(ctx.nowMs);
    if (!g.exec())
        return false;
    for (const QString &id : members) {
        Query m = ctx.query(
            "INSERT OR REPLACE INTO match_members (domain, profile_id, match_id) VALUES (?, ?, ?)");
        m.bind(domain).bind(id).bind(matchId);
        if (!m.exec())
            return false;
    }
    return true;
}

// Drops the groups the components' members were in and writes the components as groups,
// each keeping the (smallest) MatchId one of its members had. `aloneBefore`: the only seed
// was in no group, so a component of it alone changes nothing.
bool regroup(Context &ctx, const QString &domain, const RuleSet &rules, const QStringList &seeds,
             bool aloneBefore)
{
    QSet<QString> visited;
    QList<Component> components;
    for (const QString &seed : seeds) {
        if (!visited.contains(seed))
            components.append(explore(ctx, domain, seed, visited));
    }
    if (aloneBefore && components.size() == 1 && components.first().members.size() == 1)
        return true;
    QHash<QString, QString> oldGroup; // member -> MatchId before
    for (const Component &component : std::as_const(components)) {
        for (const QString &id : component.members) {
            if (const QString matchId = groupOf(ctx, domain, id); !matchId.isNull())
                oldGroup.insert(id, matchId);
        }
    }
    for (const QString &matchId : QSet<QString>(oldGroup.begin(), oldGroup.end())) {
        Query d = ctx.query("DELETE FROM match_groups WHERE domain = ? AND match_id = ?");
        d.bind(domain).bind(matchId);
        Query m = ctx.query("DELETE FROM match_members WHERE domain = ? AND match_id = ?");
        m.bind(domain).bind(matchId);
        if (!d.exec() || !m.exec())
            return false;
    }
    QSet<QString> reused;
    for (const Component &component : std::as_const(components)) {
        if (component.members.size() < 2)
            continue;
        QString matchId;
        for (const QString &id : component.members) {
            const QString old = oldGroup.value(id);
            if (!old.isNull() && !reused.contains(old) && (matchId.isNull() || old < matchId))
                matchId = old;
        }
        if (matchId.isNull())
            matchId = QUuid::createUuid().toString(QUuid::Id128);
        reused.insert(matchId);
        if (!writeGroup(ctx, domain, matchId, ruleLevelOf(component), component.members))
            return false;
        if (rules.mergeLevel <= 0)
            continue;
        for (const QStringList &set : connectedUpTo(component, rules.mergeLevel)) {
            if (set.size() > 1)
                ctx.autoMerges.append({domain, set});
        }
    }
    return true;
}

bool clearDomainMatches(Context &ctx, const QString &domain)
{
    for (const Sql sql : {Sql("DELETE FROM match_index WHERE domain = ?"),
                          Sql("DELETE FROM match_groups WHERE domain = ?"),
                          Sql("DELETE FROM match_members WHERE domain = ?"),
                          Sql("DELETE FROM match_state WHERE domain = ?")}) {
        Query q = ctx.query(sql);
        q.bind(domain);
        if (!q.exec())
            return false;
    }
    return true;
}

// Every profile's signatures, then the groups of those that share one.
bool rebuildDomain(Context &ctx, const QString &domain, const RuleSet &rules)
{
    {
        Query q = ctx.query("SELECT id, data FROM profiles WHERE domain = ?");
        q.bind(domain);
        if (!q.exec())
            return false;
        while (q.next()) {
            if (!insertSignatures(ctx, domain, q.text(0),
                                  signaturesOf(rules, parseObject(q.text(1)))))
                return false;
        }
    }
    QStringList seeds;
    {
        Query q = ctx.query(
            "SELECT DISTINCT profile_id FROM match_index WHERE domain = ? AND (level, signature)"
            " IN (SELECT level, signature FROM match_index WHERE domain = ? GROUP BY level,"
            " signature HAVING COUNT(*) BETWEEN 2 AND ?)");
        q.bind(domain).bind(domain).bind(kMaxHolders);
        if (!q.exec())
            return false;
        while (q.next())
            seeds.append(q.text(0));
    }
    return regroup(ctx, domain, rules, seeds, false);
}

} // namespace

RuleSet domainRules(Context &ctx, const QString &domain)
{
    // Parsed once per thread and text: every profile write asks.
    thread_local QHash<QString, std::shared_ptr<const RuleSet>> cache;
    const QString text = rulesText(ctx, domain);
    const auto cached = cache.constFind(domain);
    if (cached != cache.constEnd() && (*cached)->config == text)
        return **cached;
    auto parsed = std::make_shared<const RuleSet>(RuleSet::parse(text));
    if (cache.size() > 256)
        cache.clear();
    cache.insert(domain, parsed);
    return *parsed;
}

bool matchProfileSaved(Context &ctx, const QString &domain, const QString &profileId,
                       const QJsonObject &before, const QJsonObject &after, bool isNew)
{
    const RuleSet rules = domainRules(ctx, domain);
    if (!rules.enabled || rules.rules.isEmpty())
        return true;
    const QList<Signature> signatures = signaturesOf(rules, after);
    if (!isNew && signatures == signaturesOf(rules, before))
        return true; // nothing a rule compares changed
    QStringList seeds{profileId};
    bool aloneBefore = true;
    if (!isNew) {
        const QString matchId = groupOf(ctx, domain, profileId);
        if (!matchId.isNull()) {
            seeds += membersOf(ctx, domain, matchId); // the group it may leave
            aloneBefore = false;
        }
        Query d = ctx.query("DELETE FROM match_index WHERE domain = ? AND profile_id = ?");
        d.bind(domain).bind(profileId);
        if (!d.exec())
            return false;
    }
    return insertSignatures(ctx, domain, profileId, signatures) &&
           regroup(ctx, domain, rules, seeds, aloneBefore);
}

bool matchProfileDeleted(Context &ctx, const QString &domain, const QString &profileId)
{
    const QString matchId = groupOf(ctx, domain, profileId);
    for (const Sql sql : {Sql("DELETE FROM match_index WHERE domain = ? AND profile_id = ?"),
                          Sql("DELETE FROM match_members WHERE domain = ? AND profile_id = ?")}) {
        Query q = ctx.query(sql);
        q.bind(domain).bind(profileId);
        if (!q.exec())
            return false;
    }
    if (matchId.isNull())
        return true;
    const RuleSet rules = domainRules(ctx, domain);
    return regroup(ctx, domain, rules, membersOf(ctx, domain, matchId), false);
}

bool refreshDomainMatches(Context &ctx, const QString &domain)
{
    const RuleSet rules = domainRules(ctx, domain);
    const QString wanted = rules.enabled ? rules.config : QString();
    Query state = ctx.query("SELECT config FROM match_state WHERE domain = ?");
    state.bind(domain);
    if (!state.exec())
        return false;
    const QString built = state.next() ? state.text(0) : QString();
    if (built == wanted)
        return true;
    if (!clearDomainMatches(ctx, domain))
        return false;
    if (!rules.enabled)
        return true;
    Query q = ctx.query("INSERT INTO match_state (domain, config) VALUES (?, ?)");
    q.bind(domain).bind(wanted);
    return q.exec() && rebuildDomain(ctx, domain, rules);
}

namespace handlers {
namespace {

const QString kDomainName = QStringLiteral("DomainName");

std::optional<ApiResult> requireRuleBasedMatching(Context &ctx, const QString &domain)
{
    if (auto missing = requireDomain(ctx, domain))
        return missing;
    if (!domainRules(ctx, domain).enabled)
        return ApiResult::badRequest(
            QStringLiteral("Rule-based matching is not enabled for domain %1 (RuleBasedMatching "
                           "Enabled is false or not set).")
                .arg(domain));
    return std::nullopt;
}

// Lists of strings paged as paginate() pages items: {"v": value}.
QJsonArray values(const QJsonArray &items)
{
    QJsonArray out;
    for (const QJsonValue &item : items)
        out.append(item.toObject().value(QStringLiteral("v")));
    return out;
}

ApiResult listRuleBasedMatches(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto refused = requireRuleBasedMatching(ctx, domain))
        return *refused;
    ApiResult page =
        paginate(input, QStringLiteral("matches/") + domain,
                 [&](const QString &after, int rows, QList<PageRow> &out) {
                     Query q =
                         ctx.query("SELECT match_id FROM match_groups WHERE domain = ?"
                                   " AND match_id > COALESCE(?, '') ORDER BY match_id LIMIT ?");
                     q.bind(domain).bind(after).bind(rows);
                     if (!q.exec())
                         return ApiResult::internal(QStringLiteral("The store could not be read."));
                     while (q.next())
                         out.append({q.text(0), QJsonObject{{QStringLiteral("v"), q.text(0)}}});
                     return ApiResult::success();
                 });
    if (page.ok())
        page.body.insert(QStringLiteral("MatchIds"),
                         values(page.body.take(QStringLiteral("Items")).toArray()));
    return page;
}

// The documentation does not name GetSimilarProfiles' search keys: a profile id or a MatchId.
enum class SimilarKey { ProfileId, MatchId, Unknown };
SimilarKey similarKey(const QString &name)
{
    const QString bare = name.startsWith(QLatin1Char('_')) ? name.mid(1) : name;
    if (bare == QStringLiteral("profileId"))
        return SimilarKey::ProfileId;
    if (bare == QStringLiteral("matchId"))
        return SimilarKey::MatchId;
    return SimilarKey::Unknown;
}

ApiResult similarGroup(Context &ctx, const QJsonObject &input, const QString &domain,
                       const QString &matchId, int level)
{
    ApiResult page =
        paginate(input, QStringLiteral("similar/%1/%2").arg(domain, matchId),
                 [&](const QString &after, int rows, QList<PageRow> &out) {
                     Query q = ctx.query("SELECT profile_id FROM match_members WHERE domain = ? AND"
                                         " match_id = ? AND profile_id > COALESCE(?, '')"
                                         " ORDER BY profile_id LIMIT ?");
                     q.bind(domain).bind(matchId).bind(after).bind(rows);
                     if (!q.exec())
                         return ApiResult::internal(QStringLiteral("The store could not be read."));
                     while (q.next())
                         out.append({q.text(0), QJsonObject{{QStringLiteral("v"), q.text(0)}}});
                     return ApiResult::success();
                 });
    if (!page.ok())
        return page;
    page.body.insert(QStringLiteral("ProfileIds"),
                     values(page.body.take(QStringLiteral("Items")).toArray()));
    page.body.insert(QStringLiteral("MatchId"), matchId);
    page.body.insert(QStringLiteral("RuleLevel"), level);
    page.body.insert(QStringLiteral("MatchType"), QStringLiteral("RULE_BASED_MATCHING"));
    return page;
}

ApiResult getSimilarProfiles(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString matchType = input.value(QStringLiteral("MatchType")).toString();
    const QString keyName = input.value(QStringLiteral("SearchKey")).toString();
    const QString value = input.value(QStringLiteral("SearchValue")).toString();
    const SimilarKey key = similarKey(keyName);
    if (key == SimilarKey::Unknown)
        return ApiResult::badRequest(
            QStringLiteral("SearchKey %1 is not known: use _profileId (or profileId) with a "
                           "profile id, or _matchId (or matchId) with a MatchId.")
                .arg(keyName));
    const auto noGroup = [&] {
        return ApiResult::success({{QStringLiteral("ProfileIds"), QJsonArray()},
                                   {QStringLiteral("MatchType"), matchType}});
    };
    if (key == SimilarKey::ProfileId) {
        Query p = ctx.query("SELECT 1 FROM profiles WHERE domain = ? AND id = ?");
        p.bind(domain).bind(value);
        if (!p.exec())
            return ApiResult::internal(QStringLiteral("The store could not be read."));
        if (!p.next())
            return ApiResult::notFound(
                QStringLiteral("Profile %1 does not exist in domain %2.").arg(value, domain));
    }
    if (matchType != QStringLiteral("RULE_BASED_MATCHING")) {
        if (key == SimilarKey::MatchId) // ML matching has not run: it has made no groups
            return ApiResult::notFound(QStringLiteral("No ML-based match %1 in domain %2: ML "
                                                      "matching has not run locally.")
                                           .arg(value, domain));
        return noGroup();
    }
    if (auto refused = requireRuleBasedMatching(ctx, domain))
        return *refused;
    const QString matchId = key == SimilarKey::MatchId ? value : groupOf(ctx, domain, value);
    if (matchId.isNull())
        return noGroup(); // a profile that matches no other
    Query g = ctx.query("SELECT rule_level FROM match_groups WHERE domain = ? AND match_id = ?");
    g.bind(domain).bind(matchId);
    if (!g.exec())
        return ApiResult::internal(QStringLiteral("The store could not be read."));
    if (!g.next())
        return ApiResult::notFound(
            QStringLiteral("Domain %1 has no rule-based match %2.").arg(domain, matchId));
    return similarGroup(ctx, input, domain, matchId, int(g.integer(0)));
}

std::optional<ApiResult> requireMatchingEnabled(Context &ctx, const QString &domain)
{
    if (auto missing = requireDomain(ctx, domain))
        return missing;
    Query q = ctx.query("SELECT json_extract(extra, '$.Matching.Enabled') FROM domains"
                        " WHERE name = ?");
    q.bind(domain);
    if (!q.exec() || !q.next())
        return ApiResult::internal(QStringLiteral("The store could not be read."));
    if (q.integer(0) != 1)
        return ApiResult::badRequest(
            QStringLiteral("Identity resolution is not enabled for domain %1: set Matching "
                           "Enabled to true with CreateDomain or UpdateDomain.")
                .arg(domain));
    return std::nullopt;
}

// ML matching runs weekly as an Identity Resolution Job; locally none ever ran.
ApiResult getMatches(Context &ctx, const QJsonObject &input)
{
    if (auto refused = requireMatchingEnabled(ctx, input.value(kDomainName).toString()))
        return *refused;
    return ApiResult::success(
        {{QStringLiteral("Matches"), QJsonArray()}, {QStringLiteral("PotentialMatches"), 0}});
}

ApiResult getAutoMergingPreview(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto refused = requireMatchingEnabled(ctx, domain))
        return *refused;
    const QJsonObject conflict = input.value(QStringLiteral("ConflictResolution")).toObject();
    if (conflict.value(QStringLiteral("ConflictResolvingModel")).toString() ==
            QStringLiteral("SOURCE") &&
        conflict.value(QStringLiteral("SourceName")).toString().isEmpty())
        return ApiResult::badRequest(QStringLiteral(
            "ConflictResolution SOURCE needs a SourceName (the object type to prefer)."));
    return ApiResult::success({{kDomainName, domain},
                               {QStringLiteral("NumberOfMatchesInSample"), 0},
                               {QStringLiteral("NumberOfProfilesInSample"), 0},
                               {QStringLiteral("NumberOfProfilesWillBeMerged"), 0}});
}

bool deleteDomainMatches(Context &ctx, const QString &domain)
{
    return clearDomainMatches(ctx, domain);
}

// Stores indexed by a cplocal before schema 3 (or whose rules changed without UpdateDomain)
// are rebuilt here: the purge runs at start and every minute.
int refreshAllDomains(Context &ctx)
{
    QStringList domains;
    {
        Query q = ctx.query("SELECT name FROM domains");
        if (!q.exec())
            return -1;
        while (q.next())
            domains.append(q.text(0));
    }
    for (const QString &domain : std::as_const(domains)) {
        if (!refreshDomainMatches(ctx, domain))
            return -1;
    }
    return runAutoMerges(ctx).ok() ? 0 : -1;
}

} // namespace
} // namespace handlers

Area areas::matching()
{
    Area area;
    area.handlers = {
        {"ListRuleBasedMatches", handlers::listRuleBasedMatches, Access::Read},
        {"GetSimilarProfiles", handlers::getSimilarProfiles, Access::Read},
        {"GetMatches", handlers::getMatches, Access::Read},
        {"GetAutoMergingPreview", handlers::getAutoMergingPreview, Access::Read},
    };
    area.deleteDomain = handlers::deleteDomainMatches;
    area.purgeExpired = handlers::refreshAllDomains;
    return area;
}

} // namespace cp::emulator
