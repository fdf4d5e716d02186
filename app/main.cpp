#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cpconsole"));
    QApplication::setApplicationVersion(QStringLiteral(CP_VERSION));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QMainWindow window;
    window.setCentralWidget(new QLabel(QObject::tr("Customer Profiles Console")));
    window.show();
    return app.exec();
}
