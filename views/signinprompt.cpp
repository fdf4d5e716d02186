#include "signinprompt.h"

#include "ssosignindialog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

namespace cp::views {
namespace {

struct OpenSignIn
{
    QPointer<SsoSignInDialog> dialog;
    QList<std::function<void(bool)>> waiting;
};

// Keyed by the token's cache file: what one sign-in fills.
QHash<QString, OpenSignIn> &openSignIns()
{
    static QHash<QString, OpenSignIn> open;
    return open;
}

void conclude(const QString &key, bool signedIn)
{
    const QList<std::function<void(bool)>> waiting = openSignIns().take(key).waiting;
    for (const auto &done : waiting)
        done(signedIn);
}

} // namespace

void signInToSso(QWidget *parent, const QString &profile, const client::SsoSettings &settings,
                 const QProcessEnvironment &environment, std::function<void(bool)> done)
{
    const QString key = client::ssoCachePath(environment, settings);
    OpenSignIn &entry = openSignIns()[key];
    if (done)
        entry.waiting.append(std::move(done));
    if (entry.dialog) {
        entry.dialog->raise();
        entry.dialog->activateWindow();
        return;
    }
    auto *dialog = new SsoSignInDialog(profile, settings, environment, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    entry.dialog = dialog;
    QObject::connect(dialog, &SsoSignInDialog::signedIn, dialog,
                     [key] { conclude(key, true); });
    // Closed without signing in (after a success the waiters are gone already).
    QObject::connect(dialog, &QDialog::finished, dialog, [key] { conclude(key, false); });
    dialog->open();
}

void installSsoSignInPrompt(QWidget *parent)
{
    QPointer<QWidget> guard(parent);
    client::setSsoSignInPrompt([guard](const QString &profile, const client::SsoSettings &settings,
                                       const QProcessEnvironment &environment,
                                       std::function<void(bool)> done) {
        if (!guard) {
            done(false);
            return;
        }
        signInToSso(guard, profile, settings, environment, std::move(done));
    });
}

} // namespace cp::views
