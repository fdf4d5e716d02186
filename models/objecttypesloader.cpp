#include "objecttypesloader.h"
#include "operations.h"

#include "core/paginator.h"

#include <QJsonArray>

namespace cp::models {
namespace {
const QString kName = QStringLiteral("ObjectTypeName");
const QString kDomain = QStringLiteral("DomainName");
} // namespace

ObjectTypesLoader::ObjectTypesLoader(QObject *parent)
    : QObject(parent)
{}

ObjectTypesLoader::~ObjectTypesLoader()
{
    cancel();
}

void ObjectTypesLoader::setClient(client::CustomerProfilesClient *client)
{
    cancel();
    m_client = client;
}

bool ObjectTypesLoader::isLoading() const
{
    return !m_listing.isNull() || m_pending > 0;
}

void ObjectTypesLoader::cancel()
{
    ++m_generation; // whatever the cancelled calls still call back is dropped
    if (m_listing)
        m_listing->cancel();
    m_listing = nullptr;
    for (const QPointer<client::Call> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    m_calls.clear();
    m_pending = 0;
}

void ObjectTypesLoader::clear()
{
    cancel();
    m_domain.clear();
    m_names.clear();
    m_keyNames.clear();
    m_namesKnown = false;
    m_failed = false;
}

void ObjectTypesLoader::load(const QString &domain)
{
    clear();
    m_domain = domain;
    if (domain.isEmpty() || !m_client)
        return;
    QJsonObject input{{kDomain, domain}};
    if (m_pageSize > 0)
        input.insert(QStringLiteral("MaxResults"), m_pageSize);
    const quint64 generation = m_generation;
    m_listing = client::fetchAll(
        m_client, schema::ops::ListProfileObjectTypes, input, kMaxTypes, this,
        [this, generation](const client::Outcome<client::FetchAllResult> &outcome) {
            if (generation != m_generation)
                return;
            m_listing = nullptr;
            if (!outcome.ok()) {
                m_failed = true;
                Q_EMIT failed(outcome.error());
                settle();
                return;
            }
            for (const QJsonValue &item : outcome->items)
                m_names.append(item.toObject().value(kName).toString());
            m_namesKnown = true;
            Q_EMIT namesLoaded(m_names);
            if (generation != m_generation)
                return; // a receiver started another load
            if (m_definitions) {
                for (const QString &name : std::as_const(m_names))
                    fetchDefinition(name, generation);
            }
            settle();
        });
}

void ObjectTypesLoader::fetchDefinition(const QString &name, quint64 generation)
{
    if (!m_client)
        return;
    ++m_pending;
    m_calls.append(m_client->call(
        schema::ops::GetProfileObjectType, {{kDomain, m_domain}, {kName, name}}, this,
        [this, generation](const client::Outcome<QJsonObject> &outcome) {
            if (generation != m_generation)
                return;
            --m_pending;
            if (outcome.ok()) {
                const QStringList keys = outcome->value(QStringLiteral("Keys")).toObject().keys();
                for (const QString &key : keys) {
                    if (!m_keyNames.contains(key))
                        m_keyNames.append(key);
                }
                Q_EMIT definitionLoaded(outcome.value());
            }
            // A type deleted meanwhile is simply left out; other failures are not the
            // user's business here either: the listing itself worked.
            if (generation == m_generation)
                settle();
        }));
}

void ObjectTypesLoader::settle()
{
    if (m_listing || m_pending > 0)
        return;
    m_calls.clear();
    Q_EMIT finished();
}

} // namespace cp::models
