// The MFA prompt of roles that name mfa_serial: a window-modal dialog over the console
// opened without blocking; the code typed goes to STS (a local fake), Cancel refuses the
// credentials with a clear reason and sends nothing.

#include "../client/faultserver.h"
#include "guifixture.h"
#include "mfaprompt.h"
#include "rolecredentials.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QUrlQuery>

using namespace cp;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class MfaPromptTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codeTypedInTheDialogGoesToSts();

private:
    std::optional<client::Outcome<client::Credentials>> resolve(client::CredentialsProvider &p)
    {
        std::optional<client::Outcome<client::Credentials>> out;
        p.resolve(&m_context, [&out](const client::Outcome<client::Credentials> &o) { out = o; });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, 20000);
        return out;
    }
    QObject m_context;
};

void MfaPromptTest::codeTypedInTheDialogGoesToSts()
{
    testing::isolateSettings();
    QWidget window;
    window.show();
    views::installMfaPrompt(&window);
    FaultServer sts;
    QVERIFY(sts.listen());
    const QByteArray ok =
        "<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAMFA</AccessKeyId>"
        "<SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken>"
        "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult>"
        "</AssumeRoleResponse>";
    sts.reply(200, ok);

    const auto files = client::AwsSharedConfig::fromText(
        s("[profile admin]\nrole_arn = arn:aws:iam::1:role/Admin\nsource_profile = base\n"
          "mfa_serial = arn:aws:iam::1:mfa/alice\n"),
        s("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = x\n"));
    QProcessEnvironment env;
    env.insert(s("AWS_ENDPOINT_URL_STS"), sts.url().toString());
    auto resolved = client::roleCredentials(s("admin"), s("eu-west-1"), env, files);
    QVERIFY(resolved && resolved->ok());
    auto provider = resolved->value();

    QString label;
    testing::answerNextModal([&label](QDialog *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        label = input->labelText();
        auto *edit = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(edit, s("654321"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    auto got = resolve(*provider);
    QVERIFY(got);
    QVERIFY2(got->ok(), qPrintable(got->error().message));
    QVERIFY(label.contains(s("arn:aws:iam::1:mfa/alice")));
    QCOMPARE(got->value().accessKeyId, s("ASIAMFA"));
    QCOMPARE(QUrlQuery(QString::fromUtf8(sts.requests().at(0).body)).queryItemValue(s("TokenCode")),
             s("654321"));

    // A second role asks again; Cancel refuses it and nothing is sent.
    auto again = client::roleCredentials(s("admin"), s("eu-west-1"), env, files);
    QVERIFY(again && again->ok());
    testing::answerNextModal([](QDialog *dialog) { dialog->reject(); });
    got = resolve(*again->value());
    QVERIFY(got && !got->ok());
    QVERIFY(got->error().message.contains(s("No MFA code")));
    QCOMPARE(sts.requestCount(), 1);
}

QTEST_MAIN(MfaPromptTest)
#include "tst_gui_mfa.moc"
