#include "standardobjects.h"

#include "destinations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace cp::emulator {
namespace {

using schema::destinations::Kind;

// "BillingAddress.City" and "Attributes.tier" nest; everything else is a member.
QJsonObject recordOf(const QMap<QString, QString> &fields)
{
    QJsonObject record;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const qsizetype dot = it.key().indexOf(QLatin1Char('.'));
        if (dot < 0) {
            record.insert(it.key(), it.value());
            continue;
        }
        QJsonObject nested = record.value(it.key().left(dot)).toObject();
        nested.insert(it.key().mid(dot + 1), it.value());
        record.insert(it.key().left(dot), nested);
    }
    return record;
}

std::optional<Kind> kindOfType(const QString &name)
{
    return schema::destinations::kindOf(name + QLatin1Char('.'));
}

// AssetId, CaseId, OrderId: the member that names the record.
QString idMember(Kind kind)
{
    switch (kind) {
    case Kind::Asset:
        return QStringLiteral("AssetId");
    case Kind::Case:
        return QStringLiteral("CaseId");
    case Kind::Order:
        return QStringLiteral("OrderId");
    case Kind::Profile:
        break;
    }
    return {};
}

} // namespace

bool isStandardObjectType(const QString &name)
{
    const auto kind = kindOfType(name);
    return kind && *kind != Kind::Profile;
}

StoredObjectType standardObjectType(const QString &name)
{
    // The predefined keys the model documents for an ObjectFilter ("_assetId" reads the
    // standard object's AssetId...), as fields and keys that only look up.
    QJsonObject fields, keys;
    const auto kind = kindOfType(name);
    for (const QString &key : schema::destinations::filterKeys(kind.value_or(Kind::Profile))) {
        QString member = key.mid(1);
        member[0] = member[0].toUpper();
        fields.insert(member, QJsonObject{{QStringLiteral("Source"),
                                           QString(QStringLiteral("_source.") + member)}});
        keys.insert(key, QJsonArray{QJsonObject{
                             {QStringLiteral("StandardIdentifiers"),
                              QJsonArray{QStringLiteral("LOOKUP_ONLY")}},
                             {QStringLiteral("FieldNames"), QJsonArray{member}}}});
    }
    StoredObjectType type;
    type.definition = schema::ObjectTypeDefinition::fromJson(
        {{QStringLiteral("ObjectTypeName"), name},
         {QStringLiteral("Description"), QStringLiteral("standard object")},
         {QStringLiteral("Fields"), fields},
         {QStringLiteral("Keys"), keys}});
    return type;
}

bool storeStandardObjects(Context &ctx, const QString &domain, const QString &profileId,
                          const schema::ObjectTypeDefinition &type,
                          const schema::MappingResult &mapping, const QString &objectKey)
{
    for (auto it = mapping.standardObjectFields.begin(); it != mapping.standardObjectFields.end();
         ++it) {
        const auto kind = kindOfType(it.key());
        if (!kind || *kind == Kind::Profile || it->isEmpty())
            continue;
        // Which record: the value of the key that ties the object to this destination.
        const QString identifier = schema::destinations::identifier(*kind);
        QString identity;
        for (const schema::ExtractedKey &key : mapping.keys) {
            if (key.has(identifier)) {
                identity = key.normalized;
                break;
            }
        }
        if (identity.isEmpty())
            identity = QStringLiteral("object:") + type.name + QLatin1Char(':') + objectKey;
        QJsonObject record = recordOf(*it);
        if (!record.contains(idMember(*kind)))
            record.insert(idMember(*kind), identity.section(QLatin1Char(':'), -1));
        const QString body =
            QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));

        QString key = QUuid::createUuid().toString(QUuid::Id128);
        qint64 createdAt = ctx.nowMs;
        {
            Query q = ctx.query("SELECT object_key, created_at FROM objects"
                                " WHERE domain = ? AND object_type = ? AND unique_value = ?");
            q.bind(domain).bind(it.key()).bind(identity);
            if (!q.exec())
                return false;
            if (q.next()) {
                key = q.text(0);
                createdAt = q.integer(1);
            }
        }
        Query q = ctx.query(
            "INSERT OR REPLACE INTO objects (domain, object_type, unique_value, object_key,"
            " profile_id, body, size, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(domain).bind(it.key()).bind(identity).bind(key).bind(profileId).bind(body);
        q.bind(qint64(body.toUtf8().size())).bind(createdAt).bind(ctx.nowMs);
        if (!q.exec())
            return false;
    }
    return true;
}

} // namespace cp::emulator
