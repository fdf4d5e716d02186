#include "checkpointer.h"

#include <sqlite3.h>

namespace cp::emulator {

Checkpointer::Checkpointer(QString path)
    : m_path(std::move(path))
{
    m_thread = std::thread([this] { loop(); });
}

Checkpointer::~Checkpointer()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

int Checkpointer::walCommitted(void *self, sqlite3 *db, const char *name, int frames)
{
    auto *checkpointer = static_cast<Checkpointer *>(self);
    // A WAL shorter than after the previous commit was restarted from its beginning.
    const int before = checkpointer->m_lastFrames.exchange(frames);
    checkpointer->m_framesWritten += frames >= before ? frames - before : frames;
    if (frames >= kLimit) {
        // The thread is behind (or a reader holds old frames): this writer does it.
        if (sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) ==
            SQLITE_OK)
            ++checkpointer->m_writerCheckpoints;
    } else if (frames >= kThreshold) {
        checkpointer->request();
    }
    return SQLITE_OK;
}

void Checkpointer::request()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_requested)
            return;
        m_requested = true;
    }
    m_wake.notify_one();
}

// Opened on the first request: by then the writers have created the file.
sqlite3 *Checkpointer::openConnection() const
{
    sqlite3 *db = nullptr;
    const QByteArray path = m_path.toUtf8();
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr; // the writers' own checkpoints at kLimit still bound the WAL
    }
    // As the writers' connections: the checkpoint syncs the database file, not the WAL
    // first (NORMAL keeps every commit across a killed process all the same).
    sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    return db;
}

void Checkpointer::loop()
{
    sqlite3 *db = nullptr;
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            break;
        m_requested = false;
        lock.unlock();
        if (!db)
            db = openConnection();
        if (db && sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                            nullptr) == SQLITE_OK)
            ++m_checkpoints;
        lock.lock();
        // Under a steady stream of commits the WAL is never wholly copied, so writers go on
        // asking: a pause lets frames gather rather than syncing the file for a handful.
        m_wake.wait_for(lock, kPause, [this] { return m_stopping; });
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace cp::emulator
