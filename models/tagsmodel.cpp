#include "tagsmodel.h"
#include "operations.h"

#include "wiremodel.h"

#include <QColor>
#include <QJsonArray>
#include <QSet>

namespace cp::models {
namespace {

// The limits of the model: TagKey, TagValue and TagMap.
struct Limits
{
    qint64 keyMax = 128;
    qint64 valueMax = 256;
    qint64 count = 50;
    QRegularExpression keyPattern;

    static const Limits &instance()
    {
        static const Limits limits = [] {
            Limits l;
            const auto &model = schema::WireModel::bundled();
            if (const schema::Shape *key = model.shape(u"TagKey")) {
                l.keyMax = key->max.value_or(l.keyMax);
                l.keyPattern = QRegularExpression(key->pattern);
            }
            if (const schema::Shape *value = model.shape(u"TagValue"))
                l.valueMax = value->max.value_or(l.valueMax);
            if (const schema::Shape *map = model.shape(u"TagMap"))
                l.count = map->max.value_or(l.count);
            return l;
        }();
        return limits;
    }
};

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

// The characters of `key` that the key pattern does not allow, each once.
QString disallowedCharacters(const QString &key, const QRegularExpression &pattern)
{
    QString bad;
    for (const uint c : key.toUcs4()) {
        const QString one = QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        if (!pattern.match(one).hasMatch() && !bad.contains(one))
            bad += one;
    }
    return bad;
}

} // namespace

TagsModel::TagsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

TagsModel::~TagsModel()
{
    ++m_generation; // the cancelled call answers at once: nobody is left to tell
    if (m_call)
        m_call->cancel();
}

void TagsModel::load(client::CustomerProfilesClient *client, const QString &arn)
{
    ++m_generation; // the cancelled call answers at once (Kind::Cancelled): a stale answer
    if (m_call)
        m_call->cancel();
    m_applying = false;
    m_loading = false;
    m_client = client;
    m_arn = arn;
    const quint64 generation = ++m_generation;
    setTags({});
    if (!client)
        return;
    m_loading = true;
    m_call =
        client->call(schema::ops::ListTagsForResource, {{QStringLiteral("resourceArn"), arn}},
                     this, [this, generation](const client::Outcome<QJsonObject> &outcome) {
                         if (generation != m_generation)
                             return;
                         m_loading = false;
                         if (!outcome.ok()) {
                             Q_EMIT failed(outcome.error());
                             return;
                         }
                         setTags(outcome->value(QStringLiteral("tags")).toObject());
                         Q_EMIT loaded();
                     });
}

void TagsModel::setTags(const QJsonObject &tags)
{
    beginResetModel();
    m_saved = tags;
    m_rows.clear();
    for (auto it = tags.begin(); it != tags.end(); ++it)
        m_rows.append({it.key(), it.value().toString(), it.key()});
    endResetModel();
    rowsChanged();
}

int TagsModel::addTag(const QString &key, const QString &value)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({key, value, QString()});
    endInsertRows();
    rowsChanged();
    return row;
}

bool TagsModel::setTag(int row, const QString &key, const QString &value)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    m_rows[row].key = key;
    m_rows[row].value = value;
    rowsChanged();
    return true;
}

QString TagsModel::problem(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return tagProblem(rows(), row);
}

QString TagsModel::tagProblem(const TagList &tags, int row)
{
    if (row < 0 || row >= tags.size())
        return {};
    const Limits &limits = Limits::instance();
    const QString &key = tags.at(row).first;
    const QString &value = tags.at(row).second;
    if (key.isEmpty())
        return tr("The key must not be empty.");
    if (codePoints(key) > limits.keyMax)
        return tr("The key must be at most %n characters long (it has %1).", nullptr,
                  int(limits.keyMax))
            .arg(codePoints(key));
    if (key.startsWith(QStringLiteral("aws:")))
        return tr("Keys beginning with \"aws:\" are reserved for AWS.");
    if (limits.keyPattern.isValid() && !limits.keyPattern.match(key).hasMatch())
        return tr("The key may contain only letters, digits and + - = . _ : / (not \"%1\").")
            .arg(disallowedCharacters(key, limits.keyPattern));
    for (int other = 0; other < row; ++other) {
        if (tags.at(other).first == key)
            return tr("The key %1 is already used by another tag.").arg(key);
    }
    if (codePoints(value) > limits.valueMax)
        return tr("The value must be at most %n characters long (it has %1).", nullptr,
                  int(limits.valueMax))
            .arg(codePoints(value));
    if (row >= limits.count)
        return tr("A resource can have at most %n tags: remove this one or another.", nullptr,
                  int(limits.count));
    return {};
}

TagList TagsModel::rows() const
{
    TagList out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append({row.key, row.value});
    return out;
}

void TagsModel::setRows(const TagList &rows)
{
    if (rows == this->rows())
        return;
    beginResetModel();
    m_saved = {};
    m_rows.clear();
    for (const auto &[key, value] : rows) {
        m_rows.append({key, value, key});
        m_saved.insert(key, value);
    }
    endResetModel();
    rowsChanged();
}

bool TagsModel::isValid() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!problem(row).isEmpty())
            return false;
    }
    return true;
}

QString TagsModel::firstProblem() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString issue = problem(row);
        if (!issue.isEmpty())
            return tr("Row %1: %2").arg(row + 1).arg(issue);
    }
    return {};
}

TagsModel::State TagsModel::state(const Row &row) const
{
    if (row.savedKey.isEmpty())
        return State::Added;
    if (row.key != row.savedKey || !m_saved.contains(row.key) ||
        m_saved.value(row.key).toString() != row.value)
        return State::Changed;
    return State::Unchanged;
}

QJsonObject TagsModel::changedTags() const
{
    QJsonObject changed;
    for (const Row &row : m_rows) {
        if (!m_saved.contains(row.key) || m_saved.value(row.key).toString() != row.value)
            changed.insert(row.key, row.value);
    }
    return changed;
}

QStringList TagsModel::removedKeys() const
{
    QSet<QString> present;
    for (const Row &row : m_rows)
        present.insert(row.key);
    QStringList removed;
    for (auto it = m_saved.begin(); it != m_saved.end(); ++it) {
        if (!present.contains(it.key()))
            removed.append(it.key());
    }
    return removed;
}

QJsonObject TagsModel::tags() const
{
    QJsonObject tags;
    for (const Row &row : m_rows)
        tags.insert(row.key, row.value);
    return tags;
}

QJsonObject TagsModel::tagResourceInput() const
{
    return {{QStringLiteral("resourceArn"), m_arn}, {QStringLiteral("tags"), changedTags()}};
}

QJsonObject TagsModel::untagResourceInput() const
{
    return {{QStringLiteral("resourceArn"), m_arn},
            {QStringLiteral("tagKeys"), QJsonArray::fromStringList(removedKeys())}};
}

bool TagsModel::isModified() const
{
    return !changedTags().isEmpty() || !removedKeys().isEmpty();
}

bool TagsModel::apply()
{
    if (!m_client || !isValid() || m_applying || m_loading)
        return false;
    m_applying = true;
    const QJsonObject changed = changedTags();
    if (changed.isEmpty()) {
        untag();
        return true;
    }
    const quint64 generation = m_generation;
    m_call =
        m_client->call(schema::ops::TagResource, tagResourceInput(), this,
                       [this, generation, changed](const client::Outcome<QJsonObject> &outcome) {
                           if (generation != m_generation)
                               return;
                           if (!outcome.ok()) {
                               m_applying = false;
                               Q_EMIT failed(outcome.error());
                               return;
                           }
                           // What was tagged is saved now, whatever becomes of the untagging.
                           for (auto it = changed.begin(); it != changed.end(); ++it)
                               m_saved.insert(it.key(), it.value());
                           for (Row &row : m_rows) {
                               if (changed.contains(row.key))
                                   row.savedKey = row.key;
                           }
                           rowsChanged();
                           untag();
                       });
    return true;
}

void TagsModel::untag()
{
    if (removedKeys().isEmpty()) {
        finishApply();
        return;
    }
    const quint64 generation = m_generation;
    const QStringList removed = removedKeys();
    m_call =
        m_client->call(schema::ops::UntagResource, untagResourceInput(), this,
                       [this, generation, removed](const client::Outcome<QJsonObject> &outcome) {
                           if (generation != m_generation)
                               return;
                           if (!outcome.ok()) {
                               m_applying = false;
                               Q_EMIT failed(outcome.error());
                               return;
                           }
                           for (const QString &key : removed)
                               m_saved.remove(key);
                           finishApply();
                       });
}

void TagsModel::finishApply()
{
    m_applying = false;
    m_saved = tags();
    for (Row &row : m_rows)
        row.savedKey = row.key;
    rowsChanged();
    Q_EMIT applied();
}

void TagsModel::rowsChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    const bool valid = isValid();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

bool TagsModel::isRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_rows.size() &&
           index.column() < ColumnCount;
}

int TagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TagsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagsModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        return index.column() == Key ? row.key : row.value;
    case Qt::ToolTipRole: {
        const QString issue = problem(index.row());
        return issue.isEmpty() ? QVariant() : QVariant(issue);
    }
    case ValidRole:
        return problem(index.row()).isEmpty();
    case StateRole:
        return int(state(row));
    case Qt::BackgroundRole:
        return problem(index.row()).isEmpty() ? QVariant() : QVariant(QColor(0xf8, 0xd7, 0xda));
    default:
        return {};
    }
}

QVariant TagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Key)
        return tr("Key");
    if (section == Value)
        return tr("Value");
    return {};
}

Qt::ItemFlags TagsModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool TagsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isRow(index))
        return false;
    Row &row = m_rows[index.row()];
    QString &field = index.column() == Key ? row.key : row.value;
    const QString text = value.toString();
    if (field == text)
        return true;
    field = text;
    rowsChanged();
    return true;
}

bool TagsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    rowsChanged();
    return true;
}

} // namespace cp::models
