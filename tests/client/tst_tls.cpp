// HTTPS against a local TLS server whose certificate a test CA issued: AWS_CA_BUNDLE and
// the profile's ca_bundle (the environment first, as botocore), a verification failure
// that says which certificate and why and is not retried, verification turned off for a
// connection, bundles that cannot be used.
#include "awsconfig.h"
#include "networktest.h"
#include "ssosignin.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace networktest;

namespace {
// An IAM Identity Center profile; %1 is where a ca_bundle line goes.
const char *const kSsoProfile =
    "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\n"
    "sso_role_name = Admin\nregion = us-east-1\n%1"
    "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
    "sso_region = eu-west-1\n";
} // namespace

class TstTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void caBundleFromEnvironment();
    void untrustedSaysWhichAndWhy();
    void untrustedNotRetried();
    void caBundleFromProfile();
    void environmentWinsOverProfile();
    void verificationOffForConnection();
    void unreadableBundle();
    void bundleWithoutCertificate();
    void unusableDefaultsFailEveryCall();
    void credentialCallsTrustTheProfileBundle();
    void signInTrustsTheProfileBundle();

private:
    Outcome<ResolvedConnection> resolve(const QProcessEnvironment &env, const QString &caBundle,
                                        std::optional<bool> verifyTls = {}) const;
    TlsServer *m_server = nullptr;
};

void TstTls::init()
{
    m_server = new TlsServer;
    QVERIFY(m_server->listen());
}

void TstTls::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

Outcome<ResolvedConnection> TstTls::resolve(const QProcessEnvironment &env, const QString &caBundle,
                                            std::optional<bool> verifyTls) const
{
    QString config = QStringLiteral("[default]\nregion = us-east-1\n"
                                    "aws_access_key_id = AKIDTLSTEST\n"
                                    "aws_secret_access_key = tls-test-secret\n");
    if (!caBundle.isEmpty())
        config += QStringLiteral("ca_bundle = %1\n").arg(caBundle);
    ConnectionSettings settings;
    settings.endpointUrl = m_server->url().toString();
    settings.verifyTls = verifyTls;
    return resolveConnection(settings, env, AwsSharedConfig::fromText(config, QString()));
}

void TstTls::caBundleFromEnvironment()
{
    const NetworkSettings settings =
        settingsFrom(environment({{"AWS_CA_BUNDLE", dataFile("test-ca.pem")}}));
    QCOMPARE(settings.caBundlePath, dataFile("test-ca.pem"));
    QCOMPARE(settings.caCertificates.size(), 1);
    auto transport = makeTransportTo(m_server->url(), settings);
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.summary()));
    QCOMPARE(result->status, 200);
    QCOMPARE(result->requestId, QStringLiteral("tls-request"));
    QCOMPARE(m_server->requestLines, QList<QByteArray>{"GET /domains HTTP/1.1"});
}

void TstTls::untrustedSaysWhichAndWhy()
{
    auto transport = makeTransportTo(m_server->url(), settingsFrom(environment({})));
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Network);
    QCOMPARE(result->error.type, kTlsNotTrusted);
    const QString message = result->error.message;
    // Which certificate (its subject and issuer) and why (OpenSSL's reason, as Qt says it).
    QVERIFY2(message.startsWith(QStringLiteral(
                 "The server's certificate for localhost (issued by cpconsole Test CA) is not "
                 "trusted: ")),
             qPrintable(message));
    const QString why = QSslError(QSslError::UnableToGetLocalIssuerCertificate).errorString();
    QVERIFY2(message.contains(why), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("AWS_CA_BUNDLE")), qPrintable(message));
    QVERIFY(result->error.summary().contains(message));
    QVERIFY(m_server->requestLines.isEmpty());
}

void TstTls::untrustedNotRetried()
{
    auto transport = makeTransportTo(m_server->url(), settingsFrom(environment({})));
    QCOMPARE(transport->retryPolicy().maxAttempts, 3);
    QList<RequestLogEntry> log;
    connect(transport.get(), &Transport::requestLogged, this,
            [&log](const RequestLogEntry &entry) { log.append(entry); });
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.type, kTlsNotTrusted);
    QCOMPARE(result->attempts, 1);
    QVERIFY(!result->error.retryable);
    QCOMPARE(m_server->handshakes, 1);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().attempts, 1);
    QCOMPARE(transport->retryPolicy().availableTokens(), transport->retryPolicy().quotaCapacity);
}

void TstTls::caBundleFromProfile()
{
    const auto resolved = resolve(environment({}), dataFile("test-ca.pem"));
    QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
    QCOMPARE(resolved->network.caBundlePath, dataFile("test-ca.pem"));
    QVERIFY(resolved->network.verifyTls);
    auto transport = makeTransportTo(m_server->url(), resolved->network);
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.summary()));
}

// botocore's ca_bundle setting: AWS_CA_BUNDLE first, then the profile's ca_bundle.
void TstTls::environmentWinsOverProfile()
{
    const auto other = resolve(environment({{"AWS_CA_BUNDLE", dataFile("test-other-ca.pem")}}),
                               dataFile("test-ca.pem"));
    QVERIFY2(other.ok(), qPrintable(other.error().message));
    QCOMPARE(other->network.caBundlePath, dataFile("test-other-ca.pem"));
    auto transport = makeTransportTo(m_server->url(), other->network);
    auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.type, kTlsNotTrusted); // only the other CA is trusted now

    const auto right = resolve(environment({{"AWS_CA_BUNDLE", dataFile("test-ca.pem")}}),
                               dataFile("test-other-ca.pem"));
    QVERIFY(right.ok());
    transport = makeTransportTo(m_server->url(), right->network);
    result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.summary()));
}

void TstTls::verificationOffForConnection()
{
    const auto resolved = resolve(environment({}), QString(), false);
    QVERIFY(resolved.ok());
    QVERIFY(!resolved->network.verifyTls);
    auto transport = makeTransportTo(m_server->url(), resolved->network);
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.summary()));
    // Only the explicit choice turns it off.
    QVERIFY(resolve(environment({}), QString())->network.verifyTls);
    QVERIFY(resolve(environment({}), QString(), true)->network.verifyTls);
}

void TstTls::unreadableBundle()
{
    const QString missing = QStringLiteral("/nonexistent/corporate-ca.pem");
    auto resolved = resolve(environment({{"AWS_CA_BUNDLE", missing}}), QString());
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, Kind::Credentials);
    QVERIFY2(resolved.error().message.contains(missing), qPrintable(resolved.error().message));
    QVERIFY(resolved.error().message.contains(QStringLiteral("AWS_CA_BUNDLE")));

    resolved = resolve(environment({}), missing);
    QVERIFY(!resolved.ok());
    QVERIFY(resolved.error().message.contains(missing));
    QVERIFY2(resolved.error().message.contains(QStringLiteral("ca_bundle")),
             qPrintable(resolved.error().message));
}

void TstTls::bundleWithoutCertificate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    const auto resolved = resolve(environment({}), path);
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, Kind::Credentials);
    QVERIFY(resolved.error().message.contains(path));
    QVERIFY2(resolved.error().message.contains(QStringLiteral("no PEM certificate")),
             qPrintable(resolved.error().message));
}

// Settings that could not be resolved (the process's AWS_CA_BUNDLE is unreadable): every
// call says why, and nothing is sent.
void TstTls::unusableDefaultsFailEveryCall()
{
    NetworkSettings unusable;
    unusable.problem = QStringLiteral("The CA bundle /x.pem (AWS_CA_BUNDLE) cannot be read.");
    auto transport = makeTransportTo(m_server->url(), unusable);
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.kind, Kind::Credentials);
    QCOMPARE(result->error.message, unusable.problem);
    QCOMPARE(result->attempts, 1);
    QCOMPARE(m_server->handshakes, 0);
}

// IAM Identity Center's portal reached over HTTPS with the profile's ca_bundle, as the
// service is: the credentials' own calls trust what the connection trusts.
void TstTls::credentialCallsTrustTheProfileBundle()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir().mkpath(home.filePath(QStringLiteral(".aws/sso/cache")));
    QFile token(home.filePath(QStringLiteral(".aws/sso/cache/") +
                              QString::fromLatin1(QCryptographicHash::hash(
                                  "corp", QCryptographicHash::Sha1).toHex()) +
                              QStringLiteral(".json")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(R"({"startUrl": "https://corp.awsapps.com/start", "region": "eu-west-1",
                    "accessToken": "access", "expiresAt": "2099-01-01T00:00:00Z"})");
    token.close();
    m_server->body = R"({"roleCredentials": {"accessKeyId": "ASIATLS",
        "secretAccessKey": "s", "sessionToken": "t", "expiration": 4102444800000}})";
    const QString config = QString::fromLatin1(kSsoProfile);
    QProcessEnvironment env = environment({{"HOME", home.path()}});
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), m_server->url().toString());
    ConnectionSettings settings;
    settings.profile = QStringLiteral("dev");
    const auto credentialsWith = [&](const QString &caBundleLine) {
        const auto resolved = resolveConnection(
            settings, env, AwsSharedConfig::fromText(config.arg(caBundleLine), QString()));
        std::optional<Outcome<Credentials>> got;
        QObject context;
        if (resolved.ok())
            resolved->credentials->resolve(&context,
                                           [&got](const Outcome<Credentials> &o) { got = o; });
        (void)QTest::qWaitFor([&got] { return got.has_value(); }, 20000);
        return got;
    };
    const auto trusted =
        credentialsWith(QStringLiteral("ca_bundle = %1\n").arg(dataFile("test-ca.pem")));
    QVERIFY(trusted);
    QVERIFY2(trusted->ok(), qPrintable(trusted->error().message));
    QCOMPARE(trusted->value().accessKeyId, QStringLiteral("ASIATLS"));
    QVERIFY(m_server->requestLines.first().startsWith("GET /federation/credentials?"));

    const auto untrusted = credentialsWith(QString());
    QVERIFY(untrusted && !untrusted->ok());
    QVERIFY2(untrusted->error().message.contains(QStringLiteral("not trusted")),
             qPrintable(untrusted->error().message));
}

// The console's IAM Identity Center sign-in (SSO OIDC over HTTPS) trusts the profile's
// ca_bundle as the credentials' calls do.
void TstTls::signInTrustsTheProfileBundle()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // RegisterClient's answer; the device authorization that follows gets the same
    // body and is refused for it, which ends the run: the handshake is what is tested.
    m_server->body = R"({"clientId": "client", "clientSecret": "secret",
                         "clientSecretExpiresAt": 4102444800})";
    const QString config = QString::fromLatin1(kSsoProfile);
    QProcessEnvironment env = environment({{"HOME", home.path()}});
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"), m_server->url().toString());
    const auto signInWith = [&](const QString &caBundleLine) {
        const auto settings = ssoSettingsFor(
            QStringLiteral("dev"), AwsSharedConfig::fromText(config.arg(caBundleLine), QString()),
            env);
        SsoSignIn flow(settings->value(), env);
        QSignalSpy failed(&flow, &SsoSignIn::failed);
        flow.start();
        (void)QTest::qWaitFor([&] { return !flow.isRunning(); }, 20000);
        return failed.isEmpty() ? QString() : failed.first().first().toString();
    };
    m_server->requestLines.clear();
    const QString trusted =
        signInWith(QStringLiteral("ca_bundle = %1\n").arg(dataFile("test-ca.pem")));
    QVERIFY2(!m_server->requestLines.isEmpty(), qPrintable(trusted));
    QVERIFY(m_server->requestLines.first().startsWith("POST /client/register"));
    QVERIFY2(!trusted.contains(QStringLiteral("not trusted")), qPrintable(trusted));

    m_server->requestLines.clear();
    const QString untrusted = signInWith(QString());
    QVERIFY2(untrusted.contains(QStringLiteral("not trusted")), qPrintable(untrusted));
    QVERIFY(m_server->requestLines.isEmpty());

    // A bundle that cannot be read stops the sign-in before any call, naming the file.
    const QString unreadable = signInWith(QStringLiteral("ca_bundle = /nonexistent/ca.pem\n"));
    QVERIFY2(unreadable.contains(QStringLiteral("/nonexistent/ca.pem")), qPrintable(unreadable));
    QVERIFY(m_server->requestLines.isEmpty());
}

QTEST_GUILESS_MAIN(TstTls)
#include "tst_tls.moc"
