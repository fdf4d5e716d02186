#pragma once

#include "destinations.h"
#include "objecttypetablemodel.h"

namespace cp::models {

// The designer's field table: one row per field of the document, in the editor's order.
// Edits, insertions, removals and moves go through the document's undo stack; each row
// says why it breaks a rule (ProblemRole and the tooltip); a Target in the standard asset,
// case or order is coloured apart and says so in its tooltip.
class FieldsModel : public ObjectTypeTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Source, Target, ContentType, ColumnCount };

    explicit FieldsModel(ObjectTypeDocument *document, QObject *parent = nullptr);

    // What the Target editor offers (it accepts a typed path too) and the content types.
    static QStringList targetChoices();
    static QStringList contentTypes();

    QString problem(int row) const;
    static QString destinationText(schema::destinations::Kind kind);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // New rows get a free name, a Source of the same name and the STRING content type.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
};

} // namespace cp::models
