// Secrets of user-defined connections: in the system keychain when there is one, else in
// memory with a notice; never in the problem text; the credentials provider reads them
// asynchronously.
#include "secretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace cp;

class TestSecretStore : public QObject
{
    Q_OBJECT

    const QString m_connection =
        QStringLiteral("cpconsole-test-connection-%1").arg(QCoreApplication::applicationPid());
    const QString m_secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

private Q_SLOTS:
    void writeThenRead()
    {
        views::SecretStore store;
        std::optional<bool> persisted;
        QString problem;
        store.write(m_connection, m_secret, this, [&](bool stored, const QString &why) {
            persisted = stored;
            problem = why;
        });
        QTRY_VERIFY_WITH_TIMEOUT(persisted.has_value(), 30000);
        if (!*persisted) { // no keychain here: said so, without the secret
            QVERIFY(!problem.isEmpty());
            QVERIFY(problem.contains(QStringLiteral("memory")));
        } else {
            QVERIFY(problem.isEmpty());
        }
        QVERIFY(!problem.contains(m_secret));

        std::optional<QString> read;
        store.read(m_connection, this, [&](const std::optional<QString> &secret, const QString &) {
            read = secret.value_or(QStringLiteral("<none>"));
        });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
        QCOMPARE(*read, m_secret);

        // The provider gives the key id with the stored secret.
        views::KeychainCredentialsProvider provider(&store, m_connection,
                                                    QStringLiteral("AKIDKEYCHAINTEST01"));
        std::optional<client::Outcome<client::Credentials>> credentials;
        provider.resolve(this,
                         [&](const client::Outcome<client::Credentials> &o) { credentials = o; });
        QTRY_VERIFY_WITH_TIMEOUT(credentials.has_value(), 30000);
        QVERIFY(credentials->ok());
        QCOMPARE(credentials->value().accessKeyId, QStringLiteral("AKIDKEYCHAINTEST01"));
        QCOMPARE(credentials->value().secretAccessKey, m_secret);
        QVERIFY(!provider.description().contains(m_secret));

        store.remove(m_connection);
    }

    void unknownSecretIsAClearProblem()
    {
        views::SecretStore store;
        std::optional<QString> problem;
        std::optional<QString> found;
        store.read(QStringLiteral("cpconsole-test-no-such-connection"), this,
                   [&](const std::optional<QString> &secret, const QString &why) {
                       found = secret.value_or(QString());
                       problem = why;
                   });
        QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 30000);
        QVERIFY(found->isEmpty());
        QVERIFY(!problem->isEmpty());

        views::KeychainCredentialsProvider provider(
            &store, QStringLiteral("cpconsole-test-no-such-connection"),
            QStringLiteral("AKIDKEYCHAINTEST02"));
        std::optional<client::Outcome<client::Credentials>> credentials;
        provider.resolve(this,
                         [&](const client::Outcome<client::Credentials> &o) { credentials = o; });
        QTRY_VERIFY_WITH_TIMEOUT(credentials.has_value(), 30000);
        QVERIFY(!credentials->ok());
        QCOMPARE(credentials->error().kind, client::ServiceError::Kind::Credentials);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
