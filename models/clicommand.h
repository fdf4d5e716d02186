#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace cp::models {

// The AWS CLI invocation equivalent to a call: `aws customer-profiles search-profiles
// --domain-name d --key-name _email --values a@b.c`, with --endpoint-url when the
// endpoint is not AWS's own. Never holds a credential: calls carry none.
QString awsCliCommand(const QString &operation, const QJsonObject &input, const QString &region,
                      const QUrl &endpoint);

// "DomainName" -> "domain-name", "SearchProfiles" -> "search-profiles".
QString kebabCase(const QString &name);

// Quotes a word for a POSIX shell when it needs it.
QString shellQuote(const QString &word);

// What the AWS CLI needs to reach an endpoint with given keys (the console's embedded
// one). The copied commands carry --endpoint-url and --region but no credential, and no
// --profile: an explicit --profile would make the CLI ignore exported keys, so the
// commands work after either recipe below.
struct CliAccess
{
    QUrl endpoint;
    QString region;
    QString accessKeyId;
    QString secretAccessKey;
};

// `export AWS_ACCESS_KEY_ID=... AWS_SECRET_ACCESS_KEY=... AWS_DEFAULT_REGION=...`, one
// variable a line, for the current shell.
QString awsExportLines(const CliAccess &access);

// `aws configure set ... --profile PROFILE` for the keys and the region, then
// `export AWS_PROFILE=PROFILE` so that the copied commands use that profile.
QString awsConfigureLines(const CliAccess &access, const QString &profile);

} // namespace cp::models
