#pragma once

// Shared by the console editing tests: an in-memory local endpoint in the test process,
// a client on it, a synchronous call helper for setting data up, isolated settings.

#include "core/client.h"
#include "core/credentials.h"
#include "localendpoint.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <memory>
#include <optional>

namespace cp::edittest {

inline const QString kAccessKey = QStringLiteral("AKIDEDITTEST");
inline const QString kSecretKey = QStringLiteral("edit-test-secret-key");

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCoreApplication::setOrganizationName(QStringLiteral("cpconsole-edit-test-") + unique);
    QCoreApplication::setApplicationName(QStringLiteral("cpconsole-edit-test"));
    QSettings().clear();
}

inline std::shared_ptr<client::CredentialsProvider> credentials()
{
    return std::make_shared<client::StaticCredentialsProvider>(
        client::Credentials{kAccessKey, kSecretKey, {}, std::nullopt}, QStringLiteral("test keys"));
}

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

inline QString domainArn(const QString &domain)
{
    return QStringLiteral("arn:aws:profile:us-east-1:123456789012:domains/") + domain;
}

// A transport and client on the endpoint, with a call that waits for its answer.
class Client : public QObject
{
public:
    explicit Client(const QUrl &url)
        : transport(new client::Transport({url, QStringLiteral("us-east-1")}, credentials(), this))
        , client(new client::CustomerProfilesClient(transport, this))
    {}

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

    // Expects success; an empty object (and a warning) otherwise.
    QJsonObject ok(const QString &operation, const QJsonObject &input)
    {
        const auto outcome = call(operation, input);
        if (!outcome.ok()) {
            qWarning("%s failed: %s %s", qPrintable(operation), qPrintable(outcome.error().type),
                     qPrintable(outcome.error().message));
            return {};
        }
        return outcome.value();
    }

    bool createDomain(const QString &name)
    {
        return call(QStringLiteral("CreateDomain"), {{QStringLiteral("DomainName"), name},
                                                     {QStringLiteral("DefaultExpirationDays"), 30}})
            .ok();
    }

    bool createObjectType(const QString &domain, const QString &name)
    {
        return call(QStringLiteral("PutProfileObjectType"),
                    {{QStringLiteral("DomainName"), domain},
                     {QStringLiteral("ObjectTypeName"), name},
                     {QStringLiteral("Description"), QStringLiteral("test")},
                     {QStringLiteral("TemplateId"), QStringLiteral("Salesforce-Contact")}})
            .ok();
    }

    bool createIntegration(const QString &domain, const QString &uri, const QString &type)
    {
        return call(QStringLiteral("PutIntegration"), {{QStringLiteral("DomainName"), domain},
                                                       {QStringLiteral("Uri"), uri},
                                                       {QStringLiteral("ObjectTypeName"), type}})
            .ok();
    }

    QJsonObject tags(const QString &arn)
    {
        return ok(QStringLiteral("ListTagsForResource"), {{QStringLiteral("resourceArn"), arn}})
            .value(QStringLiteral("tags"))
            .toObject();
    }

    client::Transport *transport;
    client::CustomerProfilesClient *client;
};

} // namespace cp::edittest
