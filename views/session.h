#pragma once

#include "core/calleridentity.h"
#include "core/client.h"
#include "core/networksettings.h"
#include "core/ssocredentials.h"

#include <QObject>
#include <optional>

namespace cp::views {

// What the connection list knows of a connection beyond how to reach it: for an AWS
// profile, how it gets credentials ("IAM Identity Center", "role"...), why it cannot be
// used as it is (empty: it can) and the IAM Identity Center sign-in it offers (its own
// or its roles' root); who it is as far as the configuration tells, and where to ask
// STS the rest (an empty URL: do not ask, e.g. the local endpoint or a test's fake).
struct ConnectionDetails
{
    QString kind;
    QString problem;
    bool needsSignIn = false;
    std::optional<client::SsoSettings> signIn;
    QString signInProfile;
    client::CallerIdentity identity;
    client::Endpoint sts;
    // TLS trust and proxies for this connection; the process's defaults when unset.
    std::optional<client::NetworkSettings> network;
};

// One connection in use: its transport and client. The panes of the main window take
// their client from the current session; switching connection makes a new one.
class Session : public QObject
{
    Q_OBJECT
public:
    struct Info
    {
        QString name;
        client::Endpoint endpoint;
        std::shared_ptr<client::CredentialsProvider> credentials;
        bool local = false;
    };

    explicit Session(Info info, QObject *parent = nullptr);

    const Info &info() const { return m_info; }
    client::CustomerProfilesClient *client() const { return m_client; }
    client::Transport *transport() const { return m_transport; }
    // "arn:PARTITION:profile:REGION:ACCOUNT:domains/NAME" (schema::Arn: aws-cn in China
    // regions) needs the account, which the API does not tell; the local endpoint's is
    // known, AWS's comes from the user.
    QString domainArn(const QString &domain) const;
    // The ARNs of a domain's object types and integrations (for tags and IAM); empty
    // without a domain or a name.
    QString objectTypeArn(const QString &domain, const QString &objectType) const;
    QString integrationArn(const QString &domain, const QString &uri) const;
    void setAccountId(const QString &account) { m_accountId = account; }
    QString accountId() const { return m_accountId; }

private:
    Info m_info;
    client::Transport *m_transport;
    client::CustomerProfilesClient *m_client;
    QString m_accountId = QStringLiteral("123456789012");
};

} // namespace cp::views
