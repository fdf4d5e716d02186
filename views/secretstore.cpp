#include "secretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace cp::views {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

void SecretStore::write(const QString &connection, const QString &secret, QObject *context,
                        WriteCallback callback)
{
    m_memory.insert(connection, secret); // usable at once, whatever the keychain says
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(connection);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(
        job, &QKeychain::Job::finished, this,
        [this, connection, guard, callback](QKeychain::Job *done) {
            const bool persisted = done->error() == QKeychain::NoError;
            if (persisted)
                m_memory.remove(connection);
            if (guard)
                callback(
                    persisted,
                    persisted
                        ? QString()
                        : tr("No system keychain is available (%1): the secret is kept in memory "
                             "until the console closes.")
                              .arg(done->errorString()));
        });
    job->start();
}

void SecretStore::read(const QString &connection, QObject *context, ReadCallback callback)
{
    QPointer<QObject> guard(context);
    if (m_memory.contains(connection)) {
        const QString secret = m_memory.value(connection);
        QTimer::singleShot(0, this, [guard, callback, secret] {
            if (guard)
                callback(secret, QString());
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(connection);
    connect(job, &QKeychain::Job::finished, this, [guard, callback](QKeychain::Job *done) {
        if (!guard)
            return;
        if (done->error() != QKeychain::NoError) {
            callback(std::nullopt, tr("The secret key could not be read from the keychain: %1")
                                       .arg(done->errorString()));
            return;
        }
        callback(static_cast<QKeychain::ReadPasswordJob *>(done)->textData(), QString());
    });
    job->start();
}

void SecretStore::remove(const QString &connection)
{
    m_memory.remove(connection);
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(connection);
    job->start();
}

KeychainCredentialsProvider::KeychainCredentialsProvider(SecretStore *store, QString connection,
                                                         QString accessKeyId)
    : m_store(store)
    , m_connection(std::move(connection))
    , m_accessKeyId(std::move(accessKeyId))
{}

QString KeychainCredentialsProvider::description() const
{
    return QCoreApplication::translate("cp::views::KeychainCredentialsProvider",
                                       "keys of connection %1 (keychain)")
        .arg(m_connection);
}

void KeychainCredentialsProvider::resolve(QObject *context, Callback callback)
{
    const auto fail = [](const QString &message) {
        client::ServiceError error;
        error.kind = client::ServiceError::Kind::Credentials;
        error.message = message;
        return error;
    };
    if (m_secret) {
        const client::Credentials credentials{m_accessKeyId, *m_secret, {}, std::nullopt};
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, context, [guard, callback, credentials] {
            if (guard)
                callback(credentials);
        });
        return;
    }
    if (!m_store) {
        callback(fail(QStringLiteral("the secret store is gone")));
        return;
    }
    m_store->read(
        m_connection, context,
        [this, callback, fail](const std::optional<QString> &secret, const QString &problem) {
            if (!secret) {
                callback(fail(problem));
                return;
            }
            m_secret = secret;
            callback(client::Credentials{m_accessKeyId, *secret, {}, std::nullopt});
        });
}

} // namespace cp::views
