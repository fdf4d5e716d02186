#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// One realistic typed request per operation, as its parameters (toInput()), shared by
// the serializer tests and the botocore cross-check.
namespace cp::api::test {

inline const QString domain = QStringLiteral("my-domain");
inline const QString profileId = QStringLiteral("4b2f1c3e8a9d4e5f9a1b2c3d4e5f6a7b");
inline const QString domainArn =
    QStringLiteral("arn:aws:profile:us-east-1:123456789012:domains/my-domain");
inline const QString nextToken = QStringLiteral("AQICAHg+token/abc==");

struct Sample
{
    QString operation;
    QJsonObject input;
};

QList<Sample> sampleRequests();

} // namespace cp::api::test
