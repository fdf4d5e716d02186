#pragma once

#include "apiresult.h"

#include <QAtomicInt>
#include <QMutex>
#include <QWaitCondition>
#include <deque>
#include <functional>
#include <vector>

namespace cp::emulator {

class Database;

// Write operations of concurrent callers share transactions (group commit). The first
// caller to find no transaction under way leads: it takes what is queued (its own
// operation included, at most kMaxBatch) into one BEGIN ... COMMIT, each operation
// inside a savepoint so that a refused one undoes only its own changes. Every caller
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
    void lead(const std::vector<Job *> &batch);
    bool runInSavepoint(Job &job);

    Database &m_db;
    QMutex m_mutex; // guards the queue and m_leading
    QWaitCondition m_finished;
    std::deque<Job *> m_queue;
    bool m_leading = false;
    bool m_failed = false; // the leader's batch cannot commit (an operation's undo failed)
    QAtomicInt m_transactions;
};

} // namespace cp::emulator
