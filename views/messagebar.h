#pragma once

#include "core/error.h"

#include <QFrame>
#include <functional>

class QLabel;
class QTimer;
class QToolButton;

namespace cp::views {

// A non-modal strip in a layout, or floating over the bottom of a window: one plain
// sentence, with the service's error type, message, HTTP status and request id one click
// away. News hides itself after a while (unless it is being read); errors stay until
// dismissed.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const client::ServiceError &error);
    void showInfo(const QString &text);
    // The sentence with a link after it ("Show it") that runs `onLink`. A link that acts in
    // a domain names it: once another domain is chosen the link goes, the sentence stays.
    void showInfo(const QString &text, const QString &linkText, std::function<void()> onLink,
                  const QString &linkDomain = QString());
    // The domain the window shows now (see showInfo's linkDomain).
    void domainChosen(const QString &domain);
    // Follows the link of the message shown, if it has one (what a click on it does).
    bool activateLink();
    // Floats over the bottom-right corner of `host` instead of taking a place in a layout,
    // so that nothing under the pointer moves when a message comes or goes.
    void floatOver(QWidget *host);
    // Whether news hides itself (a dialog's bar keeps it: the dialog closes soon anyway).
    void setFades(bool fades) { m_fades = fades; }
    QString text() const;
    QString detailsText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setDetails(const QString &details);
    void place();

    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QToolButton *m_toggle;
    QToolButton *m_close;
    QWidget *m_host = nullptr;
    QTimer *m_fade; // hides a piece of news after a while; errors stay until dismissed
    bool m_fades = true;
    std::function<void()> m_onLink;
    QString m_sentence; // the text of a message with a link, without it
    QString m_linkDomain;
    QString m_domain; // the window's, from domainChosen
};

} // namespace cp::views
