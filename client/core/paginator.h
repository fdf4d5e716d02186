#pragma once

#include "client.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <functional>

namespace cp::client {

// Walks a listing that the service pages with NextToken (ListDomains, SearchProfiles,
// ListProfileObjects, ...): next() fetches one page at a time; fetchAll() follows the
// tokens up to a cap. Each page is an ordinary call, so it is validated, signed,
// retried and cancellable like any other.
class PageIterator : public QObject
{
    Q_OBJECT
public:
    using PageCallback = std::function<void(const Outcome<QJsonArray> &page)>;

    PageIterator(CustomerProfilesClient *client, QString operation, QJsonObject input,
                 QString itemsMember = QStringLiteral("Items"), QObject *parent = nullptr);

    bool hasMore() const { return !m_done; }
    bool isBusy() const { return !m_call.isNull(); }
    int pagesFetched() const { return m_pages; }

    // The next page; an empty page with hasMore() false at the end. One page at a time.
    // The callback runs on this iterator's thread (give it a context of that thread).
    void next(QObject *context, PageCallback callback);
    // Cancels the page in flight: its callback runs at once with Kind::Cancelled.
    void cancel();

private:
    QPointer<CustomerProfilesClient> m_client;
    QString m_operation;
    QJsonObject m_input;
    QString m_itemsMember;
    QString m_token;
    bool m_done = false;
    int m_pages = 0;
    QPointer<Call> m_call;
};

struct FetchAllResult
{
    QJsonArray items;
    bool truncated = false; // the cap was reached before the last page
    int pages = 0;
};

// Every item of a listing, at most maxItems (the service may still have more: then
// `truncated`). The returned iterator can be cancelled: the callback then runs at once
// with Kind::Cancelled, and the iterator deletes itself later.
PageIterator *fetchAll(CustomerProfilesClient *client, const QString &operation,
                       const QJsonObject &input, int maxItems, QObject *context,
                       std::function<void(const Outcome<FetchAllResult> &)> callback,
                       const QString &itemsMember = QStringLiteral("Items"));

} // namespace cp::client
