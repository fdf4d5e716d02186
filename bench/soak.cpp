// A soak of the local endpoint: a real cplocal process with a file store in a temporary
// folder, mixed signed traffic from N keep-alive connections (CreateProfile,
// PutProfileObject, SearchProfiles, DeleteProfile, listings) for a while, and a few
// kill -9 and restarts in between. After each restart every connection checks the writes
// it had acknowledged since its last check (each profile and object found, each deleted
// profile gone) and the store passes SQLite's quick_check. Prints one JSON object; exits 1
// on any 5xx or 4xx, lost write, failed restart or store damage, or growth of the
// process's anonymous memory (RssAnon: not the memory-mapped store) past the bound.
//
//   soak --cplocal PATH [--seconds 600] [--kills 4] [--connections 32]
//        [--warmup-seconds 60] [--max-rss-growth 1.5]
#include "emubench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>

using Clock = std::chrono::steady_clock;

namespace {

const QByteArray kKeyId = "AKIDSOAKTEST00000001";
const QByteArray kSecret = "soak-secret-key-not-a-real-one-0000000000";
const QByteArray kDomain = "/domains/soak";

enum class Phase { Run, Verify, Stop };

// What the workers and the coordinator share.
struct Shared
{
    std::atomic<Phase> phase{Phase::Run};
    std::atomic<int> generation{0}; // bumped at every restart: verify once per generation
    std::atomic<int> verified{0};   // workers done verifying this generation
    std::atomic<qint64> requests{0}, acknowledgedWrites{0}, transportErrors{0};
    std::atomic<qint64> status5xx{0}, status4xx{0}, lost{0}, verifiedWrites{0};
    std::atomic<qint64> readYourWriteMisses{0};
    std::mutex mutex;
    QStringList problems; // the first few, for the report

    void problem(const QString &text)
    {
        std::lock_guard lock(mutex);
        if (problems.size() < 20)
            problems.append(text);
    }
};

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray searchBody(const char *key, const QString &value)
{
    return compact({{QStringLiteral("KeyName"), QLatin1String(key)},
                    {QStringLiteral("Values"), QJsonArray{value}}});
}

// One connection's traffic and the writes it was told were done.
class Worker
{
public:
    Worker(int index, quint16 port, Shared &shared)
        : m_index(index)
        , m_shared(shared)
        , m_connection(port, kKeyId, kSecret, "us-east-1")
        , m_random(unsigned(index) * 7919u + 1)
    {}

    void run()
    {
        int verifiedGeneration = 0;
        while (m_shared.phase != Phase::Stop) {
            if (m_shared.phase == Phase::Verify) {
                const int generation = m_shared.generation;
                if (generation != verifiedGeneration) {
                    verify();
                    verifiedGeneration = generation;
                    ++m_shared.verified;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                continue;
            }
            step();
        }
    }

private:
    struct Profile
    {
        QString id, email;
    };
    struct Object
    {
        QString email, uniqueKey;
    };

    // One request, counted; -1 on a transport error (the server may be down: wait a bit).
    int call(const QByteArray &method, const QByteArray &path, const QByteArray &body,
             QJsonObject *out = nullptr)
    {
        QByteArray response;
        const int status = m_connection.request(method, path, body, &response);
        ++m_shared.requests;
        if (status < 0) {
            ++m_shared.transportErrors;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        } else if (status >= 500) {
            ++m_shared.status5xx;
            m_shared.problem(QStringLiteral("%1 %2 answered %3: %4")
                                 .arg(QString::fromLatin1(method), QString::fromLatin1(path))
                                 .arg(status)
                                 .arg(QString::fromUtf8(response.left(300))));
        } else if (status >= 400) {
            ++m_shared.status4xx;
            m_shared.problem(QStringLiteral("%1 %2 answered %3: %4")
                                 .arg(QString::fromLatin1(method), QString::fromLatin1(path))
                                 .arg(status)
                                 .arg(QString::fromUtf8(response.left(300))));
        }
        if (out && status == 200)
            *out = json(response);
        return status;
    }

    void step()
    {
        const int pick = std::uniform_int_distribution<int>(0, 99)(m_random);
        const QString tag = QStringLiteral("%1-%2").arg(m_index).arg(++m_serial);
        QJsonObject answer;
        if (pick < 25) {
            const QString email = QStringLiteral("c-%1@soak.test").arg(tag);
            const QByteArray body =
                compact({{QStringLiteral("FirstName"), QString(QStringLiteral("First ") + tag)},
                         {QStringLiteral("LastName"), QStringLiteral("Soak")},
                         {QStringLiteral("EmailAddress"), email}});
            if (call("POST", kDomain + "/profiles", body, &answer) == 200) {
                m_profiles.append({answer.value(QStringLiteral("ProfileId")).toString(), email});
                m_uncheckedProfiles.append(m_profiles.last());
                ++m_shared.acknowledgedWrites;
            }
        } else if (pick < 50) {
            const QString email = QStringLiteral("o-%1@soak.test").arg(tag);
            const QJsonObject object{{QStringLiteral("contactId"), tag},
                                     {QStringLiteral("email"), email},
                                     {QStringLiteral("firstName"), QStringLiteral("Object")},
                                     {QStringLiteral("lastName"), tag}};
            const QByteArray body = compact(
                {{QStringLiteral("ObjectTypeName"), cp::bench::benchObjectType()},
                 {QStringLiteral("Object"), QString::fromUtf8(compact(object))}});
            if (call("PUT", kDomain + "/profiles/objects", body, &answer) == 200) {
                m_objects.append(
                    {email, answer.value(QStringLiteral("ProfileObjectUniqueKey")).toString()});
                m_uncheckedObjects.append(m_objects.last());
                ++m_shared.acknowledgedWrites;
            }
        } else if (pick < 65 && !m_profiles.isEmpty()) {
            // Read your own write: a profile this connection created is found.
            const Profile &p = m_profiles[randomIndex(m_profiles.size())];
            if (call("POST", kDomain + "/profiles/search", searchBody("_email", p.email),
                     &answer) == 200 &&
                answer.value(QStringLiteral("Items")).toArray().size() != 1) {
                ++m_shared.readYourWriteMisses;
                m_shared.problem(QStringLiteral("profile %1 not found while running").arg(p.id));
            }
        } else if (pick < 75 && !m_objects.isEmpty()) {
            const Object &o = m_objects[randomIndex(m_objects.size())];
            (void)call("POST", kDomain + "/profiles/search", searchBody("_email", o.email));
        } else if (pick < 85 && !m_profiles.isEmpty()) {
            const qsizetype i = randomIndex(m_profiles.size());
            const Profile p = m_profiles[i];
            const int status =
                call("POST", kDomain + "/profiles/delete",
                     compact({{QStringLiteral("ProfileId"), p.id}}));
            if (status == 200 || status < 0) {
                // Deleted, or maybe (the answer was lost): no longer this connection's.
                m_profiles.removeAt(i);
                m_uncheckedProfiles.removeIf([&](const Profile &u) { return u.id == p.id; });
                if (status == 200) {
                    m_uncheckedDeletes.append(p);
                    ++m_shared.acknowledgedWrites;
                }
            }
        } else if (pick < 92 && !m_profiles.isEmpty()) {
            const Profile &p = m_profiles[randomIndex(m_profiles.size())];
            (void)call("POST", kDomain + "/profiles/objects",
                       compact({{QStringLiteral("ProfileId"), p.id},
                                {QStringLiteral("ObjectTypeName"), cp::bench::benchObjectType()},
                                {QStringLiteral("MaxResults"), 10}}));
        } else if (pick < 96) {
            (void)call("GET", kDomain + "/object-types", {});
        } else {
            (void)call("GET", "/domains", {});
        }
    }

    qsizetype randomIndex(qsizetype size)
    {
        return std::uniform_int_distribution<qsizetype>(0, size - 1)(m_random);
    }

    // Retries transport errors: the store was just reopened, the answer must come.
    int callUntilAnswered(const QByteArray &method, const QByteArray &path,
                          const QByteArray &body, QJsonObject *out)
    {
        for (int attempt = 0; attempt < 500; ++attempt) {
            const int status = call(method, path, body, out);
            if (status >= 0)
                return status;
        }
        return -1;
    }

    void lostWrite(const QString &what)
    {
        ++m_shared.lost;
        m_shared.problem(QStringLiteral("lost after restart: %1").arg(what));
    }

    void verify()
    {
        QJsonObject answer;
        for (const Profile &p : std::as_const(m_uncheckedProfiles)) {
            if (callUntilAnswered("POST", kDomain + "/profiles/search",
                                  searchBody("_profileId", p.id), &answer) != 200 ||
                answer.value(QStringLiteral("Items")).toArray().size() != 1)
                lostWrite(QStringLiteral("CreateProfile %1").arg(p.id));
            ++m_shared.verifiedWrites;
        }
        for (const Profile &p : std::as_const(m_uncheckedDeletes)) {
            if (callUntilAnswered("POST", kDomain + "/profiles/search",
                                  searchBody("_profileId", p.id), &answer) != 200 ||
                !answer.value(QStringLiteral("Items")).toArray().isEmpty())
                lostWrite(QStringLiteral("DeleteProfile %1").arg(p.id));
            ++m_shared.verifiedWrites;
        }
        for (const Object &o : std::as_const(m_uncheckedObjects)) {
            ++m_shared.verifiedWrites;
            if (callUntilAnswered("POST", kDomain + "/profiles/search",
                                  searchBody("_email", o.email), &answer) != 200) {
                lostWrite(QStringLiteral("PutProfileObject %1 (search)").arg(o.uniqueKey));
                continue;
            }
            const QJsonArray items = answer.value(QStringLiteral("Items")).toArray();
            if (items.size() != 1) {
                lostWrite(QStringLiteral("PutProfileObject %1 (its profile)").arg(o.uniqueKey));
                continue;
            }
            const QString profileId =
                items.first().toObject().value(QStringLiteral("ProfileId")).toString();
            const QByteArray body =
                compact({{QStringLiteral("ProfileId"), profileId},
                         {QStringLiteral("ObjectTypeName"), cp::bench::benchObjectType()}});
            bool found = false;
            if (callUntilAnswered("POST", kDomain + "/profiles/objects", body, &answer) == 200) {
                for (const QJsonValue &item : answer.value(QStringLiteral("Items")).toArray())
                    found |= item.toObject().value(QStringLiteral("ProfileObjectUniqueKey")) ==
                             o.uniqueKey;
            }
            if (!found)
                lostWrite(QStringLiteral("PutProfileObject %1").arg(o.uniqueKey));
        }
        m_uncheckedProfiles.clear();
        m_uncheckedDeletes.clear();
        m_uncheckedObjects.clear();
    }

    int m_index;
    Shared &m_shared;
    cp::bench::SignedConnection m_connection;
    std::mt19937 m_random;
    qint64 m_serial = 0;
    QList<Profile> m_profiles; // created, acknowledged, not deleted
    QList<Profile> m_uncheckedProfiles, m_uncheckedDeletes;
    QList<Object> m_objects, m_uncheckedObjects;
};

// The cplocal process: started on a fixed port after the first start, so that the
// workers' connections find it again after a restart.
class Endpoint
{
public:
    Endpoint(QString program, QString dataDir)
        : m_program(std::move(program))
        , m_dataDir(std::move(dataDir))
    {}
    ~Endpoint() { kill9(); }

    bool start(QString *error)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->setStandardErrorFile(m_dataDir + QStringLiteral("/../cplocal.log"),
                                        QIODevice::Append);
        m_process->start(m_program,
                         {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--port"),
                          QString::number(m_port), QStringLiteral("--access-key-id"),
                          QString::fromLatin1(kKeyId), QStringLiteral("--secret-access-key"),
                          QString::fromLatin1(kSecret)});
        QByteArray line;
        const auto deadline = Clock::now() + std::chrono::seconds(60);
        while (!line.contains('\n') && Clock::now() < deadline &&
               m_process->state() != QProcess::NotRunning) {
            m_process->waitForReadyRead(200);
            line += m_process->readAllStandardOutput();
        }
        const qsizetype colon = line.lastIndexOf(':');
        if (!line.startsWith("cplocal listening on http://") || colon < 0) {
            *error = QStringLiteral("cplocal did not start: %1 (see cplocal.log)")
                         .arg(QString::fromUtf8(line.trimmed()));
            return false;
        }
        m_port = quint16(line.mid(colon + 1).trimmed().toUInt());
        return m_port != 0;
    }

    void kill9()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->kill(); // SIGKILL
        m_process->waitForFinished(10000);
    }

    void stop()
    {
        m_process->terminate();
        m_process->waitForFinished(30000);
    }

    // VmRSS and RssAnon (heap and stacks, without the memory-mapped store), in KiB.
    std::pair<qint64, qint64> rssKb() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process->processId()));
        if (!status.open(QIODevice::ReadOnly))
            return {0, 0};
        qint64 total = 0, anon = 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                total = line.mid(6).trimmed().split(' ').first().toLongLong();
            else if (line.startsWith("RssAnon:"))
                anon = line.mid(8).trimmed().split(' ').first().toLongLong();
        }
        return {total, anon};
    }

    quint16 port() const { return m_port; }

private:
    QString m_program, m_dataDir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// SQLite's own check of the store, from a separate read connection while cplocal runs.
QString quickCheck(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery q(db);
            result = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next()
                         ? q.value(0).toString()
                         : q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool setUp(quint16 port, QString *error)
{
    cp::bench::SignedConnection c(port, kKeyId, kSecret, "us-east-1");
    if (!c.connectToServer(error))
        return false;
    QByteArray answer;
    if (c.request("POST", kDomain, R"({"DefaultExpirationDays":365})", &answer) != 200) {
        *error = QStringLiteral("CreateDomain failed: ") + QString::fromUtf8(answer);
        return false;
    }
    QJsonObject type = cp::bench::objectTypeRequest();
    type.remove(QStringLiteral("DomainName"));
    type.remove(QStringLiteral("ObjectTypeName"));
    if (c.request("PUT", kDomain + "/object-types/" + cp::bench::benchObjectType().toUtf8(),
                  compact(type), &answer) != 200) {
        *error = QStringLiteral("PutProfileObjectType failed: ") + QString::fromUtf8(answer);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cplocal(QStringLiteral("cplocal"),
                                     QStringLiteral("The cplocal executable."),
                                     QStringLiteral("path"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Duration."),
                                     QStringLiteral("s"), QStringLiteral("600"));
    const QCommandLineOption kills(QStringLiteral("kills"),
                                   QStringLiteral("kill -9 and restarts, evenly spread; the "
                                                  "last one ends the run."),
                                   QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("Connections."), QStringLiteral("n"),
                                         QStringLiteral("32"));
    const QCommandLineOption warmup(QStringLiteral("warmup-seconds"),
                                    QStringLiteral("RSS is compared from this long after each "
                                                   "start (default: a fifth of each run)."),
                                    QStringLiteral("s"), QStringLiteral("0"));
    const QCommandLineOption maxGrowth(
        QStringLiteral("max-rss-growth"),
        QStringLiteral("Fail when RssAnon after warm-up exceeds its warm-up value by this "
                       "factor (0: report only)."),
        QStringLiteral("x"), QStringLiteral("1.5"));
    parser.addHelpOption();
    parser.addOptions({cplocal, seconds, kills, connections, warmup, maxGrowth});
    parser.process(app);

    const int duration = parser.value(seconds).toInt();
    const int killCount = parser.value(kills).toInt();
    const int connectionCount = parser.value(connections).toInt();
    if (parser.value(cplocal).isEmpty() || duration < 5 || killCount < 1 ||
        connectionCount < 1 || connectionCount > 256) {
        std::fprintf(stderr, "soak: give --cplocal; see --help\n");
        return 2;
    }
    QTemporaryDir temp;
    const QString dataDir = temp.path() + QStringLiteral("/data");
    QDir().mkpath(dataDir);
    Endpoint endpoint(parser.value(cplocal), dataDir);
    QString error;
    if (!endpoint.start(&error) || !setUp(endpoint.port(), &error)) {
        std::fprintf(stderr, "soak: %s\n", qPrintable(error));
        return 1;
    }

    Shared shared;
    std::vector<std::unique_ptr<Worker>> workers;
    std::vector<std::thread> threads;
    for (int i = 0; i < connectionCount; ++i) {
        workers.push_back(std::make_unique<Worker>(i, endpoint.port(), shared));
        threads.emplace_back([w = workers.back().get()] { w->run(); });
    }

    // Segments between kills; RSS sampled every 250 ms.
    // The last kill ends the run, so that every acknowledged write is checked after one.
    const int segments = qMax(1, killCount);
    const double segmentSeconds = double(duration) / segments;
    const double warmupSeconds = parser.value(warmup).toDouble() > 0
                                     ? parser.value(warmup).toDouble()
                                     : segmentSeconds / 5;
    // Memory: the mapped store's pages count in VmRSS and grow with the store; RssAnon
    // (heap, caches, stacks) is what must level off once each run has warmed up.
    qint64 peakRss = 0, peakAnon = 0, worstWarmAnon = 0, worstLaterAnon = 0;
    double worstGrowth = 0;
    int restarts = 0, cleanOpens = 0;
    QJsonArray quickChecks, anonProfiles;
    const auto began = Clock::now();
    for (int segment = 0; segment < segments; ++segment) {
        const auto segmentStart = Clock::now();
        const auto segmentEnd =
            began + std::chrono::milliseconds(qint64((segment + 1) * segmentSeconds * 1000));
        qint64 warmAnon = 0, laterPeak = 0;
        QJsonArray tenths; // RssAnon (MiB) at each tenth of the run
        while (Clock::now() < segmentEnd) {
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
            const auto [rss, anon] = endpoint.rssKb();
            peakRss = qMax(peakRss, rss);
            peakAnon = qMax(peakAnon, anon);
            const double age = std::chrono::duration<double>(Clock::now() - segmentStart).count();
            if (age >= (tenths.size() + 1) * segmentSeconds / 10)
                tenths.append(std::round(double(anon) / 1024 * 10) / 10);
            if (age <= warmupSeconds)
                warmAnon = anon;
            else
                laterPeak = qMax(laterPeak, anon);
        }
        anonProfiles.append(tenths);
        if (warmAnon > 0 && laterPeak > 0 && double(laterPeak) / warmAnon > worstGrowth) {
            worstGrowth = double(laterPeak) / warmAnon;
            worstWarmAnon = warmAnon;
            worstLaterAnon = laterPeak;
        }
        endpoint.kill9();
        ++restarts;
        if (!endpoint.start(&error)) {
            shared.problem(QStringLiteral("restart %1: %2").arg(restarts).arg(error));
            break;
        }
        ++cleanOpens;
        quickChecks.append(quickCheck(dataDir + QStringLiteral("/cplocal.sqlite")));
        shared.verified = 0;
        ++shared.generation;
        shared.phase = Phase::Verify;
        while (shared.verified < connectionCount)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        shared.phase = segment + 1 < segments ? Phase::Run : Phase::Stop;
    }
    shared.phase = Phase::Stop;
    for (std::thread &t : threads)
        t.join();
    endpoint.stop();
    const double elapsed = std::chrono::duration<double>(Clock::now() - began).count();

    bool checksOk = true;
    for (const QJsonValue &c : std::as_const(quickChecks))
        checksOk &= c.toString() == QStringLiteral("ok");
    const double allowedGrowth = parser.value(maxGrowth).toDouble();
    const bool rssFlat = allowedGrowth <= 0 || worstGrowth <= allowedGrowth;
    const bool ok = shared.status5xx == 0 && shared.lost == 0 && shared.status4xx == 0 &&
                    shared.readYourWriteMisses == 0 && cleanOpens == restarts && checksOk &&
                    rssFlat && shared.acknowledgedWrites > 0;
    const QJsonObject report{
        {QStringLiteral("ok"), ok},
        {QStringLiteral("seconds"), std::round(elapsed)},
        {QStringLiteral("connections"), connectionCount},
        {QStringLiteral("requests"), shared.requests.load()},
        {QStringLiteral("requests_per_s"), std::round(double(shared.requests) / elapsed)},
        {QStringLiteral("acknowledged_writes"), shared.acknowledgedWrites.load()},
        {QStringLiteral("verified_writes"), shared.verifiedWrites.load()},
        {QStringLiteral("lost_writes"), shared.lost.load()},
        {QStringLiteral("read_your_write_misses"), shared.readYourWriteMisses.load()},
        {QStringLiteral("status_5xx"), shared.status5xx.load()},
        {QStringLiteral("status_4xx"), shared.status4xx.load()},
        {QStringLiteral("transport_errors_during_kills"), shared.transportErrors.load()},
        {QStringLiteral("kills"), restarts},
        {QStringLiteral("clean_restarts"), cleanOpens},
        {QStringLiteral("quick_checks"), quickChecks},
        {QStringLiteral("peak_rss_mib"), std::round(double(peakRss) / 1024 * 10) / 10},
        {QStringLiteral("peak_rss_anon_mib"), std::round(double(peakAnon) / 1024 * 10) / 10},
        {QStringLiteral("rss_anon_after_warmup_mib"),
         std::round(double(worstWarmAnon) / 1024 * 10) / 10},
        {QStringLiteral("rss_anon_peak_later_mib"),
         std::round(double(worstLaterAnon) / 1024 * 10) / 10},
        {QStringLiteral("rss_anon_growth"), std::round(worstGrowth * 100) / 100},
        {QStringLiteral("rss_anon_by_tenth_mib"), anonProfiles},
        {QStringLiteral("warmup_seconds"), std::round(warmupSeconds)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(shared.problems)},
        {QStringLiteral("machine"), cp::bench::machineInfo()}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return ok ? 0 : 1;
}
