#pragma once

#include "core/client.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace cp::client {
class PageIterator;
}

namespace cp::models {

// The object types of a domain, every page of ListProfileObjectTypes (client::fetchAll),
// and on request each one's definition (GetProfileObjectType): the Profiles pane's key
// names and object type picker, the designer's "other object types". Answers arrive
// bound to the loader (destroy it, or its parent, and nothing more is called back); a
// new load() or cancel() drops whatever the previous one still had in flight.
class ObjectTypesLoader : public QObject
{
    Q_OBJECT
public:
    explicit ObjectTypesLoader(QObject *parent = nullptr);
    ~ObjectTypesLoader() override;

    void setClient(client::CustomerProfilesClient *client);
    // Also fetch each type's definition (definitionLoaded per type).
    void setFetchDefinitions(bool fetch) { m_definitions = fetch; }
    // MaxResults of each page (0: the service's default, 100); tests make it small.
    void setPageSize(int size) { m_pageSize = size; }
    // At most this many types are read (the service allows far fewer per domain).
    static constexpr int kMaxTypes = 10000;

    // Starts reading the domain's object types; an empty domain just clears.
    void load(const QString &domain);
    void cancel();
    void clear();

    QString domain() const { return m_domain; }
    bool isLoading() const;
    // Every object type name, in the listing's order, once namesLoaded was emitted.
    QStringList names() const { return m_names; }
    // The listing of the last load() has answered (namesLoaded), or it has failed: until
    // one of them, an empty names() says nothing about the domain.
    bool namesKnown() const { return m_namesKnown; }
    bool hasFailed() const { return m_failed; }
    // The key names the loaded definitions define, in the order they arrived.
    QStringList keyNames() const { return m_keyNames; }

Q_SIGNALS:
    void namesLoaded(const QStringList &names);
    // One GetProfileObjectType answer (with setFetchDefinitions).
    void definitionLoaded(const QJsonObject &objectType);
    // Everything asked for has arrived (or failed).
    void finished();
    void failed(const cp::client::ServiceError &error);

private:
    void fetchDefinition(const QString &name, quint64 generation);
    void settle();

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    bool m_definitions = false;
    int m_pageSize = 0;
    quint64 m_generation = 0;
    QPointer<client::PageIterator> m_listing;
    QList<QPointer<client::Call>> m_calls;
    int m_pending = 0;
    QStringList m_names;
    QStringList m_keyNames;
    bool m_namesKnown = false;
    bool m_failed = false;
};

} // namespace cp::models
