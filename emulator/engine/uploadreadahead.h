#pragma once

#include "uploadingest.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>
#include <deque>
#include <memory>

class QThread;

namespace cp::schema {
class CsvReader;
}

namespace cp::emulator {

// Reads an upload job's CSV and maps its rows (UploadMapper) on a thread of its own, up
// to kAhead batches ahead of the runner: while the writer stores one batch, the next is
// parsed, mapped and encoded, instead of the two taking turns. Touches no store: what it
// reads ahead and the job never stores (a stop, a shutdown) is read again on resumption,
// from the offset stored with the last batch.
class UploadReadAhead
{
public:
    struct Batch
    {
        QList<PreparedRow> rows;
        qint64 offset = 0;   // in the file, after the batch's last row
        qint64 nextLine = 1; // of the row after it
        qint64 lastLine = 0; // where the last record (or the end) was found
        bool last = false;   // the file ends with this batch
    };
    static constexpr int kAhead = 2;

    // The reader is past the header and at the first row to read; both outlive this.
    UploadReadAhead(schema::CsvReader &reader, const UploadMapper &mapper, int batchRows);
    ~UploadReadAhead(); // the thread stops and is joined
    UploadReadAhead(const UploadReadAhead &) = delete;
    UploadReadAhead &operator=(const UploadReadAhead &) = delete;

    // The next batch, once read (the last one has `last` set; none is asked for after it).
    Batch next();

private:
    void run();

    schema::CsvReader &m_reader;
    const UploadMapper &m_mapper;
    const int m_batchRows;
    QMutex m_mutex; // guards what follows
    QWaitCondition m_changed;
    std::deque<Batch> m_ready;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace cp::emulator
