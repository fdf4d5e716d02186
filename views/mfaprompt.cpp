#include "mfaprompt.h"

#include "rolecredentials.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QWidget>

namespace cp::views {
namespace {

struct MfaText
{
    Q_DECLARE_TR_FUNCTIONS(cp::views::MfaText)
};

} // namespace

void installMfaPrompt(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    client::setMfaPrompt(
        [owner](const QString &serial, std::function<void(std::optional<QString>)> answer) {
            if (!owner) {
                answer(std::nullopt);
                return;
            }
            auto *dialog = new QInputDialog(owner);
            dialog->setObjectName(QStringLiteral("mfaDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(MfaText::tr("MFA code"));
            dialog->setLabelText(
                MfaText::tr("The role needs a code from the MFA device\n%1.\n\nCode:").arg(serial));
            dialog->setTextEchoMode(QLineEdit::Normal);
            dialog->setInputMethodHints(Qt::ImhDigitsOnly);
            dialog->setWindowModality(Qt::WindowModal);
            // finished() comes before textValueSelected(): read the code there.
            QObject::connect(dialog, &QDialog::finished, dialog, [dialog, answer](int result) {
                if (result == QDialog::Accepted)
                    answer(dialog->textValue());
                else
                    answer(std::nullopt);
            });
            dialog->open();
        });
}

} // namespace cp::views
