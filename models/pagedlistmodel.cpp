#include "pagedlistmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace cp::models {

PagedListModel::PagedListModel(client::CustomerProfilesClient *client, QList<Column> columns,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_columns(std::move(columns))
{}

PagedListModel::~PagedListModel()
{
    stop();
}

void PagedListModel::setQuery(const QString &operation, const QJsonObject &input,
                              const QString &itemsMember)
{
    setQueries(operation, {Listing{input}}, itemsMember);
}

void PagedListModel::setQueries(const QString &operation, const QList<Listing> &listings,
                                const QString &itemsMember)
{
    m_operation = listings.isEmpty() ? QString() : operation;
    m_listings = listings;
    m_itemsMember = itemsMember;
    refresh();
}

void PagedListModel::clear()
{
    stop();
    ++m_generation;
    beginResetModel();
    m_items.clear();
    m_operation.clear();
    m_listings.clear();
    m_listing = 0;
    m_nextToken.clear();
    m_atEnd = true;
    m_failed = false;
    m_emptyPages = 0;
    m_cancelled = false;
    endResetModel();
}

void PagedListModel::refresh()
{
    stop();
    ++m_generation;
    beginResetModel();
    m_items.clear();
    m_nextToken.clear();
    m_listing = 0;
    m_atEnd = m_operation.isEmpty();
    m_failed = false;
    m_emptyPages = 0;
    m_cancelled = false;
    endResetModel();
    // Whoever saw the reset may have asked for the first page already (a proxy, a view,
    // QAbstractItemModelTester): fetchPage() does not start a second one.
    if (!m_atEnd)
        fetchPage();
}

void PagedListModel::cancel()
{
    if (!isLoading())
        return;
    stop();
    m_cancelled = true; // a view asking for more does not restart it; refresh() does
}

void PagedListModel::stop()
{
    ++m_generation; // the stopped page answers Kind::Cancelled at once: not a failure
    if (m_call) {
        m_call->cancel();
        setCall(nullptr);
    }
}

void PagedListModel::setCall(client::Call *call)
{
    const bool was = m_loading;
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
    m_call = call;
    m_loading = call != nullptr;
    if (call) {
        // However the call ends, loading ends: answered, cancelled elsewhere (the
        // transport's cancelAll) or deleted with its transport (another connection).
        connect(call, &client::Call::finished, this, [this, call] {
            if (m_call == call)
                setCall(nullptr);
        });
        connect(call, &QObject::destroyed, this, [this] {
            if (m_call.isNull() && m_loading)
                setCall(nullptr);
        });
    }
    if (was != m_loading)
        Q_EMIT loadingChanged(m_loading);
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_failed && !m_cancelled && !isLoading();
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void PagedListModel::fetchPage()
{
    if (!m_client || isLoading())
        return; // one page at a time: two would both be appended
    const Listing &listing = m_listings.at(m_listing);
    QJsonObject input = listing.input;
    if (!m_nextToken.isEmpty())
        input.insert(QStringLiteral("NextToken"), m_nextToken);
    if (m_pageSize > 0)
        input.insert(QStringLiteral("MaxResults"), m_pageSize);
    client::CallOptions options;
    options.expectedErrorTypes = listing.skippedErrors;
    const quint64 generation = m_generation;
    setCall(m_client->call(
        m_operation, input, this,
        [this, generation, skipped = listing.skippedErrors](
            const client::Outcome<QJsonObject> &outcome) {
            if (generation != m_generation)
                return; // an answer to a query the user has left
            setCall(nullptr);
            if (outcome.ok()) {
                takePage(outcome.value());
            } else if (skipped.contains(outcome.error().type)) {
                takePage({}); // nothing in this listing
            } else {
                m_failed = true;
                Q_EMIT failed(outcome.error());
            }
        },
        options));
}

void PagedListModel::takePage(const QJsonObject &answer)
{
    const QJsonArray items = answer.value(m_itemsMember).toArray();
    m_nextToken = answer.value(QStringLiteral("NextToken")).toString();
    m_atEnd = m_nextToken.isEmpty() && m_listing + 1 >= m_listings.size();
    const bool nextListing = m_nextToken.isEmpty() && !m_atEnd;
    if (nextListing) {
        ++m_listing; // this listing is done: the next one starts from its first page
        m_emptyPages = 0;
    }
    if (!items.isEmpty()) {
        m_emptyPages = 0;
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + items.size() - 1));
        for (const QJsonValue &item : items)
            m_items.append(item.toObject());
        endInsertRows();
    }
    Q_EMIT pageLoaded(int(items.size()));
    // Every listing shows its first page as a query does, without waiting for a view to
    // ask; later pages come as the view scrolls.
    if (nextListing)
        fetchPage();
    // No rows, so no view would ask for more: follow the token.
    else if (items.isEmpty() && !m_atEnd && ++m_emptyPages <= kMaxEmptyPagesFollowed)
        fetchPage();
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QJsonValue PagedListModel::memberValue(const QJsonObject &item, const QString &path)
{
    QJsonValue value = item;
    for (const QStringView part : QStringView(path).split(QLatin1Char('.')))
        value = value.toObject().value(part);
    return value;
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject &item = m_items.at(index.row());
    if (role == ItemRole)
        return item;
    const Column &column = m_columns.at(index.column());
    QJsonValue value = memberValue(item, column.member);
    for (const QString &other : column.fallbacks) {
        if (!value.isUndefined() && !value.isNull() && value != QJsonValue(QString()))
            break;
        value = memberValue(item, other);
    }
    switch (column.kind) {
    case Kind::Time: {
        if (!value.isDouble())
            return {};
        const QDateTime time =
            QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble() * 1000.0), Qt::UTC)
                .toLocalTime();
        if (role == RawValueRole)
            return time;
        if (role == Qt::DisplayRole)
            return QLocale().toString(time, QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return time.toUTC().toString(Qt::ISODateWithMs);
        return {};
    }
    case Kind::Number:
        if (role == RawValueRole || role == Qt::DisplayRole)
            return value.toVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Kind::Json:
        if (role == RawValueRole || role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (value.isObject())
                return QString::fromUtf8(
                    QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            if (value.isArray())
                return QString::fromUtf8(
                    QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            return value.toVariant();
        }
        return {};
    case Kind::Text:
        if (role == RawValueRole || role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return value.toString();
        return {};
    case Kind::KeyValues:
        if (role == RawValueRole || role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            QStringList parts;
            for (const QJsonValue &entry : value.toArray()) {
                QStringList values;
                for (const QJsonValue &v : entry.toObject().value(QStringLiteral("Values")).toArray())
                    values.append(v.toString());
                parts.append(entry.toObject().value(QStringLiteral("KeyName")).toString() +
                             QStringLiteral(": ") + values.join(QStringLiteral(", ")));
            }
            return parts.join(QStringLiteral("; "));
        }
        return {};
    }
    return {};
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return {};
    return m_columns.at(section).title;
}

} // namespace cp::models
