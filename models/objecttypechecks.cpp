#include "objecttypechecks.h"

#include "destinations.h"
#include "wiremodel.h"

#include "mapping.h"

#include <QHash>
#include <QLocale>

#include <QRegularExpression>
#include <QSet>

namespace cp::models {
namespace {

// The model's patterns: "fieldName" for field names (dots allowed), "name" for keys.
const QRegularExpression &modelPattern(QStringView shapeName)
{
    static const QHash<QString, QRegularExpression> patterns = [] {
        QHash<QString, QRegularExpression> out;
        for (const char *name : {"fieldName", "name"}) {
            const QString shape = QString::fromLatin1(name);
            out.insert(shape, QRegularExpression(
                                  schema::WireModel::bundled().shape(shape)->pattern));
        }
        return out;
    }();
    return *patterns.constFind(shapeName.toString());
}

const QStringList &enumOf(QStringView shapeName)
{
    static const QStringList none;
    const schema::Shape *shape = schema::WireModel::bundled().shape(shapeName);
    return shape ? shape->enumValues : none;
}

const QString kUnique = QStringLiteral("UNIQUE");

} // namespace

const QStringList &ObjectTypeChecks::contentTypes()
{
    return enumOf(u"FieldContentType");
}

const QStringList &ObjectTypeChecks::offeredIdentifiers()
{
    // The roles a key plays first, in the order people decide them; then what ties an
    // object to a standard object, in the model's order.
    static const QStringList ids = [] {
        QStringList out = {QStringLiteral("PROFILE"), QStringLiteral("UNIQUE"),
                           QStringLiteral("SECONDARY"), QStringLiteral("LOOKUP_ONLY"),
                           QStringLiteral("NEW_ONLY")};
        for (const QString &id : enumOf(u"StandardIdentifier")) {
            if (!out.contains(id))
                out.append(id);
        }
        return out;
    }();
    return ids;
}

const QStringList &ObjectTypeChecks::identifiers()
{
    return enumOf(u"StandardIdentifier");
}

QString ObjectTypeChecks::identifierDescription(const QString &id)
{
    static const QHash<QString, const char *> sentences = {
        {QStringLiteral("PROFILE"),
         QT_TR_NOOP("Finds the profile: objects whose value of this key is already held by a "
                    "profile are added to that profile.")},
        {QStringLiteral("UNIQUE"),
         QT_TR_NOOP("Identifies the object itself: a later object with the same value replaces "
                    "it. Exactly one key per object type has it, and its fields must be given.")},
        {QStringLiteral("SECONDARY"),
         QT_TR_NOOP("A fallback profile key: looked at only when no other profile key finds a "
                    "profile.")},
        {QStringLiteral("LOOKUP_ONLY"),
         QT_TR_NOOP("Used to find the profile while ingesting, but not stored: you cannot search "
                    "by it later.")},
        {QStringLiteral("NEW_ONLY"),
         QT_TR_NOOP("Stored on the profile only when the object creates it; otherwise used just "
                    "to find the profile.")},
        {QStringLiteral("ASSET"), QT_TR_NOOP("Identifies a standard asset (a product the customer "
                                             "owns) that objects are tied to.")},
        {QStringLiteral("CASE"),
         QT_TR_NOOP("Identifies a standard case (a support ticket) that objects are tied to.")},
        {QStringLiteral("ORDER"),
         QT_TR_NOOP("Identifies a standard order that objects are tied to.")},
        {QStringLiteral("DEVICE"), QT_TR_NOOP("Identifies a device the customer uses.")},
        {QStringLiteral("WEB_ANALYTICS"),
         QT_TR_NOOP("Identifies web analytics records (visits and events) of the customer.")},
        {QStringLiteral("COMMUNICATION_RECORD"),
         QT_TR_NOOP("Identifies a communication record (a call, chat or message).")},
        {QStringLiteral("AIR_PREFERENCE"),
         QT_TR_NOOP("Identifies a traveller's air travel preference.")},
        {QStringLiteral("HOTEL_PREFERENCE"),
         QT_TR_NOOP("Identifies a traveller's hotel preference.")},
        {QStringLiteral("AIR_BOOKING"), QT_TR_NOOP("Identifies an air booking.")},
        {QStringLiteral("AIR_SEGMENT"), QT_TR_NOOP("Identifies a flight segment of a booking.")},
        {QStringLiteral("HOTEL_RESERVATION"), QT_TR_NOOP("Identifies a hotel reservation.")},
        {QStringLiteral("HOTEL_STAY_REVENUE"),
         QT_TR_NOOP("Identifies the revenue of a hotel stay.")},
        {QStringLiteral("LOYALTY"), QT_TR_NOOP("Identifies a loyalty programme membership.")},
        {QStringLiteral("LOYALTY_TRANSACTION"),
         QT_TR_NOOP("Identifies a loyalty programme transaction.")},
        {QStringLiteral("LOYALTY_PROMOTION"), QT_TR_NOOP("Identifies a loyalty promotion.")},
    };
    const auto it = sentences.constFind(id);
    if (it == sentences.cend())
        return tr("An identifier of a later release of the service; this console has no "
                  "description of it yet.");
    return tr(*it);
}

QString ObjectTypeChecks::fieldNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("The field needs a name.");
    if (name.size() > 64)
        return tr("Field name \"%1\" is longer than 64 characters.").arg(name);
    if (!modelPattern(u"fieldName").match(name).hasMatch())
        return tr("Field name \"%1\" may contain only letters, digits, \".\", \"-\" and \"_\".")
            .arg(name);
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
    if (!f.field.target.isEmpty() && !schema::destinations::isValidTarget(f.field.target))
        return tr("%1 is not a field of the standard profile, asset, case or order: choose one "
                  "from the list, or _profile.Attributes.NAME for an attribute.")
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
    if (!modelPattern(u"name").match(k.name).hasMatch() || k.name.size() > 64)
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
    // The model allows dots in field names but not in the names a key lists.
    for (const QString &name : k.key.fieldNames) {
        if (!modelPattern(u"name").match(name).hasMatch())
            return tr("A key cannot use field \"%1\": the service allows dots in field names, "
                      "but not in the fields of a key. Rename the field without dots.")
                .arg(name);
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

QString ObjectTypeChecks::keySampleWarning(const schema::ObjectTypeDefinition &type,
                                           const QString &keyName,
                                           const QList<QJsonObject> &samples)
{
    if (samples.isEmpty() || !type.keys.contains(keyName))
        return {};
    bool unique = false;
    for (const schema::KeyDefinition &definition : type.keys.value(keyName))
        unique |= definition.standardIdentifiers.contains(kUnique);
    QStringList empty; // the records (1-based) that give the key no value
    for (int i = 0; i < samples.size(); ++i) {
        const schema::MappingResult mapping = schema::evaluateMapping(type, samples.at(i));
        const bool filled =
            std::any_of(mapping.keys.begin(), mapping.keys.end(), [&](const auto &key) {
                return key.keyName == keyName && !key.normalized.isEmpty();
            });
        if (!filled)
            empty.append(QString::number(i + 1));
    }
    if (empty.isEmpty())
        return {};
    if (unique)
        return tr("Records %1 give the UNIQUE key %2 no value: the service refuses a record "
                  "without it.")
            .arg(QLocale().createSeparatedList(empty), keyName);
    if (empty.size() == samples.size())
        return tr("None of your records fills key %1: it would never find a profile.")
            .arg(keyName);
    return {};
}

} // namespace cp::models
