// Domains: create, read (with Stats), update what is given, delete everything, list.
#include "engine.h"

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
    QJsonObject out = modelledMembers(ctx.model, op->input, input);
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
    QSqlQuery &q =
        ctx.sql("SELECT default_expiration_days, default_encryption_key, dead_letter_queue_url,"
                " created_at, updated_at, extra FROM domains WHERE name = ?");
    q.addBindValue(name);
    if (!run(q) || !q.next())
        return std::nullopt;
    QJsonObject out = answeredExtras(ctx, parseObject(q.value(5).toString()));
    out.insert(kDomainName, name);
    out.insert(QStringLiteral("DefaultExpirationDays"), q.value(0).toInt());
    out.insert(QStringLiteral("CreatedAt"), wireTime(q.value(3).toLongLong()));
    out.insert(QStringLiteral("LastUpdatedAt"), wireTime(q.value(4).toLongLong()));
    if (!q.value(1).isNull())
        out.insert(QStringLiteral("DefaultEncryptionKey"), q.value(1).toString());
    if (!q.value(2).isNull())
        out.insert(QStringLiteral("DeadLetterQueueUrl"), q.value(2).toString());
    const QJsonObject tags = readTags(ctx, ctx.domainArn(name));
    if (!tags.isEmpty())
        out.insert(QStringLiteral("Tags"), tags);
    return out;
}

// Kept by triggers (schema version 2): a profile meters as 1, plus 1 for every started
// hundred objects past the first hundred.
QJsonObject domainStats(Context &ctx, const QString &name)
{
    QSqlQuery &q =
        ctx.sql("SELECT profiles, metering, objects, size FROM domain_stats WHERE domain = ?");
    q.addBindValue(name);
    qint64 profiles = 0, metering = 0, objects = 0, size = 0;
    if (run(q) && q.next()) {
        profiles = q.value(0).toLongLong();
        metering = q.value(1).toLongLong();
        objects = q.value(2).toLongLong();
        size = q.value(3).toLongLong();
    }
    return {{QStringLiteral("ProfileCount"), profiles},
            {QStringLiteral("MeteringProfileCount"), metering},
            {QStringLiteral("ObjectCount"), objects},
            {QStringLiteral("TotalSize"), size}};
}

QVariant optionalText(const QJsonObject &input, const QString &key)
{
    const QJsonValue v = input.value(key);
    if (!v.isString() || v.toString().isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return v.toString();
}

} // namespace

ApiResult createDomain(Context &ctx, const QJsonObject &input)
{
    const QString name = input.value(kDomainName).toString();
    if (loadDomain(ctx, name))
        return ApiResult::badRequest(QStringLiteral("Domain %1 already exists.").arg(name));
    QSqlQuery &q = ctx.sql(
        "INSERT INTO domains (name, default_expiration_days, default_encryption_key,"
        " dead_letter_queue_url, extra, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.addBindValue(name);
    q.addBindValue(input.value(QStringLiteral("DefaultExpirationDays")).toInt());
    q.addBindValue(optionalText(input, QStringLiteral("DefaultEncryptionKey")));
    q.addBindValue(optionalText(input, QStringLiteral("DeadLetterQueueUrl")));
    q.addBindValue(compactJson(extraMembers(ctx, u"CreateDomain", input)));
    q.addBindValue(ctx.nowMs);
    q.addBindValue(ctx.nowMs);
    if (!run(q))
        return ApiResult::internal(QStringLiteral("The domain could not be stored."));
    const ApiResult tagged =
        writeTags(ctx, ctx.domainArn(name), input.value(QStringLiteral("Tags")).toObject());
    if (!tagged.ok())
        return tagged;
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
    if (input.contains(QStringLiteral("DefaultExpirationDays"))) {
        QSqlQuery &q = ctx.sql("UPDATE domains SET default_expiration_days = ? WHERE name = ?");
        q.addBindValue(input.value(QStringLiteral("DefaultExpirationDays")).toInt());
        q.addBindValue(name);
        run(q);
    }
    if (input.contains(QStringLiteral("DefaultEncryptionKey"))) {
        QSqlQuery &q = ctx.sql("UPDATE domains SET default_encryption_key = ? WHERE name = ?");
        q.addBindValue(optionalText(input, QStringLiteral("DefaultEncryptionKey")));
        q.addBindValue(name);
        run(q);
    }
    if (input.contains(QStringLiteral("DeadLetterQueueUrl"))) {
        QSqlQuery &q = ctx.sql("UPDATE domains SET dead_letter_queue_url = ? WHERE name = ?");
        q.addBindValue(optionalText(input, QStringLiteral("DeadLetterQueueUrl")));
        q.addBindValue(name);
        run(q);
    }
    // Matching, RuleBasedMatching, DataStore...: each one given replaces the stored one whole.
    const QJsonObject given = extraMembers(ctx, u"UpdateDomain", input);
    if (!given.isEmpty()) {
        QSqlQuery &read = ctx.sql("SELECT extra FROM domains WHERE name = ?");
        read.addBindValue(name);
        QJsonObject extra =
            run(read) && read.next() ? parseObject(read.value(0).toString()) : QJsonObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            extra.insert(it.key(), it.value());
        QSqlQuery &q = ctx.sql("UPDATE domains SET extra = ? WHERE name = ?");
        q.addBindValue(compactJson(extra));
        q.addBindValue(name);
        if (!run(q))
            return ApiResult::internal(QStringLiteral("The domain could not be updated."));
    }
    QSqlQuery &touch = ctx.sql("UPDATE domains SET updated_at = ? WHERE name = ?");
    touch.addBindValue(ctx.nowMs);
    touch.addBindValue(name);
    if (!run(touch))
        return ApiResult::internal(QStringLiteral("The domain could not be updated."));
    const ApiResult tagged =
        writeTags(ctx, ctx.domainArn(name), input.value(QStringLiteral("Tags")).toObject());
    if (!tagged.ok())
        return tagged;
    return ApiResult::success(*loadDomain(ctx, name));
}

ApiResult deleteDomain(Context &ctx, const QJsonObject &input)
{
    const QString name = input.value(kDomainName).toString();
    if (!loadDomain(ctx, name))
        return ApiResult::notFound(QStringLiteral("Domain %1 does not exist.").arg(name));
    static const char *const statements[] = {
        "DELETE FROM objects WHERE domain = ?",      "DELETE FROM profile_keys WHERE domain = ?",
        "DELETE FROM profiles WHERE domain = ?",     "DELETE FROM object_types WHERE domain = ?",
        "DELETE FROM integrations WHERE domain = ?", "DELETE FROM domains WHERE name = ?"};
    for (const char *sql : statements) {
        QSqlQuery &q = ctx.sql(sql);
        q.addBindValue(name);
        if (!run(q))
            return ApiResult::internal(QStringLiteral("The domain could not be deleted."));
    }
    deleteTags(ctx, ctx.domainArn(name));
    return ApiResult::success(
        {{QStringLiteral("Message"), QStringLiteral("Domain %1 was deleted.").arg(name)}});
}

ApiResult listDomains(Context &ctx, const QJsonObject &input)
{
    QString after;
    if (input.contains(QStringLiteral("NextToken"))) {
        const auto position = readNextToken(QStringLiteral("domains"),
                                            input.value(QStringLiteral("NextToken")).toString());
        if (!position)
            return ApiResult::badRequest(QStringLiteral("The NextToken is not valid."));
        after = *position;
    }
    const int limit = pageSize(input);
    // The first page has a null `after`, which binds as SQL NULL (`name > NULL` matches nothing).
    QSqlQuery &q = ctx.sql("SELECT name, created_at, updated_at FROM domains"
                           " WHERE name > COALESCE(?, '') ORDER BY name LIMIT ?");
    q.addBindValue(after);
    q.addBindValue(limit + 1);
    if (!run(q))
        return ApiResult::internal(QStringLiteral("The store could not be read."));
    QJsonArray items;
    QString last;
    bool more = false;
    while (q.next()) {
        if (items.size() == limit) {
            more = true;
            break;
        }
        last = q.value(0).toString();
        items.append(
            QJsonObject{{kDomainName, last},
                        {QStringLiteral("CreatedAt"), wireTime(q.value(1).toLongLong())},
                        {QStringLiteral("LastUpdatedAt"), wireTime(q.value(2).toLongLong())}});
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        const QJsonObject tags = readTags(ctx, ctx.domainArn(item.value(kDomainName).toString()));
        if (!tags.isEmpty())
            item.insert(QStringLiteral("Tags"), tags);
        items.replace(i, item);
    }
    QJsonObject out{{QStringLiteral("Items"), items}};
    if (more)
        out.insert(QStringLiteral("NextToken"), makeNextToken(QStringLiteral("domains"), last));
    return ApiResult::success(out);
}

} // namespace cp::emulator::handlers

namespace cp::emulator {

QList<HandlerEntry> areas::domains()
{
    return {
        {"CreateDomain", handlers::createDomain, Access::Write},
        {"GetDomain", handlers::getDomain, Access::Read},
        {"UpdateDomain", handlers::updateDomain, Access::Write},
        {"DeleteDomain", handlers::deleteDomain, Access::Write},
        {"ListDomains", handlers::listDomains, Access::Read},
    };
}

} // namespace cp::emulator
