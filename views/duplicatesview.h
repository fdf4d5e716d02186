#pragma once

#include "core/client.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cp::models {
class MatchGroupsModel;
class ProfileComparisonModel;
} // namespace cp::models

namespace cp::views {

class CommandRunner;
class MergeDialog;

// The Duplicates tab: the domain's rule-based match groups (ListRuleBasedMatches, each
// resolved by GetSimilarProfiles into its rule level and profiles), paged as the list
// scrolls; a group opens side by side (BatchGetProfile), one column per profile, the
// fields they disagree on marked; Merge… chooses the main profile and each field's
// source, confirms, and runs MergeProfiles through the CommandRunner. Says what to do
// when the domain has no rule-based matching or no matches yet.
class DuplicatesView : public QWidget
{
    Q_OBJECT
public:
    explicit DuplicatesView(CommandRunner *runner, QWidget *parent = nullptr);

    void setClient(client::CustomerProfilesClient *client);
    void setDomain(const QString &domain);
    // Lists the groups again and opens the shown group (or its main profile's) again.
    void refresh();
    // A profile deleted elsewhere: the group is read again, by its MatchId when the tab
    // was opened for that profile (whose own group the service no longer knows).
    void profileDeleted(const QString &profileId);
    // Opens the group a profile belongs to (GetSimilarProfiles by _profileId).
    void showProfileGroup(const QString &profileId);
    // Opens a group by its MatchId.
    void showGroup(const QString &matchId);
    // Stops every call of the tab (the listing, the group being opened).
    void cancel();
    // Merge… on the open group; null when no group with two profiles is open.
    MergeDialog *openMergeDialog();
    // MergeProfiles (DomainName added) through the runner; then the group and the list
    // are shown again and profilesMerged() tells the others.
    void merge(const QJsonObject &request);

    models::MatchGroupsModel *groups() const { return m_groups; }
    models::ProfileComparisonModel *comparison() const { return m_comparison; }
    QTableView *groupsView() const { return m_groupsView; }
    QTableView *comparisonView() const { return m_compareView; }
    // What the list says instead of groups (empty while it shows groups).
    QString placeholderText() const;
    // What the open group's heading says: which group, why its profiles match.
    QString groupText() const;
    QString currentMatchId() const { return m_matchId; }
    // The loaded domain's rule-based matching is on (false until GetDomain answered).
    bool matchingEnabled() const { return m_enabled; }
    bool isLoadingGroup() const { return !m_groupCall.isNull(); }

Q_SIGNALS:
    void failed(const cp::client::ServiceError &error);
    void profilesMerged(const QString &mainProfileId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadDomain();
    void loadProfiles(const QString &matchId, int ruleLevel, const QStringList &ids, bool more);
    void showGroupText(const QString &text);
    void showIdleGroupText(); // what the right side says before a group is chosen
    QString why(int ruleLevel) const;
    void updatePlaceholder();
    void updateActions();
    void selectListed(const QString &matchId);
    void callForGroup(const QString &operation, const QJsonObject &input,
                      std::function<void(const QJsonObject &)> then);

    CommandRunner *m_runner;
    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    models::MatchGroupsModel *m_groups;
    models::ProfileComparisonModel *m_comparison;
    QLabel *m_placeholder;
    QTableView *m_groupsView;
    QLabel *m_groupHeading;
    QTableView *m_compareView;
    QPushButton *m_refresh;
    QPushButton *m_stop;
    QPushButton *m_merge;
    QString m_matchId;
    int m_ruleLevel = 0;
    QString m_shownProfile; // the profile whose group was asked for, to show it again
    bool m_enabled = false;
    bool m_domainLoaded = false;
    bool m_domainStopped = false; // Stop ended the read of the domain
    bool m_loadWhenShown = false; // the domain changed while the tab was hidden
    QJsonObject m_rules;          // GetDomain's RuleBasedMatching
    quint64 m_domainGeneration = 0;
    quint64 m_groupGeneration = 0;
    QPointer<client::Call> m_domainCall;
    QPointer<client::Call> m_groupCall;
    bool m_selecting = false; // a row made current by the program, not the user
    bool m_groupTextIdle = false; // the heading invites a choice rather than shows a group
};

} // namespace cp::views
