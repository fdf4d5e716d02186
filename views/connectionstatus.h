#pragma once

#include "core/calleridentity.h"
#include "session.h"

#include <QDateTime>
#include <QLabel>
#include <QPointer>

class QTimer;

namespace cp::views {

// The status bar's word on who the connection is: the local endpoint and its account, or
// an AWS account with the role or user (from the configuration, else STS
// GetCallerIdentity) and when the credentials expire. Never a key or a token.
class ConnectionStatus : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionStatus(QWidget *parent = nullptr);

    void setSession(Session *session, const ConnectionDetails &details = {});
    // Reads the expiry of the credentials the provider holds now (a call may have renewed
    // them) and says it again; the clock does so every 30 s.
    void recheck();

private:
    void askWhoItIs();
    void update();

    QPointer<Session> m_session;
    ConnectionDetails m_details;
    client::CallerIdentity m_identity;
    std::optional<QDateTime> m_expiration;
    QString m_problem;
    QString m_description;
    bool m_resolved = false;
    QTimer *m_clock; // "expired" shows without another call
};

} // namespace cp::views
