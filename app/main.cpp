#include "connectionmanager.h"
#include "core/awsconfig.h"
#include "definitionbrowser.h"
#include "domainoverview.h"
#include "duplicatesview.h"
#include "embeddedendpoint.h"
#include "listpane.h"
#include "localendpoint.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "mfaprompt.h"
#include "profilespane.h"
#include "proxyauthprompt.h"
#include "sampledataloader.h"
#include "signinprompt.h"
#include "translators.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTabWidget>
#include <QTimer>
#include <functional>

namespace {

void parseCommandLine(const QCoreApplication &app, QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for Amazon Connect Customer Profiles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("data-dir"),
         QCoreApplication::translate("main", "Folder of the embedded local endpoint's data."),
         QStringLiteral("dir")});
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate(
                          "main", "Save a picture of the window once it shows data, then quit."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("tab"),
         QCoreApplication::translate(
             "main", "Open on a tab: overview, objecttypes, profiles, duplicates, integrations, "
                     "imports or templates."),
         QStringLiteral("name")});
    parser.addOption({QStringLiteral("sample-data"),
                      QCoreApplication::translate(
                          "main", "Load sample data into the embedded endpoint on start.")});
    parser.process(app);
}

bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" ||
            arg == "--help-all")
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
        cp::app::installTranslators(app, QLocale()); // the help text in the user's language
        QCommandLineParser parser;
        parseCommandLine(app, parser);
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cpconsole.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.cpconsole"));
    cp::app::installTranslators(app, QLocale());
    // Only now, with the translators installed, can names be translated.
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "Customer Profiles Console"));
    QCommandLineParser parser;
    parseCommandLine(app, parser);

    cp::views::MainWindow window;
    cp::views::installMfaPrompt(&window);
    cp::views::installProxyAuthPrompt(&window);
    cp::views::installSsoSignInPrompt(&window);
    const QString dataDir = parser.isSet(QStringLiteral("data-dir"))
                                ? parser.value(QStringLiteral("data-dir"))
                                : cp::emulator::LocalEndpoint::defaultDataDir();
    cp::emulator::EmbeddedEndpoint local(dataDir);
    cp::views::SampleDataLoader sampleData;
    const auto localAccess = [&local] {
        return cp::models::CliAccess{local.url(), local.region(), local.accessKeyId(),
                                     local.secretAccessKey()};
    };
    QObject::connect(&local, &cp::emulator::EmbeddedEndpoint::ready, &window, [&] {
        window.setLocalEndpoint(localAccess());
        cp::client::Credentials keys{
            local.accessKeyId(), local.secretAccessKey(), {}, std::nullopt};
        window.addConnection(
            {QCoreApplication::translate("main", "Local (embedded)"),
             {local.url(), local.region()},
             std::make_shared<cp::client::StaticCredentialsProvider>(
                 keys, QCoreApplication::translate("main", "the embedded endpoint's keys")),
             true});
    });
    QObject::connect(
        &local, &cp::emulator::EmbeddedEndpoint::failed, &window, [&](const QString &reason) {
            cp::client::ServiceError error;
            error.kind = cp::client::ServiceError::Kind::Network;
            error.message =
                QCoreApplication::translate("main", "the embedded local endpoint did not start: %1")
                    .arg(reason);
            window.messageBar()->showError(error);
        });
    QObject::connect(&window, &cp::views::MainWindow::loadSampleDataRequested, &window, [&] {
        if (window.session())
            sampleData.load(window.session()->client(), &window);
    });
    QObject::connect(&sampleData, &cp::views::SampleDataLoader::finished, &window,
                     [&](bool ok, const QString &message) {
                         if (ok) {
                             window.messageBar()->showInfo(message);
                             if (auto *refresh =
                                     window.findChild<QAction *>(QStringLiteral("refreshAction")))
                                 refresh->trigger();
                         } else {
                             cp::client::ServiceError error;
                             error.kind = cp::client::ServiceError::Kind::Service;
                             error.message = message;
                             window.messageBar()->showError(error);
                         }
                     });
    // Further windows show the same connections, so local and AWS can sit side by side.
    std::function<void(cp::views::MainWindow *)> offerNewWindows =
        [&](cp::views::MainWindow *from) {
            QObject::connect(from, &cp::views::MainWindow::newWindowRequested, from, [&, from] {
                auto *another = new cp::views::MainWindow;
                another->setAttribute(Qt::WA_DeleteOnClose);
                for (const cp::views::Session::Info &info : from->connections())
                    another->addConnection(info);
                if (!local.url().isEmpty())
                    another->setLocalEndpoint(localAccess());
                offerNewWindows(another);
                another->show();
            });
        };
    offerNewWindows(&window);
    local.start();
    cp::app::ConnectionManager connections(&window);
    connections.offerSavedAndProfiles();
    window.show();
    if (parser.isSet(QStringLiteral("tab"))) {
        // By the pane, not the position: tabs may be added between them.
        const QList<std::pair<QString, QWidget *>> tabs = {
            {QStringLiteral("overview"), window.overview()},
            {QStringLiteral("objecttypes"), window.objectTypes()},
            {QStringLiteral("profiles"), window.profiles()},
            {QStringLiteral("duplicates"), window.duplicates()},
            {QStringLiteral("integrations"), window.integrations()},
            {QStringLiteral("imports"), window.imports()},
            {QStringLiteral("templates"), window.templates()}};
        auto *tabWidget = window.findChild<QTabWidget *>(QStringLiteral("domainTabs"));
        for (const auto &[name, pane] : tabs) {
            if (tabWidget && name == parser.value(QStringLiteral("tab")))
                tabWidget->setCurrentWidget(pane);
        }
    }

    const bool withSample = parser.isSet(QStringLiteral("sample-data"));
    if (withSample) {
        QObject::connect(&local, &cp::emulator::EmbeddedEndpoint::ready, &window, [&] {
            QTimer::singleShot(0, &window, [&] { Q_EMIT window.loadSampleDataRequested(); });
        });
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        const auto shoot = [&window, file] {
            QTimer::singleShot(1500, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        };
        // Once the data is there (or after 60 s), picture and quit.
        QTimer::singleShot(60000, &app, [&] {
            window.grab().save(file);
            QApplication::quit();
        });
        if (withSample)
            QObject::connect(&sampleData, &cp::views::SampleDataLoader::finished, &window, shoot);
        else
            QObject::connect(window.domains(), &cp::views::ListPane::pageLoaded, &window, shoot);
    }
    return app.exec();
}
