#include "mergedialog.h"

#include "profilecomparison.h"
#include "windowsize.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cp::views {
namespace {

namespace cmp = cp::models::comparison;
const QString kProfileId = QStringLiteral("ProfileId");
constexpr int kSourceRole = Qt::UserRole + 1;

QString nameOf(const QJsonObject &profile)
{
    QStringList parts;
    for (const char *member : {"FirstName", "LastName", "BusinessName"}) {
        const QString value = profile.value(QLatin1String(member)).toString();
        if (!value.isEmpty())
            parts.append(value);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

MergeDialog::MergeDialog(const QList<QJsonObject> &profiles, const QString &why, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_main(new QButtonGroup(this))
    , m_fields(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge %n profiles", nullptr, int(profiles.size())));
    for (const QJsonObject &profile : profiles)
        m_ids.append(profile.value(kProfileId).toString());

    auto *layout = new QVBoxLayout(this);
    auto *whyLabel = new QLabel(why, this);
    whyLabel->setObjectName(QStringLiteral("mergeWhy"));
    whyLabel->setWordWrap(true);
    layout->addWidget(whyLabel);

    auto *mainLabel = new QLabel(tr("Main profile (it stays and keeps its id):"), this);
    layout->addWidget(mainLabel);
    auto *mainRow = new QVBoxLayout;
    for (int i = 0; i < m_ids.size(); ++i) {
        const QString name = nameOf(profiles.at(i));
        auto *radio = new QRadioButton(
            name.isEmpty() ? m_ids.at(i) : tr("%1 (%2)").arg(m_ids.at(i), name), this);
        radio->setObjectName(QStringLiteral("mainProfile%1").arg(i));
        if (i < 9)
            radio->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        m_main->addButton(radio, i);
        mainRow->addWidget(radio);
    }
    if (!m_ids.isEmpty())
        m_main->button(0)->setChecked(true);
    layout->addLayout(mainRow);

    auto *fieldsLabel =
        new QLabel(tr("&Fields the profiles disagree on: tick the value the main profile keeps."),
                   this);
    fieldsLabel->setBuddy(m_fields);
    fieldsLabel->setWordWrap(true);
    layout->addWidget(fieldsLabel);
    m_fields->setObjectName(QStringLiteral("mergeFields"));
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(false);
    layout->addWidget(m_fields, 1);

    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge…"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mergeButton"));
    layout->addWidget(m_buttons);

    buildFields();
    connect(m_fields, &QTableWidget::itemChanged, this, &MergeDialog::onItemChanged);
    connect(m_main, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            setMainProfile(mainProfileId());
    });
    setMainProfile(mainProfileId());
    keepWindowSize(this, QStringLiteral("mergeDialog"), QSize(820, 520));
}

void MergeDialog::buildFields()
{
    // One row per source member the profiles disagree on (an address is one member:
    // MergeProfiles takes it whole).
    for (const cmp::Field &field : cmp::compare(m_profiles)) {
        if (field.differs && !m_sources.contains(field.source))
            m_sources.append(field.source);
    }
    m_fields->setColumnCount(int(m_ids.size()) + 1);
    m_fields->setRowCount(int(m_sources.size()));
    for (int row = 0; row < m_sources.size(); ++row) {
        const QString &source = m_sources.at(row);
        const bool choosable = cmp::isChoosable(source);
        auto *name = new QTableWidgetItem(source);
        name->setFlags(Qt::ItemIsEnabled);
        if (!choosable)
            name->setToolTip(tr("MergeProfiles cannot be told where %1 comes from: the main "
                                "profile's value stays (or the first merged profile's, when "
                                "the main profile has none).")
                                 .arg(source));
        m_fields->setItem(row, 0, name);
        for (int column = 0; column < m_ids.size(); ++column) {
            const QString value = cmp::sourceValue(m_profiles.at(column), source);
            auto *item = new QTableWidgetItem(value.isEmpty() ? tr("(none)") : value);
            item->setData(kSourceRole, source);
            item->setToolTip(value.isEmpty() ? tr("Profile %1 has no %2: choosing it clears the field.")
                                                   .arg(m_ids.at(column), source)
                                             : value);
            if (value.isEmpty()) {
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            }
            item->setFlags(choosable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                                     : Qt::ItemFlags(Qt::ItemIsSelectable));
            if (choosable)
                item->setCheckState(Qt::Unchecked);
            m_fields->setItem(row, column + 1, item);
        }
    }
    m_fields->resizeColumnsToContents();
}

QString MergeDialog::label(const QString &profileId) const
{
    const int i = int(m_ids.indexOf(profileId));
    const QString name = i >= 0 ? nameOf(m_profiles.at(i)) : QString();
    return name.isEmpty() ? profileId : tr("%1 (%2)").arg(profileId, name);
}

QString MergeDialog::mainProfileId() const
{
    return m_ids.value(m_main->checkedId());
}

void MergeDialog::setMainProfile(const QString &profileId)
{
    const int index = int(m_ids.indexOf(profileId));
    if (index < 0)
        return;
    if (m_main->checkedId() != index)
        m_main->button(index)->setChecked(true); // comes back here through idToggled
    m_updating = true;
    QStringList headers{tr("Field")};
    for (int i = 0; i < m_ids.size(); ++i) {
        const QString column = cmp::columnLabel(m_profiles.at(i));
        headers.append(i == index ? tr("%1 (main)").arg(column) : column);
    }
    m_fields->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < m_ids.size(); ++i)
        m_fields->horizontalHeaderItem(i + 1)->setToolTip(tr("Profile %1").arg(m_ids.at(i)));
    m_fields->resizeColumnsToContents();
    // The choices the user did not make follow the service's own rule: the main
    // profile's value, else the first other profile that has one.
    for (int row = 0; row < m_sources.size(); ++row) {
        const QString &source = m_sources.at(row);
        if (!cmp::isChoosable(source) || m_chosenByUser.value(source))
            continue;
        QString chosen = profileId;
        if (cmp::sourceValue(m_profiles.at(index), source).isEmpty()) {
            for (int i = 0; i < m_ids.size(); ++i) {
                if (i != index && !cmp::sourceValue(m_profiles.at(i), source).isEmpty()) {
                    chosen = m_ids.at(i);
                    break;
                }
            }
        }
        for (int column = 0; column < m_ids.size(); ++column)
            m_fields->item(row, column + 1)
                ->setCheckState(m_ids.at(column) == chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    updateSummary();
}

QStringList MergeDialog::mergedProfileIds() const
{
    QStringList merged = m_ids;
    merged.removeAll(mainProfileId());
    return merged;
}

QStringList MergeDialog::choosableSources() const
{
    QStringList sources;
    for (const QString &source : m_sources) {
        if (cmp::isChoosable(source))
            sources.append(source);
    }
    return sources;
}

QString MergeDialog::sourceProfile(const QString &source) const
{
    const int row = int(m_sources.indexOf(source));
    if (row < 0 || !cmp::isChoosable(source))
        return QString();
    for (int column = 0; column < m_ids.size(); ++column) {
        if (m_fields->item(row, column + 1)->checkState() == Qt::Checked)
            return m_ids.at(column);
    }
    return QString();
}

void MergeDialog::chooseSource(const QString &source, const QString &profileId)
{
    const int row = int(m_sources.indexOf(source));
    const int column = int(m_ids.indexOf(profileId));
    if (row >= 0 && column >= 0 && cmp::isChoosable(source))
        m_fields->item(row, column + 1)->setCheckState(Qt::Checked); // onItemChanged does the rest
}

// One value per row: ticking a cell unticks the others; the ticked one cannot be unticked.
void MergeDialog::onItemChanged(QTableWidgetItem *item)
{
    if (m_updating || item->column() == 0)
        return;
    const int row = item->row();
    const QString source = item->data(kSourceRole).toString();
    m_updating = true;
    if (item->checkState() == Qt::Checked) {
        for (int column = 1; column < m_fields->columnCount(); ++column) {
            if (column != item->column())
                m_fields->item(row, column)->setCheckState(Qt::Unchecked);
        }
        m_chosenByUser.insert(source, true);
    } else {
        item->setCheckState(Qt::Checked);
    }
    m_updating = false;
    updateSummary();
}

QJsonObject MergeDialog::request() const
{
    QMap<QString, QString> choices;
    for (const QString &source : choosableSources())
        choices.insert(source, sourceProfile(source));
    QJsonObject input{{QStringLiteral("MainProfileId"), mainProfileId()},
                      {QStringLiteral("ProfileIdsToBeMerged"),
                       QJsonArray::fromStringList(mergedProfileIds())}};
    const QJsonObject sources = cmp::fieldSourceProfileIds(choices);
    if (!sources.isEmpty())
        input.insert(QStringLiteral("FieldSourceProfileIds"), sources);
    return input;
}

QString MergeDialog::summary() const
{
    const QString main = mainProfileId();
    QStringList merged;
    for (const QString &id : mergedProfileIds())
        merged.append(label(id));
    QStringList lines;
    lines.append(tr("%1 stays and keeps its id.").arg(label(main)));
    lines.append(tr("Merged into it and then deleted: %1. Every key and every object of "
                    "theirs moves to the main profile; nothing is lost.")
                     .arg(merged.join(QStringLiteral(", "))));
    QMap<QString, QStringList> bySource; // profile id -> the fields taken from it
    for (const QString &source : choosableSources())
        bySource[sourceProfile(source)].append(source);
    for (auto it = bySource.begin(); it != bySource.end(); ++it) {
        lines.append(it.key() == main
                         ? tr("Kept from the main profile: %1.").arg(it.value().join(QStringLiteral(", ")))
                         : tr("Taken from %1: %2.").arg(it.key(), it.value().join(QStringLiteral(", "))));
    }
    QStringList fixed;
    for (const QString &source : m_sources) {
        if (!cmp::isChoosable(source))
            fixed.append(source);
    }
    if (!fixed.isEmpty())
        lines.append(tr("Decided by the service (the main profile's value): %1.")
                         .arg(fixed.join(QStringLiteral(", "))));
    if (m_sources.isEmpty())
        lines.append(tr("The profiles agree on every field."));
    lines.append(tr("A merge cannot be undone."));
    return lines.join(QLatin1Char('\n'));
}

void MergeDialog::updateSummary()
{
    m_summary->setText(summary());
}

} // namespace cp::views
