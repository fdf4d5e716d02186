#include "duplicatesview.h"

#include "actionstate.h"
#include "commandrunner.h"
#include "dialogsubmission.h"
#include "matchgroupsmodel.h"
#include "mergedialog.h"
#include "operations.h"
#include "profilecomparison.h"
#include "prompts.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cp::views {
namespace {

const QString kDomainName = QStringLiteral("DomainName");

QJsonObject similarInput(const QString &domain, const QString &key, const QString &value)
{
    return {{kDomainName, domain},
            {QStringLiteral("MatchType"), QStringLiteral("RULE_BASED_MATCHING")},
            {QStringLiteral("SearchKey"), key},
            {QStringLiteral("SearchValue"), value},
            {QStringLiteral("MaxResults"), 100}};
}

QStringList idsOf(const QJsonObject &answer)
{
    QStringList ids;
    for (const QJsonValue &id : answer.value(QStringLiteral("ProfileIds")).toArray())
        ids.append(id.toString());
    return ids;
}

} // namespace

DuplicatesView::DuplicatesView(CommandRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_groups(new models::MatchGroupsModel(this))
    , m_comparison(new models::ProfileComparisonModel(this))
    , m_placeholder(new QLabel(this))
    , m_groupsView(new QTableView(this))
    , m_groupHeading(new QLabel(this))
    , m_compareView(new QTableView(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_merge(new QPushButton(tr("Merge…"), this))
{
    setObjectName(QStringLiteral("duplicatesView"));
    m_refresh->setObjectName(QStringLiteral("duplicatesRefresh"));
    m_stop->setObjectName(QStringLiteral("duplicatesStop"));
    m_merge->setObjectName(QStringLiteral("duplicatesMerge"));
    m_placeholder->setObjectName(QStringLiteral("duplicatesPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setMargin(8);
    m_groupHeading->setObjectName(QStringLiteral("duplicatesGroupHeading"));
    m_groupHeading->setWordWrap(true);
    m_groupHeading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_groupsView->setObjectName(QStringLiteral("matchGroups"));
    m_groupsView->setModel(m_groups);
    m_groupsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupsView->verticalHeader()->hide();
    // The names say whom a group is about: they get what the others leave. The id is
    // long and opaque: shortened in the middle, whole in its tooltip.
    m_groupsView->horizontalHeader()->setSectionResizeMode(models::MatchGroupsModel::Names,
                                                           QHeaderView::Stretch);
    m_groupsView->horizontalHeader()->setSectionResizeMode(models::MatchGroupsModel::MatchId,
                                                           QHeaderView::Interactive);
    m_groupsView->setColumnWidth(models::MatchGroupsModel::MatchId,
                                 m_groupsView->fontMetrics().horizontalAdvance(QLatin1Char('0')) *
                                     12);
    m_groupsView->horizontalHeader()->setSectionResizeMode(models::MatchGroupsModel::RuleLevel,
                                                           QHeaderView::ResizeToContents);
    m_groupsView->horizontalHeader()->setSectionResizeMode(models::MatchGroupsModel::Profiles,
                                                           QHeaderView::ResizeToContents);
    m_groupsView->setTextElideMode(Qt::ElideMiddle);
    m_compareView->setObjectName(QStringLiteral("duplicatesComparison"));
    m_compareView->setModel(m_comparison);
    m_compareView->verticalHeader()->hide();
    m_compareView->horizontalHeader()->setStretchLastSection(true);
    m_compareView->setWordWrap(false);
    m_compareView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Match groups (rule-based matching):"), this);
    title->setBuddy(m_groupsView);
    bar->addWidget(title, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_stop);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_placeholder);
    leftLayout->addWidget(m_groupsView, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_groupHeading);
    rightLayout->addWidget(m_compareView, 1);
    // On the left, as every pane's buttons: the message bar floats over the right corner.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_merge);
    actions->addStretch();
    rightLayout->addLayout(actions);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("duplicatesSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({360, 620});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_refresh, &QPushButton::clicked, this, &DuplicatesView::refresh);
    connect(m_stop, &QPushButton::clicked, this, &DuplicatesView::cancel);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesView::openMergeDialog);
    connect(m_groups, &models::MatchGroupsModel::failed, this, &DuplicatesView::failed);
    connect(m_groups, &QAbstractItemModel::modelReset, this, &DuplicatesView::updatePlaceholder);
    connect(m_groups, &QAbstractItemModel::rowsInserted, this, &DuplicatesView::updatePlaceholder);
    connect(m_groups, &models::MatchGroupsModel::loadingChanged, this, [this] {
        updatePlaceholder();
        updateActions();
    });
    connect(m_groups, &models::MatchGroupsModel::groupResolved, this, [this](int row) {
        // A group opened before the list reached it is shown as soon as it is listed.
        if (m_groups->group(row).matchId == m_matchId)
            selectListed(m_matchId);
    });
    connect(m_groupsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                const models::MatchGroupsModel::Group group = m_groups->group(current.row());
                m_shownProfile.clear();
                if (group.resolved && !group.gone)
                    loadProfiles(group.matchId, group.ruleLevel, group.profileIds,
                                 group.moreProfiles);
                else
                    showGroup(group.matchId);
            });
    setDomain(QString());
}

void DuplicatesView::setClient(client::CustomerProfilesClient *client)
{
    m_client = client;
    m_groups->setClient(nullptr);
    m_groups->setClient(client);
    setDomain(QString());
}

void DuplicatesView::setDomain(const QString &domain)
{
    cancel();
    m_domainStopped = false; // a change of domain is not a Stop
    m_domain = domain;
    m_enabled = false;
    m_domainLoaded = false;
    m_rules = {};
    m_matchId.clear();
    m_ruleLevel = 0;
    m_shownProfile.clear();
    m_groups->setDomain(QString());
    m_comparison->setProfiles({});
    showIdleGroupText();
    setEnabled(!domain.isEmpty());
    // Read when the tab is shown: browsing domains costs no call for a tab not looked at.
    if (isVisible())
        loadDomain();
    else
        m_loadWhenShown = !domain.isEmpty();
    updatePlaceholder();
    updateActions();
}

void DuplicatesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_loadWhenShown, false))
        refresh();
}

void DuplicatesView::refresh()
{
    if (m_domain.isEmpty())
        return;
    if (!isVisible()) {
        m_loadWhenShown = true;
        return;
    }
    const QString matchId = m_matchId;
    const QString profile = m_shownProfile;
    ++m_groupGeneration;
    if (m_groupCall)
        m_groupCall->cancel();
    m_groupCall.clear(); // over, though deleted only later
    loadDomain();
    if (!profile.isEmpty())
        showProfileGroup(profile);
    else if (!matchId.isEmpty())
        showGroup(matchId);
}

void DuplicatesView::profileDeleted(const QString &profileId)
{
    if (profileId == m_shownProfile)
        m_shownProfile.clear();
    refresh();
}

void DuplicatesView::cancel()
{
    ++m_domainGeneration;
    ++m_groupGeneration;
    if (m_domainCall) {
        m_domainCall->cancel();
        m_domainStopped = true;
    }
    m_domainCall.clear(); // deleted only later: it is over now
    if (m_groupCall) {
        // Its callback sees the new generation and says nothing: say it here.
        m_groupCall->cancel();
        showGroupText(tr("Stopped. Choose the group again to open it."));
    }
    m_groupCall.clear();
    m_groups->cancel();
    updatePlaceholder();
    updateActions();
}

// GetDomain says whether rule-based matching is on and what its rules compare; the
// groups are listed only when it is on (the service answers 400 otherwise).
void DuplicatesView::loadDomain()
{
    if (m_domain.isEmpty() || !m_client)
        return;
    const quint64 generation = ++m_domainGeneration;
    if (m_domainCall)
        m_domainCall->cancel();
    m_domainStopped = false;
    m_domainCall =
        m_client->call(schema::ops::GetDomain, {{kDomainName, m_domain}}, this,
                       [this, generation](const client::Outcome<QJsonObject> &outcome) {
                           if (generation != m_domainGeneration)
                               return;
                           // The call lives until after this returns; it is over now,
                           // for the Stop button and the placeholder alike.
                           m_domainCall.clear();
                           if (!outcome.ok()) {
                               if (outcome.error().kind != client::ServiceError::Kind::Cancelled)
                                   Q_EMIT failed(outcome.error());
                               updatePlaceholder();
                               updateActions();
                               return;
                           }
                           m_domainLoaded = true;
                           m_rules = outcome->value(QStringLiteral("RuleBasedMatching")).toObject();
                           m_enabled = m_rules.value(QStringLiteral("Enabled")).toBool();
                           if (m_enabled)
                               m_groups->setDomain(m_domain);
                           else
                               m_groups->setDomain(QString());
                           updatePlaceholder();
                           updateActions();
                       });
    updatePlaceholder();
    updateActions();
}

QString DuplicatesView::placeholderText() const
{
    return m_placeholder->isVisible() || !m_placeholder->isHidden() ? m_placeholder->text()
                                                                    : QString();
}

void DuplicatesView::updatePlaceholder()
{
    QString text;
    if (m_domain.isEmpty())
        text = tr("Choose a domain to see its duplicate profiles.");
    else if (!m_domainLoaded)
        text = m_domainCall      ? tr("Reading the domain's matching settings…")
               : m_domainStopped ? tr("Stopped. Press Refresh to read the domain's matching "
                                      "settings.")
                                 : tr("The domain's matching settings could not be read. "
                                      "Press Refresh to try again.");
    else if (!m_enabled)
        text = tr("Rule-based matching is off for domain %1, so the service finds no "
                  "duplicates. Turn it on in Edit domain… > Identity resolution "
                  "(RuleBasedMatching, Enabled, with its MatchingRules), then press Refresh.")
                   .arg(m_domain);
    else if (m_groups->rowCount() == 0) {
        if (m_groups->hasFailed())
            text = tr("The match groups could not be listed. Press Refresh to try again.");
        else if (m_groups->isCancelled())
            text = tr("Stopped. Press Refresh to list the match groups.");
        else if (m_groups->isComplete())
            text = tr("No duplicates yet: no two profiles of %1 match under its rules. "
                      "Profiles are matched as they are created, updated or ingested; press "
                      "Refresh to look again.")
                       .arg(m_domain);
        else
            text = tr("Listing the match groups…");
    }
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    m_groupsView->setVisible(text.isEmpty() || m_groups->rowCount() > 0);
    // Only the idle invitation follows the list; a group's own answer stays.
    if (m_groupTextIdle)
        showIdleGroupText();
}

void DuplicatesView::updateActions()
{
    const bool loading = m_groups->isLoading() || isLoadingGroup() || m_domainCall;
    enableWithReason(m_stop, loading, tr("Nothing is loading."),
                     tr("Stop listing and opening match groups"));
    enableWithReason(m_refresh, !m_domain.isEmpty(), tr("Choose a domain first."),
                     tr("List the match groups again"));
    const bool canMerge = m_comparison->profiles().size() >= 2 && !isLoadingGroup();
    enableWithReason(m_merge, canMerge,
                     isLoadingGroup() ? tr("The group is still loading.")
                                      : tr("Open a match group of two or more profiles first."),
                     tr("Choose the profile that stays and where each field comes from"));
}

void DuplicatesView::showGroupText(const QString &text)
{
    m_groupTextIdle = false;
    m_groupHeading->setText(text);
}

QString DuplicatesView::groupText() const
{
    return m_groupHeading->text();
}

// "Choose a group" only when there is one to choose; the list's side says why not.
void DuplicatesView::showIdleGroupText()
{
    if (m_domain.isEmpty())
        showGroupText(QString());
    else if (m_domainLoaded && !m_enabled)
        showGroupText(tr("Nothing to compare: without rule-based matching the domain has no "
                         "match groups."));
    else if (m_groups->rowCount() == 0)
        showGroupText(tr("Nothing to compare: no match group is listed."));
    else
        showGroupText(tr("Choose a match group to see its profiles side by side."));
    m_groupTextIdle = true;
}

// Why the group's profiles match: its rule level and, when the domain's rules are known,
// what that rule compares.
QString DuplicatesView::why(int ruleLevel) const
{
    const QJsonArray rules = m_rules.value(QStringLiteral("MatchingRules")).toArray();
    QStringList attributes;
    if (ruleLevel >= 1 && ruleLevel <= rules.size()) {
        for (const QJsonValue &a :
             rules.at(ruleLevel - 1).toObject().value(QStringLiteral("Rule")).toArray())
            attributes.append(a.toString());
    }
    if (attributes.isEmpty())
        return tr("They match at rule level %1.").arg(ruleLevel);
    return tr("They match at rule level %1: the same %2.")
        .arg(ruleLevel)
        .arg(attributes.join(tr(", ", "between matched attributes")));
}

void DuplicatesView::callForGroup(const QString &operation, const QJsonObject &input,
                                  std::function<void(const QJsonObject &)> then)
{
    if (!m_client)
        return;
    const quint64 generation = m_groupGeneration;
    m_groupCall = m_client->call(
        operation, input, this,
        [this, generation, then = std::move(then)](const client::Outcome<QJsonObject> &outcome) {
            if (generation != m_groupGeneration)
                return;
            m_groupCall.clear();
            if (!outcome.ok()) {
                if (outcome.error().kind == client::ServiceError::Kind::Cancelled) {
                    showGroupText(tr("Stopped. Choose the group again to open it."));
                } else if (outcome.error().httpStatus == 404) {
                    m_comparison->setProfiles({});
                    showGroupText(tr("This group or profile no longer exists (merged or "
                                     "deleted meanwhile). Press Refresh."));
                } else {
                    showGroupText(
                        tr("The group could not be opened: %1").arg(outcome.error().summary()));
                    Q_EMIT failed(outcome.error());
                }
                updateActions();
                return;
            }
            then(outcome.value());
            updateActions();
        });
    updateActions();
}

void DuplicatesView::showProfileGroup(const QString &profileId)
{
    if (m_domain.isEmpty() || profileId.isEmpty())
        return;
    ++m_groupGeneration;
    if (m_groupCall)
        m_groupCall->cancel();
    m_shownProfile = profileId;
    m_comparison->setProfiles({});
    showGroupText(tr("Looking for the profiles that match %1…").arg(profileId));
    callForGroup(schema::ops::GetSimilarProfiles,
                 similarInput(m_domain, QStringLiteral("_profileId"), profileId),
                 [this, profileId](const QJsonObject &answer) {
                     const QString matchId = answer.value(QStringLiteral("MatchId")).toString();
                     QStringList ids = idsOf(answer);
                     // The profile asked about comes first (and is the main one offered).
                     if (ids.removeAll(profileId) > 0)
                         ids.prepend(profileId);
                     if (matchId.isEmpty() || ids.size() < 2) {
                         m_matchId.clear();
                         m_comparison->setProfiles({});
                         showGroupText(tr("Profile %1 matches no other profile under the "
                                          "domain's rules: it has no duplicates.")
                                           .arg(profileId));
                         return;
                     }
                     loadProfiles(matchId, answer.value(QStringLiteral("RuleLevel")).toInt(), ids,
                                  answer.contains(QStringLiteral("NextToken")));
                 });
}

void DuplicatesView::showGroup(const QString &matchId)
{
    if (m_domain.isEmpty() || matchId.isEmpty())
        return;
    ++m_groupGeneration;
    if (m_groupCall)
        m_groupCall->cancel();
    m_matchId = matchId;
    m_comparison->setProfiles({});
    showGroupText(tr("Opening match group %1…").arg(matchId));
    callForGroup(schema::ops::GetSimilarProfiles,
                 similarInput(m_domain, QStringLiteral("_matchId"), matchId),
                 [this, matchId](const QJsonObject &answer) {
                     loadProfiles(matchId, answer.value(QStringLiteral("RuleLevel")).toInt(),
                                  idsOf(answer), answer.contains(QStringLiteral("NextToken")));
                 });
}

// The group's profiles side by side (one BatchGetProfile: as many as it reads).
void DuplicatesView::loadProfiles(const QString &matchId, int ruleLevel, const QStringList &ids,
                                  bool more)
{
    ++m_groupGeneration;
    if (m_groupCall)
        m_groupCall->cancel();
    m_matchId = matchId;
    m_ruleLevel = ruleLevel;
    m_comparison->setProfiles({}); // the last group's profiles are not this one's
    selectListed(matchId);
    const QStringList shown = ids.mid(0, models::MatchGroupsModel::profilesPerBatch());
    showGroupText(tr("Opening match group %1…").arg(matchId));
    callForGroup(
        schema::ops::BatchGetProfile,
        {{kDomainName, m_domain},
         {QStringLiteral("ProfileIds"), QJsonArray::fromStringList(shown)}},
        [this, matchId, ruleLevel, total = ids.size(), more](const QJsonObject &answer) {
            QList<QJsonObject> profiles;
            for (const QJsonValue &p : answer.value(QStringLiteral("Profiles")).toArray())
                profiles.append(p.toObject());
            m_comparison->setProfiles(profiles);
            m_compareView->resizeColumnsToContents();
            QString text =
                tr("Match group %1: %n profiles.", nullptr, int(profiles.size())).arg(matchId);
            text += QLatin1Char(' ') + why(ruleLevel);
            const int differing = m_comparison->differingCount();
            text += QLatin1Char(' ') +
                    (differing == 0
                         ? tr("They agree on every field.")
                         : tr("%n field(s) differ, marked ≠ and in bold.", nullptr, differing));
            if (more || total > profiles.size())
                text += QLatin1Char(' ') + tr("Only the first %1 are shown.").arg(profiles.size());
            if (profiles.size() < 2)
                text += QLatin1Char(' ') +
                        tr("The others were merged or deleted meanwhile: press Refresh.");
            showGroupText(text);
        });
}

void DuplicatesView::selectListed(const QString &matchId)
{
    const int row = m_groups->rowOf(matchId);
    if (row < 0)
        return;
    m_selecting = true;
    m_groupsView->setCurrentIndex(m_groups->index(row, 0));
    m_selecting = false;
}

MergeDialog *DuplicatesView::openMergeDialog()
{
    if (m_comparison->profiles().size() < 2 || isLoadingGroup())
        return nullptr;
    auto *dialog =
        new MergeDialog(m_comparison->profiles(),
                        tr("Match group %1. %2").arg(m_matchId, why(m_ruleLevel)), window());
    auto *submission =
        DialogSubmission::attach(dialog, m_runner, [this, dialog] { merge(dialog->request()); });
    // Merge… asks first, with the summary of what will happen; only then is it sent.
    QDialogButtonBox *buttons = dialog->buttons();
    disconnect(buttons, &QDialogButtonBox::accepted, submission, nullptr);
    connect(buttons, &QDialogButtonBox::accepted, submission, [dialog, submission] {
        if (submission->isSending())
            return;
        prompts::confirm(dialog, tr("Merge profiles"),
                         dialog->summary() + QStringLiteral("\n\n") + tr("Merge now?"),
                         [submission] { submission->send(); });
    });
    return openDialog(dialog);
}

void DuplicatesView::merge(const QJsonObject &request)
{
    if (m_domain.isEmpty())
        return;
    QJsonObject input = request;
    input.insert(kDomainName, m_domain);
    const QString mainId = request.value(QStringLiteral("MainProfileId")).toString();
    const QString domain = m_domain;
    m_runner->run({schema::ops::MergeProfiles, input,
                   tr("The profiles were merged into %1.").arg(mainId),
                   [this, domain, mainId](const QJsonObject &) {
                       if (domain != m_domain)
                           return;
                       Q_EMIT profilesMerged(mainId);
                       m_groups->refresh();
                       showProfileGroup(mainId); // what is left of the group, if anything
                   },
                   this});
}

} // namespace cp::views
