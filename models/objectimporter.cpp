#include "objectimporter.h"

#include "csvreader.h"
#include "objectrecords.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStringDecoder>
#include <algorithm>
#include <cmath>

namespace cp::models {
namespace {

constexpr qint64 kHeadBytes = 64 * 1024;
constexpr int kRecordsPerTurn = 256;          // then the event loop turns
constexpr int kTickMs = 100;                  // the bucket is checked this often
constexpr qint64 kRateWindowMs = 5000;        // the rate shown is over the last 5 s
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray csvCell(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
        bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

// Errors every further record would meet: the run stops instead of refusing them all.
bool stopsTheRun(const client::ServiceError &error)
{
    using Kind = client::ServiceError::Kind;
    return error.kind == Kind::Credentials ||
           (error.kind == Kind::Service &&
            (error.type == QStringLiteral("ResourceNotFoundException") ||
             error.type == QStringLiteral("AccessDeniedException") || error.httpStatus == 403 ||
             error.httpStatus == 404));
}

} // namespace
// ---- ObjectImporter ----

ObjectImporter::ObjectImporter(QObject *parent)
    : QObject(parent)
    , m_failedModel(new FailedLinesModel(this))
{
    m_monotonic.start();
    m_clock = [this] { return m_monotonic.elapsed(); };
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ObjectImporter::pump);
    connect(&m_refillTimer, &QTimer::timeout, this, &ObjectImporter::pump);
}

ObjectImporter::~ObjectImporter()
{
    // Nothing is called back into a half-destroyed importer: the calls end with it.
    const auto calls = m_inFlight;
    m_inFlight.clear();
    for (const Pending &pending : calls) {
        if (pending.call)
            pending.call->cancel();
    }
}

void ObjectImporter::setClient(client::CustomerProfilesClient *client, const QString &domain,
                               const QString &objectType)
{
    m_client = client;
    m_domain = domain;
    m_objectType = objectType;
}

void ObjectImporter::setConcurrency(int calls)
{
    m_concurrency = std::max(1, calls);
    schedulePump();
}

void ObjectImporter::setRateLimit(double objectsPerSecond)
{
    m_rate = std::max(0.0, objectsPerSecond);
    m_lastRefill = m_clock();
    m_tokens = std::min(m_tokens, bucketCapacity());
    m_refillTimer.setInterval(tickMs());
    if (m_rate <= 0)
        m_refillTimer.stop();
    schedulePump();
}

void ObjectImporter::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastRefill = m_clock();
}

ObjectImporter::Format ObjectImporter::detect(const QByteArray &head, QString *problem)
{
    QString reason;
    const auto refuse = [&](const QString &why) {
        if (problem)
            *problem = why;
        return Format::Unknown;
    };
    QByteArray text = head.startsWith(kBom) ? head.mid(kBom.size()) : head;
    if (text.trimmed().isEmpty())
        return refuse(tr("The file is empty: there is nothing to import."));
    // A head cut in the middle of a character is still text.
    QByteArray whole = text.size() >= kHeadBytes - 3 ? text.chopped(3) : text;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(whole);
    if (text.contains('\0') || decoder.hasError())
        return refuse(tr("The file is not UTF-8 text, so it is neither JSON Lines nor CSV."));
    const QString start = decoded.trimmed();
    if (start.startsWith(u'{'))
        return Format::JsonLines;
    if (start.startsWith(u'['))
        return refuse(tr("The file is a JSON array, not JSON Lines: put each object on a line "
                         "of its own, without the brackets and commas between them."));
    if (start.startsWith(u'<'))
        return refuse(tr("The file looks like XML or HTML; import reads JSON Lines (a JSON "
                         "object on each line) or CSV whose first row names the columns."));
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    schema::CsvReader reader(&buffer);
    QStringList header;
    if (reader.next(header) != schema::CsvReader::Status::Record)
        return refuse(tr("The file is neither JSON Lines nor CSV: its first row is not valid "
                         "CSV (%1)")
                          .arg(reader.errorMessage()));
    QStringList seen;
    for (const QString &name : std::as_const(header)) {
        if (name.trimmed().isEmpty())
            return refuse(tr("The file is neither JSON Lines nor CSV with a header row: column "
                             "%1 of the first row has no name.")
                              .arg(seen.size() + 1));
        if (seen.contains(name))
            return refuse(tr("The file is neither JSON Lines nor CSV with a header row: the "
                             "first row names column “%1” twice.")
                              .arg(name));
        seen.append(name);
    }
    return Format::Csv;
}

ObjectImporter::Format ObjectImporter::detectFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = tr("Could not read %1: %2").arg(path, file.errorString());
        return Format::Unknown;
    }
    return detect(file.read(kHeadBytes), problem);
}

bool ObjectImporter::start(const QString &path)
{
    if (m_state == State::Running || m_state == State::Paused)
        return false;
    m_path = path;
    m_problem.clear();
    m_failedModel->clear();
    m_sent = m_succeeded = 0;
    m_atEnd = false;
    m_next.reset();
    m_endLine = 0;
    m_samples.clear();
    m_headerRaw.clear();
    if (!m_client || m_domain.isEmpty() || m_objectType.isEmpty()) {
        m_problem = tr("Choose a connection, a domain and an object type first.");
        setState(State::Failed);
        Q_EMIT finished();
        return false;
    }
    m_format = detectFile(path, &m_problem);
    if (m_format != Format::Unknown)
        m_source = ObjectRecordSource::create(m_format == Format::Csv);
    if (!m_source || !m_source->open(path, &m_problem)) {
        m_source.reset();
        setState(State::Failed);
        Q_EMIT finished();
        return false;
    }
    m_headerRaw = m_source->header();
    m_totalBytes = m_source->size();
    m_bytesRead = 0;
    m_tokens = bucketCapacity();
    m_lastRefill = m_clock();
    m_activeMs = 0;
    setState(State::Running);
    pump();
    return true;
}

void ObjectImporter::pause()
{
    if (m_state != State::Running)
        return;
    m_refillTimer.stop();
    m_pumpTimer.stop();
    setState(State::Paused);
}

void ObjectImporter::resume()
{
    if (m_state != State::Paused)
        return;
    m_problem.clear();
    m_lastRefill = m_clock(); // a pause earns no burst
    setState(State::Running);
    pump();
}

void ObjectImporter::cancel()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_refillTimer.stop();
    m_pumpTimer.stop();
    setState(State::Cancelled);
    // Each call's callback runs inside cancel(): its line is kept as failed.
    const QList<quint64> ids = m_inFlight.keys();
    for (quint64 id : ids) {
        const auto it = m_inFlight.constFind(id);
        if (it != m_inFlight.cend() && it->call)
            it->call->cancel();
    }
    finishIfDone();
}

ObjectImporter::Progress ObjectImporter::progress() const
{
    Progress p;
    p.sent = m_sent;
    p.succeeded = m_succeeded;
    p.failed = m_failedModel->rowCount();
    p.inFlight = m_inFlight.size();
    p.bytesRead = m_source ? m_source->position() : m_bytesRead;
    p.totalBytes = m_totalBytes;
    p.activeMs = m_activeMs + (m_state == State::Running ? m_clock() - m_runningSince : 0);
    sample();
    if (m_state != State::Running) {
        if (p.activeMs > 0)
            p.rate = double(p.done()) * 1000.0 / double(p.activeMs);
    } else if (m_samples.size() >= 2) {
        const Sample &first = m_samples.first();
        const Sample &last = m_samples.last();
        const double seconds = double(last.at - first.at) / 1000.0;
        if (seconds > 0) {
            p.rate = double(last.done - first.done) / seconds;
            const double bytesPerSecond = double(last.bytes - first.bytes) / seconds;
            if (bytesPerSecond > 0 && m_state == State::Running)
                p.secondsLeft =
                    qint64(std::ceil(double(p.totalBytes - p.bytesRead) / bytesPerSecond));
        }
    }
    return p;
}

void ObjectImporter::sample() const
{
    if (m_state != State::Running || !m_source)
        return;
    const qint64 now = m_clock();
    const qint64 done = m_succeeded + m_failedModel->rowCount();
    if (m_samples.isEmpty() || now - m_samples.last().at >= 250)
        m_samples.append({now, done, m_source->position()});
    while (m_samples.size() > 2 && now - m_samples.at(1).at >= kRateWindowMs)
        m_samples.removeFirst();
}

qint64 ObjectImporter::nextLine() const
{
    if (m_next)
        return m_next->line;
    if (!m_source)
        return m_endLine;
    return m_atEnd ? 0 : m_source->nextLine();
}

void ObjectImporter::setState(State state)
{
    if (m_state == state)
        return;
    if (m_state == State::Running || state == State::Running)
        m_samples.clear(); // the rate is the running one's, not the pause's
    if (m_state == State::Running)
        m_activeMs += m_clock() - m_runningSince;
    if (state == State::Running)
        m_runningSince = m_clock();
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ObjectImporter::schedulePump()
{
    if (m_state == State::Running)
        m_pumpTimer.start();
}

double ObjectImporter::bucketCapacity() const
{
    return std::max(1.0, std::floor(m_rate * tickMs() / 1000.0));
}

int ObjectImporter::tickMs() const
{
    // A tick brings at least one token: slow rates tick less often.
    return m_rate > 0 ? std::max(kTickMs, int(std::ceil(1000.0 / m_rate))) : kTickMs;
}

void ObjectImporter::refillTokens()
{
    const qint64 now = m_clock();
    if (now > m_lastRefill) {
        m_tokens = std::min(bucketCapacity(), m_tokens + double(now - m_lastRefill) * m_rate / 1000.0);
        m_lastRefill = now;
    }
}

bool ObjectImporter::takeToken()
{
    if (m_rate <= 0)
        return true;
    refillTokens();
    if (m_tokens < 1.0) {
        if (!m_refillTimer.isActive())
            m_refillTimer.start(tickMs());
        Q_EMIT rateLimited();
        return false;
    }
    m_tokens -= 1.0;
    return true;
}

void ObjectImporter::pump()
{
    if (m_state != State::Running || !m_source)
        return;
    if (!m_client) { // the connection closed
        pause();
        m_problem = tr("Paused: the connection was closed.");
        Q_EMIT stopped(m_problem);
        return;
    }
    sample();
    int budget = kRecordsPerTurn;
    while (m_state == State::Running && m_inFlight.size() < m_concurrency && !m_atEnd) {
        if (budget-- <= 0) {
            schedulePump();
            return;
        }
        if (!m_next) {
            ObjectRecord record;
            if (!m_source->next(record)) {
                m_atEnd = true;
                break;
            }
            if (!record.problem.isEmpty()) { // never sent
                fail(record, QString(), record.problem);
                continue;
            }
            m_next = std::move(record);
        }
        if (!takeToken())
            return;
        ObjectRecord record = std::move(*m_next);
        m_next.reset();
        issue(std::move(record));
    }
    finishIfDone();
}

void ObjectImporter::issue(ObjectRecord record)
{
    const quint64 id = ++m_nextId;
    const qint64 line = record.line;
    const QJsonObject input{{QStringLiteral("DomainName"), m_domain},
                            {QStringLiteral("ObjectTypeName"), m_objectType},
                            {QStringLiteral("Object"), QString::fromUtf8(record.object)}};
    record.object.clear(); // sent: the memory is the request's now
    m_inFlight.insert(id, {std::move(record), {}});
    ++m_sent;
    client::Call *call = m_client->call(
        QStringLiteral("PutProfileObject"), input, this,
        [this, id](const client::Outcome<QJsonObject> &outcome) { answered(id, outcome); });
    const auto it = m_inFlight.find(id);
    if (it != m_inFlight.end())
        it->call = call; // unless it was answered at once (a validation failure)
    Q_EMIT issued(line);
}

void ObjectImporter::answered(quint64 id, const client::Outcome<QJsonObject> &outcome)
{
    const auto it = m_inFlight.find(id);
    if (it == m_inFlight.end())
        return;
    const ObjectRecord record = std::move(it->record);
    m_inFlight.erase(it);
    if (outcome.ok()) {
        ++m_succeeded;
    } else {
        const client::ServiceError &error = outcome.error();
        using Kind = client::ServiceError::Kind;
        QString message;
        if (error.kind == Kind::Service && !error.message.isEmpty())
            message = error.message;
        else if (error.kind == Kind::Cancelled)
            message = tr("Cancelled while being sent: the service may have stored it.");
        else
            message = error.summary();
        fail(record, error.kind == Kind::Service ? error.type : QString(), message);
        if (m_state == State::Running && stopsTheRun(error)) {
            pause();
            m_problem = tr("Paused: %1").arg(error.summary());
            Q_EMIT stopped(m_problem);
        }
    }
    if (m_state == State::Running)
        schedulePump();
    finishIfDone();
}

void ObjectImporter::fail(const ObjectRecord &record, const QString &type, const QString &message)
{
    FailedLine line{record.line, type, message, m_source ? m_source->raw(record) : record.raw};
    m_failedModel->append(line);
    Q_EMIT lineFailed(line);
}

void ObjectImporter::finishIfDone()
{
    if (!m_inFlight.isEmpty())
        return;
    const bool ended = (m_state == State::Running && m_atEnd) || m_state == State::Cancelled;
    if (!ended || !m_source)
        return;
    m_refillTimer.stop();
    m_pumpTimer.stop();
    m_endLine = m_next ? m_next->line : (m_atEnd ? 0 : m_source->nextLine());
    const qint64 bytes = m_bytesRead = m_source->position();
    m_source.reset();
    if (m_state == State::Running)
        setState(State::Finished);
    m_samples = {{m_clock(), m_succeeded + m_failedModel->rowCount(), bytes}};
    Q_EMIT finished();
}

QString ObjectImporter::errorsPath(const QString &failedPath)
{
    return failedPath + QStringLiteral(".errors.csv");
}

bool ObjectImporter::saveFailedLines(const QString &path, QString *error) const
{
    QList<FailedLine> lines = m_failedModel->lines();
    std::stable_sort(lines.begin(), lines.end(),
                     [](const FailedLine &a, const FailedLine &b) { return a.line < b.line; });
    QSaveFile failed(path);
    QSaveFile errors(errorsPath(path));
    const auto problem = [error](const QSaveFile &file) {
        if (error)
            *error = tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    };
    if (!failed.open(QIODevice::WriteOnly))
        return problem(failed);
    if (!errors.open(QIODevice::WriteOnly))
        return problem(errors);
    qint64 written = 1;
    if (m_format == Format::Csv) {
        failed.write(m_headerRaw + '\n');
        ++written;
    }
    errors.write("line,failed_file_line,error,message\n");
    for (const FailedLine &line : std::as_const(lines)) {
        failed.write(line.raw + '\n');
        errors.write(QByteArray::number(line.line) + ',' + QByteArray::number(written) + ',' +
                     csvCell(line.type) + ',' + csvCell(line.message) + '\n');
        written += line.raw.count('\n') + 1;
    }
    if (!failed.commit())
        return problem(failed);
    if (!errors.commit())
        return problem(errors);
    return true;
}

} // namespace cp::models

