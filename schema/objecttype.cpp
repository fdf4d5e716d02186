#include "objecttype.h"

#include "destinations.h"
#include "standardprofile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace cp::schema {
namespace {

// lupdate reads the context from this class; the messages are looked up under it.
struct ObjectTypeText
{
    Q_DECLARE_TR_FUNCTIONS(cp::schema::ObjectTypeText)
};

ValidationIssue issue(const QString &path, const QString &message)
{
    return {path, message, message};
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

// "_source.a.b[0].c": the path grammar the evaluator in mapping.cpp understands.
const QRegularExpression &sourcePathPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^_source(\.[^.\[\]{}\s]+(\[\d+\])*)+$)"));
    return re;
}

} // namespace

ObjectTypeDefinition ObjectTypeDefinition::fromJson(const QJsonObject &json)
{
    ObjectTypeDefinition out;
    out.name = json.value(QStringLiteral("ObjectTypeName")).toString();
    out.description = json.value(QStringLiteral("Description")).toString();
    const auto optString = [&](const char *key) -> std::optional<QString> {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
    };
    out.templateId = optString("TemplateId");
    out.encryptionKey = optString("EncryptionKey");
    out.sourceLastUpdatedTimestampFormat = optString("SourceLastUpdatedTimestampFormat");
    if (json.value(QStringLiteral("ExpirationDays")).isDouble())
        out.expirationDays = json.value(QStringLiteral("ExpirationDays")).toInt();
    if (json.value(QStringLiteral("AllowProfileCreation")).isBool())
        out.allowProfileCreation = json.value(QStringLiteral("AllowProfileCreation")).toBool();
    const QJsonObject fields = json.value(QStringLiteral("Fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        out.fields.insert(it.key(), {f.value(QStringLiteral("Source")).toString(),
                                     f.value(QStringLiteral("Target")).toString(),
                                     f.value(QStringLiteral("ContentType")).toString()});
    }
    const QJsonObject keys = json.value(QStringLiteral("Keys")).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        QList<KeyDefinition> list;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &k : array) {
            const QJsonObject key = k.toObject();
            list.append({toStringList(key.value(QStringLiteral("StandardIdentifiers"))),
                         toStringList(key.value(QStringLiteral("FieldNames")))});
        }
        out.keys.insert(it.key(), list);
    }
    static const QStringList read = {
        QStringLiteral("ObjectTypeName"), QStringLiteral("Description"),
        QStringLiteral("TemplateId"), QStringLiteral("EncryptionKey"),
        QStringLiteral("SourceLastUpdatedTimestampFormat"), QStringLiteral("ExpirationDays"),
        QStringLiteral("AllowProfileCreation"), QStringLiteral("Fields"), QStringLiteral("Keys")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!read.contains(it.key()))
            out.extra.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject ObjectTypeDefinition::toJson() const
{
    QJsonObject out = extra;
    out.insert(QStringLiteral("ObjectTypeName"), name);
    out.insert(QStringLiteral("Description"), description);
    if (templateId)
        out.insert(QStringLiteral("TemplateId"), *templateId);
    if (expirationDays)
        out.insert(QStringLiteral("ExpirationDays"), *expirationDays);
    if (encryptionKey)
        out.insert(QStringLiteral("EncryptionKey"), *encryptionKey);
    if (allowProfileCreation)
        out.insert(QStringLiteral("AllowProfileCreation"), *allowProfileCreation);
    if (sourceLastUpdatedTimestampFormat)
        out.insert(QStringLiteral("SourceLastUpdatedTimestampFormat"),
                   *sourceLastUpdatedTimestampFormat);
    if (!fields.isEmpty()) {
        QJsonObject f;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QJsonObject field{{QStringLiteral("Source"), it->source}};
            if (!it->target.isEmpty())
                field.insert(QStringLiteral("Target"), it->target);
            if (!it->contentType.isEmpty())
                field.insert(QStringLiteral("ContentType"), it->contentType);
            f.insert(it.key(), field);
        }
        out.insert(QStringLiteral("Fields"), f);
    }
    if (!keys.isEmpty()) {
        QJsonObject k;
        for (auto it = keys.begin(); it != keys.end(); ++it) {
            QJsonArray list;
            for (const KeyDefinition &key : *it) {
                QJsonObject entry;
                if (!key.standardIdentifiers.isEmpty())
                    entry.insert(QStringLiteral("StandardIdentifiers"),
                                 QJsonArray::fromStringList(key.standardIdentifiers));
                entry.insert(QStringLiteral("FieldNames"),
                             QJsonArray::fromStringList(key.fieldNames));
                list.append(entry);
            }
            k.insert(it.key(), list);
        }
        out.insert(QStringLiteral("Keys"), k);
    }
    return out;
}

QString ObjectTypeDefinition::keyContentType(const QString &keyName) const
{
    for (const KeyDefinition &key : keys.value(keyName)) {
        for (const QString &fieldName : key.fieldNames) {
            const QString type = fields.value(fieldName).contentType;
            return type.isEmpty() ? QStringLiteral("STRING") : type;
        }
    }
    return QStringLiteral("STRING");
}

QString ObjectTypeDefinition::uniqueKeyName() const
{
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        for (const KeyDefinition &key : *it) {
            if (key.has(QStringLiteral("UNIQUE")))
                return it.key();
        }
    }
    return {};
}

std::optional<ValidationIssue> validateObjectTypeName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z_][a-zA-Z_0-9-]*$"));
    const QString path = QStringLiteral("ObjectTypeName");
    if (name.isEmpty())
        return issue(path, ObjectTypeText::tr("The object type needs a name."));
    if (name.size() > 255)
        return issue(path, ObjectTypeText::tr("The name must be at most 255 characters long."));
    if (name.startsWith(QLatin1Char('_')))
        return issue(path, ObjectTypeText::tr("The name cannot start with \"_\": that is kept for "
                                              "the service's own object types."));
    if (!pattern.match(name).hasMatch())
        return issue(path,
                     ObjectTypeText::tr("The name may contain only letters, digits, \"-\" and "
                                        "\"_\", and must not start with a digit or \"-\"."));
    return std::nullopt;
}

std::optional<ValidationIssue> validateSource(const QString &fieldName, const QString &source)
{
    const QString path = QStringLiteral("Fields.%1.Source").arg(fieldName);
    if (source.isEmpty())
        return issue(path, ObjectTypeText::tr("Field \"%1\" needs a Source such as _source.email.")
                               .arg(fieldName));
    if (source.contains(QStringLiteral("{{"))) {
        static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([^{}]*?)\s*\}\})"));
        auto it = placeholder.globalMatch(source);
        int count = 0;
        while (it.hasNext()) {
            const QString inner = it.next().captured(1);
            ++count;
            if (!sourcePathPattern().match(inner).hasMatch())
                return issue(path,
                             ObjectTypeText::tr("In field \"%1\", {{%2}} is not a _source path.")
                                 .arg(fieldName, inner));
        }
        QString rest = source;
        rest.remove(placeholder);
        if (count == 0 || rest.contains(QStringLiteral("{{")) ||
            rest.contains(QStringLiteral("}}")))
            return issue(path,
                         ObjectTypeText::tr("In field \"%1\", the template has unbalanced {{ }}.")
                             .arg(fieldName));
        return std::nullopt;
    }
    if (!sourcePathPattern().match(source).hasMatch())
        return issue(path,
                     ObjectTypeText::tr(
                         "Field \"%1\": the Source must be a path such as _source.address.city or "
                         "a template such as {{_source.first}} {{_source.last}}.")
                         .arg(fieldName));
    return std::nullopt;
}

QList<ValidationIssue> validateObjectType(const ObjectTypeDefinition &type)
{
    QList<ValidationIssue> issues;
    if (const auto nameIssue = validateObjectTypeName(type.name))
        issues.append(*nameIssue);
    if (type.description.trimmed().isEmpty())
        issues.append(issue(QStringLiteral("Description"),
                            ObjectTypeText::tr("The object type needs a description.")));
    if (type.expirationDays && (*type.expirationDays < 1 || *type.expirationDays > 1098))
        issues.append(issue(QStringLiteral("ExpirationDays"),
                            ObjectTypeText::tr("Expiration must be between 1 and 1098 days.")));

    const QStringList &contentTypes = WireModel::bundled().shape(u"FieldContentType")->enumValues;
    for (auto it = type.fields.begin(); it != type.fields.end(); ++it) {
        const QString path = QStringLiteral("Fields.%1").arg(it.key());
        if (const auto sourceIssue = validateSource(it.key(), it->source))
            issues.append(*sourceIssue);
        if (!it->target.isEmpty() && !destinations::isValidTarget(it->target))
            issues.append(issue(path + QStringLiteral(".Target"),
                                ObjectTypeText::tr("Field \"%1\": %2 is not a field of the "
                                                   "standard profile, asset, case or order.")
                                    .arg(it.key(), it->target)));
        if (!it->contentType.isEmpty() && !contentTypes.contains(it->contentType))
            issues.append(
                issue(path + QStringLiteral(".ContentType"),
                      ObjectTypeText::tr("Field \"%1\": the content type must be one of %2.")
                          .arg(it.key(), contentTypes.join(QStringLiteral(", ")))));
    }

    if (type.keys.isEmpty() && !type.templateId)
        issues.append(issue(QStringLiteral("Keys"),
                            ObjectTypeText::tr("The object type needs at least one key.")));
    if (type.keys.size() > kMaxKeysPerObjectType)
        issues.append(
            issue(QStringLiteral("Keys"),
                  ObjectTypeText::tr("An object type can have at most %1 keys (it has %2).")
                      .arg(kMaxKeysPerObjectType)
                      .arg(type.keys.size())));
    static const QRegularExpression keyName(QStringLiteral("^[a-zA-Z0-9_-]+$"));
    int uniqueKeys = 0;
    for (auto it = type.keys.begin(); it != type.keys.end(); ++it) {
        const QString path = QStringLiteral("Keys.%1").arg(it.key());
        if (!keyName.match(it.key()).hasMatch() || it.key().size() > 64)
            issues.append(
                issue(path, ObjectTypeText::tr("Key name \"%1\" may contain only letters, digits, "
                                               "\"-\" and \"_\" (at most 64).")
                                .arg(it.key())));
        if (it->isEmpty())
            issues.append(
                issue(path, ObjectTypeText::tr("Key \"%1\" has no definition.").arg(it.key())));
        for (qsizetype i = 0; i < it->size(); ++i) {
            const KeyDefinition &key = it->at(i);
            const QString keyPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (key.has(QStringLiteral("UNIQUE")))
                ++uniqueKeys;
            if (key.fieldNames.isEmpty())
                issues.append(
                    issue(keyPath + QStringLiteral(".FieldNames"),
                          ObjectTypeText::tr("Key \"%1\" names no field.").arg(it.key())));
            for (const QString &field : key.fieldNames) {
                if (!type.fields.contains(field) && !type.templateId)
                    issues.append(issue(
                        keyPath + QStringLiteral(".FieldNames"),
                        ObjectTypeText::tr(
                            "Key \"%1\" uses field \"%2\", which the object type does not define.")
                            .arg(it.key(), field)));
            }
            if (key.has(QStringLiteral("LOOKUP_ONLY")) && key.has(QStringLiteral("NEW_ONLY")))
                issues.append(
                    issue(keyPath + QStringLiteral(".StandardIdentifiers"),
                          ObjectTypeText::tr("Key \"%1\" cannot be both LOOKUP_ONLY and NEW_ONLY.")
                              .arg(it.key())));
        }
    }
    if (uniqueKeys > 1)
        issues.append(
            issue(QStringLiteral("Keys"),
                  ObjectTypeText::tr("Only one key can be UNIQUE (%1 are).").arg(uniqueKeys)));
    // "UNIQUE: This identifier must be specified by exactly one index for each object type"
    // (service guide, standard identifiers). Without keys, the rule above already speaks.
    if (uniqueKeys == 0 && !type.keys.isEmpty())
        issues.append(
            issue(QStringLiteral("Keys"),
                  ObjectTypeText::tr(
                      "Exactly one key must be UNIQUE: it identifies an object so that a later one "
                      "with the same value replaces it.")));
    return issues;
}

} // namespace cp::schema
