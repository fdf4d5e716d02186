#pragma once

#include "objecttype.h"
#include "tagsmodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

class QUndoStack;

namespace cp::models {

// One row of the designer's field table: the field's name and its definition.
struct FieldRow
{
    QString name;
    schema::FieldDefinition field;
    bool operator==(const FieldRow &o) const
    {
        return name == o.name && field.source == o.field.source && field.target == o.field.target &&
               field.contentType == o.field.contentType;
    }
    bool operator!=(const FieldRow &o) const { return !(*this == o); }
};

// One row of the key table: a key name and one of its definitions (a name may have several).
struct KeyRow
{
    QString name;
    schema::KeyDefinition key;
    bool operator==(const KeyRow &o) const
    {
        return name == o.name && key.standardIdentifiers == o.key.standardIdentifiers &&
               key.fieldNames == o.key.fieldNames;
    }
    bool operator!=(const KeyRow &o) const { return !(*this == o); }
};

// The general properties of an object type (everything but its fields and keys).
struct GeneralProperties
{
    QString name;
    QString description;
    std::optional<QString> templateId;
    std::optional<int> expirationDays;
    std::optional<QString> encryptionKey;
    std::optional<bool> allowProfileCreation;
    std::optional<QString> sourceLastUpdatedTimestampFormat;
    bool operator==(const GeneralProperties &o) const
    {
        return name == o.name && description == o.description && templateId == o.templateId &&
               expirationDays == o.expirationDays && encryptionKey == o.encryptionKey &&
               allowProfileCreation == o.allowProfileCreation &&
               sourceLastUpdatedTimestampFormat == o.sourceLastUpdatedTimestampFormat;
    }
    bool operator!=(const GeneralProperties &o) const { return !(*this == o); }
};

// Everything the designer edits; what a "replace all" undo step saves and restores.
struct DocumentState
{
    GeneralProperties general;
    QList<FieldRow> fields;
    QList<KeyRow> keys;
    TagList tags;      // the request's Tags, in the order they are edited
    QJsonObject extra; // request members the designer does not edit, kept as they are
};

// The object type being designed: its general properties, fields (in the editor's order) and
// key definitions, with an undo stack through which every edit goes. Dirty while the stack is
// away from its clean index (set by load() and markSaved()).
class ObjectTypeDocument : public QObject
{
    Q_OBJECT
public:
    enum class Table { Fields, Keys };
    enum class Property {
        Name,
        Description,
        TemplateId,
        ExpirationDays,
        EncryptionKey,
        AllowProfileCreation,
        SourceLastUpdatedTimestampFormat
    };
    enum class FieldPart { Name, Source, Target, ContentType };
    enum class KeyPart { Name, Identifiers, FieldNames };

    explicit ObjectTypeDocument(QObject *parent = nullptr);
    ~ObjectTypeDocument() override;

    // Starts over from `definition`, with an empty undo stack, clean. `stored`: the object
    // type exists in the domain, so its name is fixed.
    void load(const schema::ObjectTypeDefinition &definition, bool stored = false,
              const QJsonObject &tags = {});
    schema::ObjectTypeDefinition definition() const;
    const DocumentState &state() const { return m_state; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isDirty() const;
    bool isStored() const { return m_stored; }
    // After a successful save: clean here, and the name is fixed from now on.
    void markSaved();

    // General properties; each returns false when nothing changed or the edit is refused.
    const GeneralProperties &general() const { return m_state.general; }
    bool setName(const QString &name); // refused once stored
    bool setDescription(const QString &description);
    bool setTemplateId(const std::optional<QString> &templateId);
    bool setExpirationDays(std::optional<int> days);
    bool setEncryptionKey(const std::optional<QString> &key);
    bool setAllowProfileCreation(std::optional<bool> allow);
    bool setSourceLastUpdatedTimestampFormat(const std::optional<QString> &format);

    // Fields.
    int fieldCount() const { return int(m_state.fields.size()); }
    const FieldRow &field(int row) const { return m_state.fields.at(row); }
    QStringList fieldNames() const;
    // Adds a field at `row` (-1: at the end); a free name "fieldN" when `name` is empty.
    int addField(const QString &name = QString(), const schema::FieldDefinition &field = {},
                 int row = -1);
    bool insertFields(int row, const QList<FieldRow> &rows);
    bool removeFields(int row, int count = 1);
    // Adds a copy of the field under a free name just below it; returns its row, or -1.
    int duplicateField(int row);
    // Moves `count` rows from `from` to before `destination` (beginMoveRows's convention).
    bool moveRows(Table table, int from, int count, int destination);
    // Renaming a field renames it in the keys that use it, in the same undo step.
    bool setFieldValue(int row, FieldPart part, const QString &value);

    // Keys.
    int keyCount() const { return int(m_state.keys.size()); }
    const KeyRow &key(int row) const { return m_state.keys.at(row); }
    int addKey(const QString &name = QString(), const schema::KeyDefinition &key = {},
               int row = -1);
    bool insertKeys(int row, const QList<KeyRow> &rows);
    bool removeKeys(int row, int count = 1);
    bool setKeyName(int row, const QString &name);
    bool setKeyIdentifiers(int row, const QStringList &identifiers);
    bool toggleKeyIdentifier(int row, const QString &identifier);
    bool setKeyFieldNames(int row, const QStringList &fieldNames);

    // Tags, each edit an undo step; the model's limits are checked in problems().
    const TagList &tags() const { return m_state.tags; }
    bool setTags(const TagList &tags);
    int addTag(const QString &key = QString(), const QString &value = QString());
    bool removeTag(int row);
    bool setTag(int row, const QString &key, const QString &value);

    // The template ids the service knows (ListProfileObjectTypeTemplates); once set, a
    // TemplateId that is not one of them is a problem.
    void setTemplateCatalogue(const QStringList &templateIds);

    // Everything that blocks Save: the schema's rules plus the rows' own (field names,
    // duplicates, identifiers), each once.
    QList<schema::ValidationIssue> problems() const;

    // The PutProfileObjectType request (without DomainName, which goes in the path).
    QJsonObject toJsonObject() const;
    QByteArray toJson(QJsonDocument::JsonFormat format = QJsonDocument::Indented) const;
    // Replaces the document with the request in `json`, as one undo step. False, with the
    // reason in `problem`, when it is not valid JSON, not an object, does not have the
    // request's form, or renames a stored object type.
    bool fromJson(const QByteArray &json, QString *problem = nullptr);
    // Where `json` is not valid JSON ("Line 3, column 5: ...", the place the parser stopped,
    // columns in characters), or why it is not a request object; an empty string when fine.
    static QString jsonProblem(const QByteArray &json);
    // Only where `json` is not valid JSON (any JSON value), or an empty string.
    static QString jsonSyntaxProblem(const QByteArray &json);
    static DocumentState stateFromJson(const QJsonObject &json);

    // Replaces everything, as one undo step (fromJson, starting from a template).
    void replace(const DocumentState &state, const QString &undoText);

Q_SIGNALS:
    void changed();
    void generalChanged();
    void tagsChanged();
    void dirtyChanged(bool dirty);
    void rowsAboutToBeInserted(cp::models::ObjectTypeDocument::Table table, int first, int last);
    void rowsInserted(cp::models::ObjectTypeDocument::Table table);
    void rowsAboutToBeRemoved(cp::models::ObjectTypeDocument::Table table, int first, int last);
    void rowsRemoved(cp::models::ObjectTypeDocument::Table table);
    void rowsAboutToBeMoved(cp::models::ObjectTypeDocument::Table table, int first, int last,
                            int destination);
    void rowsMoved(cp::models::ObjectTypeDocument::Table table);
    void rowChanged(cp::models::ObjectTypeDocument::Table table, int row);
    void aboutToBeReset();
    void reset();

private:
    friend class DocumentEdit;
    bool pushGeneral(const GeneralProperties &after, Property property);
    bool pushKey(int row, KeyPart part, const KeyRow &after);
    QString freeFieldName(const QString &base) const;
    QString freeKeyName() const;

    // The primitives the undo commands apply; they record nothing themselves.
    void applyGeneral(const GeneralProperties &general);
    void applyInsertFields(int row, const QList<FieldRow> &rows);
    void applyInsertKeys(int row, const QList<KeyRow> &rows);
    void applyRemove(Table table, int row, int count);
    void applyMove(Table table, int from, int count, int destination);
    void applyField(int row, const FieldRow &field);
    void applyKey(int row, const KeyRow &key);
    void applyTags(const TagList &tags);
    void applyState(const DocumentState &state);

    DocumentState m_state;
    QUndoStack *m_undoStack = nullptr;
    bool m_stored = false;
    std::optional<QStringList> m_templateCatalogue;
};

} // namespace cp::models
