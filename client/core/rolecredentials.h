#pragma once

#include "awsconfig.h"
#include "stscredentials.h"

namespace cp::client {

// The credentials of a profile that assumes a role, as botocore resolves them:
// role_arn with source_profile (a chain of them; a cycle refused, naming the profiles)
// or credential_source (Environment); web_identity_token_file with role_arn; else,
// when the profile names no role, AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN from
// the environment. role_session_name, duration_seconds, external_id and mfa_serial are
// honoured. STS is reached at stsEndpoint() for the profile's region.
// Nothing when neither the profile nor the environment names a role.
std::optional<Outcome<std::shared_ptr<CredentialsProvider>>>
roleCredentials(const QString &profile, const QString &region, const QProcessEnvironment &env,
                const AwsSharedConfig &files);

// Every StsCredentialsProvider made from now on asks its MFA codes through `prompt` (the
// console's dialog); none by default.
void setMfaPrompt(StsCredentialsProvider::MfaPrompt prompt);

} // namespace cp::client
