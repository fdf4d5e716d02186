#include "objecttypechecks.h"

#include "standardprofile.h"

#include <QRegularExpression>
#include <QSet>

namespace cp::models {
namespace {

const QRegularExpression &namePattern()
{
    // The model's "name" shape, used by field names and key names.
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9_-]+$"));
    return re;
}

const QString kUnique = QStringLiteral("UNIQUE");

} // namespace

const QStringList &ObjectTypeChecks::contentTypes()
{
    static const QStringList types = {QStringLiteral("STRING"), QStringLiteral("NUMBER"),
                                      QStringLiteral("PHONE_NUMBER"),
                                      QStringLiteral("EMAIL_ADDRESS"), QStringLiteral("NAME")};
    return types;
}

const QStringList &ObjectTypeChecks::offeredIdentifiers()
{
    static const QStringList ids = {QStringLiteral("PROFILE"), QStringLiteral("UNIQUE"),
                                    QStringLiteral("SECONDARY"), QStringLiteral("LOOKUP_ONLY"),
                                    QStringLiteral("NEW_ONLY")};
    return ids;
}

const QStringList &ObjectTypeChecks::identifiers()
{
    static const QStringList ids =
        offeredIdentifiers() +
        QStringList{QStringLiteral("ASSET"), QStringLiteral("CASE"), QStringLiteral("ORDER")};
    return ids;
}

QString ObjectTypeChecks::fieldNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("The field needs a name.");
    if (name.size() > 64)
        return tr("Field name \"%1\" is longer than 64 characters.").arg(name);
    if (!namePattern().match(name).hasMatch())
        return tr("Field name \"%1\" may contain only letters, digits, \"-\" and \"_\".").arg(name);
    return {};
}

QString ObjectTypeChecks::fieldProblem(const QList<FieldRow> &fields, int row)
{
    if (row < 0 || row >= fields.size())
        return {};
    const FieldRow &f = fields.at(row);
    if (const QString name = fieldNameProblem(f.name); !name.isEmpty())
        return name;
    for (int other = 0; other < fields.size(); ++other) {
        if (other != row && fields.at(other).name == f.name)
            return tr("Another field is also named \"%1\".").arg(f.name);
    }
    if (const auto source = schema::validateSource(f.name, f.field.source))
        return source->message;
    if (!f.field.target.isEmpty() && !schema::standardprofile::parseTarget(f.field.target))
        return tr("%1 is not a field of the standard profile: choose one from the list, or "
                  "_profile.Attributes.NAME for an attribute.")
            .arg(f.field.target);
    if (!f.field.contentType.isEmpty() && !contentTypes().contains(f.field.contentType))
        return tr("The content type must be one of %1.")
            .arg(contentTypes().join(QStringLiteral(", ")));
    return {};
}

QString ObjectTypeChecks::keyProblem(const QList<KeyRow> &keys, const QList<FieldRow> &fields,
                                     bool hasTemplate, int row)
{
    if (row < 0 || row >= keys.size())
        return {};
    const KeyRow &k = keys.at(row);
    if (!namePattern().match(k.name).hasMatch() || k.name.size() > 64)
        return tr("Key name \"%1\" may contain only letters, digits, \"-\" and \"_\" (1 to 64 "
                  "characters).")
            .arg(k.name);
    QStringList names; // distinct key names in row order
    int unique = 0;
    for (const KeyRow &other : keys) {
        if (!names.contains(other.name))
            names.append(other.name);
        if (other.key.has(kUnique))
            ++unique;
    }
    if (names.indexOf(k.name) >= schema::kMaxKeysPerObjectType)
        return tr("An object type can have at most %1 keys: remove this one or another.")
            .arg(schema::kMaxKeysPerObjectType);
    if (k.key.has(kUnique) && unique > 1)
        return tr("Only one key can be UNIQUE, and %1 keys are.").arg(unique);
    for (const QString &id : k.key.standardIdentifiers) {
        if (!identifiers().contains(id))
            return tr("\"%1\" is not a standard identifier.").arg(id);
    }
    if (k.key.has(QStringLiteral("LOOKUP_ONLY")) && k.key.has(QStringLiteral("NEW_ONLY")))
        return tr("A key cannot be both LOOKUP_ONLY and NEW_ONLY.");
    if (k.key.fieldNames.isEmpty())
        return tr("The key names no field: choose at least one.");
    if (!hasTemplate) {
        QSet<QString> defined;
        for (const FieldRow &f : fields)
            defined.insert(f.name);
        for (const QString &name : k.key.fieldNames) {
            if (!defined.contains(name))
                return tr("The key uses field \"%1\", which is not defined.").arg(name);
        }
    }
    return {};
}

QString ObjectTypeChecks::keysProblem(const QList<KeyRow> &keys, bool hasTemplate)
{
    if (keys.isEmpty())
        return hasTemplate ? QString() : tr("The object type needs at least one key.");
    for (const KeyRow &k : keys) {
        if (k.key.has(kUnique))
            return {};
    }
    return tr("Exactly one key must be UNIQUE: it identifies an object so that a later one with "
              "the same value replaces it.");
}

QString ObjectTypeChecks::keyWarning(const schema::ObjectTypeDefinition &type,
                                     const QString &keyName,
                                     const QList<schema::ObjectTypeDefinition> &others)
{
    const QString mine = type.keyContentType(keyName);
    for (const schema::ObjectTypeDefinition &other : others) {
        if (other.name == type.name || !other.keys.contains(keyName))
            continue;
        const QString theirs = other.keyContentType(keyName);
        if (theirs != mine)
            return tr("Key \"%1\" compares %2 values here but %3 values in object type \"%4\": "
                      "the same value would not match across them.")
                .arg(keyName, mine, theirs, other.name);
    }
    return {};
}

} // namespace cp::models
