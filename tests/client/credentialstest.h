#pragma once

// Shared by the credentials tests: temporary AWS shared files named through the
// environment (never the real ~/.aws), credential_process scripts, and a wait for one
// resolve().
#include "awsconfig.h"
#include "credentials.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

namespace credentialstest {

using namespace cp::client;
using Kind = ServiceError::Kind;

constexpr int kWait = 20000;

inline std::optional<Outcome<Credentials>> resolveNow(CredentialsProvider &provider)
{
    std::optional<Outcome<Credentials>> out;
    QObject context;
    provider.resolve(&context, [&out](const Outcome<Credentials> &o) { out = o; });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, kWait);
    return out;
}

inline bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text) == text.size();
}

inline int readCounter(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().count('x');
}

// A temporary directory per test with the two shared files and scripts in it.
class Fixture : public QObject
{
    Q_OBJECT
protected:
    // Writes the two files and returns an environment that names them (and HOME).
    QProcessEnvironment files(const QByteArray &config, const QByteArray &credentials)
    {
        const QString configPath = m_dir->filePath(QStringLiteral("config"));
        const QString credentialsPath = m_dir->filePath(QStringLiteral("credentials"));
        writeFile(configPath, config);
        writeFile(credentialsPath, credentials);
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), configPath);
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentialsPath);
        env.insert(QStringLiteral("HOME"), m_dir->path());
        return env;
    }
    // An executable /bin/sh script in a directory whose name holds a space.
    QString script(const QByteArray &body)
    {
        QDir(m_dir->path()).mkdir(QStringLiteral("with space"));
        const QString path = m_dir->filePath(QStringLiteral("with space/creds.sh"));
        writeFile(path, "#!/bin/sh\n" + body);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }
    bool makeDir()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace credentialstest
