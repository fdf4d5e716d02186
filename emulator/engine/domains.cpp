// Domains: create, read (with Stats), update what is given, delete everything, list.
#include "engine.h"
#include "matching.h"
#include "tags.h"

namespace cp::emulator::handlers {
namespace {

const QString kDomainName = QStringLiteral("DomainName");
const QString kEnabled = QStringLiteral("Enabled");

// The request members a domain keeps in its `extra` column: those the model defines
// beyond the ones with columns of their own and the tags (Matching, RuleBasedMatching,
// DataStore, and whatever a later release adds).
QJsonObject extraMembers(Context &ctx, QStringView operation, const QJsonObject &input)
{
    const schema::Operation *op = ctx.model.operation(operation);
    if (!op)
        return {};
    QJsonObject out = ctx.model.conformed(op->input, input).toObject();
    for (const char *member : {"DomainName", "DefaultExpirationDays", "DefaultEncryptionKey",
                               "DeadLetterQueueUrl", "Tags"})
        out.remove(QLatin1String(member));
    return out;
}

// The stored members as the answers give them, with what the service adds of its own:
// rule-based matching is ACTIVE once enabled (there is no data to evaluate first, as for
// the service's new domains), and an enabled data store is ready.
QJsonObject answeredExtras(Context &ctx, const QJsonObject &extra)
{
    QJsonObject out = ctx.model.membersOf(u"GetDomainResponse", extra);
    const auto enabled = [](const QJsonObject &o) { return o.value(kEnabled).toBool(); };
    if (out.contains(QStringLiteral("RuleBasedMatching"))) {
        QJsonObject rules = out.value(QStringLiteral("RuleBasedMatching")).toObject();
        if (enabled(rules))
            rules.insert(QStringLiteral("Status"), QStringLiteral("ACTIVE"));
        out.insert(QStringLiteral("RuleBasedMatching"), rules);
    }
    if (out.contains(QStringLiteral("DataStore"))) {
        QJsonObject store = out.value(QStringLiteral("DataStore")).toObject();
        if (enabled(store))
            store.insert(QStringLiteral("Readiness"),
                         QJsonObject{{QStringLiteral("ProgressPercentage"), 100}});
        out.insert(QStringLiteral("DataStore"), store);
    }
    return out;
}

std::optional<QJsonObject> loadDomain(Context &ctx, const QString &name)
{
    Query q = ctx.query("SELECT default_expiration_days, default_encryption_key,"
                        " dead_letter_queue_url, created_at, updated_at, extra FROM domains"
                        " WHERE name = ?");
    q.bind(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QJsonObject out = answeredExtras(ctx, parseObject(q.text(5)));
    out.insert(kDomainName, name);
    out.insert(QStringLiteral("DefaultExpirationDays"), int(q.integer(0)));
    out.insert(QStringLiteral("CreatedAt"), wireTime(q.integer(3)));
    out.insert(QStringLiteral("LastUpdatedAt"), wireTime(q.integer(4)));
    if (!q.isNull(1))
        out.insert(QStringLiteral("DefaultEncryptionKey"), q.text(1));
    if (!q.isNull(2))
        out.insert(QStringLiteral("DeadLetterQueueUrl"), q.text(2));
    const QJsonObject tags = readTags(ctx, ctx.arn(schema::Arn::Kind::Domain, name));
    if (!tags.isEmpty())
        out.insert(QStringLiteral("Tags"), tags);
    return out;
}

// Kept by triggers (schema version 2): a profile meters as 1, plus 1 for every started
// hundred objects past the first hundred.
QJsonObject domainStats(Context &ctx, const QString &name)
{
    Query q =
        ctx.query("SELECT profiles, metering, objects, size FROM domain_stats WHERE domain = ?");
    q.bind(name);
    qint64 profiles = 0, metering = 0, objects = 0, size = 0;
    if (q.exec() && q.next()) {
        profiles = q.integer(0);
        metering = q.integer(1);
        objects = q.integer(2);
        size = q.integer(3);
    }
    return {{QStringLiteral("ProfileCount"), profiles},
            {QStringLiteral("MeteringProfileCount"), metering},
            {QStringLiteral("ObjectCount"), objects},
            {QStringLiteral("TotalSize"), size}};
}

// A null string (bound as NULL) for an absent or empty text.
QString optionalText(const QJsonObject &input, const QString &key)
{
    const QJsonValue v = input.value(key);
    if (!v.isString() || v.toString().isEmpty())
        return QString();
    return v.toString();
}

bool domainExists(Context &ctx, const schema::Arn &arn)
{
    return !requireDomain(ctx, arn.domain);
}

bool deleteDomainRow(Context &ctx, const QString &domain)
{
    Query q = ctx.query("DELETE FROM domains WHERE name = ?");
    q.bind(domain);
    return q.exec();
}

} // namespace

// RuleBasedMatching's rules are checked beyond the model (attribute names, SOURCE's name).
std::optional<ApiResult> checkMatching(const QJsonObject &input)
{
    const QJsonValue rules = input.value(QStringLiteral("RuleBasedMatching"));
    return rules.isObject() ? checkRuleBasedMatching(rules.toObject()) : std::nullopt;
}

ApiResult createDomain(Context &ctx, const QJsonObject &input)
{
    const QString name = input.value(kDomainName).toString();
    if (auto refused = checkMatching(input))
        return *refused;
    if (loadDomain(ctx, name))
        return ApiResult::badRequest(QStringLiteral("Domain %1 already exists.").arg(name));
    Query q = ctx.query(
        "INSERT INTO domains (name, default_expiration_days, default_encryption_key,"
        " dead_letter_queue_url, extra, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(name).bind(input.value(QStringLiteral("DefaultExpirationDays")).toInt());
    q.bind(optionalText(input, QStringLiteral("DefaultEncryptionKey")));
    q.bind(optionalText(input, QStringLiteral("DeadLetterQueueUrl")));
    q.bind(compactJson(extraMembers(ctx, u"CreateDomain", input)));
    q.bind(ctx.nowMs).bind(ctx.nowMs);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The domain could not be stored."));
    const ApiResult tagged = writeTags(ctx, ctx.arn(schema::Arn::Kind::Domain, name),
                                       input.value(QStringLiteral("Tags")).toObject());
    if (!tagged.ok())
        return tagged;
    if (!refreshDomainMatches(ctx, name))
        return ApiResult::internal(QStringLiteral("The domain's matching could not be set up."));
    return ApiResult::success(*loadDomain(ctx, name));
}

ApiResult getDomain(Context &ctx, const QJsonObject &input)
{
    const QString name = input.value(kDomainName).toString();
    std::optional<QJsonObject> domain = loadDomain(ctx, name);
    if (!domain)
        return ApiResult::notFound(QStringLiteral("Domain %1 does not exist.").arg(name));
    domain->insert(QStringLiteral("Stats"), domainStats(ctx, name));
    return ApiResult::success(*domain);
}

// Only the members given change; an empty string clears an optional text.
ApiResult updateDomain(Context &ctx, const QJsonObject &input)
{
    const QString name = input.value(kDomainName).toString();
    if (!loadDomain(ctx, name))
        return ApiResult::notFound(QStringLiteral("Domain %1 does not exist.").arg(name));
    if (auto refused = checkMatching(input))
        return *refused;
    const auto failed = [] {
        return ApiResult::internal(QStringLiteral("The domain could not be updated."));
    };
    if (input.contains(QStringLiteral("DefaultExpirationDays"))) {
        Query q = ctx.query("UPDATE domains SET default_expiration_days = ? WHERE name = ?");
        q.bind(input.value(QStringLiteral("DefaultExpirationDays")).toInt()).bind(name);
        if (!q.exec())
            return failed();
    }
    if (input.contains(QStringLiteral("DefaultEncryptionKey"))) {
        Query q = ctx.query("UPDATE domains SET default_encryption_key = ? WHERE name = ?");
        q.bind(optionalText(input, QStringLiteral("DefaultEncryptionKey"))).bind(name);
        if (!q.exec())
            return failed();
    }
    if (input.contains(QStringLiteral("DeadLetterQueueUrl"))) {
        Query q = ctx.query("UPDATE domains SET dead_letter_queue_url = ? WHERE name = ?");
        q.bind(optionalText(input, QStringLiteral("DeadLetterQueueUrl"))).bind(name);
        if (!q.exec())
            return failed();
    }
    // Matching, RuleBasedMatching, DataStore...: each one given replaces the stored one whole.
    const QJsonObject given = extraMembers(ctx, u"UpdateDomain", input);
    if (!given.isEmpty()) {
        Query read = ctx.query("SELECT extra FROM domains WHERE name = ?");
        read.bind(name);
        if (!read.exec())
            return failed();
        QJsonObject extra = read.next() ? parseObject(read.text(0)) : QJsonObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            extra.insert(it.key(), it.value());
        Query q = ctx.query("UPDATE domains SET extra = ? WHERE name = ?");
        q.bind(compactJson(extra)).bind(name);
        if (!q.exec())
            return failed();
        // New rules regroup every profile of the domain now (and may merge some).
        if (!refreshDomainMatches(ctx, name))
            return failed();
    }
    Query touch = ctx.query("UPDATE domains SET updated_at = ? WHERE name = ?");
    touch.bind(ctx.nowMs).bind(name);
    if (!touch.exec())
        return failed();
    const ApiResult tagged = writeTags(ctx, ctx.arn(schema::Arn::Kind::Domain, name),
                                       input.value(QStringLiteral("Tags")).toObject());
    if (!tagged.ok())
        return tagged;
    return ApiResult::success(*loadDomain(ctx, name));
}

ApiResult deleteDomain(Context &ctx, const QJsonObject &input)
{
    const QString name = input.value(kDomainName).toString();
    if (!loadDomain(ctx, name))
        return ApiResult::notFound(QStringLiteral("Domain %1 does not exist.").arg(name));
    // Every area removes what it keeps of the domain (this one, the domain's row).
    for (const auto cleanup : ctx.registry->domainCleanups) {
        if (!cleanup(ctx, name))
            return ApiResult::internal(QStringLiteral("The domain could not be deleted."));
    }
    return ApiResult::success(
        {{QStringLiteral("Message"), QStringLiteral("Domain %1 was deleted.").arg(name)}});
}

ApiResult listDomains(Context &ctx, const QJsonObject &input)
{
    return paginate(
        input, QStringLiteral("domains"),
        [&ctx](const QString &after, int rows, QList<PageRow> &out) {
            Query q = ctx.query("SELECT name, created_at, updated_at FROM domains"
                                " WHERE name > COALESCE(?, '') ORDER BY name LIMIT ?");
            q.bind(after).bind(rows);
            if (!q.exec())
                return ApiResult::internal(QStringLiteral("The store could not be read."));
            while (q.next()) {
                const QString name = q.text(0);
                QJsonObject item{{kDomainName, name},
                                 {QStringLiteral("CreatedAt"), wireTime(q.integer(1))},
                                 {QStringLiteral("LastUpdatedAt"), wireTime(q.integer(2))}};
                const QJsonObject tags = readTags(ctx, ctx.arn(schema::Arn::Kind::Domain, name));
                if (!tags.isEmpty())
                    item.insert(QStringLiteral("Tags"), tags);
                out.append({name, item});
            }
            return ApiResult::success();
        });
}

} // namespace cp::emulator::handlers

namespace cp::emulator {

Area areas::domains()
{
    Area area;
    area.handlers = {
        {"CreateDomain", handlers::createDomain, Access::Write},
        {"GetDomain", handlers::getDomain, Access::Read},
        {"UpdateDomain", handlers::updateDomain, Access::Write},
        {"DeleteDomain", handlers::deleteDomain, Access::Write},
        {"ListDomains", handlers::listDomains, Access::Read},
    };
    area.taggable = {{schema::Arn::Kind::Domain, handlers::domainExists}};
    area.deleteDomain = handlers::deleteDomainRow;
    return area;
}

} // namespace cp::emulator
