#include "context.h"

#include <QJsonDocument>

namespace cp::emulator {

QString Context::domainArn(const QString &domain) const
{
    return QStringLiteral("arn:aws:profile:%1:%2:domains/%3")
        .arg(options.region, options.accountId, domain);
}

QString Context::objectTypeArn(const QString &domain, const QString &type) const
{
    return domainArn(domain) + QStringLiteral("/object-types/") + type;
}

QString Context::integrationArn(const QString &domain, const QString &uri) const
{
    return domainArn(domain) + QStringLiteral("/integrations/") + uri;
}

QString makeNextToken(const QString &listing, const QString &after)
{
    const QJsonObject token{{QStringLiteral("l"), listing}, {QStringLiteral("a"), after}};
    return QString::fromLatin1(
        QJsonDocument(token)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> readNextToken(const QString &listing, const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(*decoded).object();
    if (object.value(QStringLiteral("l")).toString() != listing ||
        !object.value(QStringLiteral("a")).isString())
        return std::nullopt;
    return object.value(QStringLiteral("a")).toString();
}

int pageSize(const QJsonObject &input, int defaultSize)
{
    const QJsonValue v = input.value(QStringLiteral("MaxResults"));
    return v.isDouble() ? v.toInt() : defaultSize;
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

static QJsonValue modelledValue(const schema::WireModel &model, QStringView shapeName,
                                const QJsonValue &value)
{
    const schema::Shape *shape = model.shape(shapeName);
    if (!shape)
        return value;
    switch (shape->kind) {
    case schema::ShapeKind::Structure:
        return modelledMembers(model, shapeName, value.toObject());
    case schema::ShapeKind::List: {
        QJsonArray out;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items)
            out.append(modelledValue(model, shape->member, item));
        return out;
    }
    case schema::ShapeKind::Map: {
        QJsonObject out = value.toObject();
        for (auto it = out.begin(); it != out.end(); ++it)
            it.value() = modelledValue(model, shape->member, it.value());
        return out;
    }
    default:
        return value;
    }
}

QJsonObject modelledMembers(const schema::WireModel &model, QStringView shapeName,
                            const QJsonObject &object)
{
    QJsonObject out;
    const schema::Shape *shape = model.shape(shapeName);
    if (!shape)
        return out;
    for (const schema::Member &member : shape->members) {
        const auto it = object.constFind(member.name);
        if (it != object.constEnd())
            out.insert(member.name, modelledValue(model, member.shape, *it));
    }
    return out;
}

bool run(QSqlQuery &query)
{
    return query.exec();
}

QJsonObject readTags(Context &ctx, const QString &arn)
{
    QSqlQuery &q = ctx.sql("SELECT key, value FROM tags WHERE arn = ? ORDER BY key");
    q.addBindValue(arn);
    QJsonObject out;
    if (run(q)) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

ApiResult writeTags(Context &ctx, const QString &arn, const QJsonObject &tags)
{
    if (tags.isEmpty())
        return ApiResult::success();
    QJsonObject merged = readTags(ctx, arn);
    for (auto it = tags.begin(); it != tags.end(); ++it)
        merged.insert(it.key(), it.value());
    if (merged.size() > 50)
        return ApiResult::badRequest(
            QStringLiteral("A resource can have at most 50 tags; this would give it %1.")
                .arg(merged.size()));
    QSqlQuery &q = ctx.sql("INSERT OR REPLACE INTO tags (arn, key, value) VALUES (?, ?, ?)");
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        q.addBindValue(arn);
        q.addBindValue(it.key());
        q.addBindValue(it.value().toString());
        if (!run(q))
            return ApiResult::internal(QStringLiteral("Could not store the tags."));
    }
    return ApiResult::success();
}

void deleteTags(Context &ctx, const QString &arnPrefix)
{
    QSqlQuery &q =
        ctx.sql("DELETE FROM tags WHERE arn = ? OR substr(arn, 1, length(?) + 1) = ? || '/'");
    q.addBindValue(arnPrefix);
    q.addBindValue(arnPrefix);
    q.addBindValue(arnPrefix);
    run(q);
}

} // namespace cp::emulator
