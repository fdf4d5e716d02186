#pragma once

// Shared by the console tests: an in-memory local endpoint in the test process, a
// client on it, synchronous helpers for setting data up, and isolated settings.

#include "core/client.h"
#include "core/credentials.h"
#include "localendpoint.h"
#include "objecttype.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <memory>
#include <optional>

namespace cp::testing {

inline const QString kAccessKey = QStringLiteral("AKIDCONSOLETEST");
inline const QString kSecretKey = QStringLiteral("console-test-secret-key");

// Settings of the test only: QStandardPaths' test mode and a fresh organization and
// application name, so that neither the developer's nor another run's settings leak in.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCoreApplication::setOrganizationName(QStringLiteral("cpconsole-test-") + unique);
    QCoreApplication::setApplicationName(QStringLiteral("cpconsole-test"));
    QSettings().clear();
}

inline std::shared_ptr<client::CredentialsProvider> testCredentials()
{
    return std::make_shared<client::StaticCredentialsProvider>(
        client::Credentials{kAccessKey, kSecretKey, {}, std::nullopt}, QStringLiteral("test keys"));
}

// A started in-memory LocalEndpoint with the test's keys.
inline std::unique_ptr<emulator::LocalEndpoint> startEndpoint()
{
    auto endpoint = std::make_unique<emulator::LocalEndpoint>();
    emulator::LocalEndpointOptions options;
    options.inMemory = true;
    options.accessKeyId = kAccessKey;
    options.secretAccessKey = kSecretKey;
    QString error;
    if (!endpoint->start(options, &error)) {
        qWarning("the local endpoint did not start: %s", qPrintable(error));
        return nullptr;
    }
    return endpoint;
}

// A transport and client on an endpoint, owned by one QObject.
class TestClient : public QObject
{
public:
    explicit TestClient(const QUrl &url, const QString &region = QStringLiteral("us-east-1"))
        : transport(new client::Transport({url, region}, testCredentials(), this))
        , client(new client::CustomerProfilesClient(transport, this))
    {}

    // Calls and waits for the answer (the event loop runs meanwhile).
    client::Outcome<QJsonObject> call(const QString &operation, const QJsonObject &input)
    {
        std::optional<client::Outcome<QJsonObject>> result;
        client::Call *pending = client->call(
            operation, input, this,
            [&result](const client::Outcome<QJsonObject> &outcome) { result = outcome; });
        QSignalSpy done(pending, &client::Call::finished);
        if (!result && !done.wait(60000))
            qWarning("%s: no answer", qPrintable(operation));
        if (!result) {
            client::ServiceError error;
            error.kind = client::ServiceError::Kind::Timeout;
            return error;
        }
        return *result;
    }

    // Calls, expecting success; returns the answer or reports the error.
    QJsonObject ok(const QString &operation, const QJsonObject &input)
    {
        const auto outcome = call(operation, input);
        if (!outcome.ok()) {
            qWarning("%s failed: %s %s", qPrintable(operation), qPrintable(outcome.error().type),
                     qPrintable(outcome.error().message));
            return {{QStringLiteral("__failed"), true}};
        }
        return outcome.value();
    }

    client::Transport *transport;
    client::CustomerProfilesClient *client;
};

inline bool succeeded(const QJsonObject &answer)
{
    return !answer.contains(QStringLiteral("__failed"));
}

inline QJsonObject createDomainInput(const QString &name)
{
    return {{QStringLiteral("DomainName"), name}, {QStringLiteral("DefaultExpirationDays"), 30}};
}

// A small valid type: an id (the UNIQUE key) and an e-mail address (a PROFILE key).
inline schema::ObjectTypeDefinition ticketType()
{
    schema::ObjectTypeDefinition d;
    d.name = QStringLiteral("Ticket");
    d.description = QStringLiteral("Support tickets");
    d.allowProfileCreation = true;
    d.fields.insert(QStringLiteral("id"), {QStringLiteral("_source.id"), QString(), QString()});
    d.fields.insert(QStringLiteral("email"),
                    {QStringLiteral("_source.email"), QStringLiteral("_profile.EmailAddress"),
                     QStringLiteral("EMAIL_ADDRESS")});
    d.keys.insert(QStringLiteral("ticketId"),
                  {schema::KeyDefinition{{QStringLiteral("UNIQUE")}, {QStringLiteral("id")}}});
    d.keys.insert(QStringLiteral("_email"),
                  {schema::KeyDefinition{{QStringLiteral("PROFILE")}, {QStringLiteral("email")}}});
    return d;
}

// Its PutProfileObjectType request for a domain.
inline QJsonObject ticketTypeInput(const QString &domain, bool allowProfileCreation = true)
{
    QJsonObject input = ticketType().toJson();
    input.insert(QStringLiteral("DomainName"), domain);
    input.insert(QStringLiteral("AllowProfileCreation"), allowProfileCreation);
    return input;
}

} // namespace cp::testing
