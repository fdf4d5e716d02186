// Integrations: the object types a source's flow feeds.
#include "engine.h"
#include "objecttypes.h"
#include "tags.h"

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
    const QJsonObject tags = readTags(ctx, ctx.arn(schema::Arn::Kind::Integration, domain, uri));
    if (!tags.isEmpty())
        out.insert(QStringLiteral("Tags"), tags);
    return out;
}

std::optional<QJsonObject> loadIntegration(Context &ctx, const QString &domain, const QString &uri)
{
    Query q = ctx.query(
        "SELECT definition, created_at, updated_at FROM integrations WHERE domain = ? AND uri = ?");
    q.bind(domain).bind(uri);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return describeIntegration(ctx, domain, uri, parseObject(q.text(0)), q.integer(1),
                               q.integer(2));
}

// Appends the rows of a query whose columns are domain, uri, definition, created,
// updated; the position of a row is its domain and URI.
ApiResult appendRows(Context &ctx, Query &q, QList<PageRow> &out)
{
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The store could not be read."));
    while (q.next()) {
        const QString domain = q.text(0);
        const QString uri = q.text(1);
        out.append({domain + QLatin1Char('\n') + uri,
                    describeIntegration(ctx, domain, uri, parseObject(q.text(2)), q.integer(3),
                                        q.integer(4))});
    }
    return ApiResult::success();
}

// A position's domain (part 0) or URI (part 1); null on the first page.
QString positionPart(const QString &after, int part)
{
    return after.isNull() ? QString() : after.section(QLatin1Char('\n'), part, part);
}

bool integrationExists(Context &ctx, const schema::Arn &arn)
{
    return loadIntegration(ctx, arn.domain, arn.name).has_value();
}

bool deleteDomainIntegrations(Context &ctx, const QString &domain)
{
    Query q = ctx.query("DELETE FROM integrations WHERE domain = ?");
    q.bind(domain);
    return q.exec();
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
    QJsonObject definition = op ? ctx.model.conformed(op->input, input).toObject() : QJsonObject();
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
    Query q = ctx.query(
        "INSERT OR REPLACE INTO integrations (domain, uri, definition, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)");
    q.bind(domain).bind(uri).bind(compactJson(definition)).bind(createdAt).bind(ctx.nowMs);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The integration could not be stored."));
    const ApiResult tagged = writeTags(ctx, ctx.arn(schema::Arn::Kind::Integration, domain, uri),
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
    Query q = ctx.query("DELETE FROM integrations WHERE domain = ? AND uri = ?");
    q.bind(domain).bind(uri);
    if (!q.exec() || !deleteTags(ctx, ctx.arn(schema::Arn::Kind::Integration, domain, uri)))
        return ApiResult::internal(QStringLiteral("The integration could not be deleted."));
    return ApiResult::success(
        {{QStringLiteral("Message"), QStringLiteral("Integration %1 was deleted.").arg(uri)}});
}

ApiResult listIntegrations(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const auto fetch = [&](const QString &after, int rows, QList<PageRow> &out) {
        Query q = ctx.query("SELECT domain, uri, definition, created_at, updated_at"
                            " FROM integrations WHERE domain = ? AND uri > COALESCE(?, '')"
                            " ORDER BY uri LIMIT ?");
        q.bind(domain).bind(positionPart(after, 1)).bind(rows);
        return appendRows(ctx, q, out);
    };
    return paginate(input, QStringLiteral("integrations/") + domain, fetch);
}

ApiResult listAccountIntegrations(Context &ctx, const QJsonObject &input)
{
    const QString uri = input.value(kUri).toString();
    const auto fetch = [&](const QString &after, int rows, QList<PageRow> &out) {
        Query q = ctx.query("SELECT domain, uri, definition, created_at, updated_at"
                            " FROM integrations WHERE uri = ? AND domain > COALESCE(?, '')"
                            " ORDER BY domain LIMIT ?");
        q.bind(uri).bind(positionPart(after, 0)).bind(rows);
        return appendRows(ctx, q, out);
    };
    return paginate(input, QStringLiteral("account-integrations/") + uri, fetch);
}

} // namespace cp::emulator::handlers

namespace cp::emulator {

Area areas::integrations()
{
    Area area;
    area.handlers = {
        {"PutIntegration", handlers::putIntegration, Access::Write},
        {"GetIntegration", handlers::getIntegration, Access::Read},
        {"DeleteIntegration", handlers::deleteIntegration, Access::Write},
        {"ListIntegrations", handlers::listIntegrations, Access::Read},
        {"ListAccountIntegrations", handlers::listAccountIntegrations, Access::Read},
    };
    area.taggable = {{schema::Arn::Kind::Integration, handlers::integrationExists}};
    area.deleteDomain = handlers::deleteDomainIntegrations;
    return area;
}

} // namespace cp::emulator
