#include "context.h"

#include "jsonmember.h"

#include <QJsonDocument>

namespace cp::emulator {

const TaggableKind *Registry::taggableKind(schema::Arn::Kind kind) const
{
    for (const TaggableKind &taggableKind : taggable) {
        if (taggableKind.kind == kind)
            return &taggableKind;
    }
    return nullptr;
}

schema::Arn Context::arn(schema::Arn::Kind kind, const QString &domain, const QString &name) const
{
    return schema::Arn::forDomain(options.region, options.accountId, domain)
        .withResource(kind, name);
}

namespace {

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

} // namespace

ApiResult paginate(const QJsonObject &input, const QString &listing, const PageFetch &fetch,
                   int defaultSize)
{
    QString after;
    if (input.contains(QStringLiteral("NextToken"))) {
        const auto position =
            readNextToken(listing, input.value(QStringLiteral("NextToken")).toString());
        if (!position)
            return ApiResult::badRequest(QStringLiteral("The NextToken is not valid."));
        after = *position;
    }
    const int limit = pageSize(input, defaultSize);
    QList<PageRow> rows;
    const ApiResult fetched = fetch(after, limit + 1, rows);
    if (!fetched.ok())
        return fetched;
    const bool more = rows.size() > limit;
    if (more)
        rows.resize(limit);
    QJsonArray items;
    for (const PageRow &row : std::as_const(rows))
        items.append(row.item);
    QJsonObject out{{QStringLiteral("Items"), items}};
    if (more)
        out.insert(QStringLiteral("NextToken"), makeNextToken(listing, rows.last().position));
    return ApiResult::success(out);
}

QJsonObject parseObject(const QString &text)
{
    // Stored profiles are changed member by member: names must be found (jsonmember.h).
    return schema::rekeyed(QJsonDocument::fromJson(text.toUtf8()).object());
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace cp::emulator
