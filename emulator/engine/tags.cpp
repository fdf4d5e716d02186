// Tags by ARN (TagResource, UntagResource, ListTagsForResource). Which resources can be
// tagged is the areas' business: each registers an ARN kind and how to tell that a
// resource of that kind exists (Area::taggable); this file knows none of them.
#include "tags.h"

#include "engine.h"

namespace cp::emulator {

namespace {

constexpr int kMaxTags = 50;

// Why an ARN names no resource of this endpoint, if it does not.
std::optional<QString> resourceProblem(Context &ctx, const QString &text)
{
    const std::optional<schema::Arn> arn = schema::Arn::parse(text);
    if (!arn || arn->region != ctx.options.region || arn->accountId != ctx.options.accountId ||
        arn->partition != schema::Arn::partitionOf(ctx.options.region))
        return QStringLiteral("%1 is not the ARN of a resource of this endpoint.").arg(text);
    const TaggableKind *kind = ctx.registry ? ctx.registry->taggableKind(arn->kind) : nullptr;
    if (!kind)
        return QStringLiteral("%1 is not the ARN of a resource that can be tagged.").arg(text);
    if (!kind->exists(ctx, *arn))
        return QStringLiteral("No resource has the ARN %1.").arg(text);
    return std::nullopt;
}

// Every resource of a domain, the domain's own tags included.
bool deleteDomainTags(Context &ctx, const QString &domain)
{
    const QString arn = ctx.arn(schema::Arn::Kind::Domain, domain).toString();
    Query q =
        ctx.query("DELETE FROM tags WHERE arn = ? OR substr(arn, 1, length(?) + 1) = ? || '/'");
    q.bind(arn).bind(arn).bind(arn);
    return q.exec();
}

} // namespace

QJsonObject readTags(Context &ctx, const schema::Arn &arn)
{
    Query q = ctx.query("SELECT key, value FROM tags WHERE arn = ? ORDER BY key");
    q.bind(arn.toString());
    QJsonObject out;
    if (q.exec()) {
        while (q.next())
            out.insert(q.text(0), q.text(1));
    }
    return out;
}

ApiResult writeTags(Context &ctx, const schema::Arn &arn, const QJsonObject &tags)
{
    if (tags.isEmpty())
        return ApiResult::success();
    QJsonObject merged = readTags(ctx, arn);
    for (auto it = tags.begin(); it != tags.end(); ++it)
        merged.insert(it.key(), it.value());
    if (merged.size() > kMaxTags)
        return ApiResult::badRequest(
            QStringLiteral("A resource can have at most %1 tags; this would give it %2.")
                .arg(kMaxTags)
                .arg(merged.size()));
    const QString text = arn.toString();
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        Query q = ctx.query("INSERT OR REPLACE INTO tags (arn, key, value) VALUES (?, ?, ?)");
        q.bind(text).bind(it.key()).bind(it.value().toString());
        if (!q.exec())
            return ApiResult::internal(QStringLiteral("Could not store the tags."));
    }
    return ApiResult::success();
}

bool deleteTags(Context &ctx, const schema::Arn &arn)
{
    Query q = ctx.query("DELETE FROM tags WHERE arn = ?");
    q.bind(arn.toString());
    return q.exec();
}

namespace handlers {

ApiResult tagResource(Context &ctx, const QJsonObject &input)
{
    const QString arn = input.value(QStringLiteral("resourceArn")).toString();
    if (const auto problem = resourceProblem(ctx, arn))
        return ApiResult::notFound(*problem);
    const ApiResult tagged =
        writeTags(ctx, *schema::Arn::parse(arn), input.value(QStringLiteral("tags")).toObject());
    return tagged.ok() ? ApiResult::success() : tagged;
}

ApiResult untagResource(Context &ctx, const QJsonObject &input)
{
    const QString arn = input.value(QStringLiteral("resourceArn")).toString();
    if (const auto problem = resourceProblem(ctx, arn))
        return ApiResult::notFound(*problem);
    const QJsonArray keys = input.value(QStringLiteral("tagKeys")).toArray();
    for (const QJsonValue &key : keys) {
        Query q = ctx.query("DELETE FROM tags WHERE arn = ? AND key = ?");
        q.bind(arn).bind(key.toString());
        if (!q.exec())
            return ApiResult::internal(QStringLiteral("The tags could not be removed."));
    }
    return ApiResult::success();
}

ApiResult listTagsForResource(Context &ctx, const QJsonObject &input)
{
    const QString arn = input.value(QStringLiteral("resourceArn")).toString();
    if (const auto problem = resourceProblem(ctx, arn))
        return ApiResult::notFound(*problem);
    return ApiResult::success({{QStringLiteral("tags"), readTags(ctx, *schema::Arn::parse(arn))}});
}

} // namespace handlers

Area areas::tags()
{
    Area area;
    area.handlers = {
        {"TagResource", handlers::tagResource, Access::Write},
        {"UntagResource", handlers::untagResource, Access::Write},
        {"ListTagsForResource", handlers::listTagsForResource, Access::Read},
    };
    area.deleteDomain = deleteDomainTags;
    return area;
}

} // namespace cp::emulator
