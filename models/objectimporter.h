#pragma once

#include "core/client.h"
#include "objectrecords.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace cp::models {

// Puts every object of a file through PutProfileObject under one object type: JSON Lines (an
// object a line, blank lines skipped) or CSV (a header row, then each row a flat object of
// strings keyed by the header; empty cells left out, as the designer's samples read them).
// Which one is told from the file's first bytes; anything else is refused in one sentence
// before a request is sent. The file is read one record at a time as requests are issued,
// never whole.
//
// At most concurrency() calls are in flight; with a rate limit, a token bucket (refilled from
// the clock, checked by a timer, never sleeping) bounds how many start per second. Each
// record is issued exactly once: retries are the client's own (its retry policy resends a
// request that failed transiently, backing off on throttling). pause() stops issuing (the
// calls in flight finish), resume() goes on with the next unsent record, cancel() cancels the
// calls in flight too (their lines are kept as failed: the service may have stored them).
// Refused lines are kept with their line numbers and the service's message;
// saveFailedLines() writes them in the input's format, ready to fix and import again.
class ObjectImporter : public QObject
{
    Q_OBJECT
public:
    enum class Format { Unknown, JsonLines, Csv };
    enum class State { Idle, Running, Paused, Finished, Cancelled, Failed };
    struct Progress
    {
        qint64 sent = 0;        // records issued
        qint64 succeeded = 0;   // stored by the service
        qint64 failed = 0;      // refused (by the service or before sending)
        qint64 inFlight = 0;
        qint64 bytesRead = 0;
        qint64 totalBytes = 0;
        double rate = 0;        // objects answered per second, lately
        qint64 secondsLeft = -1; // -1 while unknown
        qint64 activeMs = 0;     // time spent running, pauses left out
        qint64 done() const { return succeeded + failed; }
    };
    // Milliseconds on a monotonic clock; the rate limit and the rate read it.
    using Clock = std::function<qint64()>;

    explicit ObjectImporter(QObject *parent = nullptr);
    ~ObjectImporter() override;

    void setClient(client::CustomerProfilesClient *client, const QString &domain,
                   const QString &objectType);
    void setConcurrency(int calls); // at least 1; default 4
    int concurrency() const { return m_concurrency; }
    // Objects per second; 0 (the default) is no limit. May change while running.
    void setRateLimit(double objectsPerSecond);
    double rateLimit() const { return m_rate; }
    void setClock(Clock clock);

    // What the first bytes of a file say it is; `problem` gets one sentence when neither.
    static Format detect(const QByteArray &head, QString *problem = nullptr);
    // Detects the format of the file at `path` (its first 64 KiB) the same way.
    static Format detectFile(const QString &path, QString *problem = nullptr);

    // Opens the file and starts issuing. False, with problem() saying why in one sentence,
    // when the file cannot be read or is neither JSON Lines nor CSV: nothing was sent.
    bool start(const QString &path);
    void pause();
    void resume();
    void cancel();

    State state() const { return m_state; }
    Format format() const { return m_format; }
    QString path() const { return m_path; }
    QString problem() const { return m_problem; }
    Progress progress() const;
    FailedLinesModel *failedLines() const { return m_failedModel; }
    // The line of the next record to send (0 before the start or at the end).
    qint64 nextLine() const;

    // Writes the failed lines (sorted by line) to `path` in the input's format: JSON Lines,
    // the original lines; CSV, the header row then the original rows. Beside it,
    // `path + ".errors.csv"`: one row per failed line with its line in the input, its line in
    // the written file, the error type and the message.
    bool saveFailedLines(const QString &path, QString *error = nullptr) const;
    static QString errorsPath(const QString &failedPath);

Q_SIGNALS:
    void stateChanged(cp::models::ObjectImporter::State state);
    void issued(qint64 line);
    void lineFailed(const cp::models::FailedLine &line);
    // The bucket was empty: issuing waits for the next refill (tests count these).
    void rateLimited();
    // The run ended (Finished, Cancelled, or Failed before sending).
    void finished();
    // A refusal that every further record would meet (the type or domain is gone, access
    // is denied): the run was paused, `message` says why.
    void stopped(const QString &message);

private:
    struct Pending
    {
        ObjectRecord record;
        QPointer<client::Call> call;
    };
    void setState(State state);
    void schedulePump();
    void pump();
    bool takeToken();
    void refillTokens();
    double bucketCapacity() const;
    int tickMs() const;
    void issue(ObjectRecord record);
    void answered(quint64 id, const client::Outcome<QJsonObject> &outcome);
    void fail(const ObjectRecord &record, const QString &type, const QString &message);
    void sample() const;
    void finishIfDone();

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    QString m_objectType;
    int m_concurrency = 4;
    double m_rate = 0;
    Clock m_clock;
    QElapsedTimer m_monotonic;

    State m_state = State::Idle;
    Format m_format = Format::Unknown;
    QString m_path;
    QString m_problem;
    std::unique_ptr<ObjectRecordSource> m_source;
    QByteArray m_headerRaw; // CSV: the header row as in the file
    std::optional<ObjectRecord> m_next; // read, not sent yet (the bucket was empty)
    bool m_atEnd = false;
    qint64 m_endLine = 0; // nextLine() once the source is closed
    quint64 m_nextId = 0;
    QHash<quint64, Pending> m_inFlight;
    qint64 m_sent = 0;
    qint64 m_succeeded = 0;
    FailedLinesModel *m_failedModel;
    QTimer m_pumpTimer;   // another turn for a long run of records refused before sending
    QTimer m_refillTimer; // checks the bucket while the rate limit holds issuing back
    double m_tokens = 0;
    qint64 m_lastRefill = 0;

    struct Sample
    {
        qint64 at;
        qint64 done;
        qint64 bytes;
    };
    mutable QList<Sample> m_samples;
    qint64 m_totalBytes = 0;
    qint64 m_bytesRead = 0; // once the source is closed
    qint64 m_activeMs = 0; // time spent running, pauses left out
    qint64 m_runningSince = 0;
};

} // namespace cp::models

