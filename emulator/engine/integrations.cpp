// Integrations (the object types a source's flow feeds) and tags by ARN.
#include "engine.h"
#include "objecttypes.h"

namespace cp::emulator::handlers {
namespace {

const QString kDomainName = QStringLiteral("DomainName");
const QString kUri = QStringLiteral("Uri");

QJsonObject describeIntegration(Context &ctx, const QString &domain, const QString &uri,
                                const QJsonObject &definition, qint64 createdAt, qint64 updatedAt)
{
    // What the answers define of the stored request (a FlowDefinition is kept, not answered).
    QJsonObject out = ctx.model.membersOf(u"GetIntegrationResponse", definition);
    out.insert(kDomainName, domain);
    out.insert(kUri, uri);
    out.insert(QStringLiteral("CreatedAt"), wireTime(createdAt));
    out.insert(QStringLiteral("LastUpdatedAt"), wireTime(updatedAt));
    const QJsonObject tags = readTags(ctx, ctx.integrationArn(domain, uri));
    if (!tags.isEmpty())
        out.insert(QStringLiteral("Tags"), tags);
    return out;
}

std::optional<QJsonObject> loadIntegration(Context &ctx, const QString &domain, const QString &uri)
{
    QSqlQuery &q = ctx.sql(
        "SELECT definition, created_at, updated_at FROM integrations WHERE domain = ? AND uri = ?");
    q.addBindValue(domain);
    q.addBindValue(uri);
    if (!run(q) || !q.next())
        return std::nullopt;
    return describeIntegration(ctx, domain, uri, parseObject(q.value(0).toString()),
                               q.value(1).toLongLong(), q.value(2).toLongLong());
}

// Lists rows of a query whose columns are domain, uri, definition, created, updated.
ApiResult listRows(Context &ctx, QSqlQuery &q, const QString &listing, int limit)
{
    if (!run(q))
        return ApiResult::internal(QStringLiteral("The store could not be read."));
    QList<std::tuple<QString, QString, QJsonObject, qint64, qint64>> rows;
    while (q.next() && rows.size() <= limit)
        rows.append({q.value(0).toString(), q.value(1).toString(),
                     parseObject(q.value(2).toString()), q.value(3).toLongLong(),
                     q.value(4).toLongLong()});
    const bool more = rows.size() > limit;
    if (more)
        rows.resize(limit);
    QJsonArray items;
    for (const auto &[domain, uri, definition, created, updated] : rows)
        items.append(describeIntegration(ctx, domain, uri, definition, created, updated));
    QJsonObject out{{QStringLiteral("Items"), items}};
    if (more)
        out.insert(QStringLiteral("NextToken"),
                   makeNextToken(listing, std::get<0>(rows.last()) + QLatin1Char('\n') +
                                              std::get<1>(rows.last())));
    return ApiResult::success(out);
}

std::optional<std::pair<QString, QString>> listPosition(const QJsonObject &input,
                                                        const QString &listing, bool *valid)
{
    *valid = true;
    if (!input.contains(QStringLiteral("NextToken")))
        return std::pair(QString(), QString());
    const auto position =
        readNextToken(listing, input.value(QStringLiteral("NextToken")).toString());
    if (!position || !position->contains(QLatin1Char('\n'))) {
        *valid = false;
        return std::nullopt;
    }
    return std::pair(position->section(QLatin1Char('\n'), 0, 0),
                     position->section(QLatin1Char('\n'), 1));
}

// Which domain and resource an ARN of this endpoint names, if it exists.
std::optional<QString> resourceProblem(Context &ctx, const QString &arn)
{
    const QString prefix = QStringLiteral("arn:aws:profile:%1:%2:domains/")
                               .arg(ctx.options.region, ctx.options.accountId);
    if (!arn.startsWith(prefix))
        return QStringLiteral(
                   "%1 is not the ARN of a domain, object type or integration of this endpoint.")
            .arg(arn);
    const QString rest = arn.mid(prefix.size());
    const QString domain = rest.section(QLatin1Char('/'), 0, 0);
    const QString kind = rest.section(QLatin1Char('/'), 1, 1);
    const QString name = rest.section(QLatin1Char('/'), 2);
    if (requireDomain(ctx, domain))
        return QStringLiteral("Domain %1 does not exist.").arg(domain);
    if (kind.isEmpty() && name.isEmpty())
        return std::nullopt;
    if (kind == QStringLiteral("object-types") && loadObjectType(ctx, domain, name))
        return std::nullopt;
    if (kind == QStringLiteral("integrations") && loadIntegration(ctx, domain, name))
        return std::nullopt;
    return QStringLiteral("No resource has the ARN %1.").arg(arn);
}

} // namespace

ApiResult putIntegration(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString uri = input.value(kUri).toString();
    if (uri.isEmpty())
        return ApiResult::badRequest(QStringLiteral("Uri is required."));
    QStringList types;
    if (input.contains(QStringLiteral("ObjectTypeName")))
        types.append(input.value(QStringLiteral("ObjectTypeName")).toString());
    const QJsonObject names = input.value(QStringLiteral("ObjectTypeNames")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        types.append(it.value().toString());
    if (types.isEmpty())
        return ApiResult::badRequest(QStringLiteral("Give ObjectTypeName or ObjectTypeNames."));
    for (const QString &type : std::as_const(types)) {
        if (!loadObjectType(ctx, domain, type))
            return ApiResult::badRequest(
                QStringLiteral("Object type %1 does not exist in domain %2.").arg(type, domain));
    }
    // Every request member the model defines is kept (ObjectTypeName(s), RoleArn,
    // EventTriggerNames, Scope, FlowDefinition, a later release's), the domain, URI and
    // tags aside, which are stored apart. A PutIntegration replaces the whole definition.
    const schema::Operation *op = ctx.model.operation(u"PutIntegration");
    QJsonObject definition = op ? modelledMembers(ctx.model, op->input, input) : QJsonObject();
    for (const char *member : {"DomainName", "Uri", "Tags"})
        definition.remove(QLatin1String(member));
    // A FlowDefinition would make the service create an AppFlow flow; here it only says
    // that the integration came with one.
    if (input.contains(QStringLiteral("FlowDefinition")))
        definition.insert(QStringLiteral("IsUnstructured"), false);

    const std::optional<QJsonObject> existing = loadIntegration(ctx, domain, uri);
    const qint64 createdAt =
        existing ? qint64(existing->value(QStringLiteral("CreatedAt")).toDouble() * 1000.0 + 0.5)
                 : ctx.nowMs;
    QSqlQuery &q = ctx.sql(
        "INSERT OR REPLACE INTO integrations (domain, uri, definition, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)");
    q.addBindValue(domain);
    q.addBindValue(uri);
    q.addBindValue(compactJson(definition));
    q.addBindValue(createdAt);
    q.addBindValue(ctx.nowMs);
    if (!run(q))
        return ApiResult::internal(QStringLiteral("The integration could not be stored."));
    const ApiResult tagged = writeTags(ctx, ctx.integrationArn(domain, uri),
                                       input.value(QStringLiteral("Tags")).toObject());
    if (!tagged.ok())
        return tagged;
    return ApiResult::success(*loadIntegration(ctx, domain, uri));
}

ApiResult getIntegration(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString uri = input.value(kUri).toString();
    const auto found = loadIntegration(ctx, domain, uri);
    if (!found)
        return ApiResult::notFound(
            QStringLiteral("Domain %1 has no integration %2.").arg(domain, uri));
    return ApiResult::success(*found);
}

ApiResult deleteIntegration(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString uri = input.value(kUri).toString();
    if (!loadIntegration(ctx, domain, uri))
        return ApiResult::notFound(
            QStringLiteral("Domain %1 has no integration %2.").arg(domain, uri));
    QSqlQuery &q = ctx.sql("DELETE FROM integrations WHERE domain = ? AND uri = ?");
    q.addBindValue(domain);
    q.addBindValue(uri);
    if (!run(q))
        return ApiResult::internal(QStringLiteral("The integration could not be deleted."));
    deleteTags(ctx, ctx.integrationArn(domain, uri));
    return ApiResult::success(
        {{QStringLiteral("Message"), QStringLiteral("Integration %1 was deleted.").arg(uri)}});
}

ApiResult listIntegrations(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString listing = QStringLiteral("integrations/") + domain;
    bool valid = true;
    const auto position = listPosition(input, listing, &valid);
    if (!valid)
        return ApiResult::badRequest(QStringLiteral("The NextToken is not valid."));
    const int limit = pageSize(input);
    QSqlQuery &q =
        ctx.sql("SELECT domain, uri, definition, created_at, updated_at FROM integrations"
                " WHERE domain = ? AND uri > COALESCE(?, '') ORDER BY uri LIMIT ?");
    q.addBindValue(domain);
    q.addBindValue(position->second);
    q.addBindValue(limit + 1);
    return listRows(ctx, q, listing, limit);
}

ApiResult listAccountIntegrations(Context &ctx, const QJsonObject &input)
{
    const QString uri = input.value(kUri).toString();
    const QString listing = QStringLiteral("account-integrations/") + uri;
    bool valid = true;
    const auto position = listPosition(input, listing, &valid);
    if (!valid)
        return ApiResult::badRequest(QStringLiteral("The NextToken is not valid."));
    const int limit = pageSize(input);
    QSqlQuery &q =
        ctx.sql("SELECT domain, uri, definition, created_at, updated_at FROM integrations"
                " WHERE uri = ? AND domain > COALESCE(?, '') ORDER BY domain LIMIT ?");
    q.addBindValue(uri);
    q.addBindValue(position->first);
    q.addBindValue(limit + 1);
    return listRows(ctx, q, listing, limit);
}

ApiResult tagResource(Context &ctx, const QJsonObject &input)
{
    const QString arn = input.value(QStringLiteral("resourceArn")).toString();
    if (const auto problem = resourceProblem(ctx, arn))
        return ApiResult::notFound(*problem);
    const ApiResult tagged = writeTags(ctx, arn, input.value(QStringLiteral("tags")).toObject());
    return tagged.ok() ? ApiResult::success() : tagged;
}

ApiResult untagResource(Context &ctx, const QJsonObject &input)
{
    const QString arn = input.value(QStringLiteral("resourceArn")).toString();
    if (const auto problem = resourceProblem(ctx, arn))
        return ApiResult::notFound(*problem);
    const QJsonArray keys = input.value(QStringLiteral("tagKeys")).toArray();
    for (const QJsonValue &key : keys) {
        QSqlQuery &q = ctx.sql("DELETE FROM tags WHERE arn = ? AND key = ?");
        q.addBindValue(arn);
        q.addBindValue(key.toString());
        if (!run(q))
            return ApiResult::internal(QStringLiteral("The tags could not be removed."));
    }
    return ApiResult::success();
}

ApiResult listTagsForResource(Context &ctx, const QJsonObject &input)
{
    const QString arn = input.value(QStringLiteral("resourceArn")).toString();
    if (const auto problem = resourceProblem(ctx, arn))
        return ApiResult::notFound(*problem);
    return ApiResult::success({{QStringLiteral("tags"), readTags(ctx, arn)}});
}

} // namespace cp::emulator::handlers

namespace cp::emulator {

QList<HandlerEntry> areas::integrations()
{
    return {
        {"PutIntegration", handlers::putIntegration, Access::Write},
        {"GetIntegration", handlers::getIntegration, Access::Read},
        {"DeleteIntegration", handlers::deleteIntegration, Access::Write},
        {"ListIntegrations", handlers::listIntegrations, Access::Read},
        {"ListAccountIntegrations", handlers::listAccountIntegrations, Access::Read},
    };
}

} // namespace cp::emulator

namespace cp::emulator {

QList<HandlerEntry> areas::tags()
{
    return {
        {"TagResource", handlers::tagResource, Access::Write},
        {"UntagResource", handlers::untagResource, Access::Write},
        {"ListTagsForResource", handlers::listTagsForResource, Access::Read},
    };
}

} // namespace cp::emulator
