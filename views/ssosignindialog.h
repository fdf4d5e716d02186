#pragma once

#include "ssosignin.h"

#include <QDialog>
#include <QUrl>
#include <functional>

class QLabel;
class QPushButton;

namespace cp::views {

// "Sign in…" for an IAM Identity Center profile: runs the device authorization flow
// (client::SsoSignIn) while the user approves in the browser. Open it with open() or
// show(): the flow starts when it is first shown, and nothing blocks. It shows the start
// URL, the account and role, the code to check in the browser (selectable, with Copy),
// opens the verification URL once by itself ("Open browser" opens it again), and says
// what it waits for. On success it emits signedIn(profile) and closes (accepted); Cancel
// stops the flow, Try again starts a new one, Close cancels and closes. The token lands
// in ~/.aws/sso/cache where the AWS CLI and SsoCredentialsProvider read it.
class SsoSignInDialog : public QDialog
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    SsoSignInDialog(const QString &profile, const client::SsoSettings &settings,
                    const QProcessEnvironment &environment, QWidget *parent = nullptr);
    ~SsoSignInDialog() override;

    QString profile() const { return m_profile; }
    client::SsoSignIn *flow() const { return m_flow; }

    // How the dialog opens a URL (QDesktopServices::openUrl unless set); tests record it.
    // An empty function restores the default.
    static void setUrlOpener(UrlOpener opener);

Q_SIGNALS:
    void signedIn(const QString &profile);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onPending(const QString &userCode, const QUrl &uri, const QUrl &complete);
    void onStateChanged(client::SsoSignIn::State state);
    void openBrowser();
    void updateButtons();
    void setStatus(const QString &text);

    QString m_profile;
    client::SsoSignIn *m_flow;
    QUrl m_url; // what the browser opens: the code filled in where the service gives that
    bool m_started = false;
    QLabel *m_code;
    QLabel *m_link;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_close;
};

} // namespace cp::views
