#pragma once

#include "credentials.h"
#include "transport.h"

#include <QObject>
#include <functional>
#include <memory>

namespace cp::client {

// Who a connection's credentials are: the account and the ARN of the user or role.
struct CallerIdentity
{
    QString account;
    QString arn;    // arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION, arn:aws:iam::ACCOUNT:user/NAME
    QString userId; // AIDA... or AROA...:session
    // The role's name where only the configuration tells it (IAM Identity Center's
    // sso_role_name): its session's ARN is not known.
    QString roleName;

    // Whether anything says who it is (an ARN, or a role's name).
    bool known() const { return !arn.isEmpty() || !roleName.isEmpty(); }

    // "role Admin", "user alice", "root": what the ARN names, for the status bar.
    QString principal() const;
    // Reads a GetCallerIdentityResponse.
    static Outcome<CallerIdentity> parse(const QByteArray &xml);
    // What configuration alone tells: an assumed role's account and name from role_arn,
    // IAM Identity Center's account and role. Empty members where it tells nothing.
    static CallerIdentity fromRoleArn(const QString &roleArn);
    static CallerIdentity fromSsoRole(const QString &account, const QString &roleName);
};

// STS GetCallerIdentity signed with `credentials` (its query protocol, on `sts`); the
// answer on `owner`'s thread, never after `owner` is gone. The call is not logged in the
// console's request log: it is the console's question, not the user's.
Call *getCallerIdentity(QObject *owner, const Endpoint &sts,
                        std::shared_ptr<CredentialsProvider> credentials,
                        std::function<void(const Outcome<CallerIdentity> &)> done);

} // namespace cp::client
