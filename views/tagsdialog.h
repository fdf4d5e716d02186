#pragma once

#include "core/client.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace cp::models {
class TagsModel;
}

namespace cp::views {

class MessageBar;

// The tags of one resource in an editable table: Add and Remove, the reason a row cannot
// be saved under the table and in the row's tooltip, Apply disabled while anything is
// invalid. Applying sends TagResource then UntagResource; errors show in the dialog.
class TagsDialog : public QDialog
{
    Q_OBJECT
public:
    TagsDialog(client::CustomerProfilesClient *client, const QString &arn, const QString &subject,
               QWidget *parent = nullptr);

    models::TagsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_message; }
    QString problemText() const;
    bool canApply() const;

    // What the buttons do, callable without them.
    void addTag();
    void removeCurrentTag();
    bool apply();

Q_SIGNALS:
    void applied();

private:
    void updateState();

    models::TagsModel *m_model;
    QTableView *m_view;
    MessageBar *m_message;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_remove;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
};

} // namespace cp::views
