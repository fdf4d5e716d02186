#include "shortcutsdialog.h"

#include <QAction>
#include <QCollator>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cp::views {

QString ShortcutsDialog::plainText(const QAction *action)
{
    QString text = action->text();
    // "&&" is a literal ampersand; a single "&" marks the accelerator.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(QWidget *window)
{
    QList<QAction *> actions = window->actions();
    actions += window->findChildren<QAction *>();
    // Actions alike (every list's Copy, Ctrl+C) make one entry.
    QSet<QString> seen;
    QList<Entry> entries;
    for (QAction *action : std::as_const(actions)) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || action->text().isEmpty())
            continue;
        QString identity = plainText(action);
        for (const QKeySequence &key : keys)
            identity += u'\t' + key.toString(QKeySequence::PortableText);
        if (seen.contains(identity))
            continue;
        seen.insert(identity);
        entries.append({plainText(action), keys.first(), keys.mid(1)});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(entries.begin(), entries.end(), [&collator](const Entry &a, const Entry &b) {
        return collator.compare(a.action, b.action) < 0;
    });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<Entry> entries = entriesOf(window);

    auto *table = new QTableWidget(int(entries.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    for (int row = 0; row < entries.size(); ++row) {
        const Entry &entry = entries.at(row);
        QStringList keys{entry.keys.toString(QKeySequence::NativeText)};
        for (const QKeySequence &other : entry.others)
            keys.append(other.toString(QKeySequence::NativeText));
        table->setItem(row, 0, new QTableWidgetItem(entry.action));
        // "or" between alternatives, as the menus cannot show them.
        table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(" or "))));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    // Every row and both columns show at the starting size.
    const int width = table->horizontalHeader()->length() + 2 * table->frameWidth() + 24;
    const int height = table->horizontalHeader()->height() + table->verticalHeader()->length() +
                       2 * table->frameWidth() + 4;
    table->setMinimumSize(std::max(width, 360), std::min(height, 600));

    auto *note = new QLabel(tr("The shortcuts of the main window; dialogs show theirs in their "
                               "buttons and tooltips."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

} // namespace cp::views
