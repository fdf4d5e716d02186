#pragma once

#include "awsconfig.h"
#include "ssocredentials.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <optional>

namespace cp::client {

// How a profile of the shared files gets its credentials, for the console's connection
// list: the kind, whether it needs a sign-in first, and, when it cannot be used, why.
struct ProfileSummary
{
    enum class Kind { Keys, Sso, Role, WebIdentity, Process, Container, None };

    QString profile;
    Kind kind = Kind::None;
    // Why the profile cannot be used as it is (a missing source profile, an unknown
    // sso-session, an expired sign-in...); empty when it resolves.
    QString problem;
    // IAM Identity Center without a usable token, for the profile itself or the profile at
    // the root of its chain of roles: `signIn` is what to sign in to.
    bool needsSignIn = false;
    std::optional<SsoSettings> signIn;
    QString signInProfile; // the profile that names `signIn`
    QString region;        // empty when none is configured
};

ProfileSummary summarizeProfile(const QString &profile, const QProcessEnvironment &environment,
                                const AwsSharedConfig &files,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());

// "keys", "IAM Identity Center", "role"... for the connection list.
QString profileKindName(ProfileSummary::Kind kind);

// Whether the cached IAM Identity Center token serves now: valid, or refreshable.
bool ssoTokenUsable(const SsoSettings &settings, const QProcessEnvironment &environment,
                    const QDateTime &now);

} // namespace cp::client
