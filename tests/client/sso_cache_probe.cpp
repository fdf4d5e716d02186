// For the interoperability test with botocore (tests/conformance/test_sso_cache_interop.py):
// resolves a profile's credentials as the console does, from the process's environment
// and the shared files, and prints {"accessKeyId": ...} or {"error": ...} as one line.
#include "awsconfig.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>

using namespace cp::client;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: sso_cache_probe PROFILE\n");
        return 2;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ConnectionSettings settings;
    settings.profile = QString::fromLocal8Bit(argv[1]);
    const auto resolved = resolveConnection(settings, env, AwsSharedConfig::load(env));
    const auto print = [](const QJsonObject &answer) {
        std::printf("%s\n", QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
    };
    if (!resolved.ok()) {
        print({{QStringLiteral("error"), resolved.error().message}});
        return 1;
    }
    int status = 1;
    resolved->credentials->resolve(&app, [&](const Outcome<Credentials> &got) {
        if (got.ok()) {
            print({{QStringLiteral("accessKeyId"), got.value().accessKeyId}});
            status = 0;
        } else {
            print({{QStringLiteral("error"), got.error().message}});
        }
        app.quit();
    });
    QTimer::singleShot(30000, &app, &QCoreApplication::quit);
    app.exec();
    return status;
}
