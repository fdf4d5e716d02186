#pragma once

#include "credentials.h"
#include "transport.h"

#include <QObject>
#include <memory>

namespace cp::client {

// A role to assume, as a profile of ~/.aws/config describes it.
struct RoleSettings
{
    QString roleArn;              // role_arn
    QString sessionName;          // role_session_name; empty: one is made up
    QString externalId;           // external_id
    QString mfaSerial;            // mfa_serial: a code is asked for each AssumeRole
    int durationSeconds = 3600;   // duration_seconds
    QString webIdentityTokenFile; // set: AssumeRoleWithWebIdentity with this token
};

// The regional STS endpoint of the SDKs (https://sts.REGION.amazonaws.com, .com.cn in
// China), unless AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL or the profile's endpoint_url
// says otherwise (the last two apply to every service, as in the AWS CLI v2).
QUrl stsEndpoint(const QString &region, const QString &stsOverride, const QString &globalOverride);

// Credentials of an assumed role from AWS STS: AssumeRole signed with the source
// profile's credentials, or AssumeRoleWithWebIdentity with the token file's content,
// unsigned. The answer is kept until five minutes before it expires; callers waiting
// meanwhile share one call. Retries follow the transport's standard mode.
class StsCredentialsProvider : public RefreshingCredentialsProvider
{
    Q_OBJECT
public:
    // Asks the user for the code of an MFA device; `answer` gets it, or nothing when the
    // user declined. Called on the provider's thread; it may answer later.
    using MfaPrompt =
        std::function<void(const QString &serial, std::function<void(std::optional<QString>)>)>;

    // `source` signs AssumeRole; unused (may be null) for web identity.
    StsCredentialsProvider(RoleSettings role, Endpoint sts,
                           std::shared_ptr<CredentialsProvider> source, QString description,
                           QObject *parent = nullptr);

    QString description() const override { return m_description; }
    void setNetworkSettings(const NetworkSettings &settings) override;
    void setMfaPrompt(MfaPrompt prompt) { m_mfaPrompt = std::move(prompt); }
    const RoleSettings &role() const { return m_role; }
    // The transport of the STS calls (made on first use; tests set its retry policy).
    Transport *transport();

    // The form body of the call; exposed for tests. `token` is the MFA code or the web
    // identity token.
    static QByteArray requestBody(const RoleSettings &role, const QString &sessionName,
                                  const QString &token);
    // Reads <Credentials> out of an AssumeRole(WithWebIdentity)Response.
    static Outcome<Credentials> parseAnswer(const QByteArray &xml);

protected:
    void fetch() override;

private:
    void send(const QString &token);

    RoleSettings m_role;
    Endpoint m_sts;
    std::shared_ptr<CredentialsProvider> m_source;
    QString m_description;
    QString m_sessionName;
    Transport *m_transport = nullptr;
    MfaPrompt m_mfaPrompt;
};

} // namespace cp::client
