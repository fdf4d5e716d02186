#include "fieldsmodel.h"

#include "objecttypechecks.h"
#include "destinations.h"

#include <QColor>

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
        break;
    }
    // A target in the standard asset, case or order says so: it fills that object, not
    // the profile.
    if (index.column() == Target && problem(index.row()).isEmpty()) {
        const auto kind = schema::destinations::kindOf(row.field.target);
        if (kind && *kind != schema::destinations::Kind::Profile) {
            if (role == Qt::ToolTipRole)
                return destinationText(*kind);
            if (role == Qt::ForegroundRole)
                return QColor(0x61, 0x35, 0x83); // the designer's colour for "not the profile"
        }
    }
    return decoration(role, problem(index.row()), QString());
}

QString FieldsModel::destinationText(schema::destinations::Kind kind)
{
    switch (kind) {
    case schema::destinations::Kind::Asset:
        return tr("Fills the standard asset the object brings along, not the profile.");
    case schema::destinations::Kind::Case:
        return tr("Fills the standard case the object brings along, not the profile.");
    case schema::destinations::Kind::Order:
        return tr("Fills the standard order the object brings along, not the profile.");
    case schema::destinations::Kind::Profile:
        break;
    }
    return {};
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
