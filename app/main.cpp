#include "core/awsconfig.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcessEnvironment>

namespace {

// Which endpoint the console would use on start: the AWS configuration when there is
// one, else the embedded local endpoint.
std::pair<QString, QString> describeStartupConnection()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto files = cp::client::AwsSharedConfig::load(env);
    const auto resolved = cp::client::resolveConnection({}, env, files);
    if (!resolved.ok()) {
        return {QCoreApplication::translate("main", "the embedded local endpoint (no AWS account configured)"),
                resolved.error().message};
    }
    return {QStringLiteral("%1 (%2)").arg(resolved->endpointUrl.toString(), resolved->region),
            resolved->credentials->description()};
}

void parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for Amazon Connect Customer Profiles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
}

bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("cpconsole"));
    QCoreApplication::setOrganizationName(QStringLiteral("cpconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CP_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) { // --version and --help need no display
        QCoreApplication app(argc, argv);
        setIdentity();
        parseCommandLine(app);
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Customer Profiles Console"));
    parseCommandLine(app);

    cp::views::MainWindow window;
    const auto [endpoint, credentials] = describeStartupConnection();
    window.showConnection(endpoint, credentials);
    window.show();
    return app.exec();
}
