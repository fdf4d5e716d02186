#include "keysmodel.h"

#include "objecttypechecks.h"

namespace cp::models {
namespace {

QStringList toList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    QStringList out;
    const QStringList parts = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

} // namespace

KeysModel::KeysModel(ObjectTypeDocument *document, QObject *parent)
    : ObjectTypeTableModel(document, ObjectTypeDocument::Table::Keys, parent)
{}

QStringList KeysModel::identifierChoices()
{
    return ObjectTypeChecks::offeredIdentifiers();
}

QString KeysModel::identifierDescription(const QString &id)
{
    return ObjectTypeChecks::identifierDescription(id);
}

QStringList KeysModel::offeredIdentifiers()
{
    return ObjectTypeChecks::offeredIdentifiers();
}

QStringList KeysModel::fieldChoices() const
{
    return document()->fieldNames();
}

void KeysModel::setOtherObjectTypes(const QList<schema::ObjectTypeDefinition> &others)
{
    m_others = others;
    refreshAll();
}

QString KeysModel::problem(int row) const
{
    const DocumentState &s = document()->state();
    return ObjectTypeChecks::keyProblem(s.keys, s.fields, s.general.templateId.has_value(), row);
}

QString KeysModel::warning(int row) const
{
    if (row < 0 || row >= document()->keyCount() || (m_others.isEmpty() && m_samples.isEmpty()))
        return {};
    const schema::ObjectTypeDefinition type = document()->definition();
    const QString name = document()->key(row).name;
    QStringList warnings;
    for (const QString &warning : {ObjectTypeChecks::keyWarning(type, name, m_others),
                                   ObjectTypeChecks::keySampleWarning(type, name, m_samples)}) {
        if (!warning.isEmpty())
            warnings.append(warning);
    }
    return warnings.join(QLatin1Char('\n'));
}

void KeysModel::setSamples(const QList<QJsonObject> &samples)
{
    m_samples = samples;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString KeysModel::tableProblem() const
{
    const DocumentState &s = document()->state();
    return ObjectTypeChecks::keysProblem(s.keys, s.general.templateId.has_value());
}

bool KeysModel::toggleIdentifier(int row, const QString &identifier)
{
    return document()->toggleKeyIdentifier(row, identifier);
}

int KeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeysModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const KeyRow &row = document()->key(index.row());
    const QStringList &list =
        index.column() == Identifiers ? row.key.standardIdentifiers : row.key.fieldNames;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return row.name;
        return list.join(QStringLiteral(", "));
    case Qt::EditRole:
    case RawValueRole:
        if (index.column() == Name)
            return row.name;
        return list;
    default:
        return decoration(role, problem(index.row()), warning(index.row()));
    }
}

QVariant KeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Key");
    case Identifiers:
        return tr("Standard identifiers");
    case FieldNames:
        return tr("Fields");
    default:
        return {};
    }
}

bool KeysModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isCell(index))
        return false;
    const int row = index.row();
    switch (index.column()) {
    case Name:
        if (value.toString() == document()->key(row).name)
            return true;
        return document()->setKeyName(row, value.toString());
    case Identifiers:
        if (toList(value) == document()->key(row).key.standardIdentifiers)
            return true;
        return document()->setKeyIdentifiers(row, toList(value));
    case FieldNames:
        if (toList(value) == document()->key(row).key.fieldNames)
            return true;
        return document()->setKeyFieldNames(row, toList(value));
    default:
        return false;
    }
}

bool KeysModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    QList<KeyRow> rows;
    QStringList names;
    for (int i = 0; i < document()->keyCount(); ++i)
        names.append(document()->key(i).name);
    for (int n = 1; rows.size() < count; ++n) {
        const QString name = QStringLiteral("key") + QString::number(n);
        if (names.contains(name))
            continue;
        names.append(name);
        rows.append({name, {{QStringLiteral("PROFILE")}, {}}});
    }
    return document()->insertKeys(row, rows);
}

} // namespace cp::models
