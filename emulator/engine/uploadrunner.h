#pragma once

#include <QMutex>
#include <QSet>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QWaitCondition>
#include <deque>
#include <memory>

class QThread;

namespace cp::emulator {

class Engine;

// Runs upload jobs in the background, one at a time, on a thread of its own (never an
// HTTP worker): reads the uploaded CSV, maps its rows (uploadingest.h) and stores them in
// large transactions through the engine's group commit, each batch together with the
// job's counts and the file offset after it. A job left IN_PROGRESS by a stop of the
// process resumes from that offset at the next start; one whose file is gone is FAILED.
// The uploaded files live in a spool folder: the data folder's `uploads`, or a temporary
// folder for an in-memory store.
class UploadRunner
{
public:
    UploadRunner(Engine &engine, const QString &spoolDir, int batchRows);
    ~UploadRunner(); // a running job stops between batches and stays IN_PROGRESS

    // At start: jobs left IN_PROGRESS resume, or fail when their file is gone; files of
    // no pending job are removed.
    void resumeInterrupted();
    void enqueue(const QString &domain, const QString &jobId);
    void requestStop(const QString &jobId);
    // Tests and benchmarks: waits until no job runs or waits; false on timeout.
    bool waitIdle(int timeoutMs);
    // Tests: a job stores at most this many more batches, then waits (for a stop, the
    // shutdown or a new allowance); -1, the default: no limit.
    void allowBatches(int batches);

    QString spoolDir() const { return m_spoolDir; }
    QString filePath(const QString &jobId) const; // the job's uploaded CSV
    bool spoolReady() const { return !m_spoolDir.isEmpty(); }
    // Where upload URLs point (the HTTP server's own address), set once it listens.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;

private:
    struct Pending
    {
        QString domain;
        QString jobId;
    };
    void loop();
    void runJob(const Pending &job);
    bool waitForAllowance(const QString &jobId); // false: stop

    Engine &m_engine;
    const int m_batchRows;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_spoolDir;
    mutable QMutex m_mutex; // guards what follows
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    std::deque<Pending> m_queue;
    QSet<QString> m_stopRequests;
    bool m_running = false; // a job is being run
    bool m_shutdown = false;
    int m_allowedBatches = -1;
    QUrl m_baseUrl;
    std::unique_ptr<QThread> m_thread; // started with the first job (a QThread: the store's
                                       // per-thread connection ends with it)
};

} // namespace cp::emulator
