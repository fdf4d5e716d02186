#pragma once

#include <QJsonArray>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace cp::views {

// The search's further keys (SearchProfiles' AdditionalSearchKeys, up to four): "More keys"
// adds a row of key and values, each row can be removed, and AND or OR says whether a
// profile must hold every key's value or any of them.
class MoreSearchKeys : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxRows = 4; // what the model allows

    explicit MoreSearchKeys(QWidget *parent = nullptr);

    // The key names offered (the search's own list, shared).
    void setKeyModel(QAbstractItemModel *keys);
    // Adds a row, choosing `keyName` and typing `values` when given; null past kMaxRows.
    QLineEdit *addRow(const QString &keyName = {}, const QString &values = {});
    void clear();
    int rowCount() const { return int(m_rows.size()); }

    // AdditionalSearchKeys: the rows with a key and at least one value.
    QJsonArray additionalKeys() const;
    QString logicalOperator() const; // "AND" or "OR"
    QComboBox *operatorPicker() const { return m_operator; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void returnPressed();

private:
    struct Row
    {
        QWidget *widget;
        QComboBox *key;
        QLineEdit *values;
    };
    void removeRow(QWidget *row);
    void updateControls();

    QAbstractItemModel *m_keys = nullptr;
    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout;
    QComboBox *m_operator;
    QPushButton *m_add;
};

} // namespace cp::views
