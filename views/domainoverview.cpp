#include "domainoverview.h"

#include <QDateTime>
#include <QFormLayout>
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
    addRow(tr("Tags:"), QStringLiteral("overviewTags"));
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
    m_call = m_client->call(QStringLiteral("GetDomain"), {{QStringLiteral("DomainName"), m_name}},
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
    const QStringList values = {
        domain.value(QStringLiteral("DomainName")).toString(),
        days.isDouble() ? tr("%n day(s)", nullptr, days.toInt()) : QString(),
        domain.value(QStringLiteral("DefaultEncryptionKey")).toString(),
        domain.value(QStringLiteral("DeadLetterQueueUrl")).toString(),
        timeText(domain.value(QStringLiteral("CreatedAt"))),
        timeText(domain.value(QStringLiteral("LastUpdatedAt"))),
        number("ProfileCount"),
        number("MeteringProfileCount"),
        number("ObjectCount"),
        size.isDouble() ? QLocale().formattedDataSize(size.toInteger()) : QString(),
        tags.join(QStringLiteral(", ")),
    };
    for (qsizetype i = 0; i < m_values.size(); ++i)
        m_values[i]->setText(values.value(i));
}

} // namespace cp::views
