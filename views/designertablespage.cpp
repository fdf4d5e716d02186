#include "designertablespage.h"

#include "fieldsmodel.h"
#include "keysmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace cp::views {
namespace {

// A column edited with a combo box of `choices`; editable: a typed value is accepted too.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    ChoiceDelegate(QStringList choices, bool editable, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
        , m_editable(editable)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("choiceEditor"));
        combo->setEditable(m_editable);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(m_choices);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const QString value = index.data(Qt::EditRole).toString();
        const int at = combo->findText(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else if (m_editable)
            combo->setEditText(value);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
    }

private:
    QStringList m_choices;
    bool m_editable;
};

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

// The columns listed stretch over the width left by the others, which fit their contents:
// paths and key field lists are what a designer needs to read in full.
QTableView *tableView(const QString &objectName, QAbstractItemModel *model,
                      std::initializer_list<int> stretched, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view->setTabKeyNavigation(false); // Tab leaves the table for its buttons
    for (int column = 0; column < model->columnCount(); ++column) {
        const bool stretch =
            std::find(stretched.begin(), stretched.end(), column) != stretched.end();
        view->horizontalHeader()->setSectionResizeMode(
            column, stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    view->verticalHeader()->hide();
    return view;
}

} // namespace

DesignerFieldsPage::DesignerFieldsPage(models::ObjectTypeDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new models::FieldsModel(document, this))
    , m_view(tableView(QStringLiteral("fieldsView"), m_model,
                       {models::FieldsModel::Source, models::FieldsModel::Target}, this))
    , m_remove(button(tr("&Remove"), QStringLiteral("removeFieldButton"), this))
    , m_duplicate(button(tr("D&uplicate"), QStringLiteral("duplicateFieldButton"), this))
    , m_up(button(tr("U&p"), QStringLiteral("moveFieldUpButton"), this))
    , m_down(button(tr("Do&wn"), QStringLiteral("moveFieldDownButton"), this))
{
    setObjectName(QStringLiteral("designerFieldsPage"));
    m_view->setItemDelegateForColumn(
        models::FieldsModel::Target,
        new ChoiceDelegate(models::FieldsModel::targetChoices(), true, this));
    m_view->setItemDelegateForColumn(
        models::FieldsModel::ContentType,
        new ChoiceDelegate(models::FieldsModel::contentTypes(), false, this));
    QPushButton *add = button(tr("&Add field"), QStringLiteral("addFieldButton"), this);

    auto *hint = new QLabel(tr("Source: a _source. path or a {{...}} template. Target: a standard "
                               "profile path, or empty when the field only feeds keys."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, m_remove, m_duplicate, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_view);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
        if (m_model->insertRows(row, 1))
            select(row);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0 && m_model->removeRows(row, 1))
            select(qMin(row, m_model->rowCount() - 1));
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0) {
            const int copy = m_model->document()->duplicateField(row);
            if (copy >= 0)
                select(copy);
        }
    });
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        const int column = m_view->currentIndex().column();
        if (row > 0 && m_model->moveRows({}, row, 1, {}, row - 1))
            select(row - 1, column);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        const int column = m_view->currentIndex().column();
        if (row >= 0 && row + 1 < m_model->rowCount() && m_model->moveRows({}, row, 1, {}, row + 2))
            select(row + 1, column);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DesignerFieldsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DesignerFieldsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DesignerFieldsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DesignerFieldsPage::updateButtons);
    updateButtons();
}

int DesignerFieldsPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void DesignerFieldsPage::select(int row, int column)
{
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, qMax(column, 0)));
    m_view->setFocus();
    updateButtons();
}

void DesignerFieldsPage::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_duplicate->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

DesignerKeysPage::DesignerKeysPage(models::ObjectTypeDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new models::KeysModel(document, this))
    , m_view(tableView(QStringLiteral("keysView"), m_model, {models::KeysModel::FieldNames}, this))
    , m_identifiers(new QListWidget(this))
    , m_fields(new QListWidget(this))
    , m_identifierHelp(new QLabel(this))
    , m_remove(button(tr("&Remove"), QStringLiteral("removeKeyButton"), this))
{
    setObjectName(QStringLiteral("designerKeysPage"));
    m_identifiers->setObjectName(QStringLiteral("keyIdentifiersList"));
    m_fields->setObjectName(QStringLiteral("keyFieldsList"));
    QPushButton *add = button(tr("&Add key"), QStringLiteral("addKeyButton"), this);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_view);
    top->addLayout(buttons);
    auto *identifiersLabel = new QLabel(tr("&Identifiers of the key:"), this);
    identifiersLabel->setBuddy(m_identifiers);
    auto *fieldsLabel = new QLabel(tr("Fiel&ds of the key:"), this);
    fieldsLabel->setBuddy(m_fields);
    auto *choices = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(identifiersLabel);
    left->addWidget(m_identifiers);
    // What the identifier under the cursor does, in a sentence: the names alone do not say.
    m_identifierHelp->setObjectName(QStringLiteral("keyIdentifierHelp"));
    m_identifierHelp->setWordWrap(true);
    m_identifierHelp->setMinimumHeight(m_identifierHelp->fontMetrics().lineSpacing() * 3);
    m_identifierHelp->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    left->addWidget(m_identifierHelp);
    auto *right = new QVBoxLayout;
    right->addWidget(fieldsLabel);
    right->addWidget(m_fields);
    choices->addLayout(left);
    choices->addLayout(right);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 3);
    layout->addLayout(choices, 2);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowCount();
        if (m_model->insertRows(row, 1)) {
            m_view->setCurrentIndex(m_model->index(row, models::KeysModel::Name));
            m_view->setFocus();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0 && m_model->removeRows(row, 1) && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
        refreshChoices();
    });
    connect(m_identifiers, &QListWidget::itemChanged, this, &DesignerKeysPage::applyChoices);
    connect(m_fields, &QListWidget::itemChanged, this, &DesignerKeysPage::applyChoices);
    connect(m_identifiers, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_identifierHelp->setText(
            item ? item->text() + QStringLiteral(": ") +
                       models::KeysModel::identifierDescription(item->text())
                 : QString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DesignerKeysPage::refreshChoices);
    // The document's changes (edits, undo, redo, a field renamed) reach the lists this way.
    connect(document, &models::ObjectTypeDocument::changed, this,
            &DesignerKeysPage::refreshChoices);
    connect(document, &models::ObjectTypeDocument::reset, this, &DesignerKeysPage::refreshChoices);
    refreshChoices();
}

int DesignerKeysPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? current.row() : -1;
}

void DesignerKeysPage::refreshChoices()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    const QStringList identifiers =
        row >= 0 ? m_model->document()->key(row).key.standardIdentifiers : QStringList();
    const QStringList fieldNames =
        row >= 0 ? m_model->document()->key(row).key.fieldNames : QStringList();
    const auto fill = [row](QListWidget *list, const QStringList &choices,
                            const QStringList &checked) {
        QStringList all = choices;
        for (const QString &value : checked) {
            if (!all.contains(value))
                all.append(value); // e.g. a field the key names that does not exist
        }
        const int current = list->currentRow();
        if (list->count() != all.size()) {
            list->clear();
            for (const QString &value : all)
                list->addItem(value);
        }
        for (int i = 0; i < all.size(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setText(all.at(i));
            item->setFlags(row >= 0
                               ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                               : Qt::NoItemFlags);
            item->setCheckState(checked.contains(all.at(i)) ? Qt::Checked : Qt::Unchecked);
        }
        if (current >= 0 && current < list->count())
            list->setCurrentRow(current);
        else if (list->count() > 0)
            list->setCurrentRow(0);
        list->setEnabled(row >= 0);
    };
    fill(m_identifiers, models::KeysModel::identifierChoices(), identifiers);
    for (int i = 0; i < m_identifiers->count(); ++i) {
        QListWidgetItem *item = m_identifiers->item(i);
        item->setToolTip(models::KeysModel::identifierDescription(item->text()));
    }
    fill(m_fields, m_model->fieldChoices(), fieldNames);
    m_refreshing = false;
}

void DesignerKeysPage::applyChoices(QListWidgetItem *changed)
{
    const int row = currentRow();
    if (m_refreshing || row < 0 || !changed)
        return;
    const auto checked = [](QListWidget *list) {
        QStringList values;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                values.append(list->item(i)->text());
        }
        return values;
    };
    if (changed->listWidget() == m_identifiers)
        m_model->setData(m_model->index(row, models::KeysModel::Identifiers),
                         checked(m_identifiers));
    else
        m_model->setData(m_model->index(row, models::KeysModel::FieldNames), checked(m_fields));
    refreshChoices();
}

void DesignerKeysPage::setSamples(const QList<QJsonObject> &samples)
{
    m_model->setSamples(samples);
}

} // namespace cp::views
