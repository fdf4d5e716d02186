#pragma once

#include "core/error.h"

#include <QFrame>

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
    QString text() const;
    QString detailsText() const;

private:
    void setDetails(const QString &details);

    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QToolButton *m_toggle;
    QToolButton *m_close;
};

} // namespace cp::views
