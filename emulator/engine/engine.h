#pragma once

#include "apiresult.h"
#include "context.h"
#include "groupcommit.h"
#include "wiremodel.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cp::emulator {

// The operations an area of the service serves: each area file (domains.cpp,
// profiles.cpp, ...) exports its table; the engine puts them together. An operation of
// the model that no area serves is answered as not emulated, by name.
enum class Access { Read, Write }; // writes run in a (group-committed) transaction
using Handler = ApiResult (*)(Context &, const QJsonObject &);
struct HandlerEntry
{
    const char *operation;
    Handler handler;
    Access access;
};
namespace areas {
QList<HandlerEntry> domains();
QList<HandlerEntry> objectTypes();
QList<HandlerEntry> profiles();
QList<HandlerEntry> objects();
QList<HandlerEntry> integrations();
QList<HandlerEntry> tags();
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

    // Runs an operation of the model. One the model lacks is 404 UnknownOperationException;
    // one the model has and this endpoint does not emulate is 501 NotEmulatedException.
    ApiResult call(const QString &operation, const QJsonObject &input);

    const schema::WireModel &model() const { return m_model; }
    // Operations of the model with a handler, and those without (answered by name).
    QStringList emulatedOperations() const;
    QStringList notEmulatedOperations() const;

    // Removes objects and profiles older than their expiration; returns how many objects.
    int purgeExpired();

    const EngineOptions &options() const { return m_options; }
    qint64 nowMs() const;

private:
    ApiResult execute(const HandlerEntry &entry, const QJsonObject &input);

    const schema::WireModel &m_model;
    Database &m_db;
    EngineOptions m_options;
    QHash<QString, HandlerEntry> m_handlers;
    GroupCommit m_groupCommit;
};

// Shared by handlers: the domain must exist (404 otherwise).
std::optional<ApiResult> requireDomain(Context &ctx, const QString &domain);

} // namespace cp::emulator
