#include "matchgroupsmodel.h"

#include "operations.h"
#include "wiremodel.h"

#include <QJsonArray>

namespace cp::models {
namespace {

const QString kDomainName = QStringLiteral("DomainName");
constexpr int kProfilesPage = 100; // GetSimilarProfiles' MaxResults at most

// How a profile is named in the list: its name, else its business, else its email.
QString nameOf(const QJsonObject &profile)
{
    QStringList parts;
    for (const char *member : {"FirstName", "LastName"}) {
        const QString value = profile.value(QLatin1String(member)).toString().trimmed();
        if (!value.isEmpty())
            parts.append(value);
    }
    if (!parts.isEmpty())
        return parts.join(QLatin1Char(' '));
    for (const char *member :
         {"BusinessName", "EmailAddress", "PersonalEmailAddress", "BusinessEmailAddress"}) {
        const QString value = profile.value(QLatin1String(member)).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

} // namespace

int MatchGroupsModel::profilesPerBatch()
{
    static const int limit = [] {
        const schema::Shape *ids = schema::WireModel::bundled().shape(u"BatchGetProfileIdList");
        return ids && ids->max ? int(*ids->max) : 20;
    }();
    return limit;
}

MatchGroupsModel::MatchGroupsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

MatchGroupsModel::~MatchGroupsModel()
{
    stop();
}

void MatchGroupsModel::setClient(client::CustomerProfilesClient *client)
{
    m_client = client;
    setDomain(QString());
}

void MatchGroupsModel::setDomain(const QString &domain)
{
    stop();
    beginResetModel();
    m_domain = domain;
    m_groups.clear();
    m_nextToken.clear();
    m_atEnd = domain.isEmpty() || !m_client;
    m_failed = false;
    m_cancelled = false;
    endResetModel();
    if (!m_atEnd && !isLoading())
        fetchPage();
}

void MatchGroupsModel::cancel()
{
    if (!isLoading())
        return;
    stop();
    m_cancelled = true;
}

void MatchGroupsModel::stop()
{
    ++m_generation; // the calls cancelled here answer Kind::Cancelled at once: dropped
    const bool was = isLoading();
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<client::Call> &call : calls) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            call->cancel();
        }
    }
    m_listing = false;
    if (was)
        Q_EMIT loadingChanged(false);
}

void MatchGroupsModel::track(client::Call *call)
{
    if (!call)
        return;
    const bool was = isLoading();
    m_calls.append(call);
    const auto done = [this, call] {
        const bool before = isLoading();
        m_calls.removeIf([call](const QPointer<client::Call> &c) { return c.isNull() || c == call; });
        if (before && !isLoading())
            Q_EMIT loadingChanged(false);
    };
    connect(call, &client::Call::finished, this, done);
    connect(call, &QObject::destroyed, this, [this] {
        const bool before = isLoading();
        m_calls.removeIf([](const QPointer<client::Call> &c) { return c.isNull(); });
        if (before && !isLoading())
            Q_EMIT loadingChanged(false);
    });
    if (!was)
        Q_EMIT loadingChanged(true);
}

bool MatchGroupsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_failed && !m_cancelled && !m_listing;
}

void MatchGroupsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void MatchGroupsModel::fetchPage()
{
    if (!m_client || m_listing)
        return;
    QJsonObject input{{kDomainName, m_domain}, {QStringLiteral("MaxResults"), m_pageSize}};
    if (!m_nextToken.isEmpty())
        input.insert(QStringLiteral("NextToken"), m_nextToken);
    const quint64 generation = m_generation;
    m_listing = true;
    track(m_client->call(
        schema::ops::ListRuleBasedMatches, input, this,
        [this, generation](const client::Outcome<QJsonObject> &outcome) {
            if (generation != m_generation)
                return;
            m_listing = false;
            if (!outcome.ok()) {
                if (outcome.error().kind == client::ServiceError::Kind::Cancelled) {
                    m_cancelled = true;
                    return;
                }
                m_failed = true;
                Q_EMIT failed(outcome.error());
                return;
            }
            m_nextToken = outcome->value(QStringLiteral("NextToken")).toString();
            m_atEnd = m_nextToken.isEmpty();
            const QJsonArray ids = outcome->value(QStringLiteral("MatchIds")).toArray();
            QStringList fresh;
            for (const QJsonValue &id : ids) {
                if (rowOf(id.toString()) < 0 && !fresh.contains(id.toString()))
                    fresh.append(id.toString());
            }
            if (!fresh.isEmpty()) {
                beginInsertRows({}, int(m_groups.size()), int(m_groups.size() + fresh.size()) - 1);
                for (const QString &id : std::as_const(fresh)) {
                    Group group;
                    group.matchId = id;
                    m_groups.append(group);
                }
                endInsertRows();
            }
            for (const QString &id : std::as_const(fresh))
                resolve(id);
            // An empty page with more to come: no view would ask, so ask at once.
            if (fresh.isEmpty() && !m_atEnd)
                fetchPage();
        }));
}

void MatchGroupsModel::resolve(const QString &matchId)
{
    const quint64 generation = m_generation;
    track(m_client->call(
        schema::ops::GetSimilarProfiles,
        {{kDomainName, m_domain},
         {QStringLiteral("MatchType"), QStringLiteral("RULE_BASED_MATCHING")},
         {QStringLiteral("SearchKey"), QStringLiteral("_matchId")},
         {QStringLiteral("SearchValue"), matchId},
         {QStringLiteral("MaxResults"), kProfilesPage}},
        this, [this, generation, matchId](const client::Outcome<QJsonObject> &outcome) {
            if (generation != m_generation)
                return;
            const int row = rowOf(matchId);
            if (row < 0)
                return;
            Group &group = m_groups[row];
            if (!outcome.ok()) {
                if (outcome.error().kind == client::ServiceError::Kind::Cancelled)
                    return;
                if (outcome.error().httpStatus == 404) {
                    group.gone = true; // merged meanwhile: said in the row, not an error
                } else {
                    Q_EMIT failed(outcome.error());
                    return;
                }
            } else {
                group.ruleLevel = outcome->value(QStringLiteral("RuleLevel")).toInt();
                group.profileIds.clear();
                const QJsonArray ids = outcome->value(QStringLiteral("ProfileIds")).toArray();
                for (const QJsonValue &id : ids)
                    group.profileIds.append(id.toString());
                group.moreProfiles = outcome->contains(QStringLiteral("NextToken"));
                group.gone = group.profileIds.size() < 2 && !group.moreProfiles;
            }
            group.resolved = true;
            // Copied first: a slot of groupResolved may list the groups again.
            const bool gone = group.gone;
            const QStringList firstIds = group.profileIds.mid(0, profilesPerBatch());
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            Q_EMIT groupResolved(row);
            if (!gone && generation == m_generation)
                readNames(matchId, firstIds);
        }));
}

void MatchGroupsModel::readNames(const QString &matchId, const QStringList &profileIds)
{
    const quint64 generation = m_generation;
    track(m_client->call(
        schema::ops::BatchGetProfile,
        {{kDomainName, m_domain},
         {QStringLiteral("ProfileIds"), QJsonArray::fromStringList(profileIds)}},
        this, [this, generation, matchId](const client::Outcome<QJsonObject> &outcome) {
            if (generation != m_generation)
                return;
            const int row = rowOf(matchId);
            if (row < 0 ||
                (!outcome.ok() && outcome.error().kind == client::ServiceError::Kind::Cancelled))
                return;
            Group &group = m_groups[row];
            group.names.clear();
            group.namesProblem.clear();
            if (!outcome.ok()) {
                // The group is still there to open; only its names are missing.
                group.namesProblem = outcome.error().summary();
            } else {
                for (const QJsonValue &profile :
                     outcome->value(QStringLiteral("Profiles")).toArray()) {
                    const QString name = nameOf(profile.toObject());
                    if (!name.isEmpty() && !group.names.contains(name))
                        group.names.append(name);
                }
                // Profiles gone meanwhile come back as Errors, not as a failed call.
                const QJsonArray errors = outcome->value(QStringLiteral("Errors")).toArray();
                if (group.names.isEmpty() && !errors.isEmpty()) {
                    const QString message =
                        errors.first().toObject().value(QStringLiteral("Message")).toString();
                    group.namesProblem = message.isEmpty()
                                             ? tr("the service returned none of the profiles")
                                             : message;
                }
            }
            Q_EMIT dataChanged(index(row, Names), index(row, Names));
        }));
}

int MatchGroupsModel::rowOf(const QString &matchId) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).matchId == matchId)
            return row;
    }
    return -1;
}

int MatchGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int MatchGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Group &group = m_groups.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case Names:
            return group.names.join(QStringLiteral(", "));
        case MatchId:
            return group.matchId;
        case RuleLevel:
            return group.ruleLevel;
        default:
            return int(group.profileIds.size());
        }
    }
    if (role == Qt::ToolTipRole) {
        if (group.gone)
            return tr("This group no longer exists: its profiles were merged or deleted.");
        if (index.column() == Names && !group.namesProblem.isEmpty())
            return tr("The names could not be read: %1").arg(group.namesProblem);
        if (index.column() == MatchId || index.column() == Names)
            return tr("Match id %1").arg(group.matchId);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Names:
        if (!group.namesProblem.isEmpty())
            return tr("(names not read)");
        return group.names.join(QStringLiteral(", "));
    case MatchId:
        return group.matchId;
    case RuleLevel:
        if (!group.resolved)
            return tr("…");
        return group.gone ? tr("gone") : QVariant(group.ruleLevel);
    default:
        if (!group.resolved || group.gone)
            return QString();
        return group.moreProfiles ? tr("%1+").arg(group.profileIds.size())
                                  : QString::number(group.profileIds.size());
    }
}

QVariant MatchGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Names:
        return tr("Names");
    case MatchId:
        return tr("Match id");
    case RuleLevel:
        return tr("Rule level");
    case Profiles:
        return tr("Profiles");
    default:
        return {};
    }
}

} // namespace cp::models
