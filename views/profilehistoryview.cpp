#include "profilehistoryview.h"

#include "operations.h"

#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace cp::views {
namespace {

using Kind = models::PagedListModel::Kind;
const QString kDomainName = QStringLiteral("DomainName");
const QString kProfileId = QStringLiteral("ProfileId");

// The content is a JSON document in a string (the profile or the object as it was); text
// that is not JSON shows as it is.
QString prettyContent(const QString &content)
{
    const QJsonDocument doc = QJsonDocument::fromJson(content.toUtf8());
    return doc.isNull() ? content : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

ProfileHistoryView::ProfileHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_records(
          new ListPane(QStringLiteral("profileHistory"),
                       {{tr("When"), QStringLiteral("CreatedAt"), Kind::Time},
                        {tr("Action"), QStringLiteral("ActionType"), Kind::Text},
                        {tr("Object type"), QStringLiteral("ObjectTypeName"), Kind::Text},
                        {tr("Object key"), QStringLiteral("ProfileObjectUniqueKey"), Kind::Text},
                        {tr("Who"), QStringLiteral("PerformedBy"), Kind::Text}},
                       this))
    , m_content(new QPlainTextEdit(this))
{
    m_records->setIdentity(QStringLiteral("Id"));
    m_records->setPlaceholders(tr("Choose a profile to see its history."),
                               tr("No history recorded for this profile."));
    m_content->setObjectName(QStringLiteral("historyContent"));
    m_content->setReadOnly(true);
    m_content->setFont(QFont(QStringLiteral("monospace")));
    m_content->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_records);
    split->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_records, &ListPane::failed, this, &ProfileHistoryView::failed);
    connect(m_records, &ListPane::currentItemChanged, this, &ProfileHistoryView::open);
}

void ProfileHistoryView::setClient(client::CustomerProfilesClient *client)
{
    m_client = client;
    m_records->setClient(client);
    setDomain(QString());
}

void ProfileHistoryView::setDomain(const QString &domain)
{
    m_domain = domain;
    showProfile(QString());
}

void ProfileHistoryView::showProfile(const QString &profileId)
{
    m_profileId = profileId;
    open({});
    if (m_domain.isEmpty() || profileId.isEmpty()) {
        m_records->clear();
        return;
    }
    m_records->setQuery(schema::ops::ListProfileHistoryRecords,
                        {{kDomainName, m_domain}, {kProfileId, profileId}},
                        QStringLiteral("ProfileHistoryRecords"));
}

QString ProfileHistoryView::contentText() const
{
    return m_content->toPlainText();
}

void ProfileHistoryView::open(const QJsonObject &record)
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_content->clear();
    const QString id = record.value(QStringLiteral("Id")).toString();
    if (id.isEmpty() || !m_client || m_profileId.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_call = m_client->call(
        schema::ops::GetProfileHistoryRecord,
        {{kDomainName, m_domain}, {kProfileId, m_profileId}, {QStringLiteral("Id"), id}}, this,
        [this, generation](const client::Outcome<QJsonObject> &outcome) {
            if (generation != m_generation)
                return;
            if (!outcome.ok()) {
                Q_EMIT failed(outcome.error());
                return;
            }
            m_content->setPlainText(
                prettyContent(outcome.value().value(QStringLiteral("Content")).toString()));
        });
}

} // namespace cp::views
