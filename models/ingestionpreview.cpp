#include "ingestionpreview.h"
#include "operations.h"

#include <QJsonArray>

namespace cp::models {
namespace {

const QString kDomainName = QStringLiteral("DomainName");
const QString kKeyName = QStringLiteral("KeyName");
const QString kValues = QStringLiteral("Values");
const QString kMaxResults = QStringLiteral("MaxResults");

QString lookupId(const QString &keyName, const QString &value)
{
    return keyName + QLatin1Char('\n') + value;
}

QStringList profileIds(const QJsonObject &response)
{
    QStringList ids;
    const QJsonArray items = response.value(QStringLiteral("Items")).toArray();
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(QStringLiteral("ProfileId")).toString());
    return ids;
}

} // namespace

IngestionPreview::IngestionPreview(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<cp::models::PreviewResult>();
}

IngestionPreview::~IngestionPreview()
{
    ++m_generation;
    for (const QPointer<client::Call> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

void IngestionPreview::setClient(client::CustomerProfilesClient *client, const QString &domain)
{
    cancel();
    m_client = client;
    m_domain = domain;
}

int IngestionPreview::pendingCalls() const
{
    int n = 0;
    for (const QPointer<client::Call> &call : m_calls) {
        if (call && !call->isFinished())
            ++n;
    }
    return n;
}

void IngestionPreview::cancel()
{
    stop();
    if (m_state == State::Running)
        setState(State::Cancelled);
}

void IngestionPreview::stop()
{
    ++m_generation;
    const QList<QPointer<client::Call>> calls = std::exchange(m_calls, {});
    for (const QPointer<client::Call> &call : calls) {
        if (call)
            call->cancel();
    }
    m_waiting = 0;
}

void IngestionPreview::run(const schema::ObjectTypeDefinition &type, const QJsonObject &sample)
{
    stop();
    m_type = type;
    m_mapping = schema::evaluateMapping(type, sample);
    m_holders.clear();
    m_unknownKeys.clear();
    m_uniqueHolder.reset();
    m_result.reset();
    setState(State::Running);
    Q_EMIT mappingReady(m_mapping);

    const QList<schema::KeyLookup> needed = schema::lookupsNeeded(m_mapping);
    const bool uniqueLookup = m_mapping.accepted() && m_mapping.uniqueKeyValue.has_value();
    if (!m_client || (needed.isEmpty() && !uniqueLookup)) {
        settle();
        return;
    }
    // Every call of this run is counted before the first is sent: a synchronous failure
    // must not plan with half the answers.
    m_waiting = int(needed.size()) + (uniqueLookup ? 1 : 0) + 1;
    const quint64 generation = m_generation;
    for (const schema::KeyLookup &lookup : needed) {
        searchKey(lookup);
        if (generation != m_generation)
            return;
    }
    if (uniqueLookup)
        searchUniqueHolders();
    if (generation == m_generation)
        settle(); // the +1 above
}

void IngestionPreview::call(const QString &operation, const QJsonObject &input, Callback callback)
{
    const quint64 generation = m_generation;
    // Lookups of keys and types the domain may not know yet: those answers are expected.
    client::CallOptions options;
    options.expectedErrorTypes = {QStringLiteral("BadRequestException"),
                                  QStringLiteral("ResourceNotFoundException")};
    client::Call *pending = m_client->call(
        operation, input, this,
        [this, generation, callback = std::move(callback)](
            const client::Outcome<QJsonObject> &outcome) {
            if (generation == m_generation)
                callback(outcome);
        },
        options);
    if (generation == m_generation && pending)
        m_calls.append(pending);
}

void IngestionPreview::searchKey(const schema::KeyLookup &lookup)
{
    call(schema::ops::SearchProfiles,
         {{kDomainName, m_domain},
          {kKeyName, lookup.keyName},
          {kValues, QJsonArray{lookup.normalized}},
          {kMaxResults, 2}},
         [this, lookup](const client::Outcome<QJsonObject> &outcome) {
             if (outcome.ok()) {
                 m_holders.insert(lookupId(lookup.keyName, lookup.normalized),
                                  profileIds(outcome.value()));
             } else if (isBadRequest(outcome.error())) {
                 // A key name the domain does not know (yet): no profile holds a value of it.
                 if (!m_unknownKeys.contains(lookup.keyName))
                     m_unknownKeys.append(lookup.keyName);
             } else {
                 fail(outcome.error());
                 return;
             }
             settle();
         });
}

void IngestionPreview::searchUniqueHolders()
{
    const QString key = m_mapping.uniqueKeyName;
    const QString value = *m_mapping.uniqueKeyValue;
    call(schema::ops::SearchProfiles,
         {{kDomainName, m_domain},
          {kKeyName, key},
          {kValues, QJsonArray{value}},
          {kMaxResults, 100}},
         [this, key](const client::Outcome<QJsonObject> &outcome) {
             if (!outcome.ok()) {
                 if (!isBadRequest(outcome.error())) {
                     fail(outcome.error());
                     return;
                 }
                 if (!m_unknownKeys.contains(key))
                     m_unknownKeys.append(key);
                 settle();
                 return;
             }
             // Each profile holding the value: does it hold an object of this type with it?
             const QStringList ids = profileIds(outcome.value());
             m_waiting += int(ids.size());
             for (const QString &id : ids)
                 checkHolder(id);
             settle();
         });
}

void IngestionPreview::checkHolder(const QString &profileId)
{
    call(schema::ops::ListProfileObjects,
         {{kDomainName, m_domain},
          {QStringLiteral("ObjectTypeName"), m_type.name},
          {QStringLiteral("ProfileId"), profileId},
          {QStringLiteral("ObjectFilter"),
           QJsonObject{{kKeyName, m_mapping.uniqueKeyName},
                       {kValues, QJsonArray{*m_mapping.uniqueKeyValue}}}}},
         [this, profileId](const client::Outcome<QJsonObject> &outcome) {
             if (outcome.ok()) {
                 if (!outcome->value(QStringLiteral("Items")).toArray().isEmpty() &&
                     !m_uniqueHolder)
                     m_uniqueHolder = profileId;
             } else if (!isNotFound(outcome.error()) && !isBadRequest(outcome.error())) {
                 // Not found: the object type is not saved yet, so it has no objects.
                 fail(outcome.error());
                 return;
             }
             settle();
         });
}

void IngestionPreview::settle()
{
    if (m_waiting > 0 && --m_waiting > 0)
        return;
    m_calls.clear();
    PreviewResult result;
    result.lookedUp = !m_client.isNull();
    result.unknownKeys = m_unknownKeys;
    const QHash<QString, QStringList> holders = m_holders;
    result.plan = schema::planIngestion(m_type, m_mapping, m_uniqueHolder,
                                        [&holders](const QString &key, const QString &value) {
                                            return holders.value(lookupId(key, value));
                                        });
    m_result = result;
    setState(State::Done);
    Q_EMIT finished(result);
}

void IngestionPreview::fail(const client::ServiceError &error)
{
    const client::ServiceError copy = error; // `error` may live in a call stop() ends
    stop();
    setState(State::Failed);
    Q_EMIT failed(copy);
}

void IngestionPreview::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool IngestionPreview::isBadRequest(const client::ServiceError &error)
{
    // A key name the model refuses (a draft's, not sent) is held by no profile either.
    return (error.kind == client::ServiceError::Kind::Service && error.httpStatus == 400) ||
           error.kind == client::ServiceError::Kind::Validation;
}

bool IngestionPreview::isNotFound(const client::ServiceError &error)
{
    return error.kind == client::ServiceError::Kind::Service && error.httpStatus == 404;
}

} // namespace cp::models
