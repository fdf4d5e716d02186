#pragma once

#include "pagedlistmodel.h"

#include <QWidget>

class QAbstractButton;
class QLabel;
class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cp::views {

class FlowLayout;

// A paged listing with a filter box and a sortable table: the base of the domain,
// object type, template, integration and profile browsers.
class ListPane : public QWidget
{
    Q_OBJECT
public:
    ListPane(const QString &objectName, QList<models::PagedListModel::Column> columns,
             QWidget *parent = nullptr);

    // Replaces the model for a new client (a new connection); the old one is cancelled.
    void setClient(client::CustomerProfilesClient *client);
    void setQuery(const QString &operation, const QJsonObject &input,
                  const QString &itemsMember = QStringLiteral("Items"));
    void clear();
    // Lists again; the current row stays current when the new listing still has it (by
    // the identity member), and only then is no empty selection told meanwhile.
    void refresh();
    // The member that identifies a row (DomainName, Uri, ProfileId...), for refresh().
    void setIdentity(const QString &member) { m_identity = member; }

    models::PagedListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    // The item of the current row, or an empty object.
    QJsonObject currentItem() const;
    // Makes the row whose `member` is `value` current, clearing the filter if it hides it;
    // false when no listed row has it.
    bool selectRow(const QString &member, const QString &value);
    // Adds a button to a row under the table (made on first use).
    void addButton(QAbstractButton *button);
    // An entry of the table's context menu (after Copy).
    void addContextAction(QAction *action);
    // What the empty table says: before any query (how to start one), and when a listing
    // found nothing. Empty texts show nothing.
    void setPlaceholders(const QString &beforeQuery, const QString &nothingFound);
    // The text shown over the empty table, empty when the table has rows or is loading.
    QString placeholderText() const;

Q_SIGNALS:
    void currentItemChanged(const QJsonObject &item);
    void pageLoaded(int rows);
    void failed(const cp::client::ServiceError &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildModel(client::CustomerProfilesClient *client);
    void updatePlaceholder();

    QList<models::PagedListModel::Column> m_columns;
    models::PagedListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    FlowLayout *m_buttons = nullptr; // wraps when the pane is narrow
    QLabel *m_placeholder;
    QString m_beforeQuery;
    QString m_nothingFound;
    bool m_sized = false;
    QString m_identity;
    QString m_keep; // the identity of the row to make current again after refresh()
};

} // namespace cp::views
