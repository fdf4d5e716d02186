#include "csvmappingtable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>

namespace cp::views {
namespace {
const QString kProfile = QStringLiteral("_profile.");
} // namespace

CsvMappingTable::CsvMappingTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("uploadPreview"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(false);
    horizontalHeader()->setDefaultSectionSize(190);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

QComboBox *CsvMappingTable::makeCombo(int column, const QString &columnName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("uploadTarget_%1").arg(column));
    combo->setEditable(true); // "Attributes.NAME" with a name of one's own
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(tr("Don't import"), QString());
    const QStringList targets = models::UploadMapping::profileTargets();
    for (const QString &target : targets)
        combo->addItem(target.mid(kProfile.size()), target);
    models::UploadMapping single;
    single.columns = {columnName};
    const QString attribute = QStringLiteral("Attributes.") + single.fieldNames().value(0);
    combo->insertItem(1, attribute, QString(kProfile + attribute));
    combo->setToolTip(tr("The profile field column “%1” goes to; type Attributes.NAME for an "
                         "attribute of your own.")
                          .arg(columnName));
    connect(combo, &QComboBox::currentTextChanged, this, [this] {
        greyUnimported();
        Q_EMIT targetsChanged();
    });
    return combo;
}

void CsvMappingTable::setPreview(const models::CsvFilePreview &preview,
                                 const models::UploadMapping &mapping)
{
    clear();
    m_header = preview.header;
    m_uniqueKey = -1;
    const int columns = int(preview.header.size());
    setColumnCount(columns);
    setRowCount(columns > 0 ? int(preview.rows.size()) + 1 : 0);
    setHorizontalHeaderLabels(preview.header);
    QStringList rowLabels{tr("Import as")};
    for (int row = 0; row < preview.rows.size(); ++row)
        rowLabels.append(QString::number(row + 1));
    setVerticalHeaderLabels(rowLabels);
    for (int column = 0; column < columns; ++column) {
        QComboBox *combo = makeCombo(column, preview.header.at(column));
        setCellWidget(0, column, combo);
        setTarget(column, mapping.targets.value(column));
        for (int row = 0; row < preview.rows.size(); ++row) {
            auto *item = new QTableWidgetItem(preview.rows.at(row).value(column));
            item->setToolTip(item->text());
            setItem(row + 1, column, item);
        }
    }
    setRowHeight(0, qMax(rowHeight(0),
                         cellWidget(0, 0) ? cellWidget(0, 0)->sizeHint().height() : rowHeight(0)));
    greyUnimported();
    Q_EMIT targetsChanged();
}

// The values of a column that is not imported are greyed.
void CsvMappingTable::greyUnimported()
{
    const QStringList chosen = targets();
    const QColor disabled = palette().color(QPalette::Disabled, QPalette::Text);
    const QColor normal = palette().color(QPalette::Active, QPalette::Text);
    for (int column = 0; column < columnCount(); ++column) {
        for (int row = 1; row < rowCount(); ++row) {
            if (QTableWidgetItem *cell = item(row, column))
                cell->setForeground(
                    chosen.value(column).isEmpty() && column != m_uniqueKey ? disabled : normal);
        }
    }
}

void CsvMappingTable::setUniqueKeyColumn(int column)
{
    m_uniqueKey = column;
    QStringList labels = m_header;
    if (column >= 0 && column < labels.size())
        labels[column] = tr("%1 (unique key)").arg(labels.at(column));
    setHorizontalHeaderLabels(labels);
    greyUnimported();
}

QComboBox *CsvMappingTable::targetCombo(int column) const
{
    return qobject_cast<QComboBox *>(cellWidget(0, column));
}

void CsvMappingTable::setTarget(int column, const QString &target)
{
    QComboBox *combo = targetCombo(column);
    if (!combo)
        return;
    const int index = combo->findData(target);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setCurrentText(target.startsWith(kProfile) ? target.mid(kProfile.size()) : target);
}

QStringList CsvMappingTable::targets() const
{
    QStringList out;
    for (int column = 0; column < columnCount(); ++column) {
        const QComboBox *combo = targetCombo(column);
        const QString text = combo ? combo->currentText().trimmed() : QString();
        if (!combo || text.isEmpty() || text == combo->itemText(0))
            out.append(QString());
        else
            out.append(kProfile + text);
    }
    return out;
}

} // namespace cp::views
