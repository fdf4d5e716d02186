#pragma once

#include "apiresult.h"
#include "arn.h"
#include "store/database.h"
#include "wiremodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <any>
#include <functional>
#include <optional>

namespace cp::emulator {

struct EngineOptions
{
    QString region = QStringLiteral("us-east-1");
    QString accountId = QStringLiteral("123456789012");
    std::function<qint64()> clockMs; // epoch milliseconds; the system clock by default
    // Upload jobs: where uploaded files are spooled (empty: a temporary folder), how long
    // an upload URL is valid, and how many rows a job stores per transaction.
    QString uploadDir;
    qint64 uploadUrlValidityMs = 3600 * 1000;
    int uploadBatchRows = 5000;
};

class UploadRunner;

struct Context;

// A kind of resource that can be tagged, as an area registers it (see Area in engine.h):
// its ARN kind and whether the resource an ARN of that kind names exists.
struct TaggableKind
{
    schema::Arn::Kind kind;
    bool (*exists)(Context &, const schema::Arn &);
};

// What the engine's areas registered, for the handlers that work across areas (tags,
// DeleteDomain) and for the expiry purge.
struct Registry
{
    QList<TaggableKind> taggable;
    QList<bool (*)(Context &, const QString &)> domainCleanups; // in the areas' order
    QList<int (*)(Context &)> purges;                           // in the areas' order
    // Run after every successful write operation, in its transaction (auto-merging).
    QList<ApiResult (*)(Context &)> afterWrites;

    const TaggableKind *taggableKind(schema::Arn::Kind kind) const;
};

// What an operation handler works with: the store (this thread's connection), the
// options, the time the request is handled at, the service model, and the areas.
struct Context
{
    Database &db;
    const EngineOptions &options;
    qint64 nowMs;
    const schema::WireModel &model;
    const Registry *registry = nullptr;
    UploadRunner *uploads = nullptr; // runs upload jobs in the background
    const std::any *prepared = nullptr; // what the operation's Prepare found (engine.h)
    // Groups of profiles (domain, ids) a write found to merge automatically; the matching
    // area merges them once the operation's own writes are done (see Area::afterWrite).
    QList<std::pair<QString, QStringList>> autoMerges = {};

    // A statement of the store, lent until the Query ends (see Database::query).
    Query query(Sql sql) { return db.query(sql); }

    // The ARN of a resource of this endpoint (its region, partition and account).
    schema::Arn arn(schema::Arn::Kind kind, const QString &domain,
                    const QString &name = QString()) const;
};

// Epoch milliseconds as the wire's epoch seconds.
inline double wireTime(qint64 ms)
{
    return double(ms) / 1000.0;
}

// One row of a listing's page: the item, and its position in the listing's order (what
// the NextToken of a page ending with it holds).
struct PageRow
{
    QString position;
    QJsonObject item;
};
// Appends to `out` up to `rows` rows that come after the position `after` (a null
// string on the first page); answers success, or the error the listing gives.
using PageFetch = std::function<ApiResult(const QString &after, int rows, QList<PageRow> &out)>;

// One page of a listing: reads NextToken (opaque, tied to `listing`: a token from another
// listing is 400) and MaxResults (the model validated its bounds), asks `fetch` for one
// row more than a page holds (to tell that another page follows), and answers `Items`
// and, when more follow, `NextToken`.
ApiResult paginate(const QJsonObject &input, const QString &listing, const PageFetch &fetch,
                   int defaultSize = 100);

// JSON text <-> object, for the columns that hold JSON.
QJsonObject parseObject(const QString &text);
QString compactJson(const QJsonObject &object);

} // namespace cp::emulator
