#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTreeView;

namespace cp::views {

// An object type or template, read-only: its general settings, its fields (source,
// target, content type) and its keys (identifiers, fields).
class ObjectTypeDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectTypeDetails(QWidget *parent = nullptr);
    void show(const QJsonObject &definition);
    void clear();
    QStandardItemModel *fieldsModel() const { return m_fields; }
    QStandardItemModel *keysModel() const { return m_keys; }

private:
    QLabel *m_summary;
    QStandardItemModel *m_fields;
    QStandardItemModel *m_keys;
    QTreeView *m_fieldsView;
    QTreeView *m_keysView;
};

} // namespace cp::views
