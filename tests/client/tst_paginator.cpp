// PageIterator and fetchAll against a real local endpoint: pages follow NextToken, the
// cap truncates, errors arrive as outcomes, cancelling says so once and releases everything.
#include "core/paginator.h"
#include "localendpoint.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace cp::client;

class TestPaginator : public QObject
{
    Q_OBJECT

    cp::emulator::LocalEndpoint m_endpoint;
    Transport *m_transport = nullptr;
    CustomerProfilesClient *m_client = nullptr;

    QList<QString> names(const QJsonArray &items)
    {
        QList<QString> out;
        for (const QJsonValue &item : items)
            out.append(item.toObject().value(QStringLiteral("DomainName")).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        cp::emulator::LocalEndpointOptions options;
        options.inMemory = true;
        options.accessKeyId = QStringLiteral("AKIDPAGINATOR0001");
        options.secretAccessKey = QStringLiteral("secret");
        QString error;
        QVERIFY2(m_endpoint.start(options, &error), qPrintable(error));
        auto credentials = std::make_shared<StaticCredentialsProvider>(
            Credentials{options.accessKeyId, options.secretAccessKey, {}, std::nullopt},
            QStringLiteral("test"));
        m_transport =
            new Transport({m_endpoint.url(), QStringLiteral("us-east-1")}, credentials, this);
        m_client = new CustomerProfilesClient(m_transport, this);
        int created = 0;
        for (int i = 0; i < 7; ++i) {
            m_client->call(QStringLiteral("CreateDomain"),
                           {{QStringLiteral("DomainName"), QStringLiteral("d%1").arg(i)},
                            {QStringLiteral("DefaultExpirationDays"), 10}},
                           this, [&](const Outcome<QJsonObject> &o) { created += o.ok() ? 1 : 0; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(created, 7, 20000);
    }

    void fetchAllFollowsEveryPage()
    {
        std::optional<Outcome<FetchAllResult>> got;
        fetchAll(m_client, QStringLiteral("ListDomains"), {{QStringLiteral("MaxResults"), 2}}, 100,
                 this, [&](const Outcome<FetchAllResult> &o) { got = o; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY(got->ok());
        QCOMPARE(names(got->value().items),
                 (QList<QString>{QStringLiteral("d0"), QStringLiteral("d1"), QStringLiteral("d2"),
                                 QStringLiteral("d3"), QStringLiteral("d4"), QStringLiteral("d5"),
                                 QStringLiteral("d6")}));
        QCOMPARE(got->value().pages, 4);
        QVERIFY(!got->value().truncated);
    }

    void fetchAllStopsAtTheCap()
    {
        std::optional<Outcome<FetchAllResult>> got;
        fetchAll(m_client, QStringLiteral("ListDomains"), {{QStringLiteral("MaxResults"), 2}}, 5,
                 this, [&](const Outcome<FetchAllResult> &o) { got = o; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY(got->ok());
        QCOMPARE(got->value().items.size(), 5);
        QVERIFY(got->value().truncated);
        QCOMPARE(got->value().pages, 3); // no page beyond the cap is fetched
    }

    void iteratorGivesOnePageAtATime()
    {
        PageIterator pages(m_client, QStringLiteral("ListDomains"),
                           {{QStringLiteral("MaxResults"), 3}});
        QList<int> sizes;
        while (pages.hasMore()) {
            bool answered = false;
            pages.next(this, [&](const Outcome<QJsonArray> &page) {
                QVERIFY(page.ok());
                sizes.append(int(page.value().size()));
                answered = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        }
        QCOMPARE(sizes, (QList<int>{3, 3, 1}));
    }

    void errorsArriveAsOutcomes()
    {
        std::optional<Outcome<FetchAllResult>> got;
        fetchAll(m_client, QStringLiteral("ListProfileObjectTypes"),
                 {{QStringLiteral("DomainName"), QStringLiteral("nope")}}, 10, this,
                 [&](const Outcome<FetchAllResult> &o) { got = o; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY(!got->ok());
        QCOMPARE(got->error().type, QStringLiteral("ResourceNotFoundException"));
    }

    void invalidInputIsRefusedBeforeSending()
    {
        std::optional<Outcome<FetchAllResult>> got;
        fetchAll(m_client, QStringLiteral("ListDomains"), {{QStringLiteral("MaxResults"), 500}}, 10,
                 this, [&](const Outcome<FetchAllResult> &o) { got = o; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY(!got->ok());
        QCOMPARE(got->error().kind, ServiceError::Kind::Validation);
    }

    void cancellingCallsBackOnceWithCancelled()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(silent.serverPort());
        auto credentials = std::make_shared<StaticCredentialsProvider>(
            Credentials{QStringLiteral("AKIDSILENT0000001"), QStringLiteral("s"), {}, std::nullopt},
            QStringLiteral("t"));
        Transport transport({url, QStringLiteral("us-east-1")}, credentials);
        CustomerProfilesClient client(&transport);
        QList<Outcome<FetchAllResult>> got;
        QPointer<PageIterator> iterator =
            fetchAll(&client, QStringLiteral("ListDomains"), {}, 10, this,
                     [&](const Outcome<FetchAllResult> &o) { got.append(o); });
        QTRY_VERIFY_WITH_TIMEOUT(iterator->isBusy(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(),
                                 5000); // the request is on the wire
        iterator->cancel();
        QCOMPARE(got.size(), 1); // at once
        QVERIFY(!got.first().ok());
        QCOMPARE(got.first().error().kind, ServiceError::Kind::Cancelled);
        QVERIFY(!iterator->isBusy());
        QCOMPARE(transport.inFlight(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(iterator.isNull(), 5000); // it deletes itself
        QTest::qWait(50);
        QCOMPARE(got.size(), 1);

        // One page of an iterator: its callback too.
        PageIterator pages(&client, QStringLiteral("ListDomains"), {});
        QList<Outcome<QJsonArray>> page;
        pages.next(this, [&](const Outcome<QJsonArray> &o) { page.append(o); });
        QVERIFY(pages.isBusy());
        pages.cancel();
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().error().kind, ServiceError::Kind::Cancelled);
        QVERIFY(pages.hasMore()); // nothing was read: next() asks for the same page again
        QTest::qWait(50);
        QCOMPARE(page.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPaginator)
#include "tst_paginator.moc"
