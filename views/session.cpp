#include "session.h"

namespace cp::views {

Session::Session(Info info, QObject *parent)
    : QObject(parent)
    , m_info(std::move(info))
    , m_transport(new client::Transport(m_info.endpoint, m_info.credentials, this))
    , m_client(new client::CustomerProfilesClient(m_transport, this))
{}

QString Session::domainArn(const QString &domain) const
{
    return QStringLiteral("arn:aws:profile:%1:%2:domains/%3")
        .arg(m_info.endpoint.region, m_accountId, domain);
}

} // namespace cp::views
