// How a call ends for its caller: exactly one callback (the answer, or Kind::Cancelled
// when it is cancelled) unless the context is gone, then finished(); on the context's
// thread, at once when that is the thread answering and queued to it otherwise; never
// after the context is destroyed.
#include "client.h"
#include "transporttest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <memory>

using namespace transporttest;

namespace {

const QJsonObject kGetDomain{{QStringLiteral("DomainName"), QStringLiteral("d")}};
const QJsonObject kBadGetDomain{{QStringLiteral("DomainName"), QStringLiteral("bad name!")}};

// A context on a thread of its own, destroyed there.
class Worker
{
public:
    Worker()
    {
        thread.start();
        context = new QObject;
        context->moveToThread(&thread);
    }
    ~Worker()
    {
        destroyContext();
        thread.quit();
        thread.wait();
    }
    // Destroys the context on its thread and waits until it is gone.
    void destroyContext()
    {
        if (!context)
            return;
        QObject *doomed = std::exchange(context, nullptr);
        QMetaObject::invokeMethod(
            doomed, [doomed] { delete doomed; }, Qt::BlockingQueuedConnection);
    }

    QThread thread;
    QObject *context = nullptr;
};

} // namespace

class TstCallDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void answerThenFinishedInOneTurn();
    void cancelMidFlight();
    void cancelDuringBackoff();
    void cancelBeforeSending();
    void cancelRefusedCall();
    void cancelInsideCallbacks();
    void cancelAllTellsEveryCall();
    void cancelAllWhenACallbackDeletesTheTransport();
    void contextGoneMeansNoCallback();
    void contextOnAnotherThread();
    void cancelWithContextOnAnotherThread();
    void contextDestroyedOnItsThread();
    void contextDestroyedWhileAnswersArrive();

private:
    FaultServer *m_server = nullptr;
};

void TstCallDelivery::init()
{
    m_server = new FaultServer(this);
    QVERIFY(m_server->listen());
}

void TstCallDelivery::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TstCallDelivery::answerThenFinishedInOneTurn()
{
    // Same thread: the callback runs at once, not on a later turn, so it comes before
    // finished(), which is emitted right after it.
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    QObject context;
    QStringList order;
    QPointer<Call> call = client.call(
        QStringLiteral("GetDomain"), kGetDomain, &context, [&order](const Outcome<QJsonObject> &o) {
            QCOMPARE(QThread::currentThread(), QCoreApplication::instance()->thread());
            order.append(o.ok() ? QStringLiteral("answer") : QStringLiteral("error"));
        });
    connect(call, &Call::finished, this, [&order] { order.append(QStringLiteral("finished")); });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, kWait);
    QCOMPARE(order, (QStringList{QStringLiteral("answer"), QStringLiteral("finished")}));

    // A refused call too, on its later turn.
    order.clear();
    call =
        client.call(QStringLiteral("GetDomain"), kBadGetDomain, &context,
                    [&order](const Outcome<QJsonObject> &o) {
                        order.append(o.error().kind == Kind::Validation ? QStringLiteral("refused")
                                                                        : QStringLiteral("other"));
                    });
    connect(call, &Call::finished, this, [&order] { order.append(QStringLiteral("finished")); });
    QVERIFY(order.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, kWait);
    QCOMPARE(order, (QStringList{QStringLiteral("refused"), QStringLiteral("finished")}));
}

void TstCallDelivery::cancelMidFlight()
{
    auto transport = makeTransport(*m_server);
    m_server->neverAnswer();
    QObject context;
    QList<HttpResult> results;
    QSignalSpy logged(transport.get(), &Transport::requestLogged);
    QPointer<Call> call = transport->send(get("/domains"), &context,
                                          [&results](const HttpResult &r) { results.append(r); });
    QStringList order;
    connect(call, &Call::finished, this, [&] { order.append(QString::number(results.size())); });
    QSignalSpy closed(m_server, &FaultServer::connectionClosed);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWait);
    QVERIFY(!call->isFinished());
    QCOMPARE(transport->inFlight(), 1);
    call->cancel();
    // Told before cancel() returned: Cancelled, after the one attempt sent; then finished.
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().error.kind, Kind::Cancelled);
    QCOMPARE(results.first().error.attempts, 1);
    QVERIFY(!results.first().error.summary().isEmpty());
    QCOMPARE(order, QStringList{QStringLiteral("1")});
    QVERIFY(call->isFinished());
    QCOMPARE(transport->inFlight(), 0);
    call->cancel(); // a second cancel is harmless
    QCOMPARE(order.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 1, kWait); // the request is aborted
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait);      // deleted later
    QCOMPARE(results.size(), 1);
    QCOMPARE(order.size(), 1);
    QCOMPARE(m_server->requestCount(), 1);
    // Logged once, as cancelled after its one attempt: it may have been carried out.
    QCOMPARE(logged.size(), 1);
    const auto entry = logged.first().first().value<RequestLogEntry>();
    QVERIFY(entry.cancelled);
    QCOMPARE(entry.attempts, 1);
    QCOMPARE(entry.status, 0);
}

void TstCallDelivery::cancelDuringBackoff()
{
    auto transport = makeTransport(*m_server);
    transport->retryPolicy().random = [] { return 1.0 - 1e-9; };
    m_server->error(500, "InternalServerException");
    QObject context;
    QList<HttpResult> results;
    QPointer<Call> call = transport->send(get("/domains"), &context,
                                          [&results](const HttpResult &r) { results.append(r); });
    QSignalSpy finished(call.data(), &Call::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWait);
    QTest::qWait(100); // the answer arrives; the call is backing off for ~1 s
    QVERIFY(results.isEmpty());
    call->cancel();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().error.kind, Kind::Cancelled); // not the 500 it was retrying
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait);
    QTest::qWait(1500);
    QCOMPARE(results.size(), 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstCallDelivery::cancelBeforeSending()
{
    // Cancelled while the credentials are being resolved: nothing goes out.
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    QObject context;
    QList<Outcome<QJsonObject>> outcomes;
    QPointer<Call> call =
        client.call(QStringLiteral("GetDomain"), kGetDomain, &context,
                    [&outcomes](const Outcome<QJsonObject> &o) { outcomes.append(o); });
    QSignalSpy finished(call.data(), &Call::finished);
    call->cancel();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().error().kind, Kind::Cancelled);
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait);
    QTest::qWait(100);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(m_server->requestCount(), 0);
}

void TstCallDelivery::cancelRefusedCall()
{
    // A refused call cancelled before its turn says Cancelled, not Validation, and only that.
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    QObject context;
    QList<Outcome<QJsonObject>> outcomes;
    QPointer<Call> call =
        client.call(QStringLiteral("GetDomain"), kBadGetDomain, &context,
                    [&outcomes](const Outcome<QJsonObject> &o) { outcomes.append(o); });
    QSignalSpy finished(call.data(), &Call::finished);
    call->cancel();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().error().kind, Kind::Cancelled);
    QCOMPARE(finished.size(), 1);
    QVERIFY(call->isFinished());
    call->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait);
    QTest::qWait(50);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(finished.size(), 1);

    // An unknown operation, likewise.
    outcomes.clear();
    call = client.call(QStringLiteral("NoSuchOperation"), {}, &context,
                       [&outcomes](const Outcome<QJsonObject> &o) { outcomes.append(o); });
    call->cancel();
    QTest::qWait(50);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().error().kind, Kind::Cancelled);
}

void TstCallDelivery::cancelInsideCallbacks()
{
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    m_server->neverAnswer(); // the second call waits
    m_server->reply(200, "{}", {}, 100);
    QObject context;
    QPointer<Call> first;
    QPointer<Call> second;
    QStringList events;
    second = client.call(
        QStringLiteral("GetDomain"), kGetDomain, &context, [&](const Outcome<QJsonObject> &o) {
            events.append(o.error().kind == Kind::Cancelled ? QStringLiteral("second cancelled")
                                                            : QStringLiteral("second other"));
        });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWait);
    // The first answer cancels its own call (nothing more happens) and the other one,
    // which is told Cancelled at once, inside the first callback.
    first = client.call(
        QStringLiteral("GetDomain"), kGetDomain, &context, [&](const Outcome<QJsonObject> &o) {
            events.append(o.ok() ? QStringLiteral("first ok") : QStringLiteral("first failed"));
            first->cancel();
            second->cancel();
            events.append(QStringLiteral("first done"));
        });
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 3, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(first.isNull() && second.isNull(), kWait);
    QTest::qWait(50);
    QCOMPARE(events, (QStringList{QStringLiteral("first ok"), QStringLiteral("second cancelled"),
                                  QStringLiteral("first done")}));
    QCOMPARE(transport->inFlight(), 0);
}

void TstCallDelivery::cancelAllTellsEveryCall()
{
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    for (int i = 0; i < 3; ++i)
        m_server->neverAnswer();
    QObject context;
    QList<Kind> kinds;
    QList<QPointer<Call>> calls;
    for (int i = 0; i < 3; ++i) {
        calls.append(
            client.call(QStringLiteral("GetDomain"), kGetDomain, &context,
                        [&kinds](const Outcome<QJsonObject> &o) { kinds.append(o.error().kind); }));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 3, kWait);
    QCOMPARE(transport->inFlight(), 3);
    transport->cancelAll();
    QCOMPARE(kinds, (QList<Kind>{Kind::Cancelled, Kind::Cancelled, Kind::Cancelled}));
    QCOMPARE(transport->inFlight(), 0);
    for (const QPointer<Call> &call : std::as_const(calls))
        QVERIFY(call && call->isFinished());
    QTest::qWait(50);
    QCOMPARE(kinds.size(), 3);
}

void TstCallDelivery::cancelAllWhenACallbackDeletesTheTransport()
{
    // The first cancelled call's handler closes the connection: the others go with the
    // transport (no callback: a destroyed transport tells nobody), and nothing crashes.
    auto *transport = makeTransport(*m_server).release();
    for (int i = 0; i < 3; ++i)
        m_server->neverAnswer();
    QObject context;
    int called = 0;
    QList<QPointer<Call>> calls;
    for (int i = 0; i < 3; ++i) {
        calls.append(transport->send(get("/domains"), &context, [&](const HttpResult &r) {
            QCOMPARE(r.error.kind, Kind::Cancelled);
            ++called;
            delete transport;
        }));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 3, kWait);
    QPointer<Transport> guard(transport);
    transport->cancelAll();
    QVERIFY(guard.isNull());
    QCOMPARE(called, 1);
    for (const QPointer<Call> &call : std::as_const(calls))
        QVERIFY(call.isNull());
}

void TstCallDelivery::contextGoneMeansNoCallback()
{
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    m_server->neverAnswer();
    auto *context = new QObject;
    int called = 0;
    QPointer<Call> call = client.call(QStringLiteral("GetDomain"), kGetDomain, context,
                                      [&called](const Outcome<QJsonObject> &) { ++called; });
    QSignalSpy finished(call.data(), &Call::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWait);
    delete context; // cancels the call, with nobody to tell
    QCOMPARE(finished.size(), 1);
    QCOMPARE(called, 0);
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait);

    // A refused call whose context goes before its turn.
    context = new QObject;
    call = client.call(QStringLiteral("GetDomain"), kBadGetDomain, context,
                       [&called](const Outcome<QJsonObject> &) { ++called; });
    QSignalSpy refusedFinished(call.data(), &Call::finished);
    delete context;
    QCOMPARE(refusedFinished.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait);
    QTest::qWait(50);
    QCOMPARE(called, 0);
}

void TstCallDelivery::contextOnAnotherThread()
{
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    Worker worker;
    std::atomic<int> called{0};
    std::atomic<QThread *> ranOn{nullptr};
    std::atomic<bool> ok{false};
    m_server->reply(200, "{\"DomainName\":\"d\",\"DefaultExpirationDays\":7}");
    QPointer<Call> call = client.call(
        QStringLiteral("GetDomain"), kGetDomain, worker.context,
        [&](const Outcome<QJsonObject> &o) {
            ranOn = QThread::currentThread();
            ok = o.ok() && o->value(QStringLiteral("DefaultExpirationDays")).toInt() == 7;
            ++called;
        });
    QSignalSpy finished(call.data(), &Call::finished);
    QTRY_COMPARE_WITH_TIMEOUT(called.load(), 1, kWait);
    QCOMPARE(ranOn.load(), &worker.thread);
    QVERIFY(ok.load());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait); // on the call's thread
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait);

    // A refused call answers there too.
    std::atomic<bool> refused{false};
    ranOn = nullptr;
    client.call(QStringLiteral("GetDomain"), kBadGetDomain, worker.context,
                [&](const Outcome<QJsonObject> &o) {
                    ranOn = QThread::currentThread();
                    refused = o.error().kind == Kind::Validation;
                    ++called;
                });
    QTRY_COMPARE_WITH_TIMEOUT(called.load(), 2, kWait);
    QCOMPARE(ranOn.load(), &worker.thread);
    QVERIFY(refused.load());
    QTest::qWait(50);
    QCOMPARE(called.load(), 2);
}

void TstCallDelivery::cancelWithContextOnAnotherThread()
{
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    Worker worker;
    m_server->neverAnswer();
    std::atomic<int> called{0};
    std::atomic<QThread *> ranOn{nullptr};
    std::atomic<bool> cancelled{false};
    QPointer<Call> call = client.call(QStringLiteral("GetDomain"), kGetDomain, worker.context,
                                      [&](const Outcome<QJsonObject> &o) {
                                          ranOn = QThread::currentThread();
                                          cancelled = o.error().kind == Kind::Cancelled;
                                          ++called;
                                      });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWait);
    call->cancel(); // queued to the context's thread
    QTRY_COMPARE_WITH_TIMEOUT(called.load(), 1, kWait);
    QCOMPARE(ranOn.load(), &worker.thread);
    QVERIFY(cancelled.load());
    QTest::qWait(50);
    QCOMPARE(called.load(), 1);
}

void TstCallDelivery::contextDestroyedOnItsThread()
{
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    Worker worker;
    m_server->reply(200, "{}", {}, 300); // answers after the context is gone
    std::atomic<int> called{0};
    QPointer<Call> call = client.call(QStringLiteral("GetDomain"), kGetDomain, worker.context,
                                      [&called](const Outcome<QJsonObject> &) { ++called; });
    QSignalSpy finished(call.data(), &Call::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWait);
    worker.destroyContext();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait); // cancelled, on the call's thread
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), kWait);
    QTest::qWait(500);
    QCOMPARE(called.load(), 0);
    QCOMPARE(transport->inFlight(), 0);
}

void TstCallDelivery::contextDestroyedWhileAnswersArrive()
{
    // Contexts on another thread destroyed there at about the moment their answers come:
    // a callback runs at most once, and only while its context exists.
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    QThread thread;
    thread.start();
    constexpr int kCalls = 12;
    std::atomic<int> late{0};
    std::atomic<int> destroyed{0};
    QList<std::shared_ptr<std::atomic<int>>> counts;
    QList<QPointer<Call>> calls;
    for (int i = 0; i < kCalls; ++i) {
        m_server->reply(200, "{}", {}, 20 + 10 * (i % 4));
        auto *context = new QObject;
        auto alive = std::make_shared<std::atomic<bool>>(true);
        auto count = std::make_shared<std::atomic<int>>(0);
        counts.append(count);
        connect(context, &QObject::destroyed, [alive, &destroyed] {
            *alive = false;
            ++destroyed;
        });
        context->moveToThread(&thread);
        calls.append(client.call(QStringLiteral("GetDomain"), kGetDomain, context,
                                 [alive, count, &late](const Outcome<QJsonObject> &) {
                                     ++*count;
                                     if (!*alive)
                                         ++late;
                                 }));
        QTimer::singleShot(20 + 10 * ((i + 2) % 4), context, [context] { context->deleteLater(); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(destroyed.load(), kCalls, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(calls.cbegin(), calls.cend(),
                                         [](const QPointer<Call> &c) { return c.isNull(); }),
                             kWait);
    QTest::qWait(200);
    thread.quit();
    thread.wait();
    QCOMPARE(late.load(), 0);
    for (const auto &count : std::as_const(counts))
        QVERIFY(count->load() <= 1);
    QCOMPARE(transport->inFlight(), 0);
}

QTEST_GUILESS_MAIN(TstCallDelivery)
#include "tst_call_delivery.moc"
