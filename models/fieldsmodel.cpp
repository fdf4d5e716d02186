#include "fieldsmodel.h"

#include "objecttypechecks.h"
#include "destinations.h"

namespace cp::models {

FieldsModel::FieldsModel(ObjectTypeDocument *document, QObject *parent)
    : ObjectTypeTableModel(document, ObjectTypeDocument::Table::Fields, parent)
{}

QStringList FieldsModel::targetChoices()
{
    return schema::destinations::allTargetPaths();
}

QStringList FieldsModel::contentTypes()
{
    return ObjectTypeChecks::contentTypes();
}

QString FieldsModel::problem(int row) const
{
    return ObjectTypeChecks::fieldProblem(document()->state().fields, row);
}

int FieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldsModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const FieldRow &row = document()->field(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Source:
            return row.field.source;
        case Target:
            return row.field.target;
        case ContentType:
            return row.field.contentType;
        default:
            return {};
        }
    default:
        return decoration(role, problem(index.row()), QString());
    }
}

QVariant FieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Source:
        return tr("Source");
    case Target:
        return tr("Target");
    case ContentType:
        return tr("Content type");
    default:
        return {};
    }
}

bool FieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isCell(index))
        return false;
    static const ObjectTypeDocument::FieldPart parts[] = {
        ObjectTypeDocument::FieldPart::Name, ObjectTypeDocument::FieldPart::Source,
        ObjectTypeDocument::FieldPart::Target, ObjectTypeDocument::FieldPart::ContentType};
    const QString text = value.toString();
    if (data(index, RawValueRole).toString() == text)
        return true;
    return document()->setFieldValue(index.row(), parts[index.column()], text);
}

bool FieldsModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    QList<FieldRow> rows;
    QStringList names = document()->fieldNames();
    for (int n = 1; rows.size() < count; ++n) {
        const QString name = QStringLiteral("field") + QString::number(n);
        if (names.contains(name))
            continue;
        names.append(name);
        rows.append(
            {name, {QStringLiteral("_source.") + name, QString(), QStringLiteral("STRING")}});
    }
    return document()->insertFields(row, rows);
}

} // namespace cp::models
