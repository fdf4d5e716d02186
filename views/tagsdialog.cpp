#include "tagsdialog.h"

#include "messagebar.h"
#include "tagsmodel.h"
#include "windowsize.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cp::views {

TagsDialog::TagsDialog(client::CustomerProfilesClient *client, const QString &arn,
                       const QString &subject, QWidget *parent)
    : QDialog(parent)
    , m_model(new models::TagsModel(this))
    , m_view(new QTableView(this))
    , m_message(new MessageBar(this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this))
    , m_apply(m_buttons->button(QDialogButtonBox::Apply))
{
    setObjectName(QStringLiteral("tagsDialog"));
    setWindowTitle(tr("Tags of %1").arg(subject));
    m_view->setObjectName(QStringLiteral("tagsView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_message->setObjectName(QStringLiteral("tagsMessage"));
    m_message->hide();
    m_problem->setObjectName(QStringLiteral("tagProblem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(palette);
    m_add->setObjectName(QStringLiteral("addTagButton"));
    m_remove->setObjectName(QStringLiteral("removeTagButton"));
    m_apply->setObjectName(QStringLiteral("applyTagsButton"));

    auto *arnLabel = new QLabel(arn, this);
    arnLabel->setObjectName(QStringLiteral("tagsArn"));
    arnLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(arnLabel);
    layout->addWidget(m_view);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    keepWindowSize(this, QStringLiteral("sizes/tags"), QSize(560, 420));

    connect(m_add, &QPushButton::clicked, this, &TagsDialog::addTag);
    connect(m_remove, &QPushButton::clicked, this, &TagsDialog::removeCurrentTag);
    connect(m_apply, &QPushButton::clicked, this, &TagsDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TagsDialog::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TagsDialog::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TagsDialog::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TagsDialog::updateState);
    connect(m_model, &models::TagsModel::failed, this, [this](const client::ServiceError &error) {
        m_message->showError(error);
        updateState();
    });
    connect(m_model, &models::TagsModel::loaded, this, &TagsDialog::updateState);
    connect(m_model, &models::TagsModel::applied, this, [this] {
        m_message->showInfo(tr("The tags were saved."));
        updateState();
        Q_EMIT applied();
    });
    m_model->load(client, arn);
    updateState();
}

QString TagsDialog::problemText() const
{
    return m_problem->text();
}

bool TagsDialog::canApply() const
{
    return m_apply->isEnabled();
}

void TagsDialog::addTag()
{
    const int row = m_model->addTag();
    const QModelIndex index = m_model->index(row, models::TagsModel::Key);
    m_view->setCurrentIndex(index);
    if (isVisible())
        m_view->edit(index);
}

void TagsDialog::removeCurrentTag()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        m_model->removeRows(index.row(), 1);
}

bool TagsDialog::apply()
{
    if (!canApply())
        return false;
    m_message->hide();
    const bool started = m_model->apply();
    updateState();
    return started;
}

void TagsDialog::updateState()
{
    const QModelIndex current = m_view->currentIndex();
    QString issue = current.isValid() ? m_model->problem(current.row()) : QString();
    issue = issue.isEmpty() ? m_model->firstProblem()
                            : tr("Row %1: %2").arg(current.row() + 1).arg(issue);
    m_problem->setText(issue);
    m_problem->setVisible(!issue.isEmpty());
    m_remove->setEnabled(current.isValid() && !m_model->isApplying());
    m_add->setEnabled(!m_model->isApplying());
    m_apply->setEnabled(m_model->isValid() && m_model->isModified() && !m_model->isApplying() &&
                        !m_model->isLoading());
}

} // namespace cp::views
