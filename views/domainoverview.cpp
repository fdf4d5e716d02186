#include "domainoverview.h"
#include "operations.h"

#include <QDateTime>
#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QToolButton>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>

namespace cp::views {
namespace {

QString timeText(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    const QDateTime time =
        QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble() * 1000.0), Qt::UTC);
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString onOff(const QJsonObject &setting)
{
    if (setting.isEmpty())
        return DomainOverview::tr("not set");
    return setting.value(QStringLiteral("Enabled")).toBool() ? DomainOverview::tr("on")
                                                             : DomainOverview::tr("off");
}

// "on (ACTIVE): 2 rules, matching up to level 2, merging up to level 1"
QString ruleBasedText(const QJsonObject &r)
{
    QString text = onOff(r);
    if (r.isEmpty())
        return text;
    if (r.contains(QStringLiteral("Status")))
        text += QStringLiteral(" (%1)").arg(r.value(QStringLiteral("Status")).toString());
    QStringList parts;
    const QJsonArray rules = r.value(QStringLiteral("MatchingRules")).toArray();
    if (!rules.isEmpty())
        parts.append(DomainOverview::tr("%n rule(s)", nullptr, int(rules.size())));
    const QJsonValue matching = r.value(QStringLiteral("MaxAllowedRuleLevelForMatching"));
    if (matching.isDouble())
        parts.append(DomainOverview::tr("matching up to level %1").arg(matching.toInt()));
    const QJsonValue merging = r.value(QStringLiteral("MaxAllowedRuleLevelForMerging"));
    if (merging.isDouble())
        parts.append(DomainOverview::tr("merging up to level %1").arg(merging.toInt()));
    return parts.isEmpty() ? text : text + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

// "on: every SUNDAY at 03:00, auto-merging on"
QString matchingText(const QJsonObject &m)
{
    QString text = onOff(m);
    if (m.isEmpty())
        return text;
    QStringList parts;
    const QJsonObject schedule = m.value(QStringLiteral("JobSchedule")).toObject();
    if (!schedule.isEmpty())
        parts.append(DomainOverview::tr("every %1 at %2")
                         .arg(schedule.value(QStringLiteral("DayOfTheWeek")).toString(),
                              schedule.value(QStringLiteral("Time")).toString()));
    const QJsonObject autoMerging = m.value(QStringLiteral("AutoMerging")).toObject();
    if (!autoMerging.isEmpty())
        parts.append(autoMerging.value(QStringLiteral("Enabled")).toBool()
                         ? DomainOverview::tr("auto-merging on")
                         : DomainOverview::tr("auto-merging off"));
    return parts.isEmpty() ? text : text + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

QString dataStoreText(const QJsonObject &d)
{
    QString text = onOff(d);
    const QJsonValue progress = d.value(QStringLiteral("Readiness"))
                                    .toObject()
                                    .value(QStringLiteral("ProgressPercentage"));
    if (progress.isDouble())
        text += DomainOverview::tr(" (ready: %1%)").arg(progress.toInt());
    return text;
}

} // namespace

DomainOverview::DomainOverview(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("domainOverview"));
    addRow(tr("Domain:"), QStringLiteral("overviewName"));
    addRow(tr("Data expires after:"), QStringLiteral("overviewExpiration"));
    addRow(tr("Encryption key:"), QStringLiteral("overviewEncryptionKey"));
    addRow(tr("Dead-letter queue:"), QStringLiteral("overviewDeadLetterQueue"));
    addRow(tr("Created:"), QStringLiteral("overviewCreated"));
    addRow(tr("Last updated:"), QStringLiteral("overviewUpdated"));
    addRow(tr("Profiles:"), QStringLiteral("overviewProfiles"));
    addRow(tr("Metering profiles:"), QStringLiteral("overviewMetering"));
    addRow(tr("Objects:"), QStringLiteral("overviewObjects"));
    addRow(tr("Stored size:"), QStringLiteral("overviewSize"));
    addRow(tr("Rule-based matching:"), QStringLiteral("overviewRuleBasedMatching"));
    addRow(tr("Machine-learning matching:"), QStringLiteral("overviewMatching"));
    addRow(tr("Data store:"), QStringLiteral("overviewDataStore"));
    addRow(tr("Tags:"), QStringLiteral("overviewTags"));
}

void DomainOverview::addCommand(QAction *action)
{
    if (!m_commands) {
        m_commands = new QHBoxLayout;
        m_commands->addStretch();
        m_form->addRow(m_commands);
    }
    auto *button = new QToolButton(this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_commands->insertWidget(m_commands->count() - 1, button);
}

QLabel *DomainOverview::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    m_values.append(value);
    return value;
}

QString DomainOverview::valueText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void DomainOverview::setClient(client::CustomerProfilesClient *client)
{
    m_client = client;
    setDomain(QString());
}

void DomainOverview::setDomain(const QString &domain)
{
    m_name = domain;
    refresh();
}

void DomainOverview::refresh()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    show({});
    if (m_name.isEmpty() || !m_client)
        return;
    const quint64 generation = m_generation;
    m_call = m_client->call(schema::ops::GetDomain, {{QStringLiteral("DomainName"), m_name}},
                            this, [this, generation](const client::Outcome<QJsonObject> &outcome) {
                                if (generation != m_generation)
                                    return;
                                if (!outcome.ok()) {
                                    Q_EMIT failed(outcome.error());
                                    return;
                                }
                                show(outcome.value());
                            });
}

void DomainOverview::show(const QJsonObject &domain)
{
    m_domain = domain;
    const QJsonObject stats = domain.value(QStringLiteral("Stats")).toObject();
    const auto number = [&](const char *member) {
        const QJsonValue v = stats.value(QLatin1String(member));
        return v.isDouble() ? QLocale().toString(v.toInteger()) : QString();
    };
    QStringList tags;
    const QJsonObject tagMap = domain.value(QStringLiteral("Tags")).toObject();
    for (auto it = tagMap.begin(); it != tagMap.end(); ++it)
        tags.append(QStringLiteral("%1 = %2").arg(it.key(), it.value().toString()));
    const QJsonValue days = domain.value(QStringLiteral("DefaultExpirationDays"));
    const QJsonValue size = stats.value(QStringLiteral("TotalSize"));
    // What an unset member means for a domain shown, rather than a blank.
    const auto orElse = [&domain](const QString &value, const QString &unset) {
        return value.isEmpty() && !domain.isEmpty() ? unset : value;
    };
    const QStringList values = {
        domain.value(QStringLiteral("DomainName")).toString(),
        days.isDouble() ? tr("%n day(s)", nullptr, days.toInt()) : QString(),
        orElse(domain.value(QStringLiteral("DefaultEncryptionKey")).toString(),
               tr("AWS managed key (none chosen)")),
        orElse(domain.value(QStringLiteral("DeadLetterQueueUrl")).toString(), tr("none")),
        timeText(domain.value(QStringLiteral("CreatedAt"))),
        timeText(domain.value(QStringLiteral("LastUpdatedAt"))),
        number("ProfileCount"),
        number("MeteringProfileCount"),
        number("ObjectCount"),
        size.isDouble() ? QLocale().formattedDataSize(size.toInteger()) : QString(),
        domain.isEmpty()
            ? QString()
            : ruleBasedText(domain.value(QStringLiteral("RuleBasedMatching")).toObject()),
        domain.isEmpty() ? QString()
                         : matchingText(domain.value(QStringLiteral("Matching")).toObject()),
        domain.isEmpty() ? QString()
                         : dataStoreText(domain.value(QStringLiteral("DataStore")).toObject()),
        orElse(tags.join(QStringLiteral(", ")), tr("none")),
    };
    for (qsizetype i = 0; i < m_values.size(); ++i)
        m_values[i]->setText(values.value(i));
}

} // namespace cp::views
