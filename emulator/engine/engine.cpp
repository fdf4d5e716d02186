#include "engine.h"

#include "jsonmember.h"
#include "profilestore.h"
#include "uploadrunner.h"
#include "wiremodel.h"

#include <QDateTime>
#include <QStringList>

namespace cp::emulator {

Engine::Engine(Database &db, EngineOptions options, const schema::WireModel &model)
    : m_model(model)
    , m_db(db)
    , m_options(std::move(options))
    , m_groupCommit(db)
{
    if (!m_options.clockMs)
        m_options.clockMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    // Objects before profiles: the profiles purge removes those that no object keeps.
    for (const Area &area : {areas::domains(), areas::objectTypes(), areas::objects(),
                             areas::profiles(), areas::integrations(), areas::tags(),
                             areas::matching(), areas::merging(), areas::history(),
                             areas::uploadJobs(), areas::detection()}) {
        for (const HandlerEntry &entry : area.handlers)
            m_handlers.insert(QString::fromLatin1(entry.operation), entry);
        m_registry.taggable += area.taggable;
        if (area.deleteDomain)
            m_registry.domainCleanups.append(area.deleteDomain);
        if (area.purgeExpired)
            m_registry.purges.append(area.purgeExpired);
        if (area.afterWrite)
            m_registry.afterWrites.append(area.afterWrite);
    }
    m_uploads = std::make_unique<UploadRunner>(*this, m_options.uploadDir,
                                               m_options.uploadBatchRows);
    if (!m_db.readOnly())
        m_uploads->resumeInterrupted();
}

Engine::~Engine() = default;

Context Engine::context()
{
    return Context{m_db, m_options, nowMs(), m_model, &m_registry, m_uploads.get()};
}

// A statement that failed makes the operation fail, even where its handler did not look:
// nothing is acknowledged that the store did not take (a write is then rolled back).
static ApiResult checkedResult(Database &db, ApiResult result)
{
    const QString error = db.takeError();
    if (!error.isNull() && result.status < 500)
        return ApiResult::internal(
            QStringLiteral("The store could not complete the operation: %1").arg(error));
    return result;
}

QStringList Engine::emulatedOperations() const
{
    QStringList names = m_handlers.keys();
    names.sort();
    return names;
}

QStringList Engine::notEmulatedOperations() const
{
    QStringList names;
    for (const schema::Operation &op : m_model.operations()) {
        if (!m_handlers.contains(op.name))
            names.append(op.name);
    }
    return names;
}

qint64 Engine::nowMs() const
{
    return m_options.clockMs();
}

ApiResult Engine::call(const QString &operation, const QJsonObject &input)
{
    const schema::Operation *op = m_model.operation(operation);
    if (!op)
        return ApiResult::error(
            404, QStringLiteral("UnknownOperationException"),
            QStringLiteral("%1 is not an operation of Customer Profiles.").arg(operation));
    const auto entry = m_handlers.constFind(operation);
    if (entry == m_handlers.constEnd())
        return ApiResult::error(501, QStringLiteral("NotEmulatedException"),
                                QStringLiteral("%1 is an operation of Customer Profiles that "
                                               "this local endpoint does not emulate.")
                                    .arg(operation));
    // Members the model does not define are ignored, as the service ignores them.
    const QList<schema::ValidationIssue> issues =
        m_model.validate(op->input, input, schema::UnknownMembers::Ignore);
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const schema::ValidationIssue &issue : issues)
            messages.append(issue.awsMessage);
        const QString count =
            issues.size() == 1
                ? QStringLiteral("1 validation error detected: ")
                : QStringLiteral("%1 validation errors detected: ").arg(issues.size());
        return ApiResult::badRequest(count + messages.join(QStringLiteral("; ")));
    }
    // Attributes and other maps are keyed by the caller's names: found, removed and
    // replaced by name from here on (jsonmember.h).
    return execute(*entry, schema::rekeyed(input));
}

ApiResult Engine::execute(const HandlerEntry &entry, const QJsonObject &input)
{
    // What can be worked out before the operation's turn is, on the caller's thread.
    std::any prepared;
    if (entry.prepare && entry.access == Access::Write && !m_db.readOnly()) {
        Context ctx = context();
        std::optional<QMutexLocker<QMutex>> lock;
        if (m_db.inMemory()) // one shared-cache database: readers wait for writers
            lock.emplace(&m_db.writeMutex());
        m_db.takeError();
        prepared = entry.prepare(ctx, input);
        m_db.finishStatements();
        if (!m_db.takeError().isNull())
            prepared.reset(); // a failed read: the handler does it all
    }
    return execute(entry, [&entry, &input, &prepared](Context &ctx) {
        ctx.prepared = &prepared;
        return entry.handler(ctx, input);
    });
}

ApiResult Engine::execute(const HandlerEntry &entry,
                          const std::function<ApiResult(Context &)> &handler)
{
    if (entry.access == Access::Write && m_db.readOnly())
        return ApiResult::internal(
            QStringLiteral("The store is read-only (%1 cannot be written): the change was not "
                           "made; reads work. Make the data folder writable and restart cplocal.")
                .arg(m_db.location()));
    if (entry.access == Access::Write) {
        // On the writer thread, with its connection.
        return m_groupCommit.run([this, &handler] {
            Context ctx = context();
            m_db.takeError(); // what failed before this operation is not its failure
            ApiResult result = handler(ctx);
            for (const auto after : m_registry.afterWrites) {
                if (!result.ok())
                    break;
                if (ApiResult failed = after(ctx); !failed.ok())
                    result = std::move(failed);
            }
            return checkedResult(m_db, std::move(result));
        });
    }
    Context ctx = context();
    std::optional<QMutexLocker<QMutex>> lock;
    if (m_db.inMemory()) // one shared-cache database: readers wait for writers
        lock.emplace(&m_db.writeMutex());
    m_db.takeError();
    ApiResult result = handler(ctx);
    m_db.finishStatements();
    return checkedResult(m_db, std::move(result));
}

ApiResult Engine::write(const std::function<ApiResult(Context &)> &work)
{
    return execute(HandlerEntry{"", nullptr, Access::Write}, work);
}

ApiResult Engine::read(const std::function<ApiResult(Context &)> &work)
{
    return execute(HandlerEntry{"", nullptr, Access::Read}, work);
}

std::optional<ApiResult> requireDomain(Context &ctx, const QString &domain)
{
    Query q = ctx.query("SELECT 1 FROM domains WHERE name = ?");
    q.bind(domain);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The store could not be read."));
    if (!q.next())
        return ApiResult::notFound(QStringLiteral("Domain %1 does not exist.").arg(domain));
    return std::nullopt;
}

} // namespace cp::emulator

namespace cp::emulator {

// Every area's purge, in one transaction: all of it or nothing.
int Engine::purgeExpired()
{
    if (m_db.readOnly())
        return 0; // what has expired stays until the store can be written again
    QMutexLocker lock(&m_db.writeMutex());
    Context ctx = context();
    m_db.takeError();
    if (!m_db.query("BEGIN").exec()) {
        qWarning("cplocal: the expiry purge could not start a transaction: %s",
                 qPrintable(m_db.takeError()));
        return -1;
    }
    int purged = 0;
    for (const auto purge : std::as_const(m_registry.purges)) {
        const int removed = purge(ctx);
        if (removed < 0) {
            purged = -1;
            break;
        }
        purged += removed;
    }
    // A statement whose failure a purge overlooked fails the purge too.
    const QString error = m_db.takeError();
    if (purged >= 0 && error.isNull() && m_db.query("COMMIT").exec())
        return purged;
    (void)m_db.query("ROLLBACK").exec(); // nothing of a failed purge is kept
    qWarning("cplocal: the expiry purge failed and was rolled back: %s",
             qPrintable(error.isNull() ? m_db.takeError() : error));
    m_db.takeError();
    return -1;
}

} // namespace cp::emulator
