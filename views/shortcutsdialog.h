#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;

namespace cp::views {

// Help > Keyboard shortcuts: every action of a window that has a shortcut, read from the
// actions themselves, so the list cannot fall behind the menus.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString action;    // the action's text without its accelerator mark or ellipsis
        QKeySequence keys; // its primary shortcut
        QList<QKeySequence> others;
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The window's actions (its own and its children's) that have a shortcut, once each,
    // sorted by their text.
    static QList<Entry> entriesOf(QWidget *window);
    // "&Refresh" -> "Refresh", "New domain…" -> "New domain", "Save && close" -> "Save & close".
    static QString plainText(const QAction *action);
};

} // namespace cp::views
