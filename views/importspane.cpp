#include "importspane.h"

#include "actionstate.h"
#include "commandrunner.h"
#include "operations.h"
#include "uploadjobdialog.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp::views {
namespace {
using Kind = models::PagedListModel::Kind;
const QString kDomain = QStringLiteral("DomainName");
const QString kJobId = QStringLiteral("JobId");
} // namespace

ImportsPane::ImportsPane(CommandRunner *runner, QWidget *parent)
    : ListPane(QStringLiteral("uploadJobs"),
               {{tr("Name"), QStringLiteral("DisplayName"), Kind::Text},
                {tr("Status"), QStringLiteral("Status"), Kind::Text},
                {tr("Reason"), QStringLiteral("StatusReason"), Kind::Text},
                {tr("Created"), QStringLiteral("CreatedAt"), Kind::Time},
                {tr("Completed"), QStringLiteral("CompletedAt"), Kind::Time},
                {tr("Expiry (days)"), QStringLiteral("DataExpiry"), Kind::Number},
                {tr("Job ID"), kJobId, Kind::Text}},
               parent)
    , m_runner(runner)
    , m_import(new QPushButton(tr("Import profiles from &CSV…"), this))
    , m_refresh(new QPushButton(tr("Refre&sh"), this))
    , m_stop(new QPushButton(tr("Stop &job"), this))
    , m_importAction(new QAction(tr("Import profiles from &CSV…"), this))
    , m_details(new QLabel(this))
{
    setIdentity(kJobId);
    m_details->setObjectName(QStringLiteral("uploadJobDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    // Under the table: the chosen job's counts.
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_details);
    m_import->setObjectName(QStringLiteral("importProfilesButton"));
    m_refresh->setObjectName(QStringLiteral("refreshUploadJobsButton"));
    m_importAction->setObjectName(QStringLiteral("importProfilesAction"));
    connect(m_import, &QPushButton::clicked, this, [this] { importProfiles(); });
    connect(m_importAction, &QAction::triggered, this, [this] { importProfiles(); });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        refresh();
        showDetails(currentItem());
    });
    m_stop->setObjectName(QStringLiteral("stopUploadJobButton"));
    connect(m_stop, &QPushButton::clicked, this, [this] { stopCurrentJob(); });
    addButton(m_import);
    addButton(m_refresh);
    addButton(m_stop);
    setPlaceholders(tr("Choose a domain."),
                    tr("No imports into this domain yet. Import profiles from a CSV file to "
                       "start one."));
    connect(this, &ListPane::currentItemChanged, this, &ImportsPane::showDetails);
    connect(this, &ListPane::currentItemChanged, this, &ImportsPane::updateActions);
    connect(this, &ListPane::pageLoaded, this, [this] {
        if (currentItem().isEmpty())
            showDetails({});
    });
    // The pane follows the runner's connection (the main window sets it after the panes').
    connect(m_runner, &CommandRunner::sessionChanged, this, [this] {
        setClient(m_runner->client());
        updateActions();
    });
    updateActions();
}

void ImportsPane::setDomain(const QString &domain)
{
    m_domain = domain;
    showDetails({});
    if (domain.isEmpty())
        clear();
    else
        setQuery(schema::ops::ListUploadJobs, {{kDomain, domain}});
    updateActions();
}

void ImportsPane::updateActions()
{
    const bool ready = m_runner->client() != nullptr && !m_domain.isEmpty();
    const QString reason =
        m_runner->client() ? tr("Choose a domain first.") : tr("Open a connection first.");
    enableWithReason(m_import, ready, reason,
                     tr("Make profiles from the rows of a CSV file, through an upload job."));
    enableWithReason(m_importAction, ready, reason);
    enableWithReason(m_refresh, ready, reason);
    const QString status = currentItem().value(QStringLiteral("Status")).toString();
    const bool running =
        status == QStringLiteral("CREATED") || status == QStringLiteral("IN_PROGRESS");
    enableWithReason(m_stop, ready && running,
                     ready ? tr("Choose a job that has not ended.") : reason,
                     tr("Ask the service to stop the job; rows stored so far stay."));
}

bool ImportsPane::stopCurrentJob()
{
    const QJsonObject item = currentItem();
    const QString jobId = item.value(kJobId).toString();
    if (!m_runner->client() || m_domain.isEmpty() || jobId.isEmpty())
        return false;
    m_runner->run({schema::ops::StopUploadJob,
                   {{kDomain, m_domain}, {kJobId, jobId}},
                   tr("The upload job %1 was stopped.")
                       .arg(item.value(QStringLiteral("DisplayName")).toString()),
                   [this](const QJsonObject &) { refresh(); },
                   this});
    return true;
}

UploadJobDialog *ImportsPane::importProfiles()
{
    if (!m_runner->client() || m_domain.isEmpty())
        return nullptr;
    auto *dialog = new UploadJobDialog(m_runner->client(), m_domain, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString domain = m_domain;
    const auto relist = [this, domain] {
        if (domain == m_domain)
            refresh();
    };
    connect(dialog, &UploadJobDialog::jobCreated, this, relist);
    connect(dialog, &UploadJobDialog::jobEnded, this, [this, relist] {
        relist();
        showDetails(currentItem());
    });
    dialog->show();
    return dialog;
}

QString ImportsPane::detailsText() const
{
    return m_details->text();
}

void ImportsPane::showDetails(const QJsonObject &item)
{
    ++m_detailsGeneration;
    if (m_detailsCall)
        m_detailsCall->cancel();
    const QString jobId = item.value(kJobId).toString();
    client::CustomerProfilesClient *client = m_runner->client();
    if (jobId.isEmpty() || m_domain.isEmpty() || !client) {
        m_details->setText(m_domain.isEmpty() || model()->rowCount() == 0
                               ? QString()
                               : tr("Choose a job to see how many rows it created, updated "
                                    "and failed."));
        return;
    }
    m_details->setText(tr("Reading the job…"));
    m_detailsCall = client->call(
        schema::ops::GetUploadJob, {{kDomain, m_domain}, {kJobId, jobId}}, this,
        [this, generation = m_detailsGeneration](const client::Outcome<QJsonObject> &outcome) {
            if (generation != m_detailsGeneration)
                return;
            if (!outcome.ok()) {
                m_details->setText(outcome.error().summary());
                return;
            }
            const QJsonObject job = outcome.value();
            const QJsonObject summary = job.value(QStringLiteral("ResultsSummary")).toObject();
            const QLocale locale;
            const auto count = [&](const char *member) {
                return locale.toString(summary.value(QLatin1String(member)).toInteger());
            };
            QString text = summary.isEmpty()
                               ? tr("%1: no rows read yet.")
                                     .arg(job.value(QStringLiteral("DisplayName")).toString())
                               : tr("%1: created %2, updated %3, failed %4.")
                                     .arg(job.value(QStringLiteral("DisplayName")).toString(),
                                          count("CreatedRecords"), count("UpdatedRecords"),
                                          count("FailedRecords"));
            const QString key = job.value(QStringLiteral("UniqueKey")).toString();
            if (!key.isEmpty())
                text += QLatin1Char(' ') + tr("Unique key: %1. Fields: %2.")
                                               .arg(key, job.value(QStringLiteral("Fields"))
                                                             .toObject()
                                                             .keys()
                                                             .join(QStringLiteral(", ")));
            m_details->setText(text);
        });
}

} // namespace cp::views
