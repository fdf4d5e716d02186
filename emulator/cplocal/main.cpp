// cplocal: the Customer Profiles API on loopback, for the console, the AWS CLI and SDKs.
#include "localendpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop, so the store closes cleanly.
void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cplocal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local endpoint of the Amazon Connect Customer Profiles API, for the "
                       "console, the AWS CLI and the "
                       "AWS SDKs. Requests must be signed (SigV4) with the endpoint's keys."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port (default 0: a free one)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder of the store and keys."),
                                     QStringLiteral("dir"));
    const QCommandLineOption inMemory(QStringLiteral("in-memory"),
                                      QStringLiteral("Keep nothing on disk."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("Signing region (default us-east-1)."),
                                    QStringLiteral("region"), QStringLiteral("us-east-1"));
    const QCommandLineOption account(QStringLiteral("account-id"),
                                     QStringLiteral("Account id in ARNs (default 123456789012)."),
                                     QStringLiteral("id"), QStringLiteral("123456789012"));
    const QCommandLineOption keyId(QStringLiteral("access-key-id"),
                                   QStringLiteral("Access key id to accept."),
                                   QStringLiteral("id"));
    const QCommandLineOption secret(QStringLiteral("secret-access-key"),
                                    QStringLiteral("Its secret key."), QStringLiteral("key"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Connections open at once; more wait until one closes (default 512, "
                       "kept below the open-file limit)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds a connection may stay idle before its next request (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption uploadValidity(
        QStringLiteral("upload-url-validity"),
        QStringLiteral("Seconds an upload job's upload URL stays valid (default 3600)."),
        QStringLiteral("seconds"), QStringLiteral("3600"));
    parser.addOptions({host, port, dataDir, inMemory, region, account, keyId, secret,
                       maxConnections, idleTimeout, uploadValidity});
    parser.process(app);

    cp::emulator::LocalEndpointOptions options;
    if (!options.host.setAddress(parser.value(host))) {
        std::fprintf(stderr, "cplocal: --host %s is not an IP address\n",
                     qPrintable(parser.value(host)));
        return 2;
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        std::fprintf(stderr, "cplocal: --port %s is not a port number\n",
                     qPrintable(parser.value(port)));
        return 2;
    }
    options.port = quint16(portNumber);
    bool maxOk = false, idleOk = false;
    options.maxConnections = parser.value(maxConnections).toInt(&maxOk);
    const double idleSeconds = parser.value(idleTimeout).toDouble(&idleOk);
    if (!maxOk || options.maxConnections < 0) {
        std::fprintf(stderr, "cplocal: --max-connections %s is not a count\n",
                     qPrintable(parser.value(maxConnections)));
        return 2;
    }
    if (!idleOk || idleSeconds <= 0 || idleSeconds > 24 * 3600) {
        std::fprintf(stderr, "cplocal: --idle-timeout %s is not a number of seconds\n",
                     qPrintable(parser.value(idleTimeout)));
        return 2;
    }
    options.idleTimeoutMs = int(idleSeconds * 1000);
    bool validityOk = false;
    const double validitySeconds = parser.value(uploadValidity).toDouble(&validityOk);
    if (!validityOk || validitySeconds <= 0 || validitySeconds > 7 * 24 * 3600) {
        std::fprintf(stderr, "cplocal: --upload-url-validity %s is not a number of seconds\n",
                     qPrintable(parser.value(uploadValidity)));
        return 2;
    }
    options.uploadUrlValidityMs = qint64(validitySeconds * 1000);
    options.dataDir = parser.value(dataDir);
    options.inMemory = parser.isSet(inMemory);
    options.region = parser.value(region);
    options.accountId = parser.value(account);
    options.accessKeyId = parser.value(keyId);
    options.secretAccessKey = parser.value(secret);

    installSignalHandlers(app);
    cp::emulator::LocalEndpoint endpoint;
    QString error;
    if (!endpoint.start(options, &error)) {
        std::fprintf(stderr, "cplocal: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "cplocal: region %s, access key id %s, secret access key %s\n",
                 qPrintable(endpoint.region()), qPrintable(endpoint.accessKeyId()),
                 qPrintable(endpoint.secretAccessKey()));
    std::fprintf(stdout, "cplocal listening on %s\n", qPrintable(endpoint.url().toString()));
    std::fflush(stdout);
    std::fflush(stderr);
    const int code = app.exec();
    endpoint.stop();
    return code;
}
