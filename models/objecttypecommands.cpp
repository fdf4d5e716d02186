#include "objecttypecommands.h"

#include <QCoreApplication>

namespace cp::models {
namespace {

struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(cp::models::CommandText)
public:
    static QString property(ObjectTypeDocument::Property property)
    {
        using P = ObjectTypeDocument::Property;
        switch (property) {
        case P::Name:
            return tr("Change name");
        case P::Description:
            return tr("Change description");
        case P::TemplateId:
            return tr("Change template");
        case P::ExpirationDays:
            return tr("Change expiration");
        case P::EncryptionKey:
            return tr("Change encryption key");
        case P::AllowProfileCreation:
            return tr("Change profile creation");
        case P::SourceLastUpdatedTimestampFormat:
            return tr("Change timestamp format");
        }
        return {};
    }
    static QString field(ObjectTypeDocument::FieldPart part)
    {
        using P = ObjectTypeDocument::FieldPart;
        switch (part) {
        case P::Name:
            return tr("Rename field");
        case P::Source:
            return tr("Change field source");
        case P::Target:
            return tr("Change field target");
        case P::ContentType:
            return tr("Change field content type");
        }
        return {};
    }
    static QString key(ObjectTypeDocument::KeyPart part)
    {
        using P = ObjectTypeDocument::KeyPart;
        switch (part) {
        case P::Name:
            return tr("Rename key");
        case P::Identifiers:
            return tr("Change key identifiers");
        case P::FieldNames:
            return tr("Change key fields");
        }
        return {};
    }
};

bool isTextProperty(ObjectTypeDocument::Property property)
{
    using P = ObjectTypeDocument::Property;
    return property == P::Name || property == P::Description || property == P::TemplateId ||
           property == P::EncryptionKey || property == P::SourceLastUpdatedTimestampFormat;
}

} // namespace

SetGeneralCommand::SetGeneralCommand(ObjectTypeDocument *document, const GeneralProperties &before,
                                     const GeneralProperties &after,
                                     ObjectTypeDocument::Property property)
    : QUndoCommand(CommandText::property(property))
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_property(property)
{}

void SetGeneralCommand::redo()
{
    DocumentEdit::general(m_document, m_after);
}

void SetGeneralCommand::undo()
{
    DocumentEdit::general(m_document, m_before);
}

bool SetGeneralCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetGeneralCommand *>(other);
    if (next->m_property != m_property || !isTextProperty(m_property))
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

template<class Row>
RowsCommand<Row>::RowsCommand(ObjectTypeDocument *document, int row, const QList<Row> &rows,
                              bool insert, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_row(row)
    , m_rows(rows)
    , m_insert(insert)
{}

template<> void RowsCommand<FieldRow>::insert()
{
    DocumentEdit::insertFields(m_document, m_row, m_rows);
}

template<> void RowsCommand<KeyRow>::insert()
{
    DocumentEdit::insertKeys(m_document, m_row, m_rows);
}

template<> void RowsCommand<FieldRow>::remove()
{
    DocumentEdit::remove(m_document, ObjectTypeDocument::Table::Fields, m_row, int(m_rows.size()));
}

template<> void RowsCommand<KeyRow>::remove()
{
    DocumentEdit::remove(m_document, ObjectTypeDocument::Table::Keys, m_row, int(m_rows.size()));
}

template class RowsCommand<FieldRow>;
template class RowsCommand<KeyRow>;

MoveRowsCommand::MoveRowsCommand(ObjectTypeDocument *document, ObjectTypeDocument::Table table,
                                 int from, int count, int destination)
    : QUndoCommand(table == ObjectTypeDocument::Table::Fields
                       ? CommandText::tr("Move %n field(s)", nullptr, count)
                       : CommandText::tr("Move %n key(s)", nullptr, count))
    , m_document(document)
    , m_table(table)
    , m_from(from)
    , m_count(count)
    , m_destination(destination)
{}

void MoveRowsCommand::redo()
{
    DocumentEdit::move(m_document, m_table, m_from, m_count, m_destination);
}

void MoveRowsCommand::undo()
{
    // After the move the rows start at `start`; moving them back is the inverse move.
    if (m_destination > m_from)
        DocumentEdit::move(m_document, m_table, m_destination - m_count, m_count, m_from);
    else
        DocumentEdit::move(m_document, m_table, m_destination, m_count, m_from + m_count);
}

EditFieldCommand::EditFieldCommand(ObjectTypeDocument *document, int row,
                                   ObjectTypeDocument::FieldPart part, const FieldRow &after,
                                   const QList<KeyRow> &keysAfter)
    : QUndoCommand(CommandText::field(part))
    , m_document(document)
    , m_row(row)
    , m_part(part)
    , m_before(document->field(row))
    , m_after(after)
    , m_keysBefore(document->state().keys)
    , m_keysAfter(keysAfter)
{}

void EditFieldCommand::applyKeys(const QList<KeyRow> &from, const QList<KeyRow> &to)
{
    for (int i = 0; i < to.size() && i < from.size(); ++i) {
        if (from.at(i) != to.at(i))
            DocumentEdit::key(m_document, i, to.at(i));
    }
}

void EditFieldCommand::redo()
{
    DocumentEdit::field(m_document, m_row, m_after);
    applyKeys(m_keysBefore, m_keysAfter);
}

void EditFieldCommand::undo()
{
    DocumentEdit::field(m_document, m_row, m_before);
    applyKeys(m_keysAfter, m_keysBefore);
}

bool EditFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditFieldCommand *>(other);
    if (next->m_row != m_row || next->m_part != m_part ||
        m_part == ObjectTypeDocument::FieldPart::ContentType)
        return false;
    m_after = next->m_after;
    m_keysAfter = next->m_keysAfter;
    setObsolete(m_after == m_before && m_keysAfter == m_keysBefore);
    return true;
}

EditKeyCommand::EditKeyCommand(ObjectTypeDocument *document, int row,
                               ObjectTypeDocument::KeyPart part, const KeyRow &after)
    : QUndoCommand(CommandText::key(part))
    , m_document(document)
    , m_row(row)
    , m_part(part)
    , m_before(document->key(row))
    , m_after(after)
{}

void EditKeyCommand::redo()
{
    DocumentEdit::key(m_document, m_row, m_after);
}

void EditKeyCommand::undo()
{
    DocumentEdit::key(m_document, m_row, m_before);
}

bool EditKeyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditKeyCommand *>(other);
    if (next->m_row != m_row || next->m_part != m_part ||
        m_part != ObjectTypeDocument::KeyPart::Name)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

ReplaceCommand::ReplaceCommand(ObjectTypeDocument *document, const DocumentState &after,
                               const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->state())
    , m_after(after)
{}

} // namespace cp::models
