#include "matchingrulesform.h"

#include "matchingattributes.h"
#include "matchingrulesmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace cp::views {
namespace {

namespace ma = schema::matchingattributes;

const QString kRules = QStringLiteral("MatchingRules");
const QString kMatchLevel = QStringLiteral("MaxAllowedRuleLevelForMatching");
const QString kMergeLevel = QStringLiteral("MaxAllowedRuleLevelForMerging");
const QString kSelector = QStringLiteral("AttributeTypesSelector");
const QString kMatchingModel = QStringLiteral("AttributeMatchingModel");
const QString kConflict = QStringLiteral("ConflictResolution");
const QString kConflictModel = QStringLiteral("ConflictResolvingModel");
const QString kSourceName = QStringLiteral("SourceName");
const char *const kTypeName = "typeName";

// Completes the name being typed after the last comma of "EmailAddress, Fi".
class AttributeCompleter : public QCompleter
{
public:
    explicit AttributeCompleter(QObject *parent)
        : QCompleter(parent)
    {
        setModel(new QStringListModel(ma::ruleAttributes(), this));
        setCaseSensitivity(Qt::CaseInsensitive);
    }

    QStringList splitPath(const QString &path) const override
    {
        return {path.section(QLatin1Char(','), -1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<QLineEdit *>(widget());
        const QString typed = edit ? edit->text() : QString();
        const qsizetype comma = typed.lastIndexOf(QLatin1Char(','));
        const QString before = comma < 0 ? QString() : typed.left(comma + 1) + QLatin1Char(' ');
        return before + QCompleter::pathFromIndex(index);
    }
};

// The attributes cell: a line edit that completes each name of the list.
class AttributesDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("matchingRuleEditor"));
        edit->setCompleter(new AttributeCompleter(edit));
        return edit;
    }
};

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

MatchingRulesForm::MatchingRulesForm(QWidget *parent)
    : QWidget(parent)
    , m_rules(new models::MatchingRulesModel(this))
{
    setObjectName(QStringLiteral("matchingRulesForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildRules(), 1);
    auto *form = new QFormLayout;
    // In a narrow dialog the type boxes go under their label rather than out of sight.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Match up to &level:"), buildLevels());
    form->addRow(tr("Attribute &types:"), buildSelector());
    form->addRow(tr("&Conflicts when merging:"), buildConflict());
    layout->addLayout(form);

    connect(m_rules, &models::MatchingRulesModel::edited, this, [this] {
        setMember(kRules, m_rules->rowCount() ? QJsonValue(m_rules->rules()) : QJsonValue());
        updateButtons();
    });
}

QWidget *MatchingRulesForm::buildRules()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rulesView = new QTableView(box);
    m_rulesView->setObjectName(QStringLiteral("matchingRules"));
    m_rulesView->setModel(m_rules);
    m_rulesView->setItemDelegateForColumn(models::MatchingRulesModel::Attributes,
                                          new AttributesDelegate(m_rulesView));
    m_rulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_rulesView->verticalHeader()->hide();
    m_rulesView->horizontalHeader()->setSectionResizeMode(models::MatchingRulesModel::Level,
                                                          QHeaderView::ResizeToContents);
    m_rulesView->horizontalHeader()->setSectionResizeMode(models::MatchingRulesModel::Attributes,
                                                          QHeaderView::Stretch);
    m_rulesView->horizontalHeader()->setSectionResizeMode(models::MatchingRulesModel::Effect,
                                                          QHeaderView::ResizeToContents);
    // Five levels in view without scrolling: most domains use fewer.
    m_rulesView->setMinimumHeight(m_rulesView->horizontalHeader()->sizeHint().height() +
                                  m_rulesView->verticalHeader()->defaultSectionSize() * 5 + 4);
    m_rulesView->setToolTip(tr("Level 1 is tried first. Double-click a rule to edit its "
                               "attributes, separated by commas."));
    layout->addWidget(m_rulesView, 1);

    auto *buttons = new QVBoxLayout;
    auto button = [&](QPushButton *&out, const QString &text, const char *name) {
        out = new QPushButton(text, box);
        out->setObjectName(QLatin1String(name));
        buttons->addWidget(out);
    };
    button(m_add, tr("&Add rule"), "matchingRuleAdd");
    button(m_remove, tr("Remo&ve"), "matchingRuleRemove");
    button(m_up, tr("Move &up"), "matchingRuleUp");
    button(m_down, tr("Move do&wn"), "matchingRuleDown");
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_rules->addRule(m_rulesView->currentIndex().row());
        if (row < 0)
            return;
        const QModelIndex cell = m_rules->index(row, models::MatchingRulesModel::Attributes);
        m_rulesView->setCurrentIndex(cell);
        m_rulesView->edit(cell);
    });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { m_rules->removeRule(m_rulesView->currentIndex().row()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MatchingRulesForm::updateButtons);
    updateButtons();
    return box;
}

QWidget *MatchingRulesForm::buildLevels()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_matchLevel = new QSpinBox(box);
    m_matchLevel->setObjectName(QStringLiteral("matchingMatchLevel"));
    m_matchLevel->setRange(0, models::MatchingRulesModel::kMaxRules);
    m_matchLevel->setSpecialValueText(tr("every rule"));
    m_matchLevel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_mergeLevel = new QSpinBox(box);
    m_mergeLevel->setObjectName(QStringLiteral("matchingMergeLevel"));
    m_mergeLevel->setRange(0, models::MatchingRulesModel::kMaxRules);
    m_mergeLevel->setSpecialValueText(tr("none"));
    m_mergeLevel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *mergeLabel = new QLabel(tr("merge automatically up to l&evel:"), box);
    mergeLabel->setBuddy(m_mergeLevel);
    layout->addWidget(m_matchLevel);
    layout->addSpacing(12);
    layout->addWidget(mergeLabel);
    layout->addWidget(m_mergeLevel);
    layout->addStretch(1);
    auto levelChanged = [this](const QString &member, int level) {
        if (m_loading)
            return;
        setMember(member, level > 0 ? QJsonValue(level) : QJsonValue());
        m_rules->setLevels(m_matchLevel->value(), m_mergeLevel->value());
    };
    connect(m_matchLevel, &QSpinBox::valueChanged, this,
            [levelChanged](int level) { levelChanged(kMatchLevel, level); });
    connect(m_mergeLevel, &QSpinBox::valueChanged, this,
            [levelChanged](int level) { levelChanged(kMergeLevel, level); });
    return box;
}

QWidget *MatchingRulesForm::buildSelector()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_matchingModel = new QComboBox(box);
    m_matchingModel->setObjectName(QStringLiteral("matchingAttributeModel"));
    m_matchingModel->addItem(tr("Not set: each type is its own member"), QString());
    m_matchingModel->addItem(tr("One to one: the same member must be equal"),
                             QStringLiteral("ONE_TO_ONE"));
    m_matchingModel->addItem(tr("Many to many: any chosen member may be equal"),
                             QStringLiteral("MANY_TO_MANY"));
    grid->addWidget(m_matchingModel, 0, 0, 1, 5);
    const QList<std::tuple<QString, QString, QStringList>> types = {
        {QStringLiteral("EmailAddress"), tr("Email:"), ma::emailTypes()},
        {QStringLiteral("PhoneNumber"), tr("Phone:"), ma::phoneTypes()},
        {QStringLiteral("Address"), tr("Address:"), ma::addressTypes()}};
    int row = 1;
    for (const auto &[member, label, names] : types) {
        grid->addWidget(new QLabel(label, box), row, 0);
        QList<QCheckBox *> boxes;
        int column = 1;
        for (const QString &name : names) {
            auto *check = new QCheckBox(name, box);
            check->setObjectName(QStringLiteral("matchingType_") + name);
            check->setProperty(kTypeName, name); // the text may gain an accelerator
            grid->addWidget(check, row, column++);
            connect(check, &QCheckBox::toggled, this, &MatchingRulesForm::selectorEdited);
            boxes.append(check);
        }
        m_types.append({member, boxes});
        ++row;
    }
    grid->setColumnStretch(5, 1);
    connect(m_matchingModel, &QComboBox::currentIndexChanged, this,
            &MatchingRulesForm::selectorEdited);
    return box;
}

QWidget *MatchingRulesForm::buildConflict()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_conflictModel = new QComboBox(box);
    m_conflictModel->setObjectName(QStringLiteral("matchingConflictModel"));
    m_conflictModel->addItem(tr("Not set"), QString());
    m_conflictModel->addItem(tr("The most recently updated profile wins"),
                             QStringLiteral("RECENCY"));
    m_conflictModel->addItem(tr("The profile from one source wins"), QStringLiteral("SOURCE"));
    m_sourceName = new QLineEdit(box);
    m_sourceName->setObjectName(QStringLiteral("matchingSourceName"));
    m_sourceName->setPlaceholderText(tr("Object type name"));
    m_sourceName->setMaxLength(255);
    layout->addWidget(m_conflictModel);
    layout->addWidget(m_sourceName, 1);
    connect(m_conflictModel, &QComboBox::currentIndexChanged, this,
            &MatchingRulesForm::conflictEdited);
    connect(m_sourceName, &QLineEdit::textEdited, this, &MatchingRulesForm::conflictEdited);
    return box;
}

void MatchingRulesForm::setValue(const QJsonObject &value)
{
    m_loading = true;
    m_value = value;
    m_rules->setRules(value.value(kRules).toArray());
    m_matchLevel->setValue(value.value(kMatchLevel).toInt(0));
    m_mergeLevel->setValue(value.value(kMergeLevel).toInt(0));
    m_rules->setLevels(m_matchLevel->value(), m_mergeLevel->value());

    const QJsonObject selector = value.value(kSelector).toObject();
    const int model = m_matchingModel->findData(selector.value(kMatchingModel).toString());
    m_matchingModel->setCurrentIndex(qMax(0, model));
    for (const auto &[member, boxes] : std::as_const(m_types)) {
        const QStringList chosen = strings(selector.value(member));
        for (QCheckBox *check : boxes) {
            check->setChecked(chosen.contains(check->property(kTypeName).toString()));
            check->setEnabled(model > 0);
        }
    }

    const QJsonObject conflict = value.value(kConflict).toObject();
    const int conflictModel = m_conflictModel->findData(conflict.value(kConflictModel).toString());
    m_conflictModel->setCurrentIndex(qMax(0, conflictModel));
    m_sourceName->setText(conflict.value(kSourceName).toString());
    m_sourceName->setEnabled(m_conflictModel->currentData().toString() == QStringLiteral("SOURCE"));
    updateButtons();
    m_loading = false;
}

void MatchingRulesForm::setMember(const QString &member, const QJsonValue &value)
{
    if (m_loading)
        return;
    if (value.isUndefined() || value.isNull())
        m_value.remove(member);
    else
        m_value.insert(member, value);
    Q_EMIT edited(m_value);
}

void MatchingRulesForm::selectorEdited()
{
    if (m_loading)
        return;
    const QString model = m_matchingModel->currentData().toString();
    for (const auto &[member, boxes] : std::as_const(m_types)) {
        for (QCheckBox *check : boxes)
            check->setEnabled(!model.isEmpty());
    }
    if (model.isEmpty()) {
        setMember(kSelector, QJsonValue());
        return;
    }
    QJsonObject selector = m_value.value(kSelector).toObject();
    selector.insert(kMatchingModel, model);
    for (const auto &[member, boxes] : std::as_const(m_types)) {
        // Names the form has no box for (a newer service's) stay where they were.
        QStringList names;
        for (QCheckBox *check : boxes) {
            if (check->isChecked())
                names.append(check->property(kTypeName).toString());
        }
        for (const QString &stored : strings(selector.value(member))) {
            const bool hasBox = std::any_of(boxes.cbegin(), boxes.cend(), [&](QCheckBox *c) {
                return c->property(kTypeName).toString() == stored;
            });
            if (!hasBox && !names.contains(stored))
                names.append(stored);
        }
        if (names.isEmpty())
            selector.remove(member);
        else
            selector.insert(member, QJsonArray::fromStringList(names));
    }
    setMember(kSelector, selector);
}

void MatchingRulesForm::conflictEdited()
{
    if (m_loading)
        return;
    const QString model = m_conflictModel->currentData().toString();
    const bool source = model == QStringLiteral("SOURCE");
    m_sourceName->setEnabled(source);
    if (model.isEmpty()) {
        setMember(kConflict, QJsonValue());
        return;
    }
    QJsonObject conflict = m_value.value(kConflict).toObject();
    conflict.insert(kConflictModel, model);
    if (source && !m_sourceName->text().trimmed().isEmpty())
        conflict.insert(kSourceName, m_sourceName->text().trimmed());
    else
        conflict.remove(kSourceName);
    setMember(kConflict, conflict);
}

void MatchingRulesForm::updateButtons()
{
    const int row = m_rulesView->currentIndex().row();
    const int count = m_rules->rowCount();
    m_add->setEnabled(count < models::MatchingRulesModel::kMaxRules);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < count);
}

void MatchingRulesForm::moveCurrent(int delta)
{
    const QModelIndex current = m_rulesView->currentIndex();
    if (!current.isValid() || !m_rules->moveRule(current.row(), delta))
        return;
    m_rulesView->setCurrentIndex(m_rules->index(current.row() + delta, current.column()));
}

QStringList MatchingRulesForm::problems() const
{
    return m_rules->problems();
}

QStringList MatchingRulesForm::warnings() const
{
    QStringList out = m_rules->warnings();
    const QJsonObject conflict = m_value.value(kConflict).toObject();
    if (conflict.value(kConflictModel).toString() == QStringLiteral("SOURCE") &&
        conflict.value(kSourceName).toString().isEmpty())
        out.append(tr("Conflicts resolved by source need the object type whose profiles win."));
    return out;
}

} // namespace cp::views
