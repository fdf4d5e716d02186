#pragma once

#include "commandrunner.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QDialog;
class QDialogButtonBox;
class QPushButton;

namespace cp::views {

class MessageBar;

// Keeps an editor dialog open until the service has answered what it sends, so that
// nothing the user typed is lost: OK runs the command instead of closing; while it runs
// the dialog says so and OK waits; a success closes the dialog (accepted(), the success
// message in the main window), a refusal is shown inside the dialog with every input
// kept. Cancel, Escape or closing the window while waiting cancel the call and keep the
// dialog open; once nothing is pending they close it as usual.
class DialogSubmission : public QObject
{
    Q_OBJECT
public:
    // Takes over `buttons`' accepted() and rejected(); owned by the dialog. OK calls
    // `send`, which runs one command through `runner` (a pane's createDomain(), say).
    DialogSubmission(QDialog *dialog, QDialogButtonBox *buttons, CommandRunner *runner,
                     std::function<void()> send);

    // Finds the dialog's button box (the first one) and attaches to it.
    static DialogSubmission *attach(QDialog *dialog, CommandRunner *runner,
                                    std::function<void()> send);

    bool isSending() const { return !m_call.isNull(); }
    MessageBar *messageBar() const { return m_bar; }
    void send();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void cancelOrClose();
    void showSending();
    void revealBar();
    void failed(const client::ServiceError &error);

    QDialog *m_dialog;
    QDialogButtonBox *m_buttons;
    CommandRunner *m_runner;
    std::function<void()> m_send;
    MessageBar *m_bar;
    QPointer<client::Call> m_call;
    bool m_grown = false; // the dialog grew once to make room for the bar
};

} // namespace cp::views
