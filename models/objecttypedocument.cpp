#include "objecttypedocument.h"

#include "objecttypechecks.h"
#include "objecttypecommands.h"

#include <QJsonParseError>
#include <QSet>
#include <QUndoStack>
#include <algorithm>

namespace cp::models {
namespace {

DocumentState stateOf(const schema::ObjectTypeDefinition &d)
{
    DocumentState s;
    s.general = {d.name,
                 d.description,
                 d.templateId,
                 d.expirationDays,
                 d.encryptionKey,
                 d.allowProfileCreation,
                 d.sourceLastUpdatedTimestampFormat};
    for (auto it = d.fields.begin(); it != d.fields.end(); ++it)
        s.fields.append({it.key(), it.value()});
    for (auto it = d.keys.begin(); it != d.keys.end(); ++it) {
        for (const schema::KeyDefinition &key : it.value())
            s.keys.append({it.key(), key});
    }
    // Tags are edited on their own; the domain is where the type is saved, not part of it.
    s.extra = d.extra;
    s.extra.remove(QStringLiteral("Tags"));
    s.extra.remove(QStringLiteral("DomainName"));
    return s;
}

schema::ObjectTypeDefinition definitionOf(const DocumentState &state)
{
    const GeneralProperties &g = state.general;
    schema::ObjectTypeDefinition d;
    d.name = g.name;
    d.description = g.description;
    d.templateId = g.templateId;
    d.expirationDays = g.expirationDays;
    d.encryptionKey = g.encryptionKey;
    d.allowProfileCreation = g.allowProfileCreation;
    d.sourceLastUpdatedTimestampFormat = g.sourceLastUpdatedTimestampFormat;
    d.extra = state.extra;
    for (const FieldRow &f : state.fields)
        d.fields.insert(f.name, f.field);
    for (const KeyRow &k : state.keys)
        d.keys[k.name].append(k.key);
    return d;
}

TagList tagsOf(const QJsonObject &tags)
{
    TagList out;
    for (auto it = tags.begin(); it != tags.end(); ++it)
        out.append({it.key(), it.value().toString()});
    return out;
}

QJsonObject jsonOf(const DocumentState &state)
{
    QJsonObject out = definitionOf(state).toJson();
    if (!state.tags.isEmpty()) {
        QJsonObject tags;
        for (const auto &[key, value] : state.tags)
            tags.insert(key, value);
        out.insert(QStringLiteral("Tags"), tags);
    }
    return out;
}

} // namespace

ObjectTypeDocument::ObjectTypeDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT dirtyChanged(!clean); });
}

ObjectTypeDocument::~ObjectTypeDocument() = default;

void ObjectTypeDocument::load(const schema::ObjectTypeDefinition &definition, bool stored,
                              const QJsonObject &tags)
{
    m_undoStack->clear(); // clean again: emits dirtyChanged(false) when it was dirty
    m_stored = stored;
    DocumentState state = stateOf(definition);
    state.tags = tagsOf(tags);
    applyState(state);
}

schema::ObjectTypeDefinition ObjectTypeDocument::definition() const
{
    return definitionOf(m_state);
}

bool ObjectTypeDocument::isDirty() const
{
    return !m_undoStack->isClean();
}

void ObjectTypeDocument::markSaved()
{
    m_stored = true;
    m_undoStack->setClean();
}

bool ObjectTypeDocument::pushGeneral(const GeneralProperties &after, Property property)
{
    if (after == m_state.general)
        return false;
    m_undoStack->push(new SetGeneralCommand(this, m_state.general, after, property));
    return true;
}

bool ObjectTypeDocument::setName(const QString &name)
{
    if (m_stored)
        return false;
    GeneralProperties g = m_state.general;
    g.name = name;
    return pushGeneral(g, Property::Name);
}

bool ObjectTypeDocument::setDescription(const QString &description)
{
    GeneralProperties g = m_state.general;
    g.description = description;
    return pushGeneral(g, Property::Description);
}

bool ObjectTypeDocument::setTemplateId(const std::optional<QString> &templateId)
{
    GeneralProperties g = m_state.general;
    g.templateId = templateId;
    return pushGeneral(g, Property::TemplateId);
}

bool ObjectTypeDocument::setExpirationDays(std::optional<int> days)
{
    GeneralProperties g = m_state.general;
    g.expirationDays = days;
    return pushGeneral(g, Property::ExpirationDays);
}

bool ObjectTypeDocument::setEncryptionKey(const std::optional<QString> &key)
{
    GeneralProperties g = m_state.general;
    g.encryptionKey = key;
    return pushGeneral(g, Property::EncryptionKey);
}

bool ObjectTypeDocument::setAllowProfileCreation(std::optional<bool> allow)
{
    GeneralProperties g = m_state.general;
    g.allowProfileCreation = allow;
    return pushGeneral(g, Property::AllowProfileCreation);
}

bool ObjectTypeDocument::setSourceLastUpdatedTimestampFormat(const std::optional<QString> &format)
{
    GeneralProperties g = m_state.general;
    g.sourceLastUpdatedTimestampFormat = format;
    return pushGeneral(g, Property::SourceLastUpdatedTimestampFormat);
}

QStringList ObjectTypeDocument::fieldNames() const
{
    QStringList names;
    for (const FieldRow &f : m_state.fields)
        names.append(f.name);
    return names;
}

QString ObjectTypeDocument::freeFieldName(const QString &base) const
{
    const QStringList names = fieldNames();
    for (int n = 1;; ++n) {
        const QString name = base + QString::number(n);
        if (!names.contains(name))
            return name;
    }
}

QString ObjectTypeDocument::freeKeyName() const
{
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("key") + QString::number(n);
        const bool used = std::any_of(m_state.keys.begin(), m_state.keys.end(),
                                      [&](const KeyRow &k) { return k.name == name; });
        if (!used)
            return name;
    }
}

int ObjectTypeDocument::addField(const QString &name, const schema::FieldDefinition &field, int row)
{
    if (row < 0 || row > fieldCount())
        row = fieldCount();
    FieldRow f{name.isEmpty() ? freeFieldName(QStringLiteral("field")) : name, field};
    if (f.field.source.isEmpty())
        f.field.source = QStringLiteral("_source.") + f.name;
    if (f.field.contentType.isEmpty())
        f.field.contentType = QStringLiteral("STRING");
    return insertFields(row, {f}) ? row : -1;
}

bool ObjectTypeDocument::insertFields(int row, const QList<FieldRow> &rows)
{
    if (row < 0 || row > fieldCount() || rows.isEmpty())
        return false;
    m_undoStack->push(new RowsCommand<FieldRow>(this, row, rows, true,
                                                tr("Add %n field(s)", nullptr, int(rows.size()))));
    return true;
}

bool ObjectTypeDocument::removeFields(int row, int count)
{
    if (row < 0 || count <= 0 || row + count > fieldCount())
        return false;
    m_undoStack->push(new RowsCommand<FieldRow>(this, row, m_state.fields.mid(row, count), false,
                                                tr("Remove %n field(s)", nullptr, count)));
    return true;
}

int ObjectTypeDocument::duplicateField(int row)
{
    if (row < 0 || row >= fieldCount())
        return -1;
    FieldRow copy = field(row);
    copy.name = freeFieldName(copy.name + QStringLiteral("_copy"));
    m_undoStack->push(
        new RowsCommand<FieldRow>(this, row + 1, {copy}, true, tr("Duplicate field")));
    return row + 1;
}

bool ObjectTypeDocument::moveRows(Table table, int from, int count, int destination)
{
    const int size = table == Table::Fields ? fieldCount() : keyCount();
    if (from < 0 || count <= 0 || from + count > size || destination < 0 || destination > size ||
        (destination >= from && destination <= from + count))
        return false;
    m_undoStack->push(new MoveRowsCommand(this, table, from, count, destination));
    return true;
}

bool ObjectTypeDocument::setFieldValue(int row, FieldPart part, const QString &value)
{
    if (row < 0 || row >= fieldCount())
        return false;
    FieldRow after = field(row);
    QList<KeyRow> keys = m_state.keys;
    switch (part) {
    case FieldPart::Name: {
        const QString old = after.name;
        after.name = value;
        // Keys follow the rename unless another field still has the old name.
        const int holders = int(fieldNames().count(old));
        if (holders == 1 && old != value) {
            for (KeyRow &k : keys) {
                for (QString &name : k.key.fieldNames) {
                    if (name == old)
                        name = value;
                }
            }
        }
        break;
    }
    case FieldPart::Source:
        after.field.source = value;
        break;
    case FieldPart::Target:
        after.field.target = value;
        break;
    case FieldPart::ContentType:
        after.field.contentType = value;
        break;
    }
    if (after == field(row) && keys == m_state.keys)
        return false;
    m_undoStack->push(new EditFieldCommand(this, row, part, after, keys));
    return true;
}

int ObjectTypeDocument::addKey(const QString &name, const schema::KeyDefinition &key, int row)
{
    if (row < 0 || row > keyCount())
        row = keyCount();
    return insertKeys(row, {{name.isEmpty() ? freeKeyName() : name, key}}) ? row : -1;
}

bool ObjectTypeDocument::insertKeys(int row, const QList<KeyRow> &rows)
{
    if (row < 0 || row > keyCount() || rows.isEmpty())
        return false;
    m_undoStack->push(new RowsCommand<KeyRow>(this, row, rows, true,
                                              tr("Add %n key(s)", nullptr, int(rows.size()))));
    return true;
}

bool ObjectTypeDocument::removeKeys(int row, int count)
{
    if (row < 0 || count <= 0 || row + count > keyCount())
        return false;
    m_undoStack->push(new RowsCommand<KeyRow>(this, row, m_state.keys.mid(row, count), false,
                                              tr("Remove %n key(s)", nullptr, count)));
    return true;
}

bool ObjectTypeDocument::pushKey(int row, KeyPart part, const KeyRow &after)
{
    if (row < 0 || row >= keyCount() || after == key(row))
        return false;
    m_undoStack->push(new EditKeyCommand(this, row, part, after));
    return true;
}

bool ObjectTypeDocument::setKeyName(int row, const QString &name)
{
    if (row < 0 || row >= keyCount())
        return false;
    KeyRow after = key(row);
    after.name = name;
    return pushKey(row, KeyPart::Name, after);
}

bool ObjectTypeDocument::setKeyIdentifiers(int row, const QStringList &identifiers)
{
    if (row < 0 || row >= keyCount())
        return false;
    KeyRow after = key(row);
    after.key.standardIdentifiers = identifiers;
    return pushKey(row, KeyPart::Identifiers, after);
}

bool ObjectTypeDocument::toggleKeyIdentifier(int row, const QString &identifier)
{
    if (row < 0 || row >= keyCount())
        return false;
    QStringList ids = key(row).key.standardIdentifiers;
    if (!ids.removeAll(identifier))
        ids.append(identifier);
    return setKeyIdentifiers(row, ids);
}

bool ObjectTypeDocument::setKeyFieldNames(int row, const QStringList &fieldNames)
{
    if (row < 0 || row >= keyCount())
        return false;
    KeyRow after = key(row);
    after.key.fieldNames = fieldNames;
    return pushKey(row, KeyPart::FieldNames, after);
}

QList<schema::ValidationIssue> ObjectTypeDocument::problems() const
{
    QList<schema::ValidationIssue> issues;
    QSet<QString> seen;
    const auto add = [&](const QString &path, const QString &message) {
        if (!message.isEmpty() && !seen.contains(message)) {
            seen.insert(message);
            issues.append({path, message, message});
        }
    };
    const bool hasTemplate = m_state.general.templateId.has_value();
    // A row's own problem says it in the row's terms: the definition's check of the same
    // field or key ("Key \"k\" names no field.") would only say it again.
    QList<QPair<QString, QString>> rowProblems;
    for (int row = 0; row < fieldCount(); ++row)
        rowProblems.append({QStringLiteral("Fields.%1").arg(field(row).name),
                            ObjectTypeChecks::fieldProblem(m_state.fields, row)});
    for (int row = 0; row < keyCount(); ++row)
        rowProblems.append(
            {QStringLiteral("Keys.%1").arg(key(row).name),
             ObjectTypeChecks::keyProblem(m_state.keys, m_state.fields, hasTemplate, row)});
    const auto saidByARow = [&rowProblems](const QString &path) {
        return std::any_of(rowProblems.cbegin(), rowProblems.cend(), [&path](const auto &row) {
            return !row.second.isEmpty() &&
                   (path == row.first || path.startsWith(row.first + QLatin1Char('[')) ||
                    path.startsWith(row.first + QLatin1Char('.')));
        });
    };
    for (const schema::ValidationIssue &i : schema::validateObjectType(definition())) {
        if (!saidByARow(i.path))
            add(i.path, i.message);
    }
    for (const auto &[path, message] : std::as_const(rowProblems))
        add(path, message);
    add(QStringLiteral("Keys"), ObjectTypeChecks::keysProblem(m_state.keys, hasTemplate));
    for (int row = 0; row < m_state.tags.size(); ++row) {
        const QString problem = TagsModel::tagProblem(m_state.tags, row);
        if (!problem.isEmpty())
            add(QStringLiteral("Tags"), tr("Tag in row %1: %2").arg(row + 1).arg(problem));
    }
    if (hasTemplate && m_templateCatalogue &&
        !m_templateCatalogue->contains(*m_state.general.templateId))
        add(QStringLiteral("TemplateId"),
            tr("Template %1 does not exist: choose one of the list, or clear the template on "
               "the General tab.")
                .arg(*m_state.general.templateId));
    return issues;
}

QJsonObject ObjectTypeDocument::toJsonObject() const
{
    return jsonOf(m_state);
}

QByteArray ObjectTypeDocument::toJson(QJsonDocument::JsonFormat format) const
{
    return QJsonDocument(toJsonObject()).toJson(format);
}

QString ObjectTypeDocument::jsonSyntaxProblem(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    int line = 1;
    int column = 1;
    for (int i = 0; i < error.offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
}

QString ObjectTypeDocument::jsonProblem(const QByteArray &json)
{
    if (QString problem = jsonSyntaxProblem(json); !problem.isEmpty())
        return problem;
    if (!QJsonDocument::fromJson(json).isObject())
        return tr("The JSON must be an object: the PutProfileObjectType request.");
    return {};
}

DocumentState ObjectTypeDocument::stateFromJson(const QJsonObject &json)
{
    DocumentState s = stateOf(schema::ObjectTypeDefinition::fromJson(json));
    s.tags = tagsOf(json.value(QStringLiteral("Tags")).toObject());
    return s;
}

bool ObjectTypeDocument::fromJson(const QByteArray &json, QString *problem)
{
    const auto fail = [&](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (const QString why = jsonProblem(json); !why.isEmpty())
        return fail(why);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const DocumentState s = stateFromJson(object);
    if (m_stored && s.general.name != m_state.general.name)
        return fail(tr("The object type is saved as \"%1\": its name cannot change.")
                        .arg(m_state.general.name));
    // Only what the forms can hold is accepted, so that going back to JSON gives it back.
    const QJsonObject back = jsonOf(s);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool noTags = it.key() == QStringLiteral("Tags") && it.value().isObject() &&
                            it.value().toObject().isEmpty();
        if (back.value(it.key()) != it.value() && !noTags)
            return fail(tr("\"%1\" does not have the form PutProfileObjectType expects: check its "
                           "members and their types.")
                            .arg(it.key()));
    }
    if (problem)
        problem->clear();
    if (s.general != m_state.general || s.fields != m_state.fields || s.keys != m_state.keys ||
        s.tags != m_state.tags || s.extra != m_state.extra)
        replace(s, tr("Edit JSON"));
    return true;
}

void ObjectTypeDocument::replace(const DocumentState &state, const QString &undoText)
{
    m_undoStack->push(new ReplaceCommand(this, state, undoText));
}

void ObjectTypeDocument::applyGeneral(const GeneralProperties &general)
{
    m_state.general = general;
    Q_EMIT generalChanged();
    Q_EMIT changed();
}

void ObjectTypeDocument::applyInsertFields(int row, const QList<FieldRow> &rows)
{
    Q_EMIT rowsAboutToBeInserted(Table::Fields, row, row + int(rows.size()) - 1);
    for (int i = 0; i < rows.size(); ++i)
        m_state.fields.insert(row + i, rows.at(i));
    Q_EMIT rowsInserted(Table::Fields);
    Q_EMIT changed();
}

void ObjectTypeDocument::applyInsertKeys(int row, const QList<KeyRow> &rows)
{
    Q_EMIT rowsAboutToBeInserted(Table::Keys, row, row + int(rows.size()) - 1);
    for (int i = 0; i < rows.size(); ++i)
        m_state.keys.insert(row + i, rows.at(i));
    Q_EMIT rowsInserted(Table::Keys);
    Q_EMIT changed();
}

void ObjectTypeDocument::applyRemove(Table table, int row, int count)
{
    Q_EMIT rowsAboutToBeRemoved(table, row, row + count - 1);
    if (table == Table::Fields)
        m_state.fields.remove(row, count);
    else
        m_state.keys.remove(row, count);
    Q_EMIT rowsRemoved(table);
    Q_EMIT changed();
}

template<class T> static void moveRange(QList<T> &list, int from, int count, int destination)
{
    const QList<T> moving = list.mid(from, count);
    list.remove(from, count);
    const int at = destination > from ? destination - count : destination;
    for (int i = 0; i < count; ++i)
        list.insert(at + i, moving.at(i));
}

void ObjectTypeDocument::applyMove(Table table, int from, int count, int destination)
{
    Q_EMIT rowsAboutToBeMoved(table, from, from + count - 1, destination);
    if (table == Table::Fields)
        moveRange(m_state.fields, from, count, destination);
    else
        moveRange(m_state.keys, from, count, destination);
    Q_EMIT rowsMoved(table);
    Q_EMIT changed();
}

void ObjectTypeDocument::applyField(int row, const FieldRow &field)
{
    m_state.fields[row] = field;
    Q_EMIT rowChanged(Table::Fields, row);
    Q_EMIT changed();
}

void ObjectTypeDocument::applyKey(int row, const KeyRow &key)
{
    m_state.keys[row] = key;
    Q_EMIT rowChanged(Table::Keys, row);
    Q_EMIT changed();
}

void ObjectTypeDocument::applyState(const DocumentState &state)
{
    Q_EMIT aboutToBeReset();
    m_state = state;
    Q_EMIT reset();
    Q_EMIT generalChanged();
    Q_EMIT tagsChanged();
    Q_EMIT changed();
}

} // namespace cp::models
