#pragma once

#include "core/client.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace cp::models {

// A domain's rule-based match groups: ListRuleBasedMatches answers MatchIds a page at a
// time (fetched as the view scrolls); each is then resolved with GetSimilarProfiles
// (SearchKey _matchId) into its rule level and profiles, and its profiles' names are read
// (BatchGetProfile), so a group says whom it is about. A reset, a new domain or cancel()
// stops every call in flight and drops late answers (a generation counter).
class MatchGroupsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Names, RuleLevel, Profiles, MatchId, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };
    struct Group
    {
        QString matchId;
        int ruleLevel = 0;
        QStringList profileIds; // the first page of them (up to 100)
        bool moreProfiles = false;
        bool resolved = false;
        bool gone = false; // merged or otherwise gone between the listing and the lookup
        QStringList names; // distinct, of the first profiles (as many as one batch reads)
        QString namesProblem; // why the names could not be read
    };

    explicit MatchGroupsModel(QObject *parent = nullptr);
    // How many profiles one BatchGetProfile reads (the model's BatchGetProfileIdList).
    static int profilesPerBatch();
    ~MatchGroupsModel() override;

    void setClient(client::CustomerProfilesClient *client);
    // Lists the domain's groups from the first page (none: empties the model).
    void setDomain(const QString &domain);
    QString domain() const { return m_domain; }
    void refresh() { setDomain(m_domain); }
    // Stops loading; refresh() starts again.
    void cancel();
    void setPageSize(int size) { m_pageSize = size; }

    bool isLoading() const { return !m_calls.isEmpty(); }
    bool hasFailed() const { return m_failed; }
    bool isCancelled() const { return m_cancelled; }
    // Every page was listed (and nothing is loading).
    bool isComplete() const { return m_atEnd && !isLoading(); }
    Group group(int row) const { return m_groups.value(row); }
    int rowOf(const QString &matchId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const cp::client::ServiceError &error);
    void groupResolved(int row);

private:
    void fetchPage();
    void resolve(const QString &matchId);
    void readNames(const QString &matchId, const QStringList &profileIds);
    void track(client::Call *call);
    void stop();

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    QList<Group> m_groups;
    QString m_nextToken;
    bool m_atEnd = true;
    bool m_failed = false;
    bool m_cancelled = false;
    bool m_listing = false; // a page of MatchIds is on its way
    int m_pageSize = 25;
    quint64 m_generation = 0;
    QList<QPointer<client::Call>> m_calls;
};

} // namespace cp::models
