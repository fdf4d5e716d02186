#pragma once

#include "objecttypedocument.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cp::models {

// The common part of the designer's field and key tables: one row per row of the document's
// table, kept in step with the document's signals (so edits, undo and redo all reach views
// the same way), and structural edits that go through the document's undo commands.
class ObjectTypeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        ProblemRole, // the reason the row breaks a rule, or an empty string
        WarningRole  // a warning that does not block saving, or an empty string
    };

    ObjectTypeDocument *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

protected:
    ObjectTypeTableModel(ObjectTypeDocument *document, ObjectTypeDocument::Table table,
                         QObject *parent);
    bool isCell(const QModelIndex &index) const;
    // Problems depend on other rows (duplicates, one UNIQUE key): every row is refreshed.
    void refreshAll();
    // Decorations shared by both tables for a row's problem and warning.
    QVariant decoration(int role, const QString &problem, const QString &warning) const;

private:
    QPointer<ObjectTypeDocument> m_document;
    ObjectTypeDocument::Table m_table;
};

} // namespace cp::models
