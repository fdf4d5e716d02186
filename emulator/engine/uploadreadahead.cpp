#include "uploadreadahead.h"

#include "csvreader.h"

#include <QThread>

namespace cp::emulator {

UploadReadAhead::UploadReadAhead(schema::CsvReader &reader, const UploadMapper &mapper,
                                 int batchRows)
    : m_reader(reader)
    , m_mapper(mapper)
    , m_batchRows(batchRows)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("cplocal-upload-reader"));
    m_thread->start();
}

UploadReadAhead::~UploadReadAhead()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_changed.wakeAll();
    }
    m_thread->wait();
}

UploadReadAhead::Batch UploadReadAhead::next()
{
    QMutexLocker lock(&m_mutex);
    while (m_ready.empty())
        m_changed.wait(&m_mutex);
    Batch batch = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.wakeAll(); // room for the reader
    return batch;
}

void UploadReadAhead::run()
{
    QStringList fields;
    bool atEnd = false;
    while (!atEnd) {
        Batch batch;
        batch.rows.reserve(m_batchRows);
        while (batch.rows.size() < m_batchRows) {
            const schema::CsvReader::Status status = m_reader.next(fields);
            if (status == schema::CsvReader::Status::End) {
                atEnd = true;
                break;
            }
            if (status == schema::CsvReader::Status::Error) {
                PreparedRow failed;
                failed.line = m_reader.line();
                failed.error = m_reader.errorMessage();
                batch.rows.append(std::move(failed));
            } else {
                batch.rows.append(m_mapper.prepare(fields, m_reader.line()));
            }
        }
        batch.offset = m_reader.offset();
        batch.nextLine = m_reader.nextLine();
        batch.lastLine = m_reader.line();
        batch.last = atEnd;
        QMutexLocker lock(&m_mutex);
        while (m_ready.size() >= kAhead && !m_stop)
            m_changed.wait(&m_mutex);
        if (m_stop)
            return;
        m_ready.push_back(std::move(batch));
        m_changed.wakeAll();
    }
}

} // namespace cp::emulator
