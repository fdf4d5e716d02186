#pragma once

#include "apiresult.h"

#include <QAtomicInt>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace cp::emulator {

class Database;

// Write operations of concurrent callers share transactions (group commit): what is
// queued (at most kMaxBatch) goes into one BEGIN ... COMMIT, each operation inside a
// savepoint so that a refused one undoes only its own changes. Who runs them:
//  - a file store: one writer thread of its own, so always the same SQLite connection,
//    whose page cache stays warm (in WAL mode a connection drops its whole cache when it
//    finds that another connection wrote, which a leader taken from the callers by turns
//    did on nearly every transaction); callers parse and map on their own threads meanwhile;
//  - an in-memory store (one shared cache, nothing to drop): the first caller to find no
//    transaction under way leads, sparing a lone caller two thread switches. Every caller
// returns once the transaction holding its operation has committed, so an acknowledged
// write is exactly as durable as with a transaction of its own; the commit record, the
// locks and the WAL pages the operations have in common (the domain's stats, the tails
// of the tables) are paid once per transaction instead of once per operation.
class GroupCommit
{
public:
    using Work = std::function<ApiResult()>;
    static constexpr int kMaxBatch = 64;

    explicit GroupCommit(Database &db);
    ~GroupCommit(); // what is queued is run first

    // Runs `work` in a write transaction, with whatever other callers queued meanwhile.
    ApiResult run(const Work &work);

    // Transactions begun so far, and operations waiting for one (for tests and statistics).
    int transactions() const { return m_transactions.loadRelaxed(); }
    int queued();

private:
    struct Job
    {
        const Work *work = nullptr;
        ApiResult result;
        bool done = false;
    };
    void writerLoop();
    void lead(const std::vector<Job *> &batch);
    bool runInSavepoint(Job &job);

    Database &m_db;
    ApiResult runAsLeader(Job &job, QMutexLocker<QMutex> &lock);
    std::vector<Job *> takeBatch();

    QMutex m_mutex;              // guards the queue, m_leading and m_stopping
    QWaitCondition m_finished;   // callers: a batch committed
    QWaitCondition m_queuedWork; // the writer: work queued, or stop
    std::deque<Job *> m_queue;
    bool m_stopping = false;
    bool m_leading = false; // in-memory: a caller leads a transaction
    std::unique_ptr<QThread> m_writer;
    bool m_failed = false; // the leader's batch cannot commit (an operation's undo failed)
    QAtomicInt m_transactions;
};

} // namespace cp::emulator
