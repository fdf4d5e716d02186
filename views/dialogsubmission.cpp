#include "dialogsubmission.h"

#include "messagebar.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLayout>
#include <QPushButton>
#include <algorithm>

namespace cp::views {
DialogSubmission::DialogSubmission(QDialog *dialog, QDialogButtonBox *buttons,
                                   CommandRunner *runner, std::function<void()> send)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_buttons(buttons)
    , m_runner(runner)
    , m_send(std::move(send))
    , m_bar(new MessageBar(dialog))
{
    setObjectName(QStringLiteral("dialogSubmission"));
    m_bar->setObjectName(QStringLiteral("dialogMessageBar"));
    m_bar->setFades(false);
    m_bar->hide();
    // Under the buttons: the dialog grows downwards and OK stays under the pointer.
    if (auto *form = qobject_cast<QFormLayout *>(dialog->layout()))
        form->addRow(m_bar);
    else if (dialog->layout())
        dialog->layout()->addWidget(m_bar);
    disconnect(buttons, &QDialogButtonBox::accepted, dialog, nullptr);
    disconnect(buttons, &QDialogButtonBox::rejected, dialog, nullptr);
    connect(buttons, &QDialogButtonBox::accepted, this, &DialogSubmission::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &DialogSubmission::cancelOrClose);
    dialog->installEventFilter(this);
}

DialogSubmission *DialogSubmission::attach(QDialog *dialog, CommandRunner *runner,
                                           std::function<void()> send)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    Q_ASSERT(buttons);
    return new DialogSubmission(dialog, buttons, runner, std::move(send));
}

void DialogSubmission::send()
{
    const QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (isSending() || (ok && !ok->isEnabled()))
        return;
    QPointer<DialogSubmission> self(this);
    QPointer<QDialog> dialog(m_dialog);
    const auto adapt = [self, dialog, runner = QPointer<CommandRunner>(m_runner)](
                           CommandRunner::Command &command) {
        command.failed = [self, runner](const client::ServiceError &error) {
            if (self)
                self->failed(error);
            else if (runner) // the dialog was closed meanwhile: the main window tells
                runner->showError(error);
        };
        command.then = [self, dialog, then = std::move(command.then)](const QJsonObject &answer) {
            if (then)
                then(answer);
            if (self && dialog)
                dialog->accept();
        };
    };
    m_call = m_runner->runAdapted(adapt, m_send);
    if (!m_call) {
        m_bar->showInfo(tr("Nothing was sent: open a connection and choose a domain, then try again."));
        revealBar();
        return;
    }
    showSending();
}

// The dialog grows by the bar's height instead of squeezing its fields: nothing above
// the bar, the buttons included, moves.
void DialogSubmission::revealBar()
{
    if (m_bar->isVisible())
        return;
    if (std::exchange(m_grown, true)) {
        m_bar->show(); // dismissed before: its room is still there
        return;
    }
    const int spacing = m_dialog->layout() ? std::max(0, m_dialog->layout()->spacing()) : 0;
    const int grow = m_bar->sizeHint().height() + spacing;
    m_bar->show();
    m_dialog->resize(m_dialog->width(), m_dialog->height() + grow);
}

void DialogSubmission::cancelOrClose()
{
    if (isSending()) {
        m_call->cancel(); // failed() says what that means
        return;
    }
    m_dialog->reject();
}

// OK keeps the state the dialog's own checks give it: a second press while sending is
// ignored by send(), and edits made meanwhile are checked as usual.
void DialogSubmission::showSending()
{
    m_bar->showInfo(tr("Sending… The dialog closes once the service has accepted it."));
    revealBar();
}

void DialogSubmission::failed(const client::ServiceError &error)
{
    m_call.clear(); // finished: OK may send again
    if (error.kind == client::ServiceError::Kind::Cancelled)
        m_bar->showInfo(tr("Cancelled. The service may still have made the change: check "
                           "before sending it again."));
    else
        m_bar->showError(error);
    revealBar();
}

bool DialogSubmission::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialog && isSending()) {
        const bool escape = event->type() == QEvent::KeyPress &&
                            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape;
        if (escape || event->type() == QEvent::Close) {
            event->ignore();
            m_call->cancel();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cp::views
