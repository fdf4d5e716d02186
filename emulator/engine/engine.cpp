#include "engine.h"

#include "profilestore.h"
#include "wiremodel.h"

#include <QDateTime>
#include <QSqlDatabase>
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
    for (const auto &area : {areas::domains(), areas::objectTypes(), areas::profiles(),
                             areas::objects(), areas::integrations(), areas::tags()}) {
        for (const HandlerEntry &entry : area)
            m_handlers.insert(QString::fromLatin1(entry.operation), entry);
    }
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
    return execute(*entry, input);
}

ApiResult Engine::execute(const HandlerEntry &entry, const QJsonObject &input)
{
    if (entry.access == Access::Write) {
        // On the thread that leads the transaction, with its connection.
        return m_groupCommit.run([this, &entry, &input] {
            Context ctx{m_db, m_options, nowMs(), m_model};
            return entry.handler(ctx, input);
        });
    }
    Context ctx{m_db, m_options, nowMs(), m_model};
    std::optional<QMutexLocker<QMutex>> lock;
    if (m_db.inMemory()) // one shared-cache database: readers wait for writers
        lock.emplace(&m_db.writeMutex());
    ApiResult result = entry.handler(ctx, input);
    m_db.finishStatements();
    return result;
}

std::optional<ApiResult> requireDomain(Context &ctx, const QString &domain)
{
    Statement &q = ctx.stmt("SELECT 1 FROM domains WHERE name = ?");
    q.bind(domain);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The store could not be read."));
    if (!q.next())
        return ApiResult::notFound(QStringLiteral("Domain %1 does not exist.").arg(domain));
    return std::nullopt;
}

} // namespace cp::emulator

namespace cp::emulator {

// Objects expire by their type's ExpirationDays, else the domain's default; profiles
// that no object keeps alive expire by the domain's default since their last change.
int Engine::purgeExpired()
{
    QMutexLocker lock(&m_db.writeMutex());
    Context ctx{m_db, m_options, nowMs(), m_model};
    QSqlDatabase db = m_db.connection();
    db.transaction();
    int purged = 0;
    QList<std::tuple<QString, QString, int>> types; // domain, type, days
    QSqlQuery &q = ctx.sql(
        "SELECT t.domain, t.name, t.definition, d.default_expiration_days FROM object_types t"
        " JOIN domains d ON d.name = t.domain");
    if (run(q)) {
        while (q.next()) {
            const QJsonValue days =
                parseObject(q.value(2).toString()).value(QStringLiteral("ExpirationDays"));
            types.append({q.value(0).toString(), q.value(1).toString(),
                          days.isDouble() ? days.toInt() : q.value(3).toInt()});
        }
    }
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    for (const auto &[domain, type, days] : types) {
        // Only the profiles that lose objects: rewriting every profile of a domain (and
        // firing its triggers) would take seconds with a million profiles.
        QSqlQuery &counts = ctx.sql(
            "UPDATE profiles SET object_count = object_count - (SELECT COUNT(*) FROM objects o"
            " WHERE o.domain = profiles.domain AND o.profile_id = profiles.id"
            " AND o.object_type = ? AND o.updated_at < ?) WHERE domain = ? AND id IN"
            " (SELECT profile_id FROM objects WHERE domain = ? AND object_type = ? AND updated_at "
            "< ?)");
        counts.addBindValue(type);
        counts.addBindValue(ctx.nowMs - days * kDayMs);
        counts.addBindValue(domain);
        counts.addBindValue(domain);
        counts.addBindValue(type);
        counts.addBindValue(ctx.nowMs - days * kDayMs);
        run(counts);
        QSqlQuery &d =
            ctx.sql("DELETE FROM objects WHERE domain = ? AND object_type = ? AND updated_at < ?");
        d.addBindValue(domain);
        d.addBindValue(type);
        d.addBindValue(ctx.nowMs - days * kDayMs);
        if (run(d))
            purged += d.numRowsAffected();
    }
    QSqlQuery &stale =
        ctx.sql("SELECT p.domain, p.id FROM profiles p JOIN domains d ON d.name = p.domain"
                " WHERE p.object_count <= 0 AND p.updated_at < ? - d.default_expiration_days * ?");
    stale.addBindValue(ctx.nowMs);
    stale.addBindValue(kDayMs);
    QList<std::pair<QString, QString>> profiles;
    if (run(stale)) {
        while (stale.next())
            profiles.append({stale.value(0).toString(), stale.value(1).toString()});
    }
    for (const auto &[domain, id] : profiles)
        deleteProfileRows(ctx, domain, id);
    m_db.finishStatements();
    db.commit();
    return purged;
}

} // namespace cp::emulator
