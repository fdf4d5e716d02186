// Proxies as the AWS CLI reads them (HTTPS_PROXY, HTTP_PROXY, NO_PROXY in either case, the
// lowercase one winning) against a local forwarding proxy that takes every host name to
// 127.0.0.1: the targets are named service.test, which nothing else could resolve, so a
// call that arrives went through the proxy. A proxy that wants a password: the prompt
// seam, the retry with Proxy-Authorization, and no password in any error or log entry.
#include "networktest.h"

#include <QSignalSpy>
#include <QTimer>

using namespace networktest;
using namespace Qt::StringLiterals;

namespace {

const QString kProxyUser = QStringLiteral("alice");
const QString kProxyPassword = QStringLiteral("pr0xy-s3cret-pw");

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

} // namespace

class TstProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void environmentCase_data();
    void environmentCase();
    void proxyUrlForms_data();
    void proxyUrlForms();
    void badProxyNamesVariableOnly();
    void noProxyMatching_data();
    void noProxyMatching();
    void systemOnlyWithoutVariables();

    void httpThroughProxy();
    void httpsThroughConnect();
    void noProxyBypasses();
    void loopbackBypassesByDefault();
    void proxyAuthPromptThenRetry();
    void proxyAuthOverConnect();
    void proxyAuthDeclined();
    void proxyAuthWithoutPrompt();
    void credentialsInProxyUrl();

private:
    QUrl target(const QUrl &server) const;
    FaultServer *m_server = nullptr;
    ForwardProxy *m_proxy = nullptr;
};

void TstProxy::init()
{
    m_server = new FaultServer;
    QVERIFY(m_server->listen());
    m_proxy = new ForwardProxy;
    QVERIFY(m_proxy->listen());
}

void TstProxy::cleanup()
{
    setProxyAuthPrompt({});
    setProxyCredentials(m_proxy->name(), std::nullopt);
    delete m_proxy;
    m_proxy = nullptr;
    delete m_server;
    m_server = nullptr;
}

QUrl TstProxy::target(const QUrl &server) const
{
    QUrl url = server;
    url.setHost(QStringLiteral("service.test"));
    return url;
}

// urllib's getproxies_environment(): any case; the lowercase spelling wins; an empty
// lowercase one removes the proxy.
void TstProxy::environmentCase_data()
{
    QTest::addColumn<QStringList>("variables"); // name=value pairs
    QTest::addColumn<QString>("httpsHost");     // empty: none
    QTest::addColumn<QString>("httpHost");
    QTest::newRow("upper") << QStringList{u"HTTPS_PROXY=http://up:1"_s, u"HTTP_PROXY=http://uph:2"_s}
                           << u"up"_s << u"uph"_s;
    QTest::newRow("lower") << QStringList{u"https_proxy=http://low:1"_s} << u"low"_s << u""_s;
    QTest::newRow("lower wins") << QStringList{u"HTTPS_PROXY=http://up:1"_s, u"https_proxy=http://low:1"_s,
                                               u"http_proxy=http://lowh:2"_s, u"HTTP_PROXY=http://uph:2"_s}
                                << u"low"_s << u"lowh"_s;
    QTest::newRow("empty lower removes")
        << QStringList{u"HTTPS_PROXY=http://up:1"_s, u"https_proxy="_s} << u""_s << u""_s;
    QTest::newRow("mixed case name") << QStringList{u"Https_Proxy=http://mixed:1"_s} << u"mixed"_s << u""_s;
}

void TstProxy::environmentCase()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, httpsHost);
    QFETCH(QString, httpHost);
    QProcessEnvironment env;
    for (const QString &pair : variables)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    const auto settings = resolveNetworkSettings(env);
    QVERIFY(settings.ok());
    QCOMPARE(settings->httpsProxy ? settings->httpsProxy->hostName() : QString(), httpsHost);
    QCOMPARE(settings->httpProxy ? settings->httpProxy->hostName() : QString(), httpHost);
    // The environment names proxies: the system is not asked (urllib's getproxies()).
    QCOMPARE(settings->systemProxy, !settings->httpsProxy && !settings->httpProxy);
}

void TstProxy::proxyUrlForms_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("full") << u"http://proxy.corp:3128"_s << int(QNetworkProxy::HttpProxy)
                          << u"proxy.corp"_s << 3128 << u""_s << u""_s;
    QTest::newRow("no scheme") << u"proxy.corp:8080"_s << int(QNetworkProxy::HttpProxy)
                               << u"proxy.corp"_s << 8080 << u""_s << u""_s;
    QTest::newRow("default port") << u"http://proxy.corp"_s << int(QNetworkProxy::HttpProxy)
                                  << u"proxy.corp"_s << 80 << u""_s << u""_s;
    QTest::newRow("user info") << u"http://bob:p%40ss@proxy.corp:3128"_s
                               << int(QNetworkProxy::HttpProxy) << u"proxy.corp"_s << 3128
                               << u"bob"_s << u"p@ss"_s;
    QTest::newRow("socks5") << u"socks5://proxy.corp"_s << int(QNetworkProxy::Socks5Proxy)
                            << u"proxy.corp"_s << 1080 << u""_s << u""_s;
}

void TstProxy::proxyUrlForms()
{
    QFETCH(QString, value);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    const auto settings = resolveNetworkSettings(environment({{"HTTPS_PROXY", value}}));
    QVERIFY2(settings.ok(), qPrintable(settings.error().message));
    QVERIFY(settings->httpsProxy);
    QCOMPARE(int(settings->httpsProxy->type()), type);
    QCOMPARE(settings->httpsProxy->hostName(), host);
    QCOMPARE(int(settings->httpsProxy->port()), port);
    QCOMPARE(settings->httpsProxy->user(), user);
    QCOMPARE(settings->httpsProxy->password(), password);
    QCOMPARE(proxyDisplayName(*settings->httpsProxy), host + QLatin1Char(':') + QString::number(port));
}

void TstProxy::badProxyNamesVariableOnly()
{
    for (const QString &value : {QStringLiteral("ftp://bob:%1@proxy.corp:21").arg(kProxyPassword),
                                 QStringLiteral("https://bob:%1@proxy.corp").arg(kProxyPassword)}) {
        const auto settings = resolveNetworkSettings(environment({{"https_proxy", value}}));
        QVERIFY(!settings.ok());
        QCOMPARE(settings.error().kind, Kind::Credentials);
        QVERIFY2(settings.error().message.contains(QStringLiteral("https_proxy")),
                 qPrintable(settings.error().message));
        QVERIFY(!settings.error().message.contains(kProxyPassword));
    }
}

// urllib's proxy_bypass_environment(), with loopback left to its own rule.
void TstProxy::noProxyMatching_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("bypass");
    QTest::newRow("host") << u"service.test"_s << u"https://service.test/x"_s << true;
    QTest::newRow("other host") << u"service.test"_s << u"https://other.test/x"_s << false;
    QTest::newRow("domain matches subdomains") << u"corp.example"_s << u"https://a.b.corp.example"_s << true;
    QTest::newRow("dot domain") << u".corp.example"_s << u"https://a.corp.example"_s << true;
    QTest::newRow("dot domain, itself") << u".corp.example"_s << u"https://corp.example"_s << true;
    QTest::newRow("not a suffix of a label") << u"example"_s << u"https://myexample"_s << false;
    QTest::newRow("list with spaces") << u"a.test, service.test ,b.test"_s << u"https://service.test"_s << true;
    QTest::newRow("case") << u"SERVICE.Test"_s << u"https://service.TEST"_s << true;
    QTest::newRow("star") << u"*"_s << u"https://anything.example"_s << true;
    QTest::newRow("ip") << u"10.1.2.3"_s << u"http://10.1.2.3:8080/"_s << true;
    QTest::newRow("host:port, same port") << u"service.test:8443"_s << u"https://service.test:8443"_s << true;
    QTest::newRow("host:port, other port") << u"service.test:8443"_s << u"https://service.test:9443"_s << false;
    QTest::newRow("empty") << u""_s << u"https://service.test"_s << false;
}

void TstProxy::noProxyMatching()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, url);
    QFETCH(bool, bypass);
    const NetworkSettings settings = settingsFrom(
        environment({{"HTTPS_PROXY", m_proxy->url()}, {"HTTP_PROXY", m_proxy->url()},
                     {"NO_PROXY", noProxy}}));
    QCOMPARE(settings.bypassesProxy(QUrl(url)), bypass);
    const QList<QNetworkProxy> proxies = settings.proxiesFor(QUrl(url));
    QCOMPARE(proxies.size(), 1);
    QCOMPARE(proxies.first().type() == QNetworkProxy::NoProxy, bypass);
}

void TstProxy::systemOnlyWithoutVariables()
{
    QVERIFY(settingsFrom(environment({})).systemProxy);
    QVERIFY(settingsFrom(environment({{"no_proxy", QStringLiteral("x")}})).systemProxy == false);
    // The environment's HTTP proxy does not serve https (as botocore), nor the system's.
    const NetworkSettings httpOnly = settingsFrom(environment({{"HTTP_PROXY", m_proxy->url()}}));
    QCOMPARE(httpOnly.proxiesFor(QUrl(QStringLiteral("https://service.test"))).first().type(),
             QNetworkProxy::NoProxy);
}

void TstProxy::httpThroughProxy()
{
    auto transport = makeTransportTo(target(m_server->url()),
                                     settingsFrom(environment({{"HTTP_PROXY", m_proxy->url()}})));
    const auto result = sendAndWait(*transport, get("/domains", "max-results=5"));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.summary()));
    QCOMPARE(m_proxy->carried.size(), 1);
    QCOMPARE(m_proxy->carried.first().requestLine,
             QByteArray("GET http://service.test:" + QByteArray::number(m_server->port()) +
                        "/domains?max-results=5 HTTP/1.1"));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().first().target, QByteArray("/domains?max-results=5"));
    // Signed for the name the client used, as it would be for the real service.
    QCOMPARE(m_server->requests().first().header("host"),
             "service.test:" + QByteArray::number(m_server->port()));
}

void TstProxy::httpsThroughConnect()
{
    TlsServer tls;
    QVERIFY(tls.listen());
    auto transport = makeTransportTo(
        target(tls.url()), settingsFrom(environment({{"https_proxy", m_proxy->url()},
                                                     {"AWS_CA_BUNDLE", dataFile("test-ca.pem")}})));
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.summary()));
    QCOMPARE(m_proxy->carried.size(), 1);
    QCOMPARE(m_proxy->carried.first().requestLine,
             "CONNECT service.test:" + QByteArray::number(tls.port()) + " HTTP/1.1");
    QCOMPARE(tls.requestLines, QList<QByteArray>{"GET /domains HTTP/1.1"});
}

void TstProxy::noProxyBypasses()
{
    for (const char *name : {"NO_PROXY", "no_proxy"}) {
        NetworkSettings settings = settingsFrom(environment(
            {{"HTTP_PROXY", m_proxy->url()}, {name, QStringLiteral("example.com,127.0.0.1")}}));
        settings.proxyLoopback = true; // so that only NO_PROXY keeps the call from the proxy
        auto transport = makeTransportTo(m_server->url(), settings);
        const auto result = sendAndWait(*transport, get("/domains"));
        QVERIFY(result);
        QVERIFY2(!result->error.isError(), qPrintable(result->error.summary()));
        QVERIFY(m_proxy->carried.isEmpty());
    }
    QCOMPARE(m_server->requestCount(), 2);
    // Without NO_PROXY the same call goes through the proxy: the bypass above was real.
    NetworkSettings settings = settingsFrom(environment({{"HTTP_PROXY", m_proxy->url()}}));
    settings.proxyLoopback = true;
    auto transport = makeTransportTo(m_server->url(), settings);
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result && !result->error.isError());
    QCOMPARE(m_proxy->carried.size(), 1);
}

// The embedded endpoint and cplocal on loopback never go through a company proxy.
void TstProxy::loopbackBypassesByDefault()
{
    const NetworkSettings settings = settingsFrom(environment({{"HTTP_PROXY", m_proxy->url()}}));
    for (const char *url : {"http://127.0.0.1:1/", "http://localhost:1/", "http://[::1]:1/",
                            "http://127.8.9.10/"})
        QVERIFY2(settings.bypassesProxy(QUrl(QString::fromLatin1(url))), url);
    auto transport = makeTransportTo(m_server->url(), settings);
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result && !result->error.isError());
    QVERIFY(m_proxy->carried.isEmpty());
}

void TstProxy::proxyAuthPromptThenRetry()
{
    m_proxy->requiredAuthorization = basic(kProxyUser, kProxyPassword);
    QStringList asked;
    setProxyAuthPrompt([&asked](const QString &proxy, auto answer) {
        asked.append(proxy);
        // Later, as a dialog would answer.
        QTimer::singleShot(10, [answer] { answer(ProxyCredentials{kProxyUser, kProxyPassword}); });
    });
    auto transport = makeTransportTo(target(m_server->url()),
                                     settingsFrom(environment({{"HTTP_PROXY", m_proxy->url()}})));
    QList<RequestLogEntry> log;
    connect(transport.get(), &Transport::requestLogged, this,
            [&log](const RequestLogEntry &entry) { log.append(entry); });
    auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.summary()));
    QCOMPARE(asked, QStringList{m_proxy->name()});
    QVERIFY(m_proxy->carried.size() >= 2);
    QVERIFY(m_proxy->carried.first().proxyAuthorization.isEmpty());
    QCOMPARE(m_proxy->carried.last().proxyAuthorization, basic(kProxyUser, kProxyPassword));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(m_server->requests().first().header("proxy-authorization").isEmpty());
    QCOMPARE(log.size(), 1);
    QVERIFY(!log.first().url.toString().contains(kProxyPassword));

    // The next call of the process uses what was typed, without asking again.
    auto second = makeTransportTo(target(m_server->url()),
                                  settingsFrom(environment({{"HTTP_PROXY", m_proxy->url()}})));
    result = sendAndWait(*second, get("/domains"));
    QVERIFY(result && !result->error.isError());
    QCOMPARE(asked.size(), 1);
}

void TstProxy::proxyAuthOverConnect()
{
    TlsServer tls;
    QVERIFY(tls.listen());
    m_proxy->requiredAuthorization = basic(kProxyUser, kProxyPassword);
    int asked = 0;
    setProxyAuthPrompt([&asked](const QString &, auto answer) {
        ++asked;
        answer(ProxyCredentials{kProxyUser, kProxyPassword}); // at once, also allowed
    });
    auto transport = makeTransportTo(
        target(tls.url()), settingsFrom(environment({{"HTTPS_PROXY", m_proxy->url()},
                                                     {"AWS_CA_BUNDLE", dataFile("test-ca.pem")}})));
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.summary()));
    QCOMPARE(asked, 1);
    QVERIFY(m_proxy->carried.last().requestLine.startsWith("CONNECT service.test:"));
    QCOMPARE(m_proxy->carried.last().proxyAuthorization, basic(kProxyUser, kProxyPassword));
    QCOMPARE(tls.requestLines.size(), 1);
}

void TstProxy::proxyAuthDeclined()
{
    m_proxy->requiredAuthorization = basic(kProxyUser, kProxyPassword);
    int asked = 0;
    setProxyAuthPrompt([&asked](const QString &, auto answer) {
        ++asked;
        answer(std::nullopt);
    });
    auto transport = makeTransportTo(target(m_server->url()),
                                     settingsFrom(environment({{"HTTP_PROXY", m_proxy->url()}})));
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(asked, 1);
    QCOMPARE(result->error.kind, Kind::Network);
    QCOMPARE(result->error.type, kProxyAuthenticationRequired);
    QCOMPARE(result->error.message,
             QStringLiteral("The proxy at %1 asks for a user name and password.").arg(m_proxy->name()));
    QCOMPARE(result->attempts, 1);
    QVERIFY(!result->error.retryable);
    QCOMPARE(m_server->requestCount(), 0);
}

void TstProxy::proxyAuthWithoutPrompt()
{
    m_proxy->requiredAuthorization = basic(kProxyUser, kProxyPassword);
    auto transport = makeTransportTo(target(m_server->url()),
                                     settingsFrom(environment({{"HTTP_PROXY", m_proxy->url()}})));
    const auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.type, kProxyAuthenticationRequired);
    QCOMPARE(result->attempts, 1);
    QCOMPARE(m_proxy->carried.size(), 1); // not retried
}

// user:password in the proxy's URL, as the CLI takes it; a wrong one is not shown.
void TstProxy::credentialsInProxyUrl()
{
    m_proxy->requiredAuthorization = basic(kProxyUser, kProxyPassword);
    auto transport = makeTransportTo(
        target(m_server->url()),
        settingsFrom(environment(
            {{"HTTP_PROXY", m_proxy->url(kProxyUser + QLatin1Char(':') + kProxyPassword)}})));
    auto result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.summary()));
    QCOMPARE(m_proxy->carried.last().proxyAuthorization, basic(kProxyUser, kProxyPassword));

    const QString wrong = QStringLiteral("wr0ng-pass-word");
    transport = makeTransportTo(
        target(m_server->url()),
        settingsFrom(environment({{"HTTP_PROXY", m_proxy->url(kProxyUser + QLatin1Char(':') + wrong)}})));
    QList<RequestLogEntry> log;
    connect(transport.get(), &Transport::requestLogged, this,
            [&log](const RequestLogEntry &entry) { log.append(entry); });
    result = sendAndWait(*transport, get("/domains"));
    QVERIFY(result);
    QCOMPARE(result->error.type, kProxyAuthenticationRequired);
    QCOMPARE(result->error.message,
             QStringLiteral("The proxy at %1 did not accept the user name and password given.")
                 .arg(m_proxy->name()));
    for (const QString &text : {result->error.message, result->error.summary(), result->error.type,
                                log.value(0).url.toString(), log.value(0).errorType}) {
        QVERIFY2(!text.contains(wrong), qPrintable(text));
        QVERIFY(!text.contains(kProxyPassword));
    }
}

QTEST_GUILESS_MAIN(TstProxy)
#include "tst_proxy.moc"
