// Object types and templates.
#include "objecttypes.h"

#include "engine.h"
#include "objecttype.h"
#include "profilestore.h"
#include "tags.h"
#include "templatecatalogue.h"

#include <QHash>

namespace cp::emulator {

// Parsed definitions by their stored text, per thread: ingestion loads its object type
// on every PutProfileObject, and parsing the JSON costs more than reading the row. The
// text is compared on every use, so a changed or deleted type is never served stale.
schema::ObjectTypeDefinition parsedDefinition(const QString &domain, const QString &name,
                                              const QString &text)
{
    struct Parsed
    {
        QString text;
        schema::ObjectTypeDefinition definition;
    };
    thread_local QHash<QString, Parsed> cache;
    const QString key = domain + QLatin1Char('\n') + name;
    auto it = cache.find(key);
    if (it == cache.end() || it->text != text) {
        if (cache.size() >= 256)
            cache.clear();
        it = cache.insert(key, {text, schema::ObjectTypeDefinition::fromJson(parseObject(text))});
    }
    return it->definition;
}

int maxProfileObjectCount(const schema::ObjectTypeDefinition &type)
{
    return type.extra.value(QStringLiteral("MaxProfileObjectCount")).toInt();
}

std::optional<StoredObjectType> loadObjectType(Context &ctx, const QString &domain,
                                               const QString &name)
{
    Query q = ctx.query("SELECT definition, created_at, updated_at FROM object_types WHERE "
                        "domain = ? AND name = ?");
    q.bind(domain).bind(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredObjectType out;
    out.text = q.text(0);
    out.definition = parsedDefinition(domain, name, out.text);
    out.createdAt = q.integer(1);
    out.updatedAt = q.integer(2);
    return out;
}

namespace handlers {
namespace {

const QString kDomainName = QStringLiteral("DomainName");
const QString kObjectTypeName = QStringLiteral("ObjectTypeName");

// The MaxProfileObjectCount of every object type of a domain, by name.
QHash<QString, int> assignedCounts(Context &ctx, const QString &domain)
{
    QHash<QString, int> out;
    Query q = ctx.query("SELECT name, definition FROM object_types WHERE domain = ?");
    q.bind(domain);
    if (!q.exec())
        return out;
    while (q.next()) {
        const int count = maxProfileObjectCount(parsedDefinition(domain, q.text(0), q.text(1)));
        if (count > 0)
            out.insert(q.text(0), count);
    }
    return out;
}

// MaxAvailableProfileObjectCount: what of a profile's capacity the domain's other object
// types leave to this one (the most its MaxProfileObjectCount may be).
int availableCount(const QHash<QString, int> &assigned, const QString &type)
{
    int others = 0;
    for (auto it = assigned.begin(); it != assigned.end(); ++it) {
        if (it.key() != type)
            others += it.value();
    }
    return std::max(0, kProfileObjectCapacity - others);
}

QJsonObject describe(Context &ctx, const QString &domain, const StoredObjectType &type)
{
    QJsonObject out = type.definition.toJson();
    out.insert(QStringLiteral("MaxAvailableProfileObjectCount"),
               availableCount(assignedCounts(ctx, domain), type.definition.name));
    out.insert(QStringLiteral("CreatedAt"), wireTime(type.createdAt));
    out.insert(QStringLiteral("LastUpdatedAt"), wireTime(type.updatedAt));
    const QJsonObject tags =
        readTags(ctx, ctx.arn(schema::Arn::Kind::ObjectType, domain, type.definition.name));
    if (!tags.isEmpty())
        out.insert(QStringLiteral("Tags"), tags);
    return out;
}

QString joinIssues(const QList<schema::ValidationIssue> &issues)
{
    QStringList messages;
    for (const schema::ValidationIssue &issue : issues)
        messages.append(issue.message);
    return messages.join(QLatin1Char(' '));
}

} // namespace

// A TemplateId brings the template's fields and keys (and its AllowProfileCreation)
// unless the request gives its own.
ApiResult putProfileObjectType(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    schema::ObjectTypeDefinition type = schema::ObjectTypeDefinition::fromJson(input);
    // Kept and answered back: the request's other members the model defines (not the
    // domain and tags, stored apart, nor members the model lacks, which are ignored).
    type.extra = ctx.model.conformed(u"PutProfileObjectTypeRequest", type.extra).toObject();
    type.extra.remove(kDomainName);
    type.extra.remove(QStringLiteral("Tags"));
    if (type.templateId) {
        const auto found = TemplateCatalogue::instance().find(*type.templateId);
        if (!found)
            return ApiResult::badRequest(
                QStringLiteral("Template %1 does not exist.").arg(*type.templateId));
        const schema::ObjectTypeDefinition fromTemplate =
            schema::ObjectTypeDefinition::fromJson(*found);
        if (type.fields.isEmpty())
            type.fields = fromTemplate.fields;
        if (type.keys.isEmpty())
            type.keys = fromTemplate.keys;
        if (!type.allowProfileCreation)
            type.allowProfileCreation = fromTemplate.allowProfileCreation;
        if (!type.sourceLastUpdatedTimestampFormat)
            type.sourceLastUpdatedTimestampFormat = fromTemplate.sourceLastUpdatedTimestampFormat;
    }
    const QList<schema::ValidationIssue> issues = schema::validateObjectType(type);
    if (!issues.isEmpty())
        return ApiResult::badRequest(joinIssues(issues));
    const int available = availableCount(assignedCounts(ctx, domain), type.name);
    if (maxProfileObjectCount(type) > available)
        return ApiResult::badRequest(
            QStringLiteral("MaxProfileObjectCount %1 is more than the %2 objects per profile "
                           "available to object type %3: the object types of a domain share %4.")
                .arg(maxProfileObjectCount(type))
                .arg(available)
                .arg(type.name)
                .arg(kProfileObjectCapacity));

    const std::optional<StoredObjectType> existing = loadObjectType(ctx, domain, type.name);
    Query q = ctx.query(
        "INSERT OR REPLACE INTO object_types (domain, name, definition, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)");
    q.bind(domain).bind(type.name).bind(compactJson(type.toJson()));
    q.bind(existing ? existing->createdAt : ctx.nowMs).bind(ctx.nowMs);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The object type could not be stored."));
    const ApiResult tagged =
        writeTags(ctx, ctx.arn(schema::Arn::Kind::ObjectType, domain, type.name),
                  input.value(QStringLiteral("Tags")).toObject());
    if (!tagged.ok())
        return tagged;
    return ApiResult::success(describe(ctx, domain, *loadObjectType(ctx, domain, type.name)));
}

ApiResult getProfileObjectType(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString name = input.value(kObjectTypeName).toString();
    const auto type = loadObjectType(ctx, domain, name);
    if (!type)
        return ApiResult::notFound(
            QStringLiteral("Object type %1 does not exist in domain %2.").arg(name, domain));
    return ApiResult::success(describe(ctx, domain, *type));
}

// Deletes the type's objects and keys, and the profile fields that only it populated.
ApiResult deleteProfileObjectType(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString name = input.value(kObjectTypeName).toString();
    if (!loadObjectType(ctx, domain, name))
        return ApiResult::notFound(
            QStringLiteral("Object type %1 does not exist in domain %2.").arg(name, domain));

    // The profiles that lose objects, read before the objects go.
    QList<std::pair<QString, int>> profiles;
    {
        Query affected = ctx.query("SELECT profile_id, COUNT(*) FROM objects WHERE domain = ?"
                                   " AND object_type = ? GROUP BY profile_id");
        affected.bind(domain).bind(name);
        if (!affected.exec())
            return ApiResult::internal(QStringLiteral("The store could not be read."));
        while (affected.next())
            profiles.append({affected.text(0), int(affected.integer(1))});
    }
    for (const Sql sql :
         {Sql("DELETE FROM objects WHERE domain = ? AND object_type = ?"),
          Sql("DELETE FROM profile_keys WHERE domain = ? AND origin = 'object:' || ?"),
          Sql("DELETE FROM object_types WHERE domain = ? AND name = ?")}) {
        Query q = ctx.query(sql);
        q.bind(domain).bind(name);
        if (!q.exec())
            return ApiResult::internal(QStringLiteral("The object type could not be deleted."));
    }
    for (const auto &[profileId, count] : profiles) {
        std::optional<StoredProfile> profile = loadProfile(ctx, domain, profileId);
        if (!profile)
            continue;
        profile->forgetOrigin(QStringLiteral("object:") + name);
        profile->objectCount = std::max(0, profile->objectCount - count);
        if (!saveProfile(ctx, domain, *profile, false))
            return ApiResult::internal(QStringLiteral("A profile could not be updated."));
    }
    if (!deleteTags(ctx, ctx.arn(schema::Arn::Kind::ObjectType, domain, name)))
        return ApiResult::internal(QStringLiteral("The object type's tags could not be deleted."));
    return ApiResult::success(
        {{QStringLiteral("Message"), QStringLiteral("Object type %1 was deleted.").arg(name)}});
}

ApiResult listProfileObjectTypes(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QHash<QString, int> assigned = assignedCounts(ctx, domain);
    const auto fetch = [&](const QString &after, int rows, QList<PageRow> &out) {
        Query q = ctx.query("SELECT name, definition, created_at, updated_at FROM object_types"
                            " WHERE domain = ? AND name > COALESCE(?, '') ORDER BY name LIMIT ?");
        q.bind(domain).bind(after).bind(rows);
        if (!q.exec())
            return ApiResult::internal(QStringLiteral("The store could not be read."));
        while (q.next()) {
            // The members of a list item the stored definition has (Description,
            // MaxProfileObjectCount, SourcePriority...).
            const QString name = q.text(0);
            QJsonObject row =
                ctx.model.membersOf(u"ListProfileObjectTypeItem", parseObject(q.text(1)));
            row.insert(kObjectTypeName, name);
            row.insert(QStringLiteral("CreatedAt"), wireTime(q.integer(2)));
            row.insert(QStringLiteral("LastUpdatedAt"), wireTime(q.integer(3)));
            row.insert(QStringLiteral("MaxAvailableProfileObjectCount"),
                       availableCount(assigned, name));
            const QJsonObject tags =
                readTags(ctx, ctx.arn(schema::Arn::Kind::ObjectType, domain, name));
            if (!tags.isEmpty())
                row.insert(QStringLiteral("Tags"), tags);
            out.append({name, row});
        }
        return ApiResult::success();
    };
    return paginate(input, QStringLiteral("object-types/") + domain, fetch);
}

// The templates, by TemplateId (the catalogue lists them in that order).
ApiResult listProfileObjectTypeTemplates(Context &, const QJsonObject &input)
{
    return paginate(input, QStringLiteral("templates"),
                    [](const QString &after, int rows, QList<PageRow> &out) {
                        for (const QJsonObject &entry : TemplateCatalogue::instance().all()) {
                            const QString id = entry.value(QStringLiteral("TemplateId")).toString();
                            if (!after.isNull() && id <= after)
                                continue;
                            if (out.size() == rows)
                                break;
                            out.append({id, TemplateCatalogue::summary(entry)});
                        }
                        return ApiResult::success();
                    });
}

ApiResult getProfileObjectTypeTemplate(Context &, const QJsonObject &input)
{
    const QString id = input.value(QStringLiteral("TemplateId")).toString();
    const auto found = TemplateCatalogue::instance().find(id);
    if (!found)
        return ApiResult::notFound(QStringLiteral("Template %1 does not exist.").arg(id));
    return ApiResult::success(*found);
}

bool objectTypeExists(Context &ctx, const schema::Arn &arn)
{
    return loadObjectType(ctx, arn.domain, arn.name).has_value();
}

bool deleteDomainObjectTypes(Context &ctx, const QString &domain)
{
    Query q = ctx.query("DELETE FROM object_types WHERE domain = ?");
    q.bind(domain);
    return q.exec();
}

} // namespace handlers
} // namespace cp::emulator

namespace cp::emulator {

Area areas::objectTypes()
{
    Area area;
    area.handlers = {
        {"PutProfileObjectType", handlers::putProfileObjectType, Access::Write},
        {"GetProfileObjectType", handlers::getProfileObjectType, Access::Read},
        {"DeleteProfileObjectType", handlers::deleteProfileObjectType, Access::Write},
        {"ListProfileObjectTypes", handlers::listProfileObjectTypes, Access::Read},
        {"ListProfileObjectTypeTemplates", handlers::listProfileObjectTypeTemplates, Access::Read},
        {"GetProfileObjectTypeTemplate", handlers::getProfileObjectTypeTemplate, Access::Read},
    };
    area.taggable = {{schema::Arn::Kind::ObjectType, handlers::objectTypeExists}};
    area.deleteDomain = handlers::deleteDomainObjectTypes;
    return area;
}

} // namespace cp::emulator
