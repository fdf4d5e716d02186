#pragma once

#include <QString>
#include <Qt>

namespace cp::views {

// Enables a command (a QAction or a button); while it is disabled its tooltip says why
// ("Choose a domain first."), and once enabled it shows `tip` (empty: the default).
template<class Command>
void enableWithReason(Command *command, bool enabled, const QString &reason,
                      const QString &tip = QString())
{
    command->setEnabled(enabled);
    command->setToolTip(enabled ? tip : reason);
}

} // namespace cp::views

namespace cp::views {

// Opens a dialog window-modal without blocking (QDialog::open()); it deletes itself once
// closed. What happens when it is answered is connected by the caller.
template<class Dialog> Dialog *openDialog(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace cp::views
