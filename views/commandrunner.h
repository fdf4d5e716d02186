#pragma once

#include "core/client.h"
#include "session.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace cp::views {

class MessageBar;

// Runs the console's commands: one client call, then its error or its success message
// in the main window's message bar, then a refresh of what changed. The panes make
// their calls through it, so "call, show, refresh" is written once.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    struct Command
    {
        QString operation;
        QJsonObject input;
        QString success; // shown once the call succeeded (nothing when empty)
        // Runs after a success with the answer (a refresh, a selection), unless `context`
        // was destroyed meanwhile.
        std::function<void(const QJsonObject &answer)> then = {};
        QObject *context = nullptr; // the runner when null
        // Where a failure is told instead of the main window's message bar (a dialog
        // that stays open to show it).
        std::function<void(const client::ServiceError &error)> failed = {};
    };

    explicit CommandRunner(MessageBar *bar, QObject *parent = nullptr);

    // The connection in use; null between connections (commands then do nothing).
    void setSession(Session *session);
    Session *session() const { return m_session; }
    client::CustomerProfilesClient *client() const;
    MessageBar *messageBar() const { return m_bar; }

    // Sends the call; null when there is no connection. A failure (cancelled included:
    // the user asked for a change and must know it was not made) is shown in the bar.
    client::Call *run(Command command);
    // Runs `send`, which runs one command, with that command first changed by `adapt`
    // (a dialog waiting for the answer takes its outcome); returns the command's call,
    // null when `send` ran none.
    client::Call *runAdapted(const std::function<void(Command &)> &adapt,
                             const std::function<void()> &send);
    // A failure of a read (a listing, a lookup): shown unless it was cancelled.
    void showError(const client::ServiceError &error);

Q_SIGNALS:
    // After each command, successful or not.
    void finished(const QString &operation, bool ok);
    // Another connection (or none) is in use.
    void sessionChanged();

private:
    MessageBar *m_bar;
    QPointer<Session> m_session;
    std::function<void(Command &)> m_adapt; // for the next command run (runAdapted)
    client::Call *m_adaptedCall = nullptr;
};

} // namespace cp::views
