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
}

void setNextAnswer(bool answer)
{
    nextAnswer = answer;
}

std::optional<bool> takeNextAnswer()
{
    return std::exchange(nextAnswer, std::nullopt);
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (const auto answer = takeNextAnswer())
        return *answer;
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

bool confirmByTyping(QWidget *parent, const QString &title, const QString &text,
                     const QString &expected)
{
    if (const auto answer = takeNextAnswer())
        return *answer;
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    auto *hint =
        new QLabel(QCoreApplication::translate("cp::views::prompts", "Type <b>%1</b> to confirm:")
                       .arg(expected.toHtmlEscaped()),
                   &dialog);
    auto *edit = new QLineEdit(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(QCoreApplication::translate("cp::views::prompts", "Delete"));
    ok->setEnabled(false);
    QObject::connect(edit, &QLineEdit::textChanged, ok,
                     [ok, expected](const QString &typed) { ok->setEnabled(typed == expected); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(hint);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace cp::views::prompts
