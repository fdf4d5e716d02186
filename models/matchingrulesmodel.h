#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace cp::models {

// The MatchingRules of a domain's rule-based matching as rows: level N is row N-1, its
// attributes edited as a comma-separated list. Each row keeps the MatchingRule object it
// came from, so members a newer service adds to a rule go back as they were. Rows say
// what their level does given the allowed levels (matches, merges, or is ignored) and
// why they cannot be sent.
class MatchingRulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Level, Attributes, Effect, ColumnCount };
    static constexpr int kMaxRules = 15;
    static constexpr int kMaxAttributes = 15;

    explicit MatchingRulesModel(QObject *parent = nullptr);

    void setRules(const QJsonArray &rules);
    QJsonArray rules() const;
    // MaxAllowedRuleLevelForMatching and ...ForMerging; 0 when not set.
    void setLevels(int matchUpTo, int mergeUpTo);

    QStringList attributes(int row) const { return m_rows.value(row).attributes; }
    void setAttributes(int row, const QStringList &attributes);
    // Adds a rule after `row` (at the end for -1) and returns its row; -1 at the limit.
    int addRule(int row = -1, const QStringList &attributes = {});
    void removeRule(int row);
    // Swaps rule `row` with the one `delta` rows away (levels are positions).
    bool moveRule(int row, int delta);

    // Why row `row` cannot be sent (no attribute, too many, a repeated one), or empty.
    QString problem(int row) const;
    // What the service may refuse although the model allows it: an attribute the
    // documentation does not list. Empty when none.
    QString warning(int row) const;
    QStringList problems() const;
    QStringList warnings() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // "a, b , ,c" as ["a", "b", "c"].
    static QStringList splitAttributes(const QString &text);

Q_SIGNALS:
    // The user changed the rules (not setRules()).
    void edited();

private:
    struct Row
    {
        QJsonObject original; // the MatchingRule as it came, Rule included
        QStringList attributes;
    };
    QString effect(int row) const;

    QList<Row> m_rows;
    int m_matchUpTo = 0;
    int m_mergeUpTo = 0;
};

} // namespace cp::models
