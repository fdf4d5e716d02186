#include "prompts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp::views::prompts {
namespace {
std::optional<bool> nextAnswer;
QString askedLast;

// Shows `dialog` window-modally and runs `onYes` when it is accepted; the dialog deletes
// itself once answered, and goes with its parent if that closes first.
void ask(QDialog *dialog, std::function<void()> onYes)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [onYes = std::move(onYes)] {
        if (onYes)
            onYes();
    });
    dialog->open();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("cp::views::prompts", text);
}
} // namespace

void setNextAnswer(bool answer)
{
    nextAnswer = answer;
}

std::optional<bool> takeNextAnswer()
{
    return std::exchange(nextAnswer, std::nullopt);
}

QString lastQuestion()
{
    return askedLast;
}

void confirm(QWidget *parent, const QString &title, const QString &text,
             std::function<void()> onYes)
{
    askedLast = text;
    if (const auto answer = takeNextAnswer()) {
        if (*answer && onYes)
            onYes();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text,
                                QMessageBox::Yes | QMessageBox::No, parent);
    box->setDefaultButton(QMessageBox::No);
    ask(box, std::move(onYes));
}

void confirmByTyping(QWidget *parent, const QString &title, const QString &text,
                     const QString &expected, std::function<void()> onYes)
{
    askedLast = text;
    if (const auto answer = takeNextAnswer()) {
        if (*answer && onYes)
            onYes();
        return;
    }
    auto *dialog = new QDialog(parent);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(text, dialog);
    label->setWordWrap(true);
    auto *hint = new QLabel(tr("Type <b>%1</b> to confirm:").arg(expected.toHtmlEscaped()), dialog);
    auto *edit = new QLineEdit(dialog);
    edit->setObjectName(QStringLiteral("confirmationEdit"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Delete"));
    ok->setEnabled(false);
    QObject::connect(edit, &QLineEdit::textChanged, ok,
                     [ok, expected](const QString &typed) { ok->setEnabled(typed == expected); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(hint);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    ask(dialog, std::move(onYes));
}

} // namespace cp::views::prompts
