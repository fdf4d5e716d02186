#include "uploadjobflow.h"

#include "operations.h"

#include <QUrl>

namespace cp::models {
namespace {
const QString kDomain = QStringLiteral("DomainName");
const QString kJobId = QStringLiteral("JobId");
} // namespace

UploadJobFlow::UploadJobFlow(client::CustomerProfilesClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(1500);
    connect(&m_poll, &QTimer::timeout, this, &UploadJobFlow::poll);
}

UploadJobFlow::~UploadJobFlow()
{
    ++m_generation; // nothing answers into a flow being destroyed
    if (m_call)
        m_call->cancel();
}

bool UploadJobFlow::isEndStatus(const QString &status)
{
    return status == QStringLiteral("SUCCEEDED") ||
           status == QStringLiteral("PARTIALLY_SUCCEEDED") || status == QStringLiteral("FAILED") ||
           status == QStringLiteral("STOPPED");
}

QString UploadJobFlow::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Idle:
        return {};
    case Stage::Creating:
        return tr("Creating the upload job…");
    case Stage::GettingPath:
        return tr("Asking where to upload the file…");
    case Stage::Uploading:
        return tr("Uploading the file…");
    case Stage::Starting:
        return tr("Starting the job…");
    case Stage::Running:
        return tr("The job is running.");
    case Stage::Stopping:
        return tr("Stopping the job…");
    case Stage::Ended:
        return tr("The job has ended.");
    case Stage::Failed:
        return tr("The import did not complete.");
    case Stage::Cancelled:
        return tr("Cancelled.");
    case Stage::Unfollowed:
        return tr("Stopped following the job: it may still be running, and the Imports tab "
                  "shows how it ends.");
    }
    return {};
}

bool UploadJobFlow::isBusy() const
{
    return m_stage != Stage::Idle && m_stage != Stage::Ended && m_stage != Stage::Failed &&
           m_stage != Stage::Cancelled && m_stage != Stage::Unfollowed;
}

bool UploadJobFlow::canCancel() const
{
    return m_stage == Stage::Creating || m_stage == Stage::GettingPath ||
           m_stage == Stage::Uploading;
}

void UploadJobFlow::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

QJsonObject UploadJobFlow::jobInput() const
{
    return {{kDomain, m_domain}, {kJobId, m_jobId}};
}

void UploadJobFlow::call(const QString &operation, const QJsonObject &input,
                         std::function<void(const QJsonObject &)> then,
                         std::function<void(const QJsonObject &)> orphaned)
{
    if (!m_client) {
        client::ServiceError error;
        error.kind = client::ServiceError::Kind::Cancelled;
        fail(error);
        return;
    }
    const quint64 generation = m_generation;
    QPointer<UploadJobFlow> self(this);
    // A call whose answer matters even once the flow is gone (the job it made must be
    // stopped) is bound to the client, which outlives the dialog, and never cancelled.
    const bool outlivesFlow = static_cast<bool>(orphaned);
    QObject *context = outlivesFlow ? static_cast<QObject *>(m_client.data()) : this;
    client::Call *call = m_client->call(
        operation, input, context,
        [self, generation, then = std::move(then), orphaned = std::move(orphaned)](
            const client::Outcome<QJsonObject> &outcome) {
            if (!self || generation != self->m_generation) {
                if (outcome.ok() && orphaned)
                    orphaned(outcome.value());
                return;
            }
            // The call is over, though deleted only later: stop() must not take it for
            // a poll still in flight.
            self->m_call.clear();
            if (outcome.ok())
                then(outcome.value());
            else
                self->fail(outcome.error());
        });
    m_call = outlivesFlow ? nullptr : call;
}

void UploadJobFlow::fail(const client::ServiceError &error)
{
    m_poll.stop();
    // Once started, the job runs at the service: a poll that failed (or was cancelled with
    // every call in progress) loses sight of it, it does not end it.
    const bool started = m_stage == Stage::Running || m_stage == Stage::Stopping;
    setStage(started ? Stage::Unfollowed : Stage::Failed);
    Q_EMIT failed(error);
}

void UploadJobFlow::start(const QString &domain, const QJsonObject &create, const QString &filePath)
{
    if (isBusy())
        return;
    ++m_generation;
    m_domain = domain;
    m_filePath = filePath;
    m_jobId.clear();
    m_job = {};
    setStage(Stage::Creating);
    QJsonObject input = create;
    input.insert(kDomain, domain);
    call(
        schema::ops::CreateUploadJob, input,
        [this](const QJsonObject &created) {
            m_jobId = created.value(kJobId).toString();
            setStage(Stage::GettingPath);
            call(schema::ops::GetUploadJobPath, jobInput(),
                 [this](const QJsonObject &path) { upload(path); });
        },
        // Cancelled (or the dialog closed) while the service made the job: it is stopped
        // once its id is known.
        [api = m_client, domain](const QJsonObject &created) {
            stopJob(api, domain, created.value(kJobId).toString());
        });
}

void UploadJobFlow::upload(const QJsonObject &path)
{
    setStage(Stage::Uploading);
    delete m_upload;
    m_upload = new client::FileUpload(m_client->transport()->network(), this);
    connect(m_upload, &client::FileUpload::progress, this, &UploadJobFlow::uploadProgress);
    connect(m_upload, &client::FileUpload::finished, this,
            [this, generation = m_generation](const client::ServiceError &error) {
                if (generation != m_generation)
                    return;
                if (error.isError()) {
                    fail(error);
                    return;
                }
                setStage(Stage::Starting);
                call(schema::ops::StartUploadJob, jobInput(), [this](const QJsonObject &) {
                    setStage(Stage::Running);
                    poll();
                });
            });
    QString problem;
    const QUrl url(path.value(QStringLiteral("Url")).toString());
    if (!m_upload->start(
            url, m_filePath,
            client::sseCustomerKeyHeaders(path.value(QStringLiteral("ClientToken")).toString()),
            &problem)) {
        client::ServiceError error;
        error.kind = client::ServiceError::Kind::Network;
        error.message = problem;
        fail(error);
    }
}

void UploadJobFlow::poll()
{
    if (m_stage != Stage::Running && m_stage != Stage::Stopping)
        return;
    call(schema::ops::GetUploadJob, jobInput(), [this](const QJsonObject &job) {
        m_job = job;
        Q_EMIT jobChanged(job);
        if (isEndStatus(job.value(QStringLiteral("Status")).toString()))
            setStage(Stage::Ended);
        else
            m_poll.start();
    });
}

void UploadJobFlow::stop()
{
    if (m_stage != Stage::Running || !m_client)
        return;
    setStage(Stage::Stopping);
    // A separate call: the poll in flight goes on. A refusal (the job ended meanwhile)
    // is told, and the next poll shows how it ended.
    const quint64 generation = m_generation;
    m_client->call(schema::ops::StopUploadJob, jobInput(), this,
                   [this, generation](const client::Outcome<QJsonObject> &outcome) {
                       if (generation != m_generation)
                           return;
                       if (!outcome.ok()) {
                           // Unless a poll has meanwhile seen the job end or fail.
                           if (m_stage == Stage::Stopping)
                               setStage(Stage::Running);
                           Q_EMIT failed(outcome.error());
                       }
                       const bool live = m_stage == Stage::Running || m_stage == Stage::Stopping;
                       if (live && !m_call)
                           poll();
                   });
}

void UploadJobFlow::cancel()
{
    if (!canCancel())
        return;
    ++m_generation; // the step in flight answers into nothing
    // CreateUploadJob may already have reached the service: its answer is awaited (and
    // the job it made stopped) rather than cancelled; call() does not keep it in m_call.
    if (m_call)
        m_call->cancel();
    if (m_upload)
        m_upload->cancel();
    stopJob(m_client, m_domain, m_jobId);
    setStage(Stage::Cancelled);
}

// A job created for an upload that was cancelled would wait for its file for ever: it is
// stopped. Best effort; the answer is not waited for.
void UploadJobFlow::stopJob(client::CustomerProfilesClient *api, const QString &domain,
                            const QString &jobId)
{
    if (jobId.isEmpty() || !api)
        return;
    api->call(schema::ops::StopUploadJob, {{kDomain, domain}, {kJobId, jobId}}, api,
              [](const client::Outcome<QJsonObject> &) {});
}

} // namespace cp::models
