#include "groupcommit.h"

#include "store/database.h"

namespace cp::emulator {

GroupCommit::GroupCommit(Database &db)
    : m_db(db)
{
    if (m_db.inMemory())
        return;
    m_writer.reset(QThread::create([this] { writerLoop(); }));
    m_writer->setObjectName(QStringLiteral("cplocal-writer"));
    m_writer->start();
}

GroupCommit::~GroupCommit()
{
    if (!m_writer)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queuedWork.wakeAll();
    }
    m_writer->wait(); // its store connection ends with it, before the store does
}

ApiResult GroupCommit::run(const Work &work)
{
    Job job;
    job.work = &work;
    QMutexLocker lock(&m_mutex);
    m_queue.push_back(&job);
    if (!m_writer)
        return runAsLeader(job, lock);
    m_queuedWork.wakeOne();
    while (!job.done)
        m_finished.wait(&m_mutex);
    return std::move(job.result);
}

std::vector<GroupCommit::Job *> GroupCommit::takeBatch()
{
    std::vector<Job *> batch;
    while (!m_queue.empty() && int(batch.size()) < kMaxBatch) {
        batch.push_back(m_queue.front());
        m_queue.pop_front();
    }
    return batch;
}

ApiResult GroupCommit::runAsLeader(Job &job, QMutexLocker<QMutex> &lock)
{
    while (!job.done) {
        if (m_leading) {
            m_finished.wait(&m_mutex);
            continue;
        }
        m_leading = true;
        const std::vector<Job *> batch = takeBatch();
        lock.unlock();
        lead(batch);
        lock.relock();
        for (Job *done : batch)
            done->done = true;
        m_leading = false;
        // The callers whose operations committed return; another one leads what is queued.
        m_finished.wakeAll();
    }
    return std::move(job.result);
}

void GroupCommit::writerLoop()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (m_queue.empty() && !m_stopping)
            m_queuedWork.wait(&m_mutex);
        if (m_queue.empty())
            return; // stopping, nothing left
        const std::vector<Job *> batch = takeBatch();
        lock.unlock();
        lead(batch);
        lock.relock();
        for (Job *done : batch)
            done->done = true;
        m_finished.wakeAll(); // the callers whose operations committed return
    }
}

int GroupCommit::queued()
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

void GroupCommit::lead(const std::vector<Job *> &batch)
{
    // Other writers (the expiry purge, migrations) take the store's write lock too.
    QMutexLocker write(&m_db.writeMutex());
    // BEGIN, COMMIT and ROLLBACK as prepared statements: QSqlDatabase::transaction() and
    // commit() prepare theirs anew every time.
    m_transactions.fetchAndAddRelaxed(1);
    if (!m_db.query("BEGIN").exec()) {
        const QString reason = m_db.takeError();
        for (Job *job : batch)
            job->result = ApiResult::internal(
                QStringLiteral("The store could not start a transaction: %1").arg(reason));
        return;
    }
    m_failed = false;
    int committed = 0;
    if (batch.size() == 1) { // alone: the transaction is the operation's own
        Job &job = *batch.front();
        job.result = (*job.work)();
        m_db.finishStatements();
        committed = job.result.ok() ? 1 : 0;
    } else {
        for (Job *job : batch)
            committed += runInSavepoint(*job) ? 1 : 0;
    }
    if (committed == 0 || m_failed) {
        (void)m_db.query("ROLLBACK").exec(); // nothing to keep: it fails only if nothing began
        for (Job *job : batch) {
            if (job->result.ok())
                job->result = ApiResult::internal(
                    QStringLiteral("The store could not undo another operation's change."));
        }
        return;
    }
    if (!m_db.query("COMMIT").exec()) {
        const QString reason = m_db.takeError(); // a full disk shows here, in WAL mode
        (void)m_db.query("ROLLBACK").exec();     // the commit's failure is what every caller hears
        m_db.takeError();
        for (Job *job : batch) {
            if (job->result.ok())
                job->result = ApiResult::internal(
                    QStringLiteral("The store could not commit the change: %1").arg(reason));
        }
    }
}

bool GroupCommit::runInSavepoint(Job &job)
{
    if (!m_db.query("SAVEPOINT operation").exec()) {
        job.result = ApiResult::internal(QStringLiteral("The store could not start a savepoint."));
        return false;
    }
    job.result = (*job.work)();
    m_db.finishStatements();
    if (!job.result.ok() && !m_db.query("ROLLBACK TO operation").exec()) {
        // Its changes could not be undone alone: none of the batch may commit.
        job.result = ApiResult::internal(QStringLiteral("The store could not undo a change."));
        m_failed = true;
        return false;
    }
    if (!m_db.query("RELEASE operation").exec()) {
        job.result =
            ApiResult::internal(QStringLiteral("The store could not release a savepoint."));
        return false;
    }
    return job.result.ok();
}

} // namespace cp::emulator
