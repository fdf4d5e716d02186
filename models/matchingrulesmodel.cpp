#include "matchingrulesmodel.h"

#include "matchingattributes.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace cp::models {
namespace {

const QString kRule = QStringLiteral("Rule");

} // namespace

MatchingRulesModel::MatchingRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QStringList MatchingRulesModel::splitAttributes(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            out.append(name);
    }
    return out;
}

void MatchingRulesModel::setRules(const QJsonArray &rules)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &value : rules) {
        Row row;
        row.original = value.toObject();
        for (const QJsonValue &name : row.original.value(kRule).toArray())
            row.attributes.append(name.toString());
        m_rows.append(row);
    }
    endResetModel();
}

QJsonArray MatchingRulesModel::rules() const
{
    QJsonArray out;
    for (const Row &row : m_rows) {
        QJsonObject rule = row.original;
        rule.insert(kRule, QJsonArray::fromStringList(row.attributes));
        out.append(rule);
    }
    return out;
}

void MatchingRulesModel::setLevels(int matchUpTo, int mergeUpTo)
{
    m_matchUpTo = matchUpTo;
    m_mergeUpTo = mergeUpTo;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Effect), index(int(m_rows.size()) - 1, Effect));
}

void MatchingRulesModel::setAttributes(int row, const QStringList &attributes)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).attributes == attributes)
        return;
    m_rows[row].attributes = attributes;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT edited();
}

int MatchingRulesModel::addRule(int row, const QStringList &attributes)
{
    if (m_rows.size() >= kMaxRules)
        return -1;
    const int at = row < 0 || row >= m_rows.size() ? int(m_rows.size()) : row + 1;
    beginInsertRows({}, at, at);
    m_rows.insert(at, Row{QJsonObject(), attributes});
    endInsertRows();
    // Levels after it moved down by one.
    Q_EMIT dataChanged(index(at, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT edited();
    return at;
}

void MatchingRulesModel::removeRule(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (row < m_rows.size())
        Q_EMIT dataChanged(index(row, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT edited();
}

bool MatchingRulesModel::moveRule(int row, int delta)
{
    const int to = row + delta;
    if (delta == 0 || row < 0 || to < 0 || row >= m_rows.size() || to >= m_rows.size())
        return false;
    // beginMoveRows counts the destination before the move.
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    m_rows.move(row, to);
    endMoveRows();
    Q_EMIT dataChanged(index(qMin(row, to), 0), index(qMax(row, to), ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

QString MatchingRulesModel::problem(int row) const
{
    const QStringList &names = m_rows.at(row).attributes;
    if (names.isEmpty())
        return tr("Level %1 names no attribute.").arg(row + 1);
    if (names.size() > kMaxAttributes)
        return tr("Level %1 names %2 attributes; a rule has at most %3.")
            .arg(row + 1)
            .arg(names.size())
            .arg(kMaxAttributes);
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.indexOf(names.at(i)) != i)
            return tr("Level %1 names %2 twice.").arg(row + 1).arg(names.at(i));
        if (names.at(i).size() > 255)
            return tr("Level %1 names an attribute longer than 255 characters.").arg(row + 1);
    }
    return {};
}

QString MatchingRulesModel::warning(int row) const
{
    for (const QString &name : m_rows.at(row).attributes) {
        if (!schema::matchingattributes::isRuleAttribute(name))
            return tr("Level %1: %2 is not among the attributes rule-based matching compares "
                      "(the profile's names, email, phone, birth date, gender, account number, "
                      "business name, Address.* parts and Attributes.*); the service may "
                      "refuse it.")
                .arg(row + 1)
                .arg(name);
    }
    return {};
}

QStringList MatchingRulesModel::problems() const
{
    QStringList out;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (const QString text = problem(row); !text.isEmpty())
            out.append(text);
    }
    return out;
}

QStringList MatchingRulesModel::warnings() const
{
    QStringList out;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (const QString text = warning(row); !text.isEmpty())
            out.append(text);
    }
    return out;
}

QString MatchingRulesModel::effect(int row) const
{
    const int level = row + 1;
    if (m_matchUpTo > 0 && level > m_matchUpTo)
        return tr("not used (matching stops at level %1)").arg(m_matchUpTo);
    if (m_mergeUpTo > 0 && level <= m_mergeUpTo)
        return tr("matches and merges automatically");
    return tr("matches; merge by hand");
}

int MatchingRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatchingRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchingRulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int row = index.row();
    const QString problemText = problem(row);
    const QString warningText = warning(row);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Level)
            return row + 1;
        if (index.column() == Attributes)
            return m_rows.at(row).attributes.join(QStringLiteral(", "));
        return effect(row);
    case Qt::EditRole:
        if (index.column() == Attributes)
            return m_rows.at(row).attributes.join(QStringLiteral(", "));
        return {};
    case Qt::ToolTipRole:
        if (!problemText.isEmpty())
            return problemText;
        if (!warningText.isEmpty())
            return warningText;
        return index.column() == Attributes
                   ? tr("Profiles that share all of these attributes match at level %1.")
                         .arg(row + 1)
                   : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Attributes && !problemText.isEmpty())
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == Effect && m_matchUpTo > 0 && row + 1 > m_matchUpTo)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::FontRole:
        // Not only colour: a row that cannot be sent is also in italics.
        if (index.column() == Attributes && !(problemText.isEmpty() && warningText.isEmpty())) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant MatchingRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Level:
        return tr("Level");
    case Attributes:
        return tr("Attributes that must all be equal");
    default:
        return tr("Effect");
    }
}

Qt::ItemFlags MatchingRulesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Attributes)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MatchingRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Attributes || index.row() >= m_rows.size())
        return false;
    setAttributes(index.row(), splitAttributes(value.toString()));
    return true;
}

} // namespace cp::models
