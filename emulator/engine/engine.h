#pragma once

#include "apiresult.h"
#include "context.h"
#include "groupcommit.h"
#include "wiremodel.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <any>
#include <functional>
#include <memory>

namespace cp::emulator {

// An area of the service (domains.cpp, profiles.cpp, ...) declares everything the engine
// needs of it, and the engine puts the areas together; nothing central lists an area's
// operations, tables or resources:
//  - the operations it serves (an operation of the model that no area serves is answered
//    as not emulated, by name);
//  - the resources it makes taggable: an ARN kind and how to tell that one exists;
//  - how to remove what it keeps of a domain (DeleteDomain runs every area's);
//  - what it removes once expired (the purge runs the areas' in their order, in one
//    transaction).
// A new area is one file exporting its Area, listed once in Engine's constructor.
enum class Access { Read, Write }; // writes run in a (group-committed) transaction
using Handler = ApiResult (*)(Context &, const QJsonObject &);
// What a write operation can work out before its turn in a transaction (parsing, mapping),
// run on the caller's thread; the handler finds it in Context::prepared and must check
// that it still holds (the store may have changed in between).
using Prepare = std::any (*)(Context &, const QJsonObject &);
struct HandlerEntry
{
    const char *operation;
    Handler handler;
    Access access;
    Prepare prepare = nullptr;
};
struct Area
{
    QList<HandlerEntry> handlers;
    QList<TaggableKind> taggable;
    // Removes the area's rows of a domain; false on a store error.
    bool (*deleteDomain)(Context &, const QString &domain) = nullptr;
    // Removes what has expired; the number of objects removed, -1 on a store error.
    int (*purgeExpired)(Context &) = nullptr;
    // Runs after each successful write operation, inside its transaction; an error undoes it.
    ApiResult (*afterWrite)(Context &) = nullptr;
};
namespace areas {
Area domains();
Area objectTypes();
Area objects();
Area profiles();
Area integrations();
Area tags();
Area matching();
Area merging();
Area history();
Area uploadJobs();
Area detection();
} // namespace areas

// The Customer Profiles API without HTTP: validates an operation's parameters against
// the wire model, runs it against the store (write operations in a transaction, those
// of concurrent callers sharing one: see GroupCommit), and answers as the service does.
// Thread-safe.
class Engine
{
public:
    Engine(Database &db, EngineOptions options,
           const schema::WireModel &model = schema::WireModel::bundled());
    ~Engine();

    // Runs an operation of the model. One the model lacks is 404 UnknownOperationException;
    // one the model has and this endpoint does not emulate is 501 NotEmulatedException.
    ApiResult call(const QString &operation, const QJsonObject &input);

    const schema::WireModel &model() const { return m_model; }
    // Operations of the model with a handler, and those without (answered by name).
    QStringList emulatedOperations() const;
    QStringList notEmulatedOperations() const;

    // Removes objects and profiles older than their expiration, every area's in one
    // transaction; returns how many objects, or -1 when a step failed (nothing is removed).
    int purgeExpired();

    const EngineOptions &options() const { return m_options; }
    qint64 nowMs() const;

    // Work of the engine's own (upload jobs) in a group-committed write transaction, or a
    // read, as an operation's handler would run.
    ApiResult write(const std::function<ApiResult(Context &)> &work);
    ApiResult read(const std::function<ApiResult(Context &)> &work);
    UploadRunner &uploads() { return *m_uploads; }

private:
    Context context();
    ApiResult execute(const HandlerEntry &entry, const QJsonObject &input);
    ApiResult execute(const HandlerEntry &entry, const std::function<ApiResult(Context &)> &handler);

    const schema::WireModel &m_model;
    Database &m_db;
    EngineOptions m_options;
    QHash<QString, HandlerEntry> m_handlers;
    Registry m_registry;
    GroupCommit m_groupCommit;
    std::unique_ptr<UploadRunner> m_uploads; // last: stops before the rest goes
};

// Shared by handlers: the domain must exist (404 otherwise).
std::optional<ApiResult> requireDomain(Context &ctx, const QString &domain);

} // namespace cp::emulator
