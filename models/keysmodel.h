#pragma once

#include "objecttypetablemodel.h"

namespace cp::models {

// The designer's key table: one row per key definition (a key name may have several).
// Identifiers and FieldNames are QStringLists in EditRole and RawValueRole and joined with
// ", " for display; setData accepts either a list or that text. Each row gives the reason it
// breaks a rule (ProblemRole, tooltip) and a warning when another object type of the domain
// uses the same key name for another content type (WarningRole).
class KeysModel : public ObjectTypeTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Identifiers, FieldNames, ColumnCount };

    explicit KeysModel(ObjectTypeDocument *document, QObject *parent = nullptr);

    // The identifiers offered as checkable choices, the usual five first.
    static QStringList identifierChoices();
    static QStringList offeredIdentifiers();
    static QString identifierDescription(const QString &id);
    // The fields a key can use: the document's field names.
    QStringList fieldChoices() const;

    // The other object types of the domain, for the content type warning.
    void setOtherObjectTypes(const QList<schema::ObjectTypeDefinition> &others);
    // The user's own records (detection's samples): keys they leave empty are warned about.
    void setSamples(const QList<QJsonObject> &samples);

    QString problem(int row) const;
    QString warning(int row) const;
    // What is wrong with the keys as a whole (none, no UNIQUE one), or an empty string.
    QString tableProblem() const;
    bool toggleIdentifier(int row, const QString &identifier);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // New rows get a free name and the PROFILE identifier, and no field yet.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<schema::ObjectTypeDefinition> m_others;
    QList<QJsonObject> m_samples;
};

} // namespace cp::models
