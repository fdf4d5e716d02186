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

} // namespace cp::models
