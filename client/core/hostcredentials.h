#pragma once

#include "credentials.h"
#include "transport.h"

#include <QProcessEnvironment>

namespace cp::client {

// Credentials the machine hands out, as the SDKs fetch them: a container's credentials
// endpoint, or the instance metadata service (IMDSv2). Both answer the same JSON
// (AccessKeyId, SecretAccessKey, Token, Expiration). Calls have the SDKs' short timeout
// (one second, one attempt) so that a desktop without them is not slowed.
class HostCredentialsProvider : public RefreshingCredentialsProvider
{
    Q_OBJECT
public:
    enum class Source { Container, InstanceMetadata };

    // Container: AWS_CONTAINER_CREDENTIALS_FULL_URI (https, or http to a loopback or the
    // container agent's address) or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (on
    // http://169.254.170.2), with AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE or _TOKEN.
    // InstanceMetadata: http://169.254.169.254 unless AWS_EC2_METADATA_SERVICE_ENDPOINT;
    // AWS_EC2_METADATA_DISABLED=true turns it off.
    HostCredentialsProvider(Source source, QProcessEnvironment environment,
                            QObject *parent = nullptr);

    QString description() const override;
    // Whether the environment names a container endpoint (the default chain's test).
    static bool containerConfigured(const QProcessEnvironment &environment);
    // Reads the credentials JSON both services answer; exposed for tests.
    static Outcome<Credentials> parseAnswer(const QByteArray &json);

    std::chrono::milliseconds timeout{1000};
    // Put before every failure's reason: as the default chain's last resort, the reason
    // is first that nothing else gave credentials.
    void setFailurePreamble(QString preamble) { m_preamble = std::move(preamble); }

protected:
    void fetch() override;

private:
    void fetchFromContainer();
    void fetchFromInstance();
    void get(const QUrl &url, const schema::HeaderList &headers,
             std::function<void(const HttpResult &)> then, const QByteArray &method = "GET");
    void fail(const QString &why);

    QString m_preamble;

    Source m_source;
    QProcessEnvironment m_env;
};

} // namespace cp::client
