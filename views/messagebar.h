#pragma once

#include "core/error.h"

#include <QFrame>
#include <functional>

class QLabel;
class QToolButton;

namespace cp::views {

// A non-modal strip above the content: one plain sentence, with the service's error
// type, message, HTTP status and request id one click away.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const client::ServiceError &error);
    void showInfo(const QString &text);
    // The sentence with a link after it ("Show it") that runs `onLink`.
    void showInfo(const QString &text, const QString &linkText, std::function<void()> onLink);
    // Follows the link of the message shown, if it has one (what a click on it does).
    bool activateLink();
    // Floats over the bottom of `host` instead of taking a place in a layout, so that
    // nothing under the pointer moves when a message comes or goes.
    void floatOver(QWidget *host);
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
    std::function<void()> m_onLink;
};

} // namespace cp::views
