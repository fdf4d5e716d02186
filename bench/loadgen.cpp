// A load generator for the local endpoint on loopback: N persistent connections (one
// thread each, one request in flight per connection), every request SigV4-signed
// afresh with the cached key, for a fixed duration. Counts complete responses and
// prints one JSON object.
//
//   loadgen --port P --access-key-id ID --secret-access-key KEY
//           [--op getdomain|search|mixed] [--connections 8] [--seconds 10]
//           [--domain bench-1m] [--profiles 1000000] [--region us-east-1]
#include "emubench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

using Clock = std::chrono::steady_clock;

namespace {

struct Tally
{
    qint64 ok = 0;
    qint64 failed = 0;    // answered with a status other than 200
    qint64 transport = 0; // connection lost or timed out
    std::vector<double> micros;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1."),
                                  QStringLiteral("port"));
    const QCommandLineOption keyId(QStringLiteral("access-key-id"),
                                   QStringLiteral("Access key id."), QStringLiteral("id"));
    const QCommandLineOption secret(QStringLiteral("secret-access-key"),
                                    QStringLiteral("Secret key."), QStringLiteral("key"));
    const QCommandLineOption op(QStringLiteral("op"), QStringLiteral("getdomain, search or mixed."),
                                QStringLiteral("op"), QStringLiteral("mixed"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Connections (1-64)."),
                                               QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Duration (1-120)."), QStringLiteral("s"),
                                           QStringLiteral("10"));
    const QCommandLineOption domainOption(QStringLiteral("domain"), QStringLiteral("Domain."),
                                          QStringLiteral("name"), QStringLiteral("bench-1m"));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
                                            QStringLiteral("Profiles to search among."),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption region(QStringLiteral("region"), QStringLiteral("Region."),
                                    QStringLiteral("region"), QStringLiteral("us-east-1"));
    parser.addHelpOption();
    parser.addOptions({port, keyId, secret, op, connectionsOption, secondsOption, domainOption,
                       profilesOption, region});
    parser.process(app);

    const int portNumber = parser.value(port).toInt();
    const int connections = parser.value(connectionsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int profiles = parser.value(profilesOption).toInt();
    const QString mode = parser.value(op);
    if (portNumber < 1 || portNumber > 65535 || connections < 1 || connections > 64 ||
        seconds < 1 || seconds > 120 || profiles < 1 || parser.value(keyId).isEmpty() ||
        parser.value(secret).isEmpty() ||
        (mode != QStringLiteral("getdomain") && mode != QStringLiteral("search") &&
         mode != QStringLiteral("mixed"))) {
        std::fprintf(stderr, "loadgen: give --port, --access-key-id and --secret-access-key; see "
                             "--help for bounds\n");
        return 2;
    }
    const QByteArray domainPath = "/domains/" + parser.value(domainOption).toUtf8();
    const QByteArray searchPath = domainPath + "/profiles/search";

    std::vector<Tally> tallies(static_cast<size_t>(connections));
    std::vector<std::thread> threads;
    std::atomic<int> connectFailures{0};
    const auto deadline = Clock::now() + std::chrono::seconds(seconds);
    const auto started = Clock::now();
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            Tally &tally = tallies[size_t(c)];
            tally.micros.reserve(200000);
            cp::bench::SignedConnection connection(
                quint16(portNumber), parser.value(keyId).toUtf8(), parser.value(secret).toUtf8(),
                parser.value(region).toUtf8());
            if (!connection.connectToServer(nullptr)) {
                ++connectFailures;
                return;
            }
            std::mt19937 random(unsigned(c) + 1);
            std::uniform_int_distribution<int> pick(0, profiles - 1);
            for (qint64 n = 0; Clock::now() < deadline; ++n) {
                const bool search = mode == QStringLiteral("search") ||
                                    (mode == QStringLiteral("mixed") && (n + c) % 2);
                const QByteArray body = search ? R"({"KeyName":"_email","Values":[")" +
                                                     cp::bench::emailOf(pick(random)).toUtf8() +
                                                     R"("]})"
                                               : QByteArray();
                const auto one = Clock::now();
                const int status = search ? connection.request("POST", searchPath, body)
                                          : connection.request("GET", domainPath, {});
                tally.micros.push_back(
                    std::chrono::duration<double, std::micro>(Clock::now() - one).count());
                if (status == 200)
                    ++tally.ok;
                else if (status < 0)
                    ++tally.transport;
                else
                    ++tally.failed;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();

    Tally total;
    for (Tally &tally : tallies) {
        total.ok += tally.ok;
        total.failed += tally.failed;
        total.transport += tally.transport;
        total.micros.insert(total.micros.end(), tally.micros.begin(), tally.micros.end());
    }
    const QJsonObject report{
        {QStringLiteral("op"), mode},
        {QStringLiteral("connections"), connections},
        {QStringLiteral("seconds"), std::round(elapsed * 100) / 100},
        {QStringLiteral("ok"), total.ok},
        {QStringLiteral("non_200"), total.failed},
        {QStringLiteral("transport_errors"), total.transport},
        {QStringLiteral("connect_failures"), connectFailures.load()},
        {QStringLiteral("requests_per_s"), std::round(double(total.ok) / elapsed)},
        {QStringLiteral("latency"), cp::bench::latencyJson(total.micros)},
        {QStringLiteral("machine"), cp::bench::machineInfo()}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return total.ok > 0 && connectFailures.load() == 0 ? 0 : 1;
}
