#include "profilecomparison.h"

#include "wiremodel.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>

namespace cp::models {
namespace comparison {
namespace {

const QString kAttributes = QStringLiteral("Attributes");
const QString kAttributesPrefix = QStringLiteral("Attributes.");

// The members of the model's Profile shape, in its order.
QStringList profileMembers()
{
    QStringList names;
    if (const schema::Shape *shape = schema::WireModel::bundled().shape(u"Profile")) {
        for (const schema::Member &member : shape->members)
            names.append(member.name);
    }
    return names;
}

bool leftOut(const QString &member)
{
    return member == QLatin1String("ProfileId") || member == QLatin1String("FoundByItems");
}

// The paths of one member of one profile with their values: an object is flattened one
// level ("Address.City"), anything else is the member itself.
void flatten(const QString &member, const QJsonValue &value, QList<QPair<QString, QString>> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.append({member + QLatin1Char('.') + it.key(), text(it.value())});
        return;
    }
    out.append({member, text(value)});
}

} // namespace

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return QString();
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString columnLabel(const QJsonObject &profile)
{
    QStringList parts;
    for (const char *member : {"FirstName", "LastName", "BusinessName"}) {
        const QString value = profile.value(QLatin1String(member)).toString();
        if (!value.isEmpty())
            parts.append(value);
    }
    const QString id = profile.value(QStringLiteral("ProfileId")).toString().left(8);
    return parts.isEmpty() ? id : parts.join(QLatin1Char(' ')) + QStringLiteral(" · ") + id;
}

QString sourceOf(const QString &path)
{
    if (path.startsWith(kAttributesPrefix))
        return path;
    return path.section(QLatin1Char('.'), 0, 0);
}

bool isChoosable(const QString &source)
{
    if (source.startsWith(kAttributesPrefix))
        return true;
    const schema::Shape *shape = schema::WireModel::bundled().shape(u"FieldSourceProfileIds");
    if (!shape)
        return false;
    for (const schema::Member &member : shape->members) {
        if (member.name == source && member.name != kAttributes)
            return true;
    }
    return false;
}

QString sourceValue(const QJsonObject &profile, const QString &source)
{
    if (source.startsWith(kAttributesPrefix))
        return text(profile.value(kAttributes).toObject().value(source.mid(kAttributesPrefix.size())));
    const QJsonValue value = profile.value(source);
    if (!value.isObject())
        return text(value);
    QStringList parts;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        parts.append(it.key() + QStringLiteral(": ") + text(it.value()));
    return parts.join(QStringLiteral(", "));
}

QList<Field> compare(const QList<QJsonObject> &profiles)
{
    QStringList members = profileMembers();
    for (const QJsonObject &profile : profiles) {
        for (auto it = profile.begin(); it != profile.end(); ++it) {
            if (!members.contains(it.key()))
                members.append(it.key());
        }
    }
    QList<Field> fields;
    for (const QString &member : std::as_const(members)) {
        if (leftOut(member))
            continue;
        QStringList paths;
        QList<QMap<QString, QString>> values;
        for (const QJsonObject &profile : profiles) {
            QList<QPair<QString, QString>> flat;
            if (profile.contains(member))
                flatten(member, profile.value(member), flat);
            QMap<QString, QString> byPath;
            for (const auto &[path, value] : std::as_const(flat)) {
                if (!paths.contains(path))
                    paths.append(path);
                byPath.insert(path, value);
            }
            values.append(byPath);
        }
        for (const QString &path : std::as_const(paths)) {
            Field field{path, sourceOf(path), {}, false};
            for (const auto &byPath : std::as_const(values))
                field.values.append(byPath.value(path));
            for (const QString &value : std::as_const(field.values))
                field.differs = field.differs || value != field.values.first();
            fields.append(field);
        }
    }
    return fields;
}

QJsonObject fieldSourceProfileIds(const QMap<QString, QString> &choices)
{
    QJsonObject sources;
    QJsonObject attributes;
    for (auto it = choices.begin(); it != choices.end(); ++it) {
        if (it.key().startsWith(kAttributesPrefix))
            attributes.insert(it.key().mid(kAttributesPrefix.size()), it.value());
        else
            sources.insert(it.key(), it.value());
    }
    if (!attributes.isEmpty())
        sources.insert(kAttributes, attributes);
    return sources;
}

} // namespace comparison

ProfileComparisonModel::ProfileComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProfileComparisonModel::setProfiles(const QList<QJsonObject> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    m_fields = comparison::compare(profiles);
    endResetModel();
}

int ProfileComparisonModel::rowOf(const QString &path) const
{
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_fields.at(row).path == path)
            return row;
    }
    return -1;
}

int ProfileComparisonModel::differingCount() const
{
    int count = 0;
    for (const comparison::Field &field : m_fields)
        count += field.differs ? 1 : 0;
    return count;
}

int ProfileComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int ProfileComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size()) + 1;
}

QVariant ProfileComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const comparison::Field &field = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return field.differs ? QStringLiteral("≠ ") + field.path : field.path;
        return field.values.value(index.column() - 1);
    case Qt::BackgroundRole:
        return field.differs ? QVariant(QColor(255, 236, 179)) : QVariant();
    case Qt::ForegroundRole:
        return field.differs ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::FontRole:
        if (field.differs) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (field.differs)
            return tr("The profiles hold different values for %1.").arg(field.path);
        return index.column() == 0 ? tr("The profiles agree on %1.").arg(field.path) : QVariant();
    case DiffersRole:
        return field.differs;
    case PathRole:
        return field.path;
    default:
        return {};
    }
}

QVariant ProfileComparisonModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > m_profiles.size())
        return {};
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Field");
        return comparison::columnLabel(m_profiles.at(section - 1));
    }
    if (role == Qt::ToolTipRole && section > 0)
        return tr("Profile %1").arg(m_profiles.at(section - 1).value(QStringLiteral("ProfileId")).toString());
    return {};
}

} // namespace cp::models
