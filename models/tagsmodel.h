#pragma once

#include "core/client.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

namespace cp::models {

// Tags in the order they are edited (keys may repeat or be empty while being typed).
using TagList = QList<std::pair<QString, QString>>;

// The tags of one resource (domain, object type or integration), editable: loaded with
// ListTagsForResource, checked against the model's limits as they are typed (the reason
// per row), and saved as a TagResource call for added and changed tags followed by an
// UntagResource call for the keys that are gone.
class TagsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Value, ColumnCount };
    enum Role { ValidRole = Qt::UserRole + 1, StateRole, RawValueRole };
    enum class State { Unchanged, Added, Changed };

    explicit TagsModel(QObject *parent = nullptr);
    ~TagsModel() override;

    // Loads the tags of `arn`; a load in flight or one answered for another ARN is dropped.
    void load(client::CustomerProfilesClient *client, const QString &arn);
    // Starts over from these saved tags (what load() does with the answer).
    void setTags(const QJsonObject &tags);
    QString arn() const { return m_arn; }
    bool isLoading() const { return m_loading; }

    // The rows as they are, and starting over from rows (all counted as saved; nothing is
    // reset when they are the same): the designer keeps its tags in its document.
    TagList rows() const;
    void setRows(const TagList &rows);

    // Adds a row (empty by default) and returns its index.
    int addTag(const QString &key = QString(), const QString &value = QString());
    bool setTag(int row, const QString &key, const QString &value);

    // The reason a row cannot be saved, or an empty string.
    QString problem(int row) const;
    // The same rules for row `row` of any list of tags.
    static QString tagProblem(const TagList &tags, int row);
    bool isValid() const;
    // The first problem of the table, prefixed with its row's key, or an empty string.
    QString firstProblem() const;
    bool isModified() const;

    // What apply() sends: the added and changed tags, and the removed keys.
    QJsonObject changedTags() const;
    QStringList removedKeys() const;
    QJsonObject tagResourceInput() const;
    QJsonObject untagResourceInput() const;
    // The tags as they are in the table.
    QJsonObject tags() const;

    // Sends TagResource (if anything was added or changed) then UntagResource (if any key
    // was removed); emits applied() or failed(). Does nothing while invalid.
    bool apply();
    bool isApplying() const { return m_applying; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void loaded();
    void applied();
    void failed(const cp::client::ServiceError &error);
    void validityChanged(bool valid);

private:
    struct Row
    {
        QString key;
        QString value;
        QString savedKey; // empty: added in the table
    };
    State state(const Row &row) const;
    bool isRow(const QModelIndex &index) const;
    void untag();
    void finishApply();
    void rowsChanged();

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_arn;
    QJsonObject m_saved;
    QList<Row> m_rows;
    QPointer<client::Call> m_call;
    bool m_applying = false;
    bool m_loading = false;
    bool m_valid = true;
    quint64 m_generation = 0;
};

} // namespace cp::models
