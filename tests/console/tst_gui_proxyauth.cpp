// The proxy's user name and password dialog (views/proxyauthprompt): one dialog for the
// calls that meet the same proxy, OK only with a user name, Cancel answers nothing.
#include "networksettings.h"
#include "proxyauthprompt.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWidget>

using cp::client::ProxyCredentials;

class TstGuiProxyAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { cp::client::setProxyAuthPrompt({}); }
    void oneDialogAnswersEveryCall();
    void cancelAnswersNothing();
    void ownerGoneAnswersNothing();

private:
    static QDialog *dialogOf(QWidget &window)
    {
        QDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = window.findChild<QDialog *>(QStringLiteral("proxyAuthDialog"));
                return dialog && dialog->isVisible();
            },
            5000);
        return dialog;
    }
};

void TstGuiProxyAuth::oneDialogAnswersEveryCall()
{
    QWidget window;
    window.show();
    cp::views::installProxyAuthPrompt(&window);
    QList<std::optional<ProxyCredentials>> answers;
    const auto prompt = cp::client::proxyAuthPrompt();
    QVERIFY(prompt);
    for (int i = 0; i < 2; ++i)
        prompt(QStringLiteral("proxy.corp:3128"),
               [&answers](std::optional<ProxyCredentials> c) { answers.append(c); });
    QDialog *dialog = dialogOf(window);
    QVERIFY(dialog);
    QCOMPARE(window.findChildren<QDialog *>(QStringLiteral("proxyAuthDialog")).size(), 1);
    auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("proxyUser"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("proxyPassword"));
    QVERIFY(user && password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(user, QStringLiteral("alice"));
    QTest::keyClicks(password, QStringLiteral("s3cret"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(answers.size(), 2);
    for (const auto &answer : std::as_const(answers)) {
        QVERIFY(answer);
        QCOMPARE(answer->user, QStringLiteral("alice"));
        QCOMPARE(answer->password, QStringLiteral("s3cret"));
    }
}

void TstGuiProxyAuth::cancelAnswersNothing()
{
    QWidget window;
    window.show();
    cp::views::installProxyAuthPrompt(&window);
    QList<std::optional<ProxyCredentials>> answers;
    cp::client::proxyAuthPrompt()(QStringLiteral("proxy.corp:3128"),
                                  [&answers](std::optional<ProxyCredentials> c) { answers.append(c); });
    QDialog *dialog = dialogOf(window);
    QVERIFY(dialog);
    dialog->reject();
    QTRY_COMPARE(answers.size(), 1);
    QVERIFY(!answers.first());
}

void TstGuiProxyAuth::ownerGoneAnswersNothing()
{
    auto window = std::make_unique<QWidget>();
    cp::views::installProxyAuthPrompt(window.get());
    window.reset();
    bool answered = false;
    cp::client::proxyAuthPrompt()(QStringLiteral("proxy.corp:3128"),
                                  [&answered](std::optional<ProxyCredentials> c) {
                                      answered = !c.has_value();
                                  });
    QVERIFY(answered);
}

QTEST_MAIN(TstGuiProxyAuth)
#include "tst_gui_proxyauth.moc"
