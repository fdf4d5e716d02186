#pragma once

#include "core/ssocredentials.h"

#include <QProcessEnvironment>
#include <functional>

class QWidget;

namespace cp::views {

// Opens the IAM Identity Center sign-in (SsoSignInDialog) over `parent`, or joins the one
// already open for the same session or start URL (one token serves every profile of
// it). `done(true)` once signed in; `done(false)` when the user closed it first.
void signInToSso(QWidget *parent, const QString &profile, const client::SsoSettings &settings,
                 const QProcessEnvironment &environment, std::function<void(bool)> done);

// Makes every IAM Identity Center profile without a usable token open that sign-in when
// a call needs its credentials: the call waits for the user, the UI does not.
void installSsoSignInPrompt(QWidget *parent);

} // namespace cp::views
