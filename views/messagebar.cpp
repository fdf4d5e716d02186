#include "messagebar.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

namespace cp::views {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_fade(new QTimer(this))
{
    m_fade->setSingleShot(true);
    m_fade->setInterval(12000);
    connect(m_fade, &QTimer::timeout, this, [this] {
        if (underMouse() || m_details->isVisible())
            m_fade->start(); // being read
        else
            hide();
    });
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                    Qt::LinksAccessibleByKeyboard);
    connect(m_text, &QLabel::linkActivated, this, [this] { activateLink(); });
    m_details->setObjectName(QStringLiteral("messageDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->hide();
    m_toggle->setObjectName(QStringLiteral("messageDetailsButton"));
    m_toggle->setText(tr("Details"));
    m_toggle->setCheckable(true);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_text, 0, 1, Qt::AlignVCenter);
    layout->addWidget(m_toggle, 0, 2, Qt::AlignTop);
    layout->addWidget(m_close, 0, 3, Qt::AlignTop);
    layout->addWidget(m_details, 1, 1, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_toggle, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::floatOver(QWidget *host)
{
    m_host = host;
    setParent(host);
    host->installEventFilter(this);
    installEventFilter(this);
    place();
}

// A toast in the host's bottom-right corner, a third of its width (at least about 60
// characters), as tall as the message needs: the panes keep their buttons on the left of
// their bottom edge, where a bar across the whole width covered them.
void MessageBar::place()
{
    if (!m_host)
        return;
    const int margin = style()->pixelMetric(QStyle::PM_LayoutBottomMargin);
    const int available = std::max(0, m_host->width() - 2 * margin);
    const int width =
        std::min(available, std::max(fontMetrics().averageCharWidth() * 60, m_host->width() / 3));
    const int height = std::min(heightForWidth(width) > 0 ? heightForWidth(width)
                                                          : sizeHint().height(),
                                m_host->height() / 2);
    setGeometry(m_host->width() - width - margin, m_host->height() - height - margin, width,
                height);
    raise();
}

bool MessageBar::eventFilter(QObject *watched, QEvent *event)
{
    const bool hostResized = watched == m_host && event->type() == QEvent::Resize;
    const bool changed = watched == this && (event->type() == QEvent::Show ||
                                             event->type() == QEvent::LayoutRequest);
    if (hostResized || changed)
        place();
    return QFrame::eventFilter(watched, event);
}

void MessageBar::setDetails(const QString &details)
{
    m_details->setText(details);
    m_toggle->setVisible(!details.isEmpty());
    m_toggle->setChecked(false);
}

void MessageBar::showError(const client::ServiceError &error)
{
    m_fade->stop();
    m_onLink = {};
    m_text->setTextFormat(Qt::PlainText);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setText(error.summary());
    QStringList details;
    if (!error.type.isEmpty())
        details.append(tr("Error type: %1").arg(error.type));
    if (!error.message.isEmpty())
        details.append(tr("Message: %1").arg(error.message));
    if (error.httpStatus != 0)
        details.append(tr("HTTP status: %1").arg(error.httpStatus));
    if (!error.requestId.isEmpty())
        details.append(tr("Request id: %1").arg(error.requestId));
    if (error.attempts > 1)
        details.append(tr("Attempts: %1").arg(error.attempts));
    for (const auto &issue : error.issues)
        details.append(tr("%1: %2").arg(issue.path, issue.message));
    setDetails(details.join(QLatin1Char('\n')));
    show();
}

void MessageBar::showInfo(const QString &text)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_onLink = {};
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(text);
    setDetails(QString());
    show();
    if (m_fades)
        m_fade->start();
}

void MessageBar::showInfo(const QString &text, const QString &linkText,
                          std::function<void()> onLink, const QString &linkDomain)
{
    showInfo(text);
    if (!linkDomain.isEmpty() && linkDomain != m_domain)
        return; // another domain was chosen meanwhile: the link would act there
    m_onLink = std::move(onLink);
    m_sentence = text;
    m_linkDomain = linkDomain;
    m_text->setTextFormat(Qt::RichText);
    m_text->setText(text.toHtmlEscaped() + QStringLiteral(" <a href=\"#\">") +
                    linkText.toHtmlEscaped() + QStringLiteral("</a>"));
}

void MessageBar::domainChosen(const QString &domain)
{
    m_domain = domain;
    if (!m_onLink || m_linkDomain.isEmpty() || m_linkDomain == domain)
        return;
    m_onLink = {};
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(m_sentence);
}

bool MessageBar::activateLink()
{
    if (!m_onLink)
        return false;
    const auto onLink = m_onLink; // it may show another message
    onLink();
    return true;
}

QString MessageBar::text() const
{
    return m_text->text();
}
QString MessageBar::detailsText() const
{
    return m_details->text();
}

} // namespace cp::views
