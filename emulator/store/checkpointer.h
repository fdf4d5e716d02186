#pragma once

#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace cp::emulator {

// Checkpoints a WAL store on a thread of its own, so that no write operation waits for
// the copy of the WAL into the database file and its fsync (about half of what a write
// costs on a large store otherwise). Connections report the WAL's length after each
// commit (walCommitted); past kThreshold frames the thread is woken for a PASSIVE
// checkpoint; past kLimit (the thread not keeping up) the committing writer checkpoints
// itself, which bounds the WAL (softly: while the thread's checkpoint runs, the writer's
// finds it busy and the WAL grows until that one ends). Commits are as durable as before: only where the WAL's
// pages are copied to changes. It has a plain SQLite connection of its own.
class Checkpointer
{
public:
    static constexpr int kThreshold = 4096; // frames (16 MiB of 4 KiB pages)
    static constexpr int kLimit = 4 * kThreshold;
    static constexpr std::chrono::milliseconds kPause{50}; // between two checkpoints

    explicit Checkpointer(QString path);
    ~Checkpointer(); // stops the thread; a checkpoint under way finishes first
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // For sqlite3_wal_hook: `self` is the Checkpointer.
    static int walCommitted(void *self, sqlite3 *db, const char *name, int frames);

    // Checkpoints completed by the thread, and by writers past the limit.
    int checkpoints() const { return m_checkpoints.load(); }
    int writerCheckpoints() const { return m_writerCheckpoints.load(); }
    // Frames (pages) written to the WAL by all commits so far. Writers commit one at a
    // time (the store's write lock), so each commit's hook sees the one before.
    qint64 framesWritten() const { return m_framesWritten.load(); }

private:
    void request();
    void loop();
    sqlite3 *openConnection() const;

    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false; // guarded by m_mutex
    bool m_stopping = false;  // guarded by m_mutex
    std::atomic<int> m_checkpoints{0};
    std::atomic<int> m_writerCheckpoints{0};
    std::atomic<int> m_lastFrames{0}; // the WAL's length after the latest commit
    std::atomic<qint64> m_framesWritten{0};
    std::thread m_thread;
};

} // namespace cp::emulator
