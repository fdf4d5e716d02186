#include "paginator.h"

namespace cp::client {

PageIterator::PageIterator(CustomerProfilesClient *client, QString operation, QJsonObject input,
                           QString itemsMember, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_operation(std::move(operation))
    , m_input(std::move(input))
    , m_itemsMember(std::move(itemsMember))
{}

void PageIterator::cancel()
{
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
}

void PageIterator::next(QObject *context, PageCallback callback)
{
    if (m_done || isBusy() || !m_client) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, callback] {
                if (guard)
                    callback(QJsonArray());
            },
            Qt::QueuedConnection);
        return;
    }
    QJsonObject input = m_input;
    if (!m_token.isEmpty())
        input.insert(QStringLiteral("NextToken"), m_token);
    QPointer<QObject> guard(context);
    m_call = m_client->call(
        m_operation, input, this, [this, guard, callback](const Outcome<QJsonObject> &outcome) {
            m_call = nullptr;
            if (!outcome.ok()) {
                if (guard)
                    callback(outcome.error());
                return;
            }
            ++m_pages;
            const QString token = outcome->value(QStringLiteral("NextToken")).toString();
            // A token that does not move means a broken listing: stop rather than loop.
            m_done = token.isEmpty() || token == m_token;
            m_token = token;
            if (guard)
                callback(outcome->value(m_itemsMember).toArray());
        });
}

PageIterator *fetchAll(CustomerProfilesClient *client, const QString &operation,
                       const QJsonObject &input, int maxItems, QObject *context,
                       std::function<void(const Outcome<FetchAllResult> &)> callback,
                       const QString &itemsMember)
{
    auto *iterator = new PageIterator(client, operation, input, itemsMember, context);
    auto result = std::make_shared<FetchAllResult>();
    // Each page's callback holds the only strong reference to the step that asks for the
    // next page: when a cancelled call drops its callback, everything is released.
    auto step = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakStep = step;
    *step = [iterator, result, maxItems, callback, weakStep, context] {
        iterator->next(context, [iterator, result, maxItems, callback,
                                 self = weakStep.lock()](const Outcome<QJsonArray> &page) {
            if (!page.ok()) {
                callback(page.error());
                iterator->deleteLater();
                return;
            }
            for (const QJsonValue &item : page.value()) {
                if (result->items.size() >= maxItems) {
                    result->truncated = true;
                    break;
                }
                result->items.append(item);
            }
            result->pages = iterator->pagesFetched();
            if (!result->truncated && result->items.size() >= maxItems && iterator->hasMore())
                result->truncated = true;
            if (result->truncated || !iterator->hasMore()) {
                callback(*result);
                iterator->deleteLater();
                return;
            }
            (*self)();
        });
    };
    (*step)();
    return iterator;
}

} // namespace cp::client
