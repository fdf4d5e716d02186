#include "listpane.h"

#include "flowlayout.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cp::views {

ListPane::ListPane(const QString &objectName, QList<models::PagedListModel::Column> columns,
                   QWidget *parent)
    : QWidget(parent)
    , m_columns(std::move(columns))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_placeholder(new QLabel(m_view->viewport()))
{
    setObjectName(objectName);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_filter->setObjectName(objectName + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSortRole(models::PagedListModel::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // service order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    // Copy id, ARN, name...: whatever cell is current, with Ctrl+C or the context menu.
    auto *copy = new QAction(tr("&Copy"), m_view);
    copy->setObjectName(QStringLiteral("copyCellAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            QGuiApplication::clipboard()->setText(index.data(Qt::DisplayRole).toString());
    });
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Over the empty table: how to fill it, or that nothing was found.
    m_placeholder->setObjectName(objectName + QStringLiteral("Placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // the palette's disabled text: a hint, not data
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_placeholder->hide();
    m_view->viewport()->installEventFilter(this);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ListPane::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ListPane::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPane::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPane::updatePlaceholder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    // Once: the view keeps its model (the proxy) and so its selection model for good.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_keep.isEmpty() || m_view->currentIndex().isValid())
            Q_EMIT currentItemChanged(currentItem());
    });
    rebuildModel(nullptr);
}

void ListPane::rebuildModel(client::CustomerProfilesClient *client)
{
    models::PagedListModel *old = m_model;
    m_model = new models::PagedListModel(client, m_columns, this);
    m_proxy->setSourceModel(m_model);
    delete old; // cancels its call: no late answer reaches a new connection
    connect(m_model, &models::PagedListModel::failed, this, [this] {
        if (!std::exchange(m_keep, {}).isEmpty())
            Q_EMIT currentItemChanged({});
    });
    connect(m_model, &models::PagedListModel::failed, this, &ListPane::failed);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keep.isEmpty())
            Q_EMIT currentItemChanged({});
    });
    // Before pageLoaded is passed on: whoever reacts to it sees the kept row current.
    connect(m_model, &models::PagedListModel::pageLoaded, this, [this] {
        const QString keep = std::exchange(m_keep, {});
        if (!keep.isEmpty() && !selectRow(m_identity, keep))
            Q_EMIT currentItemChanged({});
    });
    connect(m_model, &models::PagedListModel::pageLoaded, this, &ListPane::pageLoaded);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_sized = false; });
    connect(m_model, &models::PagedListModel::loadingChanged, this, &ListPane::updatePlaceholder);
    connect(m_model, &models::PagedListModel::failed, this, &ListPane::updatePlaceholder);
    connect(m_model, &models::PagedListModel::pageLoaded, this, [this](int rows) {
        if (m_sized || rows == 0)
            return;
        m_view->resizeColumnsToContents(); // once per listing: later pages keep the user's widths
        m_sized = true;
    });
}

void ListPane::setClient(client::CustomerProfilesClient *client)
{
    rebuildModel(client);
}

void ListPane::setQuery(const QString &operation, const QJsonObject &input,
                        const QString &itemsMember)
{
    m_model->setQuery(operation, input, itemsMember);
}

void ListPane::clear()
{
    m_keep.clear();
    m_model->clear();
}

void ListPane::refresh()
{
    m_keep = m_identity.isEmpty()
                 ? QString()
                 : models::PagedListModel::memberValue(currentItem(), m_identity).toString();
    m_model->refresh();
}

QJsonObject ListPane::currentItem() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return {};
    return m_proxy->mapToSource(index).data(models::PagedListModel::ItemRole).toJsonObject();
}

bool ListPane::selectRow(const QString &member, const QString &value)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (models::PagedListModel::memberValue(m_model->item(row), member).toString() != value)
            continue;
        const QModelIndex source = m_model->index(row, 0);
        if (!m_proxy->mapFromSource(source).isValid())
            m_filter->clear(); // the filter hides it: what is selected must be shown
        m_view->setCurrentIndex(m_proxy->mapFromSource(source));
        return true;
    }
    return false;
}

void ListPane::setPlaceholders(const QString &beforeQuery, const QString &nothingFound)
{
    m_beforeQuery = beforeQuery;
    m_nothingFound = nothingFound;
    updatePlaceholder();
}

QString ListPane::placeholderText() const
{
    if (m_proxy->rowCount() > 0 || m_model->isLoading() || m_model->hasFailed())
        return {}; // a failure is told by the message bar
    if (m_model->rowCount() > 0)
        return tr("No row matches the filter.");
    return m_model->operation().isEmpty() ? m_beforeQuery : m_nothingFound;
}

void ListPane::updatePlaceholder()
{
    const QString text = placeholderText();
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    const int margin = m_view->fontMetrics().height();
    m_placeholder->setGeometry(m_view->viewport()->rect().adjusted(margin, 0, -margin, 0));
}

bool ListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        updatePlaceholder();
    return QWidget::eventFilter(watched, event);
}

void ListPane::addContextAction(QAction *action)
{
    m_view->addAction(action);
}

void ListPane::addButton(QAbstractButton *button)
{
    if (!m_buttons) {
        m_buttons = new FlowLayout;
        static_cast<QVBoxLayout *>(layout())->addLayout(m_buttons);
    }
    m_buttons->addWidget(button);
}

} // namespace cp::views
