#include "proxyauthprompt.h"

#include "networksettings.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

namespace cp::views {
namespace {

struct ProxyAuthText
{
    Q_DECLARE_TR_FUNCTIONS(cp::views::ProxyAuthText)
};

using Answer = std::function<void(std::optional<client::ProxyCredentials>)>;

// The answers waiting for each proxy's dialog ("host:port"): one dialog per proxy.
QHash<QString, QList<Answer>> &waiting()
{
    static QHash<QString, QList<Answer>> answers;
    return answers;
}

void answerAll(const QString &proxy, const std::optional<client::ProxyCredentials> &credentials)
{
    const QList<Answer> answers = waiting().take(proxy);
    for (const Answer &answer : answers)
        answer(credentials);
}

QDialog *makeDialog(QWidget *parent, const QString &proxy)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("proxyAuthDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(ProxyAuthText::tr("Proxy sign-in"));
    dialog->setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(
        ProxyAuthText::tr("The proxy at %1 asks for a user name and password.").arg(proxy), dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *form = new QFormLayout;
    auto *user = new QLineEdit(dialog);
    user->setObjectName(QStringLiteral("proxyUser"));
    auto *password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("proxyPassword"));
    password->setEchoMode(QLineEdit::Password);
    form->addRow(ProxyAuthText::tr("&User name:"), user);
    form->addRow(ProxyAuthText::tr("&Password:"), password);
    layout->addLayout(form);
    auto *note = new QLabel(
        ProxyAuthText::tr("Kept in memory until the console closes; never saved."), dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    QObject::connect(user, &QLineEdit::textChanged, ok,
                     [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    // finished() also comes when the window closes: every waiting call gets an answer.
    QObject::connect(dialog, &QDialog::finished, dialog, [user, password, proxy](int result) {
        std::optional<client::ProxyCredentials> credentials;
        if (result == QDialog::Accepted && !user->text().trimmed().isEmpty())
            credentials = client::ProxyCredentials{user->text().trimmed(), password->text()};
        password->clear();
        answerAll(proxy, credentials);
    });
    return dialog;
}

} // namespace

void installProxyAuthPrompt(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    client::setProxyAuthPrompt([owner](const QString &proxy, Answer answer) {
        if (!owner) {
            answer(std::nullopt);
            return;
        }
        QList<Answer> &answers = waiting()[proxy];
        answers.append(std::move(answer));
        if (answers.size() > 1)
            return; // its dialog is open already
        makeDialog(owner, proxy)->open();
    });
}

} // namespace cp::views
