// The AWS shared files as the console reads them (client/core/awsconfig, credentials):
// ~/.aws/config and ~/.aws/credentials, the environment, the connection resolved from
// them for every profile they name, and what a credential_process prints. Input: four
// parts separated by lines "%%": config text, credentials text, environment
// ("NAME=value" lines), credential_process output. No process is ever started:
// resolving only names the provider.

#include "awsconfig.h"
#include "credentials.h"
#include "fuzzsupport.h"

#include <QProcessEnvironment>

namespace client = cp::client;

namespace {

QList<QByteArray> parts(const QByteArray &input)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    while (out.size() < 3) {
        const qsizetype at = input.indexOf("\n%%\n", start);
        if (at < 0)
            break;
        out.append(input.mid(start, at - start));
        start = at + 4;
    }
    out.append(input.mid(start));
    while (out.size() < 4)
        out.append(QByteArray());
    return out;
}

QProcessEnvironment environmentOf(const QByteArray &text)
{
    QProcessEnvironment env;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return env;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cp::fuzz::silenceQtWarnings();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cp::fuzz::countInput();
    const QList<QByteArray> p = parts(cp::fuzz::bytes(data, size));
    const client::AwsSharedConfig files =
        client::AwsSharedConfig::fromText(QString::fromUtf8(p[0]), QString::fromUtf8(p[1]));
    const QProcessEnvironment env = environmentOf(p[2]);

    const QStringList names = files.profileNames();
    QStringList unique = names;
    cp::fuzz::check(unique.removeDuplicates() == 0, "each profile is named once");
    cp::fuzz::check(!names.contains(QStringLiteral("default")) ||
                        names.first() == QStringLiteral("default"),
                    "default comes first");

    // The profile the environment names (or default), then each one explicitly; capped
    // so that a file of thousands of profiles stays a fast input.
    QList<std::optional<QString>> choices{std::nullopt};
    for (qsizetype i = 0; i < names.size() && i < 8; ++i)
        choices.append(names[i]);
    for (const std::optional<QString> &profile : choices) {
        if (profile) {
            // The command line is split as the AWS CLI does, before it would run.
            bool ok = false;
            client::splitCommandLine(
                files.configFor(*profile).value(QStringLiteral("credential_process")), &ok);
            files.credentialsFor(*profile);
        }
        client::ConnectionSettings settings;
        settings.profile = profile;
        const auto resolved = client::resolveConnection(settings, env, files);
        if (resolved.ok()) {
            cp::fuzz::check(!resolved->region.isEmpty(), "a resolved connection has a region");
            cp::fuzz::check(resolved->endpointUrl.isValid(), "and a valid endpoint");
            cp::fuzz::check(resolved->credentials != nullptr, "and credentials");
        } else {
            cp::fuzz::check(!resolved.error().message.isEmpty(), "a failure says why");
        }
    }

    const auto processOutput = client::ProcessCredentialsProvider::parseOutput(p[3]);
    if (processOutput.ok())
        cp::fuzz::check(processOutput->isValid(), "parsed process credentials are complete");
    return 0;
}
