#include "ssosignindialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp::views {
namespace {

SsoSignInDialog::UrlOpener &urlOpener()
{
    static SsoSignInDialog::UrlOpener opener;
    return opener;
}

} // namespace

void SsoSignInDialog::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

SsoSignInDialog::SsoSignInDialog(const QString &profile, const client::SsoSettings &settings,
                                 const QProcessEnvironment &environment, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_flow(new client::SsoSignIn(settings, environment, this))
{
    setObjectName(QStringLiteral("ssoSignInDialog"));
    setWindowTitle(tr("Sign in to IAM Identity Center"));

    auto *intro = new QLabel(
        tr("Sign in at %1 for the role %2 in account %3 (profile %4). Approve the sign-in in "
           "your browser; check that it shows this code:")
            .arg(settings.startUrl, settings.roleName, settings.accountId, profile),
        this);
    intro->setObjectName(QStringLiteral("ssoSignInIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    // The code big, in a fixed font (no 0/O confusion), selectable with mouse or keyboard.
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("ssoUserCode"));
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setAccessibleName(tr("Sign-in code"));

    m_copy = new QPushButton(tr("&Copy code"), this);
    m_copy->setObjectName(QStringLiteral("ssoCopyCode"));
    m_open = new QPushButton(tr("&Open browser"), this);
    m_open->setObjectName(QStringLiteral("ssoOpenBrowser"));
    auto *codeRow = new QHBoxLayout;
    codeRow->addStretch();
    codeRow->addWidget(m_copy);
    codeRow->addWidget(m_open);
    codeRow->addStretch();

    // For approving on another device: the address, to type or copy.
    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("ssoVerificationUrl"));
    m_link->setTextFormat(Qt::PlainText);
    m_link->setWordWrap(true);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ssoStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("C&ancel sign-in"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("ssoCancel"));
    m_retry = buttons->addButton(tr("&Try again"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("ssoRetry"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("ssoClose"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_code);
    layout->addLayout(codeRow);
    layout->addWidget(m_link);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_code->text()); });
    connect(m_open, &QPushButton::clicked, this, &SsoSignInDialog::openBrowser);
    connect(m_cancel, &QPushButton::clicked, m_flow, &client::SsoSignIn::cancel);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_code->clear();
        m_link->clear();
        m_url.clear();
        m_flow->start();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Closing, or Escape, ends the sign-in: nothing polls for a dialog nobody sees.
    connect(this, &QDialog::rejected, m_flow, &client::SsoSignIn::cancel);

    connect(m_flow, &client::SsoSignIn::authorizationPending, this, &SsoSignInDialog::onPending);
    connect(m_flow, &client::SsoSignIn::stateChanged, this, &SsoSignInDialog::onStateChanged);
    connect(m_flow, &client::SsoSignIn::slowedDown, this, [this](int seconds) {
        setStatus(tr("Waiting for you to approve in the browser… (IAM Identity Center asked to "
                     "slow down: checking every %n second(s))",
                     nullptr, seconds));
    });
    connect(m_flow, &client::SsoSignIn::failed, this, &SsoSignInDialog::setStatus);
    connect(m_flow, &client::SsoSignIn::succeeded, this, [this] {
        setStatus(tr("Signed in."));
        Q_EMIT signedIn(m_profile);
        accept();
    });
    onStateChanged(m_flow->state());
}

SsoSignInDialog::~SsoSignInDialog() = default;

void SsoSignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started) { // once: a dialog hidden and shown again keeps its sign-in
        m_started = true;
        m_flow->start();
    }
}

void SsoSignInDialog::onPending(const QString &userCode, const QUrl &uri, const QUrl &complete)
{
    m_code->setText(userCode);
    m_url = complete.isValid() ? complete : uri;
    m_link->setText(tr("On another device, open %1 and enter the code.").arg(uri.toString()));
    updateButtons();
    openBrowser(); // once by itself, as the AWS CLI does
}

void SsoSignInDialog::openBrowser()
{
    if (m_url.isEmpty())
        return;
    const UrlOpener &opener = urlOpener();
    const bool opened = opener ? opener(m_url) : QDesktopServices::openUrl(m_url);
    if (!opened)
        setStatus(tr("No browser could be opened: open the address below on any device and "
                     "enter the code."));
}

void SsoSignInDialog::onStateChanged(client::SsoSignIn::State state)
{
    using State = client::SsoSignIn::State;
    updateButtons();
    switch (state) {
    case State::Idle:
    case State::Registering:
    case State::Authorizing:
        setStatus(tr("Asking IAM Identity Center for a sign-in code…"));
        break;
    case State::Waiting:
        setStatus(tr("Waiting for you to approve in the browser…"));
        break;
    case State::Cancelled:
        setStatus(tr("Sign-in cancelled."));
        break;
    case State::Succeeded:
    case State::Failed: // the message comes with failed()
        break;
    }
}

void SsoSignInDialog::updateButtons()
{
    using State = client::SsoSignIn::State;
    const State state = m_flow->state();
    const bool waiting = state == State::Waiting && !m_url.isEmpty();
    m_copy->setEnabled(waiting && !m_code->text().isEmpty());
    m_open->setEnabled(waiting);
    m_cancel->setEnabled(m_flow->isRunning());
    m_retry->setVisible(state == State::Failed || state == State::Cancelled);
}

void SsoSignInDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace cp::views
