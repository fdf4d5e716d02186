#pragma once

#include "error.h"

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
};

class StaticCredentialsProvider : public CredentialsProvider
{
public:
    StaticCredentialsProvider(Credentials credentials, QString description);
    void resolve(QObject *context, Callback callback) override;
    QString description() const override { return m_description; }

private:
    Credentials m_credentials;
    QString m_description;
};

// credential_process: runs the command (without a shell's help: the command line is
// split like the AWS CLI does), reads its JSON, caches the result and runs it again
// five minutes before Expiration.
class ProcessCredentialsProvider : public QObject, public CredentialsProvider
{
    Q_OBJECT
public:
    explicit ProcessCredentialsProvider(QString commandLine, QString profile,
                                        QObject *parent = nullptr);
    void resolve(QObject *context, Callback callback) override;
    QString description() const override;

    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }
    std::chrono::seconds refreshMargin{300};

    // Parses the process's output (Version 1 JSON); exposed for tests.
    static Outcome<Credentials> parseOutput(const QByteArray &output);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void start();
    void finish(const Outcome<Credentials> &outcome);
    bool cachedIsFresh() const;

    QString m_commandLine;
    QString m_profile;
    std::optional<Credentials> m_cached;
    QList<Waiter> m_waiters;
    bool m_running = false;
    Clock m_clock;
};

// Splits a command line the way the AWS CLI does on POSIX (shlex): quotes and
// backslashes, no shell expansion.
QStringList splitCommandLine(const QString &commandLine, bool *ok = nullptr);

} // namespace cp::client
