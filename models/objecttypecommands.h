#pragma once

#include "objecttypedocument.h"

#include <QUndoCommand>

namespace cp::models {

// The undo steps of the object type designer. Each applies its change through the
// document's primitives, which emit the row signals the table models forward.

// Gives the commands the document's primitives.
class DocumentEdit
{
public:
    static void general(ObjectTypeDocument *d, const GeneralProperties &g) { d->applyGeneral(g); }
    static void insertFields(ObjectTypeDocument *d, int row, const QList<FieldRow> &rows)
    {
        d->applyInsertFields(row, rows);
    }
    static void insertKeys(ObjectTypeDocument *d, int row, const QList<KeyRow> &rows)
    {
        d->applyInsertKeys(row, rows);
    }
    static void remove(ObjectTypeDocument *d, ObjectTypeDocument::Table t, int row, int count)
    {
        d->applyRemove(t, row, count);
    }
    static void move(ObjectTypeDocument *d, ObjectTypeDocument::Table t, int from, int count,
                     int destination)
    {
        d->applyMove(t, from, count, destination);
    }
    static void field(ObjectTypeDocument *d, int row, const FieldRow &f) { d->applyField(row, f); }
    static void key(ObjectTypeDocument *d, int row, const KeyRow &k) { d->applyKey(row, k); }
    static void state(ObjectTypeDocument *d, const DocumentState &s) { d->applyState(s); }
    static void tags(ObjectTypeDocument *d, const TagList &t) { d->applyTags(t); }
};

enum CommandId { GeneralCommandId = 1, FieldCommandId, KeyCommandId };

class SetGeneralCommand : public QUndoCommand
{
public:
    SetGeneralCommand(ObjectTypeDocument *document, const GeneralProperties &before,
                      const GeneralProperties &after, ObjectTypeDocument::Property property);
    void redo() override;
    void undo() override;
    int id() const override { return GeneralCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ObjectTypeDocument *m_document;
    GeneralProperties m_before;
    GeneralProperties m_after;
    ObjectTypeDocument::Property m_property;
};

// Inserts rows (redo) and removes them (undo), or the other way round.
template<class Row> class RowsCommand : public QUndoCommand
{
public:
    RowsCommand(ObjectTypeDocument *document, int row, const QList<Row> &rows, bool insert,
                const QString &text);
    void redo() override { m_insert ? insert() : remove(); }
    void undo() override { m_insert ? remove() : insert(); }

private:
    void insert();
    void remove();
    ObjectTypeDocument *m_document;
    int m_row;
    QList<Row> m_rows;
    bool m_insert;
};

class MoveRowsCommand : public QUndoCommand
{
public:
    MoveRowsCommand(ObjectTypeDocument *document, ObjectTypeDocument::Table table, int from,
                    int count, int destination);
    void redo() override;
    void undo() override;

private:
    ObjectTypeDocument *m_document;
    ObjectTypeDocument::Table m_table;
    int m_from;
    int m_count;
    int m_destination;
};

// One cell of a field, with the keys it renames; consecutive text edits of a cell merge.
class EditFieldCommand : public QUndoCommand
{
public:
    EditFieldCommand(ObjectTypeDocument *document, int row, ObjectTypeDocument::FieldPart part,
                     const FieldRow &after, const QList<KeyRow> &keysAfter);
    void redo() override;
    void undo() override;
    int id() const override { return FieldCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void applyKeys(const QList<KeyRow> &from, const QList<KeyRow> &to);
    ObjectTypeDocument *m_document;
    int m_row;
    ObjectTypeDocument::FieldPart m_part;
    FieldRow m_before;
    FieldRow m_after;
    QList<KeyRow> m_keysBefore;
    QList<KeyRow> m_keysAfter;
};

class EditKeyCommand : public QUndoCommand
{
public:
    EditKeyCommand(ObjectTypeDocument *document, int row, ObjectTypeDocument::KeyPart part,
                   const KeyRow &after);
    void redo() override;
    void undo() override;
    int id() const override { return KeyCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ObjectTypeDocument *m_document;
    int m_row;
    ObjectTypeDocument::KeyPart m_part;
    KeyRow m_before;
    KeyRow m_after;
};

class SetTagsCommand : public QUndoCommand
{
public:
    SetTagsCommand(ObjectTypeDocument *document, const TagList &before, const TagList &after,
                   const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(before)
        , m_after(after)
    {}
    void redo() override { DocumentEdit::tags(m_document, m_after); }
    void undo() override { DocumentEdit::tags(m_document, m_before); }

private:
    ObjectTypeDocument *m_document;
    TagList m_before;
    TagList m_after;
};

class ReplaceCommand : public QUndoCommand
{
public:
    ReplaceCommand(ObjectTypeDocument *document, const DocumentState &after, const QString &text);
    void redo() override { DocumentEdit::state(m_document, m_after); }
    void undo() override { DocumentEdit::state(m_document, m_before); }

private:
    ObjectTypeDocument *m_document;
    DocumentState m_before;
    DocumentState m_after;
};

} // namespace cp::models
