#include "session.h"

#include "arn.h"

namespace cp::views {

Session::Session(Info info, QObject *parent)
    : QObject(parent)
    , m_info(std::move(info))
    , m_transport(new client::Transport(m_info.endpoint, m_info.credentials, this))
    , m_client(new client::CustomerProfilesClient(m_transport, this))
{}

QString Session::domainArn(const QString &domain) const
{
    return schema::Arn::forDomain(m_info.endpoint.region, m_accountId, domain).toString();
}

QString Session::objectTypeArn(const QString &domain, const QString &objectType) const
{
    if (domain.isEmpty() || objectType.isEmpty())
        return {};
    return schema::Arn::forObjectType(m_info.endpoint.region, m_accountId, domain, objectType)
        .toString();
}

QString Session::integrationArn(const QString &domain, const QString &uri) const
{
    if (domain.isEmpty() || uri.isEmpty())
        return {};
    return schema::Arn::forIntegration(m_info.endpoint.region, m_accountId, domain, uri).toString();
}

} // namespace cp::views
