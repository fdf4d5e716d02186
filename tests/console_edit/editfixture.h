#pragma once

// Shared by the console editing tests: the console tests' fixture plus the setup calls
// (domains, object types, integrations, tags) these tests make.

#include "../console/consolefixture.h"

namespace cp::edittest {

// The console tests' fixture: isolated settings, an in-memory endpoint, test keys.
using testing::isolateSettings;
using testing::startEndpoint;
inline std::shared_ptr<client::CredentialsProvider> credentials()
{
    return testing::testCredentials();
}

inline QString domainArn(const QString &domain)
{
    return QStringLiteral("arn:aws:profile:us-east-1:123456789012:domains/") + domain;
}

// The console tests' client, with the setup calls the editing tests need.
class Client : public testing::TestClient
{
public:
    using TestClient::TestClient;

    // Expects success; an empty object (and a warning) otherwise.
    QJsonObject ok(const QString &operation, const QJsonObject &input)
    {
        const QJsonObject answer = TestClient::ok(operation, input);
        return testing::succeeded(answer) ? answer : QJsonObject();
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
};

} // namespace cp::edittest
