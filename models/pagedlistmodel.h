#pragma once

#include "core/client.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

namespace cp::models {

// A table over a listing operation that the service pages with NextToken (ListDomains,
// SearchProfiles, ...). Pages are fetched as the view scrolls (canFetchMore/fetchMore);
// a new query or refresh cancels what is in flight and drops late answers.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // KeyValues: a list of {KeyName, Values} (SearchProfiles' FoundByItems) as
    // "KeyName: value, value; KeyName: value".
    enum class Kind { Text, Time, Number, Json, KeyValues };
    struct Column
    {
        QString title;
        QString member; // member of an item; "A.B" reaches into nested objects
        Kind kind = Kind::Text;
        QStringList fallbacks = {}; // shown, first one set, when `member` has no value
    };
    enum Role { RawValueRole = Qt::UserRole + 1, ItemRole };

    PagedListModel(client::CustomerProfilesClient *client, QList<Column> columns,
                   QObject *parent = nullptr);
    ~PagedListModel() override;

    // The operation and its fixed parameters; the model adds NextToken and MaxResults.
    void setQuery(const QString &operation, const QJsonObject &input,
                  const QString &itemsMember = QStringLiteral("Items"));
    // Several listings of one operation, one after another as one table (a profile's
    // objects of every type: one ListProfileObjects per type), each paged as the view
    // scrolls. A listing that fails with one of its skippedErrors counts as empty (a
    // standard object type the endpoint does not keep); the request log marks those
    // errors as expected.
    struct Listing
    {
        QJsonObject input;
        QStringList skippedErrors = {};
    };
    void setQueries(const QString &operation, const QList<Listing> &listings,
                    const QString &itemsMember = QStringLiteral("Items"));
    void clear();
    void refresh();
    // Stops loading; no more pages are fetched until refresh() or a new query.
    void cancel();
    void setPageSize(int size) { m_pageSize = size; }

    // A page may come back empty and still have a NextToken (a service filtering after
    // paging does this): the model asks for the next one itself, up to this many in a row;
    // then it waits for fetchMore() as usual, so that it never loops on its own.
    static constexpr int kMaxEmptyPagesFollowed = 10;

    bool isLoading() const { return m_loading; }
    // The latest page failed (failed() said why); until refresh() or a new query.
    bool hasFailed() const { return m_failed; }
    QJsonObject item(int row) const { return m_items.value(row); }
    const QString &operation() const { return m_operation; }
    // The parameters of the first listing.
    QJsonObject input() const { return m_listings.value(0).input; }
    int listingCount() const { return int(m_listings.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    static QJsonValue memberValue(const QJsonObject &item, const QString &path);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const cp::client::ServiceError &error);
    void pageLoaded(int rows);

private:
    void fetchPage();
    void stop();
    void setCall(client::Call *call);
    void takePage(const QJsonObject &answer);

    QPointer<client::CustomerProfilesClient> m_client;
    QList<Column> m_columns;
    QList<QJsonObject> m_items;
    QString m_operation;
    QList<Listing> m_listings;
    int m_listing = 0; // the one being paged
    QString m_itemsMember;
    QString m_nextToken;
    bool m_atEnd = true;
    bool m_failed = false;
    bool m_cancelled = false; // by cancel(), until the next refresh or query
    int m_pageSize = 0;       // 0: the service's default
    quint64 m_generation = 0;
    int m_emptyPages = 0; // in a row, each with a NextToken
    QPointer<client::Call> m_call;
    bool m_loading = false;
};

} // namespace cp::models
