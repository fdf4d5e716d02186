#include "objecttypetablemodel.h"

#include <QColor>

namespace cp::models {

ObjectTypeTableModel::ObjectTypeTableModel(ObjectTypeDocument *document,
                                           ObjectTypeDocument::Table table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(table)
{
    using D = ObjectTypeDocument;
    using T = D::Table;
    connect(document, &D::rowsAboutToBeInserted, this, [this](T t, int first, int last) {
        if (t == m_table)
            beginInsertRows({}, first, last);
    });
    connect(document, &D::rowsInserted, this, [this](T t) {
        if (t == m_table)
            endInsertRows();
        refreshAll();
    });
    connect(document, &D::rowsAboutToBeRemoved, this, [this](T t, int first, int last) {
        if (t == m_table)
            beginRemoveRows({}, first, last);
    });
    connect(document, &D::rowsRemoved, this, [this](T t) {
        if (t == m_table)
            endRemoveRows();
        refreshAll();
    });
    connect(document, &D::rowsAboutToBeMoved, this,
            [this](T t, int first, int last, int destination) {
                if (t == m_table)
                    beginMoveRows({}, first, last, {}, destination);
            });
    connect(document, &D::rowsMoved, this, [this](T t) {
        if (t == m_table)
            endMoveRows();
        refreshAll();
    });
    connect(document, &D::rowChanged, this, [this](T, int) { refreshAll(); });
    connect(document, &D::generalChanged, this, [this] { refreshAll(); });
    connect(document, &D::aboutToBeReset, this, [this] { beginResetModel(); });
    connect(document, &D::reset, this, [this] { endResetModel(); });
}

int ObjectTypeTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return m_table == ObjectTypeDocument::Table::Fields ? m_document->fieldCount()
                                                        : m_document->keyCount();
}

bool ObjectTypeTableModel::isCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() &&
           index.row() < rowCount() && index.column() < columnCount();
}

Qt::ItemFlags ObjectTypeTableModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

bool ObjectTypeTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || !m_document)
        return false;
    return m_table == ObjectTypeDocument::Table::Fields ? m_document->removeFields(row, count)
                                                        : m_document->removeKeys(row, count);
}

bool ObjectTypeTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                    const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || !m_document)
        return false;
    return m_document->moveRows(m_table, sourceRow, count, destinationChild);
}

void ObjectTypeTableModel::refreshAll()
{
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
}

QVariant ObjectTypeTableModel::decoration(int role, const QString &problem,
                                          const QString &warning) const
{
    switch (role) {
    case ProblemRole:
        return problem;
    case WarningRole:
        return warning;
    case Qt::ToolTipRole:
        if (!problem.isEmpty())
            return problem;
        return warning.isEmpty() ? QVariant() : QVariant(warning);
    case Qt::BackgroundRole:
        if (!problem.isEmpty())
            return QColor(0xf8, 0xd7, 0xda);
        return warning.isEmpty() ? QVariant() : QVariant(QColor(0xff, 0xf3, 0xcd));
    default:
        return {};
    }
}

} // namespace cp::models
