#pragma once

#include "core/client.h"
#include "core/fileupload.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace cp::models {

// One upload job from a CSV file to its end, every step asynchronous: CreateUploadJob,
// GetUploadJobPath, the file PUT to the URL (streamed from disk, with its progress in
// bytes), StartUploadJob, then GetUploadJob every pollInterval until the job ends.
// cancel() works until the job runs: it aborts the upload and stops the job created for it
// (StopUploadJob), so that no job is left waiting for a file. stop() asks the service to
// stop a running job (StopUploadJob) and goes on following it until it says STOPPED.
class UploadJobFlow : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        Idle,
        Creating,
        GettingPath,
        Uploading,
        Starting,
        Running,
        Stopping,
        Ended,     // the job ended (job() says how: SUCCEEDED, STOPPED...)
        Failed,    // a step failed (failed() said why); the job may exist (jobId())
        Cancelled, // cancel() ended the upload phase
        Unfollowed, // a poll of the started job failed: it may still be running
    };
    Q_ENUM(Stage)

    UploadJobFlow(client::CustomerProfilesClient *client, QObject *parent = nullptr);
    ~UploadJobFlow() override;

    // `create` is CreateUploadJob's input without DomainName.
    void start(const QString &domain, const QJsonObject &create, const QString &filePath);
    void cancel();
    void stop();
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

    Stage stage() const { return m_stage; }
    bool isBusy() const;
    bool canCancel() const;
    bool canStop() const { return m_stage == Stage::Running; }
    QString jobId() const { return m_jobId; }
    QJsonObject job() const { return m_job; } // the latest GetUploadJob answer

    static bool isEndStatus(const QString &status);
    // The stage as a few words for the user.
    static QString stageText(Stage stage);

Q_SIGNALS:
    void stageChanged(cp::models::UploadJobFlow::Stage stage);
    void uploadProgress(qint64 sent, qint64 total);
    void jobChanged(const QJsonObject &job);
    void failed(const cp::client::ServiceError &error);

private:
    void setStage(Stage stage);
    // `orphaned` gets a success that came after a cancel (the job it made must be stopped).
    void call(const QString &operation, const QJsonObject &input,
              std::function<void(const QJsonObject &)> then,
              std::function<void(const QJsonObject &)> orphaned = {});
    void fail(const client::ServiceError &error);
    void upload(const QJsonObject &path);
    void poll();
    static void stopJob(client::CustomerProfilesClient *api, const QString &domain,
                        const QString &jobId);
    QJsonObject jobInput() const;

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    QString m_filePath;
    QString m_jobId;
    QJsonObject m_job;
    Stage m_stage = Stage::Idle;
    QPointer<client::Call> m_call;
    client::FileUpload *m_upload = nullptr;
    QTimer m_poll;
    quint64 m_generation = 0; // answers from before a cancel are dropped
};

} // namespace cp::models
