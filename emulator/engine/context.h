#pragma once

#include "apiresult.h"
#include "store/database.h"
#include "wiremodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <optional>

namespace cp::emulator {

struct EngineOptions
{
    QString region = QStringLiteral("us-east-1");
    QString accountId = QStringLiteral("123456789012");
    std::function<qint64()> clockMs; // epoch milliseconds; the system clock by default
};

// What an operation handler works with: the store (this thread's connection), the
// options, the time the request is handled at, and the service model.
struct Context
{
    Database &db;
    const EngineOptions &options;
    qint64 nowMs;
    const schema::WireModel &model;

    QSqlQuery &sql(const char *statement) { return db.statement(statement); }
    // The C API, for the hot statements of ingestion.
    Statement &stmt(const char *statement) { return db.sql(statement); }

    QString domainArn(const QString &domain) const;
    QString objectTypeArn(const QString &domain, const QString &type) const;
    QString integrationArn(const QString &domain, const QString &uri) const;
};

// Epoch milliseconds as the wire's epoch seconds.
inline double wireTime(qint64 ms)
{
    return double(ms) / 1000.0;
}

// Opaque NextToken: the position after which a listing goes on, tied to the listing so
// that a token from elsewhere is refused.
QString makeNextToken(const QString &listing, const QString &after);
std::optional<QString> readNextToken(const QString &listing, const QString &token);

// MaxResults with the service's default and bounds already validated by the model.
int pageSize(const QJsonObject &input, int defaultSize = 100);

// JSON text <-> object, for the columns that hold JSON.
QJsonObject parseObject(const QString &text);
QString compactJson(const QJsonObject &object);

// Tags of a resource (ARN), written and read for the Tags members of create/get calls.
QJsonObject readTags(Context &ctx, const QString &arn);
ApiResult writeTags(Context &ctx, const QString &arn, const QJsonObject &tags);
void deleteTags(Context &ctx, const QString &arnPrefix);

// The members of `object` that the structure `shape` defines, and of theirs those their
// shapes define, all the way down (lists and maps too): what is kept of a request,
// without the members the model lacks (which validation ignores, as the service does).
QJsonObject modelledMembers(const schema::WireModel &model, QStringView shape,
                            const QJsonObject &object);

// Runs a prepared statement; false on an SQL error (the caller answers 500).
bool run(QSqlQuery &query);

} // namespace cp::emulator
