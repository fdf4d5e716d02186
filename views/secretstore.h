#pragma once

#include "core/credentials.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

namespace cp::views {

// Secret access keys of the connections the user defined: in the system keychain
// (QtKeychain); where no keychain is available, in memory only until the console
// closes, and the caller is told so. Never in QSettings, never logged.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    using WriteCallback = std::function<void(bool persisted, const QString &problem)>;
    using ReadCallback =
        std::function<void(const std::optional<QString> &secret, const QString &problem)>;

    void write(const QString &connection, const QString &secret, QObject *context,
               WriteCallback callback);
    void read(const QString &connection, QObject *context, ReadCallback callback);
    void remove(const QString &connection);

    static QString serviceName() { return QStringLiteral("cpconsole"); }

private:
    QHash<QString, QString> m_memory;
};

// Credentials of a "keys" connection: the access key id from the settings, the secret
// read from the SecretStore (once, asynchronously) when the first call needs it.
class KeychainCredentialsProvider : public client::CredentialsProvider
{
public:
    KeychainCredentialsProvider(SecretStore *store, QString connection, QString accessKeyId);
    void resolve(QObject *context, Callback callback) override;
    QString description() const override;

private:
    QPointer<SecretStore> m_store;
    QString m_connection;
    QString m_accessKeyId;
    std::optional<QString> m_secret;
};

} // namespace cp::views
