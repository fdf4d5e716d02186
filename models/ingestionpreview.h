#pragma once

#include "core/client.h"
#include "ingestionplan.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

namespace cp::models {

// What the ingestion preview found for one sample: the plan (mapping, keys, decision) and
// what the lookups said on the way.
struct PreviewResult
{
    schema::IngestionPlan plan;
    // Keys the domain does not know yet (SearchProfiles said 400): no profile holds them.
    QStringList unknownKeys;
    // No client: the decision was made without looking anything up.
    bool lookedUp = true;
};

// Works out what PutProfileObject would do with a sample object under a (possibly unsaved)
// object type, without writing anything: the mapping is evaluated at once (schema's code, the
// same the local endpoint ingests with), then the key values the plan needs are looked up
// read-only and asynchronously (SearchProfiles, at most 2 profiles a value; the profile
// holding the UNIQUE value through SearchProfiles on that key and ListProfileObjects with an
// ObjectFilter), then schema::planIngestion decides. A new run cancels the previous one's
// calls; so do cancel() and the destructor. Answers of a cancelled run are dropped.
class IngestionPreview : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Done, Failed, Cancelled };

    explicit IngestionPreview(QObject *parent = nullptr);
    ~IngestionPreview() override;

    // The client and domain the lookups go to; without a client, nothing is looked up.
    void setClient(client::CustomerProfilesClient *client, const QString &domain);
    client::CustomerProfilesClient *client() const { return m_client; }
    QString domain() const { return m_domain; }

    // Starts a preview; mappingReady() comes at once, then finished() or failed().
    void run(const schema::ObjectTypeDefinition &type, const QJsonObject &sample);
    void cancel();

    State state() const { return m_state; }
    // The object type and mapping of the latest run; its result once finished.
    const schema::ObjectTypeDefinition &type() const { return m_type; }
    const schema::MappingResult &mapping() const { return m_mapping; }
    const std::optional<PreviewResult> &lastResult() const { return m_result; }
    // Lookups still in flight.
    int pendingCalls() const;

Q_SIGNALS:
    void mappingReady(const cp::schema::MappingResult &mapping);
    void finished(const cp::models::PreviewResult &result);
    void failed(const cp::client::ServiceError &error);
    void stateChanged(cp::models::IngestionPreview::State state);

private:
    using Callback = std::function<void(const client::Outcome<QJsonObject> &)>;
    void call(const QString &operation, const QJsonObject &input, Callback callback);
    void searchKey(const schema::KeyLookup &lookup);
    void searchUniqueHolders();
    void checkHolder(const QString &profileId);
    // One lookup answered; plans once none is left.
    void settle();
    void fail(const client::ServiceError &error);
    // Cancels the calls in flight and drops their answers, without a state change.
    void stop();
    void setState(State state);
    static bool isBadRequest(const client::ServiceError &error);
    static bool isNotFound(const client::ServiceError &error);

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    State m_state = State::Idle;
    quint64 m_generation = 0;
    QList<QPointer<client::Call>> m_calls;
    int m_waiting = 0;

    // The run in progress.
    schema::ObjectTypeDefinition m_type;
    schema::MappingResult m_mapping;
    QHash<QString, QStringList> m_holders; // "key\nvalue" -> profile ids
    QStringList m_unknownKeys;
    std::optional<QString> m_uniqueHolder;
    std::optional<PreviewResult> m_result;
};

} // namespace cp::models

Q_DECLARE_METATYPE(cp::models::PreviewResult)
