#include "connectionstatus.h"

#include "session.h"

#include <QLocale>
#include <QTimer>

namespace cp::views {

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QLabel(parent)
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionStatus"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clock->setInterval(30000);
    connect(m_clock, &QTimer::timeout, this, &ConnectionStatus::recheck);
}

void ConnectionStatus::setSession(Session *session, const ConnectionDetails &details)
{
    m_session = session;
    m_details = details;
    m_identity = {};
    m_expiration.reset();
    m_problem.clear();
    m_resolved = false;
    m_clock->stop();
    if (!session) {
        clear();
        return;
    }
    const Session::Info &info = session->info();
    m_description = info.credentials ? info.credentials->description() : QString();
    if (info.local) {
        update();
        return;
    }
    m_identity = details.identity;
    update();
    // The credentials the calls use: the first call shares this fetch (one sign-in, one
    // AssumeRole), and their expiry shows.
    info.credentials->resolve(session, [this, session](const client::Outcome<client::Credentials> &got) {
        if (m_session != session)
            return;
        m_resolved = true;
        if (!got.ok()) {
            m_problem = got.error().message;
            m_clock->start(); // a later call (F5, a retry after the prompt) may get them
            update();
            return;
        }
        m_expiration = got.value().expiration;
        if (m_expiration)
            m_clock->start();
        update();
        if (!m_identity.known())
            askWhoItIs();
    });
}

void ConnectionStatus::recheck()
{
    if (!m_session || !m_resolved || !m_session->info().credentials)
        return;
    // Only a provider that renewed them holds others; one that dropped them (invalidated,
    // awaiting the next call) holds none, and the old expiry stays on show.
    const std::optional<client::Credentials> held = m_session->info().credentials->held();
    if (held && !m_problem.isEmpty()) {
        // The first fetch failed (a cancelled MFA prompt, a failing process); a call has
        // got them since.
        m_problem.clear();
        m_expiration = held->expiration;
        if (!m_expiration)
            m_clock->stop(); // nothing more to watch
        update();
        if (!m_identity.known())
            askWhoItIs();
        return;
    }
    if (held && held->expiration && held->expiration != m_expiration) {
        m_expiration = held->expiration;
        m_problem.clear();
    }
    update();
}

void ConnectionStatus::askWhoItIs()
{
    Session *session = m_session;
    if (!session || !m_details.sts.url.isValid())
        return;
    client::getCallerIdentity(session, m_details.sts, session->info().credentials,
                              [this, session](const client::Outcome<client::CallerIdentity> &got) {
                                  if (m_session != session || !got.ok())
                                      return;
                                  m_identity = got.value();
                                  update();
                              });
}

void ConnectionStatus::update()
{
    if (!m_session) {
        clear();
        return;
    }
    if (m_session->info().local) {
        setText(tr("Local endpoint · account %1").arg(m_session->accountId()));
        setToolTip(tr("The local endpoint on this computer; its data stays here."));
        return;
    }
    QStringList parts;
    if (!m_identity.account.isEmpty())
        parts.append(tr("Account %1").arg(m_identity.account));
    if (m_identity.known())
        parts.append(m_identity.principal());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    if (!m_problem.isEmpty()) {
        parts.append(tr("no credentials"));
    } else if (m_expiration && *m_expiration <= now) {
        parts.append(tr("credentials expired at %1 (renewed on the next call)")
                         .arg(locale.toString(m_expiration->toLocalTime().time(),
                                              QLocale::ShortFormat)));
    } else if (m_expiration) {
        parts.append(tr("credentials until %1")
                         .arg(locale.toString(m_expiration->toLocalTime().time(),
                                              QLocale::ShortFormat)));
    } else if (!m_resolved) {
        parts.append(tr("getting credentials…"));
    }
    // Stays for as long as the connection is open: the user chose it, and must not forget.
    const bool unverified = m_details.network && !m_details.network->verifyTls;
    if (unverified)
        parts.prepend(tr("⚠ certificates not verified"));
    setStyleSheet(unverified ? QStringLiteral("color: #c01c28; font-weight: bold") : QString());
    setText(parts.join(QStringLiteral(" · ")));
    QStringList tip;
    if (unverified)
        tip.append(tr("This connection does not verify the endpoint's HTTPS certificate: "
                      "anyone on the way could read and change its calls."));
    if (!m_identity.arn.isEmpty())
        tip.append(m_identity.arn);
    if (!m_description.isEmpty())
        tip.append(tr("Credentials: %1").arg(m_description));
    if (m_expiration)
        tip.append(tr("They expire %1.").arg(locale.toString(m_expiration->toLocalTime(),
                                                            QLocale::LongFormat)));
    if (!m_problem.isEmpty())
        tip.append(m_problem);
    setToolTip(tip.join(QLatin1Char('\n')));
}

} // namespace cp::views
