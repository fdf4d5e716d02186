#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;

namespace cp::models {
class FieldsModel;
class KeysModel;
class ObjectTypeDocument;
} // namespace cp::models

namespace cp::views {

// The designer's Fields tab: the field table (Target an editable choice of the standard
// profile paths, ContentType a choice of the enum) with Add, Remove, Duplicate, Up and Down.
class DesignerFieldsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerFieldsPage(models::ObjectTypeDocument *document, QWidget *parent = nullptr);

    models::FieldsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    int currentRow() const;
    void select(int row, int column = 0);
    void updateButtons();

    models::FieldsModel *m_model;
    QTableView *m_view;
    QPushButton *m_remove;
    QPushButton *m_duplicate;
    QPushButton *m_up;
    QPushButton *m_down;
};

// The designer's Keys tab: the key table, and for the key at the cursor its identifiers and
// its fields as lists of checkable items; Add and Remove.
class DesignerKeysPage : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerKeysPage(models::ObjectTypeDocument *document, QWidget *parent = nullptr);

    models::KeysModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The user's own records: a key they leave empty is warned about at its row.
    void setSamples(const QList<QJsonObject> &samples);

private:
    int currentRow() const;
    void refreshChoices();
    void applyChoices(QListWidgetItem *changed);

    models::KeysModel *m_model;
    QTableView *m_view;
    QListWidget *m_identifiers;
    QListWidget *m_fields;
    QLabel *m_identifierHelp;
    QPushButton *m_remove;
    bool m_refreshing = false;
};

} // namespace cp::views
