#pragma once

class QWidget;

namespace cp::views {

// Makes every role that names mfa_serial ask for its code in a dialog over `parent`
// (window-modal, opened without blocking: the call waits for the code, the UI does not).
// Cancel refuses the credentials, saying no code was given.
void installMfaPrompt(QWidget *parent);

} // namespace cp::views
