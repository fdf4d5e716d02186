#pragma once

#include "error.h"
#include "networksettings.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace cp::client {

struct Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    std::optional<QDateTime> expiration;

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

// Where a call's credentials come from. resolve() may answer at once (static keys,
// cached ones) or later (credential_process); either way on the context's thread.
class CredentialsProvider
{
public:
    using Callback = std::function<void(const Outcome<Credentials> &)>;
    virtual ~CredentialsProvider() = default;
    virtual void resolve(QObject *context, Callback callback) = 0;
    // Where they come from, for the user ("profile dev in ~/.aws/credentials"): no secret.
    virtual QString description() const = 0;
    // The endpoint said the credentials given have expired: the next resolve() gets new
    // ones where the provider can. False when it cannot (fixed keys): nothing to retry.
    virtual bool invalidate() { return false; }
    // The connection's TLS trust and proxies, for the calls the provider makes itself (STS,
    // IAM Identity Center): a profile's ca_bundle serves them as it serves the service.
    virtual void setNetworkSettings(const NetworkSettings &) {}
    // The credentials held now, without fetching any (nothing when none are held yet or
    // the provider keeps none): what the status bar shows once a call has renewed them.
    virtual std::optional<Credentials> held() const { return std::nullopt; }
};

class StaticCredentialsProvider : public CredentialsProvider
{
public:
    StaticCredentialsProvider(Credentials credentials, QString description);
    void resolve(QObject *context, Callback callback) override;
    QString description() const override { return m_description; }
    std::optional<Credentials> held() const override { return m_credentials; }

private:
    Credentials m_credentials;
    QString m_description;
};

// A connection that cannot resolve (a missing source profile, an unknown sso-session...):
// listed all the same, every call failing with the reason, so the user sees why.
class UnavailableCredentialsProvider : public CredentialsProvider
{
public:
    UnavailableCredentialsProvider(QString reason, QString description)
        : m_reason(std::move(reason))
        , m_description(std::move(description))
    {}
    void resolve(QObject *context, Callback callback) override;
    QString description() const override { return m_description; }

private:
    QString m_reason;
    QString m_description;
};

// Credentials that take a while to get (a process, a call) and expire: one fetch at a
// time for every caller waiting, the answer kept until `refreshMargin` before its
// Expiration (for ever without one). Answers always come on a later event-loop turn.
class RefreshingCredentialsProvider : public QObject, public CredentialsProvider
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit RefreshingCredentialsProvider(QObject *parent = nullptr);
    void resolve(QObject *context, Callback callback) final;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    bool invalidate() override
    {
        m_cached.reset();
        return true;
    }
    void setNetworkSettings(const NetworkSettings &settings) override { m_network = settings; }
    std::optional<Credentials> held() const override { return m_cached; }
    std::chrono::seconds refreshMargin{300};

protected:
    // Gets new credentials and calls finish() once, now or later.
    virtual void fetch() = 0;
    void finish(const Outcome<Credentials> &outcome);
    QDateTime now() const { return m_clock(); }
    // Set by setNetworkSettings(); unset: the process's defaults.
    const std::optional<NetworkSettings> &networkSettings() const { return m_network; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    bool cachedIsFresh() const;

    std::optional<Credentials> m_cached;
    QList<Waiter> m_waiters;
    bool m_fetching = false;
    Clock m_clock;
    std::optional<NetworkSettings> m_network;
};

// credential_process: runs the command (without a shell's help: the command line is
// split like the AWS CLI does) and reads its JSON.
class ProcessCredentialsProvider : public RefreshingCredentialsProvider
{
    Q_OBJECT
public:
    explicit ProcessCredentialsProvider(QString commandLine, QString profile,
                                        QObject *parent = nullptr);
    QString description() const override;

    // Parses the process's output (Version 1 JSON); exposed for tests.
    static Outcome<Credentials> parseOutput(const QByteArray &output);

protected:
    void fetch() override;

private:
    QString m_commandLine;
    QString m_profile;
};

// A Kind::Credentials error with this message.
ServiceError credentialsError(const QString &message);

// Splits a command line the way the AWS CLI does on POSIX (shlex): quotes and
// backslashes, no shell expansion.
QStringList splitCommandLine(const QString &commandLine, bool *ok = nullptr);

} // namespace cp::client
