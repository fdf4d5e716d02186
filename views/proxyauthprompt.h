#pragma once

class QWidget;

namespace cp::views {

// Makes a proxy that answers 407 ask for a user name and password in a dialog over
// `parent` (window-modal, opened without blocking: the call that met the 407 waits and is
// tried again with the answer; the UI does not wait). Calls that meet the same proxy
// meanwhile share the one dialog. Cancel ends them with the proxy's message. What is
// typed stays in memory for the process (client::setProxyCredentials), never in a file.
void installProxyAuthPrompt(QWidget *parent);

} // namespace cp::views
