#pragma once

#include "networksettings.h"
#include "ssocredentials.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>

namespace cp::client {

class Call;

// Signs in to IAM Identity Center as `aws sso login --use-device-code` does (the OAuth
// device authorization grant, RFC 8628, on SSO OIDC):
//  1. RegisterClient, unless the CLI's cache holds a registration for the same start URL,
//     region, scopes and session that is valid for 15 more minutes (the CLI's file
//     ~/.aws/sso/cache/SHA1.json, SHA-1 of botocore's JSON of those values); one the
//     service refuses (InvalidClientException) is replaced once, where the CLI would fail;
//  2. StartDeviceAuthorization for the start URL;
//  3. one CreateToken at once (a pre-approved client needs nothing more), then
//     authorizationPending() with the code and the URL for the user, then CreateToken
//     every `interval` seconds (5 when the service names none) on a timer, five seconds
//     more after each slow_down, until a token, a refusal, or the code's expiry;
//  4. the token written where and as the CLI writes it (ssoCachePath), then succeeded().
// Nothing here waits: every call is asynchronous, cancel() ends the flow at once. No
// secret, token or code appears in a failure message.
class SsoSignIn : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Registering, Authorizing, Waiting, Succeeded, Failed, Cancelled };
    Q_ENUM(State)
    using Clock = std::function<QDateTime()>;

    SsoSignIn(SsoSettings settings, QProcessEnvironment environment, QObject *parent = nullptr);
    ~SsoSignIn() override;

    void start(); // from Idle, Failed or Cancelled: a new sign-in
    void cancel();
    State state() const { return m_state; }
    bool isRunning() const;
    const SsoSettings &settings() const { return m_settings; }
    QUrl oidcEndpoint() const;
    // The registration cache file (for tests and the documentation: as the CLI names it).
    QString registrationCachePath() const;
    // The current poll interval in the protocol's seconds.
    int interval() const { return m_interval; }

    // How long one of the protocol's seconds lasts for the poll interval, the slow_down
    // increment and the code's lifetime; tests shorten it. Tokens' expiry stays real time.
    void setSecondLength(std::chrono::milliseconds length) { m_second = length; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void stateChanged(cp::client::SsoSignIn::State state);
    // The user approves `userCode` at `verificationUri`; `verificationUriComplete` carries
    // the code already (what the CLI opens in the browser).
    void authorizationPending(const QString &userCode, const QUrl &verificationUri,
                              const QUrl &verificationUriComplete);
    void slowedDown(int intervalSeconds);
    void succeeded();
    void failed(const QString &message);

private:
    struct Registration
    {
        QString clientId;
        QString clientSecret;
        QDateTime expiresAt;
    };

    void setState(State state);
    void fail(const QString &message);
    void post(const QByteArray &path, const QJsonObject &body,
              std::function<void(const HttpResult &)> then);
    bool useCachedRegistration();
    void registerClient();
    void startDeviceAuthorization();
    void createToken();
    void scheduleNextPoll();
    void tokenReceived(const QJsonObject &answer);
    QString errorType(const HttpResult &result) const;
    QDateTime now() const;

    SsoSettings m_settings;
    QProcessEnvironment m_env;
    NetworkSettings m_network; // resolved at each start(): the bundle file may have changed
    State m_state = State::Idle;
    std::chrono::milliseconds m_second{1000};
    Clock m_clock;
    QPointer<Call> m_call;
    QTimer m_poll;
    quint64 m_generation = 0; // answers of an earlier run or of a cancelled call are dropped
    Registration m_registration;
    bool m_cachedRegistration = false; // m_registration came from the cache
    QString m_deviceCode;
    QString m_userCode;
    int m_interval = 5;
    qint64 m_expiresIn = 0;
    QElapsedTimer m_authorizedAt;
};

// botocore's registration cache key: SHA-1 of json.dumps({tool, startUrl, region, scopes,
// session_name}, sort_keys=True), scopes and session_name null when absent.
QString ssoRegistrationCacheKey(const QString &startUrl, const QString &region,
                                const QStringList &scopes, const QString &sessionName);

} // namespace cp::client
