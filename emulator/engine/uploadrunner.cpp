#include "uploadrunner.h"

#include "csvreader.h"
#include "engine.h"
#include "uploadingest.h"
#include "uploadreadahead.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

namespace cp::emulator {
namespace {

namespace us = uploadstatus;

// What a job needs to run, read in its first transaction.
struct JobSpec
{
    QJsonObject fields;
    QString uniqueKey;
    QString status;
    UploadProgress progress;
};

// A batch's answer when the job is no longer IN_PROGRESS (stopped, its domain deleted):
// the batch is rolled back and the job ends without another word.
const QString kNotRunning = QStringLiteral("UploadJobNotRunning");

ApiResult saveProgress(Context &ctx, const QString &domain, const QString &jobId,
                       const UploadProgress &p)
{
    Query q = ctx.query(
        "UPDATE upload_jobs SET resume_offset = ?, resume_line = ?, created_records = ?,"
        " updated_records = ?, failed_records = ?, failures = ? WHERE domain = ? AND id = ?"
        " AND status = 'IN_PROGRESS'");
    q.bind(p.offset).bind(p.line).bind(p.created).bind(p.updated).bind(p.failed);
    q.bind(QString::fromUtf8(QJsonDocument(p.failures).toJson(QJsonDocument::Compact)));
    q.bind(domain).bind(jobId);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The job's progress could not be stored."));
    if (q.changes() == 0)
        return ApiResult::error(409, kNotRunning, QStringLiteral("The job is not running."));
    return ApiResult::success();
}

} // namespace

UploadRunner::UploadRunner(Engine &engine, const QString &spoolDir, int batchRows)
    : m_engine(engine)
    , m_batchRows(qMax(1, batchRows))
{
    if (spoolDir.isEmpty()) {
        m_temporary = std::make_unique<QTemporaryDir>();
        if (m_temporary->isValid())
            m_spoolDir = m_temporary->path();
    } else if (QDir().mkpath(spoolDir)) {
        m_spoolDir = spoolDir;
    }
    if (m_spoolDir.isEmpty())
        qWarning("cplocal: no folder for uploaded files (%s): upload jobs take no file",
                 qPrintable(spoolDir));
}

UploadRunner::~UploadRunner()
{
    {
        QMutexLocker lock(&m_mutex);
        m_shutdown = true;
        m_wake.wakeAll();
    }
    if (m_thread)
        m_thread->wait();
}

QString UploadRunner::filePath(const QString &jobId) const
{
    return m_spoolDir + QLatin1Char('/') + jobId + QStringLiteral(".csv");
}

void UploadRunner::setBaseUrl(const QUrl &url)
{
    QMutexLocker lock(&m_mutex);
    m_baseUrl = url;
}

QUrl UploadRunner::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUrl;
}

void UploadRunner::enqueue(const QString &domain, const QString &jobId)
{
    QMutexLocker lock(&m_mutex);
    m_stopRequests.remove(jobId);
    m_queue.push_back({domain, jobId});
    if (!m_thread) {
        m_thread.reset(QThread::create([this] { loop(); }));
        m_thread->start();
    }
    m_wake.wakeAll();
}

void UploadRunner::requestStop(const QString &jobId)
{
    QMutexLocker lock(&m_mutex);
    m_stopRequests.insert(jobId);
    m_wake.wakeAll();
}

void UploadRunner::allowBatches(int batches)
{
    QMutexLocker lock(&m_mutex);
    m_allowedBatches = batches;
    m_wake.wakeAll();
}

bool UploadRunner::waitForAllowance(const QString &jobId)
{
    QMutexLocker lock(&m_mutex);
    while (m_allowedBatches == 0 && !m_shutdown && !m_stopRequests.contains(jobId))
        m_wake.wait(&m_mutex);
    if (m_shutdown || m_stopRequests.contains(jobId))
        return false;
    if (m_allowedBatches > 0)
        --m_allowedBatches;
    return true;
}

bool UploadRunner::waitIdle(int timeoutMs)
{
    QMutexLocker lock(&m_mutex);
    QDeadlineTimer deadline(timeoutMs);
    while (m_running || !m_queue.empty()) {
        if (!m_idle.wait(&m_mutex, deadline))
            return false;
    }
    return true;
}

void UploadRunner::loop()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (m_queue.empty() && !m_shutdown)
            m_wake.wait(&m_mutex);
        if (m_shutdown)
            break;
        const Pending job = m_queue.front();
        m_queue.pop_front();
        m_running = true;
        lock.unlock();
        runJob(job);
        lock.relock();
        m_running = false;
        m_stopRequests.remove(job.jobId);
        m_idle.wakeAll();
    }
    m_idle.wakeAll();
}

void UploadRunner::resumeInterrupted()
{
    if (m_spoolDir.isEmpty())
        return;
    QStringList pendingFiles;
    QList<Pending> resume;
    const ApiResult read = m_engine.write([&](Context &ctx) {
        Query q = ctx.query("SELECT domain, id, status FROM upload_jobs"
                            " WHERE status IN ('CREATED', 'IN_PROGRESS')");
        if (!q.exec())
            return ApiResult::internal(QStringLiteral("The upload jobs could not be read."));
        while (q.next()) {
            pendingFiles.append(q.text(1) + QStringLiteral(".csv"));
            if (q.text(2) == us::kInProgress)
                resume.append({q.text(0), q.text(1)});
        }
        return ApiResult::success();
    });
    if (!read.ok())
        return;
    // What no pending job will read: ended jobs' files, uploads cut off half-way.
    const QStringList files = QDir(m_spoolDir).entryList(QDir::Files);
    for (const QString &file : files) {
        if (!pendingFiles.contains(file))
            QFile::remove(m_spoolDir + QLatin1Char('/') + file);
    }
    for (const Pending &job : std::as_const(resume)) {
        qInfo("cplocal: upload job %s resumes where it stopped", qPrintable(job.jobId));
        enqueue(job.domain, job.jobId);
    }
}

void UploadRunner::runJob(const Pending &job)
{
    JobSpec spec;
    const ApiResult loaded = m_engine.write([&](Context &ctx) {
        Query q = ctx.query(
            "SELECT fields, unique_key, status, resume_offset, resume_line, created_records,"
            " updated_records, failed_records, failures FROM upload_jobs WHERE domain = ? AND id = "
            "?");
        q.bind(job.domain).bind(job.jobId);
        if (!q.exec())
            return ApiResult::internal(QStringLiteral("The upload job could not be read."));
        if (!q.next())
            return ApiResult::error(409, kNotRunning, QStringLiteral("The job is gone."));
        spec.fields = parseObject(q.text(0));
        spec.uniqueKey = q.text(1);
        spec.status = q.text(2);
        spec.progress = {q.integer(3), q.integer(4),
                         q.integer(5), q.integer(6),
                         q.integer(7), QJsonDocument::fromJson(q.text(8).toUtf8()).array()};
        return ApiResult::success();
    });
    if (!loaded.ok() || spec.status != us::kInProgress)
        return;

    UploadProgress &progress = spec.progress;
    // The job's end: its status, reason and failures, if it is still running.
    const auto finish = [&](const QString &status, const QString &reason) {
        m_engine.write([&](Context &ctx) {
            if (ApiResult saved = saveProgress(ctx, job.domain, job.jobId, progress); !saved.ok())
                return saved;
            Query q = ctx.query("UPDATE upload_jobs SET status = ?, status_reason = ?,"
                                " completed_at = ? WHERE domain = ? AND id = ?");
            q.bind(status).bind(reason).bind(ctx.nowMs).bind(job.domain).bind(job.jobId);
            if (!q.exec())
                return ApiResult::internal(QStringLiteral("The job's end could not be stored."));
            return ApiResult::success();
        });
        QFile::remove(filePath(job.jobId));
        qInfo("cplocal: upload job %s %s: %lld created, %lld updated, %lld failed",
              qPrintable(job.jobId), qPrintable(status), progress.created, progress.updated,
              progress.failed);
    };

    QFile file(filePath(job.jobId));
    if (!file.open(QIODevice::ReadOnly)) {
        progress.note(0, QStringLiteral("The uploaded file is gone (%1).").arg(file.errorString()));
        finish(us::kFailed, us::kInternalFailure);
        return;
    }
    schema::CsvReader reader(&file);
    QStringList fields;
    const schema::CsvReader::Status headerStatus = reader.next(fields);
    UploadMapper mapper(spec.fields, spec.uniqueKey, job.jobId);
    QString reason;
    if (headerStatus != schema::CsvReader::Status::Record) {
        progress.note(
            reader.line(),
            headerStatus == schema::CsvReader::Status::End
                ? QStringLiteral("The file is empty: it has no header.")
                : QStringLiteral("The header is malformed: %1").arg(reader.errorMessage()));
        finish(us::kFailed, us::kValidationFailure);
        return;
    }
    if (!mapper.setHeader(fields, &reason)) {
        // No row can be mapped: each counts as failed.
        progress.note(reader.line(), reason);
        for (auto s = reader.next(fields); s != schema::CsvReader::Status::End;
             s = reader.next(fields))
            ++progress.failed;
        finish(us::kFailed, us::kValidationFailure);
        return;
    }
    if (progress.offset > 0) { // resumed: go on after the last stored row
        file.seek(progress.offset);
        reader.setPosition(progress.offset, progress.line);
    }

    UploadReadAhead readAhead(reader, mapper, m_batchRows);
    qint64 lastLine = reader.line();
    for (bool atEnd = false; !atEnd;) {
        if (!waitForAllowance(job.jobId))
            return; // stopped (the status says so) or shutting down (resumes at next start)
        const UploadReadAhead::Batch batch = readAhead.next();
        atEnd = batch.last;
        lastLine = batch.lastLine;
        UploadProgress next = progress;
        next.offset = batch.offset;
        next.line = batch.nextLine;
        const ApiResult stored = m_engine.write([&](Context &ctx) {
            if (ApiResult r =
                    storeUploadRows(ctx, job.domain, job.jobId, mapper.keyName(), batch.rows, next);
                !r.ok())
                return r;
            return saveProgress(ctx, job.domain, job.jobId, next);
        });
        if (stored.errorType == kNotRunning)
            return;
        if (!stored.ok()) {
            progress.note(batch.rows.isEmpty() ? 0 : batch.rows.first().line, stored.message);
            finish(us::kFailed, us::kInternalFailure);
            return;
        }
        progress = next;
    }
    const qint64 stored = progress.created + progress.updated;
    if (progress.failed == 0 && stored > 0)
        finish(us::kSucceeded, QString());
    else if (stored > 0)
        finish(us::kPartiallySucceeded, us::kValidationFailure);
    else {
        if (progress.failed == 0)
            progress.note(lastLine, QStringLiteral("The file has a header and no rows."));
        finish(us::kFailed, us::kValidationFailure);
    }
}

} // namespace cp::emulator
