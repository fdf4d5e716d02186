// The HTTP server's connection cap: idle clients beyond it wait instead of using up the
// process's descriptors, the server spends no CPU meanwhile, and it serves again as soon
// as a connection closes or an idle one times out.
#include "httpservertest.h"

#include <QTimer>
#include <ctime>
#include <sys/resource.h>

using namespace httptest;

namespace {

qint64 processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

// Opens n clients that connect (the kernel completes the handshake even for those the
// server has not accepted) and send nothing.
std::vector<std::unique_ptr<Client>> openIdle(quint16 port, int n)
{
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < n; ++i) {
        clients.push_back(std::make_unique<Client>(port));
        if (!clients.back()->connected())
            qWarning("client %d did not connect", i);
    }
    return clients;
}

} // namespace

class TstHttpServerConnections : public QObject, private ServerFixture
{
    Q_OBJECT

    // The most connections the server held at once, sampled while a test runs.
    int m_peak = 0;
    QTimer m_sampler;

    void startCapped(int cap, std::chrono::milliseconds idle)
    {
        ServerOptions options;
        options.maxConnections = cap;
        options.idleTimeout = idle;
        start(options);
        QCOMPARE(m_server->maxConnections(), cap);
        m_peak = 0;
        m_sampler.callOnTimeout(this, [this] {
            if (m_server)
                m_peak = qMax(m_peak, m_server->openConnections());
        });
        m_sampler.start(5);
    }

    int requestOnNewConnection(const QByteArray &target)
    {
        Client c(m_server->port());
        if (!c.connected())
            return -1;
        c.send(get(target));
        return c.next().status;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_sampler.stop();
        m_sampler.disconnect();
        m_server.reset();
    }

    void idleClientsBeyondTheCapWaitTheirTurn()
    {
        constexpr int kCap = 4;
        startCapped(kCap, std::chrono::milliseconds(1500));
        auto idle = openIdle(m_server->port(), kCap);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), kCap, kWait);
        QVERIFY(!m_server->accepting());
        auto beyond = openIdle(m_server->port(), 3);
        // A request behind them all is served once the idle ones time out.
        QCOMPARE(requestOnNewConnection("/after-idle"), 200);
        for (auto &c : idle)
            QVERIFY(c->waitClosed());
        QVERIFY2(m_peak <= kCap, qPrintable(QString::number(m_peak)));
        QCOMPARE(m_recorder->all().size(), 1);
        // Everything times out in the end, and the server accepts again.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, kWait);
        QVERIFY(m_server->accepting());
    }

    // Idle connections that never time out within the test: the waiting request is
    // served when one of them closes, not when a timer fires, and until then the
    // server's threads sleep.
    void closingAConnectionResumesAtOnce()
    {
        constexpr int kCap = 2;
        startCapped(kCap, std::chrono::milliseconds(10 * 60 * 1000));
        auto idle = openIdle(m_server->port(), kCap);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), kCap, kWait);
        auto beyond = openIdle(m_server->port(), 20);

        Client waiting(m_server->port());
        QVERIFY(waiting.connected());
        waiting.send(get("/waiting"));
        const qint64 cpuBefore = processCpuMs();
        QElapsedTimer wall;
        wall.start();
        QTest::qWait(1000);
        const qint64 cpu = processCpuMs() - cpuBefore;
        // Spinning on accept() would cost about a core for the second.
        QVERIFY2(cpu < wall.elapsed() / 3,
                 qPrintable(QStringLiteral("%1 ms CPU in %2 ms").arg(cpu).arg(wall.elapsed())));
        QCOMPARE(m_server->openConnections(), kCap);
        QVERIFY(m_recorder->all().isEmpty());

        // The beyond ones came first in the backlog: close them too, so that the waiting
        // request's turn comes without a timeout (each is accepted, seen closed, and
        // makes room for the next).
        idle.clear();
        beyond.clear();
        QCOMPARE(waiting.next().status, 200);
        QVERIFY2(m_peak <= kCap, qPrintable(QString::number(m_peak)));
    }

    void capStaysBelowTheDescriptorLimit()
    {
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        rlimit low = saved;
        low.rlim_cur = 300;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
        const int capped = Server::connectionCap(0);
        const int cappedAsked = Server::connectionCap(1000);
        const int small = Server::connectionCap(10);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &saved), 0);
        QCOMPARE(capped, 300 - Server::kReservedDescriptors);
        QCOMPARE(cappedAsked, 300 - Server::kReservedDescriptors);
        QCOMPARE(small, 10);
        if (saved.rlim_cur == RLIM_INFINITY ||
            saved.rlim_cur >= rlim_t(ServerOptions::kDefaultMaxConnections +
                                     Server::kReservedDescriptors))
            QCOMPARE(Server::connectionCap(0), ServerOptions::kDefaultMaxConnections);
    }
};

QTEST_GUILESS_MAIN(TstHttpServerConnections)
#include "tst_httpserver_connections.moc"
