// Benchmarks of the local endpoint with a domain of 1,000,000 profiles: ingestion
// (PutProfileObject through Engine::call, file-backed and in memory) and SearchProfiles
// latency in process and over HTTP (a LocalEndpoint on loopback, signed requests,
// keep-alive). Prints one JSON object. Every part runs a fixed count, loopback only.
//
//   bench_emulator [--cache FILE] [--profiles N] [--searches N] [--ingest N] [--callers N]
//   bench_emulator --prepare DIR   copies the cached store to DIR/cplocal.sqlite
//   bench_emulator --like-console-import N [--callers N] [--over-http]   bench_console's import
#include "emubench.h"
#include "endpointthread.h"
#include "engine/engine.h"
#include "localendpoint.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <optional>
#include <random>

using namespace cp;
using Clock = std::chrono::steady_clock;

namespace {

const QByteArray kAccessKeyId = "AKIDBENCHEMULATOR";
const QByteArray kSecret = "bench/secret/key/for/loopback/only/000000";

double microsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

QJsonObject searchInput(const QString &keyName, int k)
{
    const QString value =
        keyName == QStringLiteral("_email") ? bench::emailOf(k) : bench::phoneOf(k);
    return {{QStringLiteral("DomainName"), bench::benchDomain()},
            {QStringLiteral("KeyName"), keyName},
            {QStringLiteral("Values"), QJsonArray{value}}};
}

// `count` searches for random profiles; only answers with exactly that profile count.
QJsonObject searchInProcess(emulator::Engine &engine, const QString &keyName, int profiles,
                            int count)
{
    std::mt19937 random(7);
    std::uniform_int_distribution<int> pick(0, profiles - 1);
    std::vector<double> micros;
    micros.reserve(size_t(count));
    int wrong = 0;
    for (int i = 0; i < count; ++i) {
        const QJsonObject input = searchInput(keyName, pick(random));
        const auto start = Clock::now();
        const emulator::ApiResult result = engine.call(QStringLiteral("SearchProfiles"), input);
        micros.push_back(microsSince(start));
        if (!result.ok() || result.body.value(QStringLiteral("Items")).toArray().size() != 1)
            ++wrong;
    }
    QJsonObject out = bench::latencyJson(micros);
    out.insert(QStringLiteral("wrong_answers"), wrong);
    return out;
}

QJsonObject searchOverHttp(bench::SignedConnection &connection, const QString &keyName,
                           int profiles, int count)
{
    std::mt19937 random(11);
    std::uniform_int_distribution<int> pick(0, profiles - 1);
    const QByteArray path = "/domains/" + bench::benchDomain().toUtf8() + "/profiles/search";
    std::vector<double> micros;
    micros.reserve(size_t(count));
    int wrong = 0;
    for (int i = 0; i < count; ++i) {
        QJsonObject input = searchInput(keyName, pick(random));
        input.remove(QStringLiteral("DomainName"));
        const QByteArray body = QJsonDocument(input).toJson(QJsonDocument::Compact);
        QByteArray response;
        const auto start = Clock::now();
        const int status = connection.request("POST", path, body, &response);
        micros.push_back(microsSince(start));
        if (status != 200 || QJsonDocument::fromJson(response)
                                     .object()
                                     .value(QStringLiteral("Items"))
                                     .toArray()
                                     .size() != 1)
            ++wrong;
    }
    QJsonObject out = bench::latencyJson(micros);
    out.insert(QStringLiteral("wrong_answers"), wrong);
    return out;
}

// PutProfileObject of `count` CRM contacts: matching existing profiles by email, or
// with new emails (each creates a profile), from `callers` threads at once (as the
// endpoint's worker threads call the engine; concurrent writes share transactions).
// Inputs are built before the clock starts.
QJsonObject ingest(emulator::Engine &engine, int profiles, int count, bool existing,
                   const QString &run, int callers = 1)
{
    std::mt19937 random(existing ? 13 : 17);
    std::uniform_int_distribution<int> pick(0, profiles - 1);
    std::vector<QJsonObject> inputs;
    inputs.reserve(size_t(count));
    for (int n = 0; n < count; ++n) {
        const int k = pick(random);
        const QJsonObject object{
            {QStringLiteral("contactId"),
             QStringLiteral("%1-%2-%3")
                 .arg(run, existing ? QStringLiteral("e") : QStringLiteral("n"))
                 .arg(n)},
            {QStringLiteral("email"),
             existing ? bench::emailOf(k)
                      : QStringLiteral("new-%1-%2@example.org").arg(run).arg(n)},
            {QStringLiteral("phone"),
             existing ? bench::phoneOf(k)
                      : QStringLiteral("+1-666-%1").arg(n, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("firstName"),
             existing ? QStringLiteral("First%1").arg(k) : QStringLiteral("New%1").arg(n)},
            {QStringLiteral("lastName"),
             existing ? QStringLiteral("Last%1").arg(k) : QStringLiteral("Contact%1").arg(run)}};
        inputs.push_back({{QStringLiteral("DomainName"), bench::benchDomain()},
                          {QStringLiteral("ObjectTypeName"), bench::benchObjectType()},
                          {QStringLiteral("Object"), QString::fromUtf8(QJsonDocument(object).toJson(
                                                         QJsonDocument::Compact))}});
    }
    std::vector<double> micros(size_t(count), 0.0);
    std::atomic<int> next{0};
    std::atomic<int> failed{0};
    const auto work = [&] {
        for (int i = next++; i < count; i = next++) {
            const auto one = Clock::now();
            if (!engine.call(QStringLiteral("PutProfileObject"), inputs[size_t(i)]).ok())
                ++failed;
            micros[size_t(i)] = microsSince(one);
        }
    };
    const auto start = Clock::now();
    if (callers == 1) {
        work();
    } else {
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < callers; ++t) {
            threads.emplace_back(QThread::create(work));
            threads.back()->start();
        }
        for (const auto &thread : threads)
            thread->wait();
    }
    const double seconds = microsSince(start) / 1e6;
    return {{QStringLiteral("objects"), count},
            {QStringLiteral("callers"), callers},
            {QStringLiteral("failed"), failed.load()},
            {QStringLiteral("seconds"), std::round(seconds * 1000) / 1000},
            {QStringLiteral("objects_per_s"), std::round(count / seconds)},
            {QStringLiteral("latency"), bench::latencyJson(micros)}};
}

QJsonObject ingestBoth(emulator::Engine &engine, int profiles, int count, const QString &run,
                       int callers)
{
    const QJsonObject existing = ingest(engine, profiles, count, true, run, callers);
    const QJsonObject fresh = ingest(engine, profiles, count, false, run, callers);
    const double total = existing.value(QStringLiteral("seconds")).toDouble() +
                         fresh.value(QStringLiteral("seconds")).toDouble();
    return {{QStringLiteral("matching_existing_profiles"), existing},
            {QStringLiteral("creating_profiles"), fresh},
            {QStringLiteral("objects_per_s"), std::round(2.0 * count / total)}};
}

// One caller, then `callers` at once; objects_per_s is the concurrent figure.
QJsonObject ingestRuns(emulator::Engine &engine, int profiles, int count, const QString &run,
                       int callers)
{
    const QJsonObject one = ingestBoth(engine, profiles, count, run + QStringLiteral("-1"), 1);
    const QJsonObject many =
        ingestBoth(engine, profiles, count, run + QStringLiteral("-%1").arg(callers), callers);
    return {{QStringLiteral("one_caller"), one},
            {QStringLiteral("concurrent_callers"), many},
            {QStringLiteral("callers"), callers},
            {QStringLiteral("objects_per_s"), many.value(QStringLiteral("objects_per_s"))}};
}

// Copies every table of a store file into an in-memory store (same schema).
bool loadIntoMemory(emulator::Database &memory, const QString &file, QString *error)
{
    QSqlDatabase db = memory.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("ATTACH DATABASE '%1' AS src").arg(file))) {
        *error = QStringLiteral("attach failed");
        return false;
    }
    QStringList tables;
    q.exec(QStringLiteral("SELECT name FROM src.sqlite_master WHERE type = 'table' AND name <> "
                          "'meta' ORDER BY name"));
    while (q.next())
        tables.append(q.value(0).toString());
    db.transaction();
    for (const QString &table : std::as_const(tables)) {
        if (!q.exec(
                QStringLiteral("INSERT OR REPLACE INTO main.%1 SELECT * FROM src.%1").arg(table))) {
            *error = QStringLiteral("copying %1 failed").arg(table);
            db.rollback();
            return false;
        }
    }
    db.commit();
    q.exec(QStringLiteral("DETACH DATABASE src"));
    return true;
}

using bench::EndpointThread;

// bench_console's import (issue 11 §3), without HTTP or the client: a fresh file store, the
// domain "import" and its type Rec (a UNIQUE id, matched to a profile by email), `count`
// objects {"id", "email"} of 500 customers from `callers` threads calling the engine, as the
// endpoint's workers would. The console's import is compared with this, like with like.
// With `http`, the same through a LocalEndpoint on loopback (2 HTTP workers, as the console's
// embedded one) and one signed keep-alive connection per caller: a client that costs next
// to nothing, so what the endpoint's HTTP path allows a console.
QJsonObject ingestLikeConsoleImport(const QString &dir, int count, int callers, bool http)
{
    auto db = std::make_unique<emulator::Database>(
        emulator::Database::Options{dir + QStringLiteral("/cplocal.sqlite"), false});
    QString error;
    if (!db->open(&error))
        return {{QStringLiteral("error"), error}};
    auto engine = std::make_unique<emulator::Engine>(*db, emulator::EngineOptions{});
    const auto field = [](const char *source) {
        return QJsonObject{{QStringLiteral("Source"), QLatin1String(source)}};
    };
    const auto key = [](const char *identifier, const char *name) {
        return QJsonArray{QJsonObject{
            {QStringLiteral("StandardIdentifiers"), QJsonArray{QLatin1String(identifier)}},
            {QStringLiteral("FieldNames"), QJsonArray{QLatin1String(name)}}}};
    };
    QJsonObject email = field("_source.email");
    email.insert(QStringLiteral("Target"), QStringLiteral("_profile.EmailAddress"));
    email.insert(QStringLiteral("ContentType"), QStringLiteral("EMAIL_ADDRESS"));
    const QString domain = QStringLiteral("import");
    if (!engine->call(QStringLiteral("CreateDomain"),
                     {{QStringLiteral("DomainName"), domain},
                      {QStringLiteral("DefaultExpirationDays"), 30}})
             .ok() ||
        !engine->call(QStringLiteral("PutProfileObjectType"),
                     {{QStringLiteral("DomainName"), domain},
                      {QStringLiteral("ObjectTypeName"), QStringLiteral("Rec")},
                      {QStringLiteral("Description"), QStringLiteral("bench")},
                      {QStringLiteral("AllowProfileCreation"), true},
                      {QStringLiteral("Fields"), QJsonObject{{QStringLiteral("id"), field("_source.id")},
                                                             {QStringLiteral("email"), email}}},
                      {QStringLiteral("Keys"), QJsonObject{{QStringLiteral("id"), key("UNIQUE", "id")},
                                                           {QStringLiteral("_email"),
                                                            key("PROFILE", "email")}}}})
             .ok())
        return {{QStringLiteral("error"), QStringLiteral("cannot create the domain or type")}};
    std::vector<QJsonObject> inputs;
    inputs.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        inputs.push_back(
            {{QStringLiteral("DomainName"), domain},
             {QStringLiteral("ObjectTypeName"), QStringLiteral("Rec")},
             {QStringLiteral("Object"),
              QStringLiteral("{\"id\": \"%1\", \"email\": \"u%2@example.com\"}").arg(i).arg(i % 500)}});
    }
    std::atomic<int> next{0};
    std::atomic<int> failed{0};
    std::function<void()> work = [&] {
        for (int i = next++; i < count; i = next++) {
            if (!engine->call(QStringLiteral("PutProfileObject"), inputs[size_t(i)]).ok())
                ++failed;
        }
    };
    std::optional<EndpointThread> endpoint; // started only over HTTP
    if (http) {
        engine.reset();
        db.reset(); // the endpoint opens the store itself
        emulator::LocalEndpointOptions options;
        options.dataDir = dir;
        options.accessKeyId = QString::fromLatin1(kAccessKeyId);
        options.secretAccessKey = QString::fromLatin1(kSecret);
        if (!endpoint.emplace().start(options, &error))
            return {{QStringLiteral("error"), error}};
        work = [&] {
            bench::SignedConnection connection(endpoint->port(), kAccessKeyId, kSecret, "us-east-1");
            QString problem;
            if (!connection.connectToServer(&problem))
                return;
            for (int i = next++; i < count; i = next++) {
                QJsonObject body = inputs[size_t(i)];
                body.remove(QStringLiteral("DomainName"));
                if (connection.request("PUT", "/domains/import/profiles/objects",
                                       QJsonDocument(body).toJson(QJsonDocument::Compact)) != 200)
                    ++failed;
            }
        };
    }
    const auto start = Clock::now();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < callers; ++t) {
        threads.emplace_back(QThread::create(work));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        thread->wait();
    const double seconds = microsSince(start) / 1e6;
    return {{QStringLiteral("objects"), count},
            {QStringLiteral("callers"), callers},
            {QStringLiteral("over_http"), http},
            {QStringLiteral("failed"), failed.load()},
            {QStringLiteral("seconds"), std::round(seconds * 1000) / 1000},
            {QStringLiteral("objects_per_s"), std::round(count / seconds)}};
}


int fail(const QString &message)
{
    std::fprintf(stderr, "bench_emulator: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QStringLiteral("Cached store."),
                                         QStringLiteral("file"),
                                         QStringLiteral("/tmp/cp-bench-1m.sqlite"));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
                                            QStringLiteral("Profiles in the domain."),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption searchesOption(QStringLiteral("searches"),
                                            QStringLiteral("Searches per key and mode."),
                                            QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption ingestOption(QStringLiteral("ingest"),
                                          QStringLiteral("Objects per ingestion run."),
                                          QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption callersOption(
        QStringLiteral("callers"), QStringLiteral("Threads calling PutProfileObject at once."),
        QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption prepareOption(QStringLiteral("prepare"),
                                           QStringLiteral("Copy the store to DIR and exit."),
                                           QStringLiteral("dir"));
    const QCommandLineOption likeImportOption(
        QStringLiteral("like-console-import"),
        QStringLiteral("Only bench_console's import, through the engine: N objects, --callers "
                       "threads, a fresh file store."),
        QStringLiteral("n"));
    const QCommandLineOption overHttpOption(
        QStringLiteral("over-http"),
        QStringLiteral("With --like-console-import: through a local endpoint over loopback."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Run one part (for profiling): search, http, file, memory."),
        QStringLiteral("part"));
    parser.addHelpOption();
    parser.addOptions({cacheOption, profilesOption, searchesOption, ingestOption, callersOption,
                       prepareOption, onlyOption, likeImportOption, overHttpOption});
    parser.process(app);
    if (parser.isSet(likeImportOption)) {
        QTemporaryDir dir;
        QJsonObject out{{QStringLiteral("machine"), bench::machineInfo()},
                        {QStringLiteral("like_console_import"),
                         ingestLikeConsoleImport(dir.path(), parser.value(likeImportOption).toInt(),
                                                 std::max(1, parser.value(callersOption).toInt()),
                                                 parser.isSet(overHttpOption))}};
        out.insert(QStringLiteral("machine_after"),
                   bench::machineInfo().value(QStringLiteral("load_average")));
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    const QString cache = parser.value(cacheOption);
    const int profiles = parser.value(profilesOption).toInt();
    const int searches = parser.value(searchesOption).toInt();
    const int objects = parser.value(ingestOption).toInt();
    const int callers = parser.value(callersOption).toInt();
    if (profiles < 1 || searches < 1 || objects < 1 || callers < 1)
        return fail(
            QStringLiteral("--profiles, --searches, --ingest and --callers must be positive"));

    QJsonObject report{{QStringLiteral("machine"), bench::machineInfo()}};
    QJsonObject dataset;
    QString error;
    if (!bench::ensureDataset(cache, profiles, &dataset, &error))
        return fail(error);
    dataset.insert(QStringLiteral("profiles"), profiles);
    dataset.insert(QStringLiteral("domain"), bench::benchDomain());
    if (parser.isSet(prepareOption)) {
        const QString target = parser.value(prepareOption) + QStringLiteral("/cplocal.sqlite");
        QDir().mkpath(parser.value(prepareOption));
        QFile::remove(target);
        if (!QFile::copy(cache, target))
            return fail(QStringLiteral("cannot copy the store to %1").arg(target));
        std::printf("%s\n", QJsonDocument(dataset).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    report.insert(QStringLiteral("dataset"), dataset);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cplocal.sqlite"));
    if (!dir.isValid() || !QFile::copy(cache, file))
        return fail(QStringLiteral("cannot copy the store to a temporary folder"));
    const QString keys[] = {QStringLiteral("_email"), QStringLiteral("_phone")};
    const QString only = parser.value(onlyOption);
    const auto runs = [&](const char *part) {
        return only.isEmpty() || only == QLatin1String(part);
    };

    if (runs("search")) { // SearchProfiles in process, file-backed store (WAL, synchronous=NORMAL)
        emulator::Database db(emulator::Database::Options{file, false});
        if (!db.open(&error))
            return fail(error);
        emulator::Engine engine(db, {});
        searchInProcess(engine, keys[0], profiles, std::min(searches, 2000)); // warm-up
        QJsonObject out;
        for (const QString &key : keys)
            out.insert(key, searchInProcess(engine, key, profiles, searches));
        report.insert(QStringLiteral("search_in_process"), out);
    }
    if (runs("http")) { // SearchProfiles over HTTP: LocalEndpoint on loopback, one keep-alive
                        // connection
        emulator::LocalEndpointOptions options;
        options.dataDir = dir.path();
        options.accessKeyId = QString::fromLatin1(kAccessKeyId);
        options.secretAccessKey = QString::fromLatin1(kSecret);
        EndpointThread endpoint;
        const auto started = Clock::now();
        if (!endpoint.start(options, &error))
            return fail(error);
        const double startMs = microsSince(started) / 1000;
        bench::SignedConnection connection(endpoint.port(), kAccessKeyId, kSecret, "us-east-1");
        if (!connection.connectToServer(&error))
            return fail(error);
        searchOverHttp(connection, keys[0], profiles, std::min(searches, 1000)); // warm-up
        QJsonObject out{{QStringLiteral("endpoint_start_ms"), std::round(startMs)}};
        for (const QString &key : keys)
            out.insert(key, searchOverHttp(connection, key, profiles, searches));
        report.insert(QStringLiteral("search_http"), out);
    }
    if (runs("file")) { // PutProfileObject in process, file-backed store
        emulator::Database db(emulator::Database::Options{file, false});
        if (!db.open(&error))
            return fail(error);
        emulator::Engine engine(db, {});
        ingest(engine, profiles, std::min(objects, 2000), true, QStringLiteral("warm")); // warm-up
        QJsonObject out = ingestRuns(engine, profiles, objects, QStringLiteral("file"), callers);
        // What each object costs in WAL pages (4 KiB), counted by the Checkpointer's hook.
        constexpr int kProbe = 1000;
        const qint64 framesBefore = db.checkpointer()->framesWritten();
        ingest(engine, profiles, kProbe, true, QStringLiteral("probe"));
        out.insert(QStringLiteral("wal_pages_per_object"),
                   std::round((db.checkpointer()->framesWritten() - framesBefore) * 10.0 / kProbe) /
                       10);
        out.insert(QStringLiteral("background_checkpoints"), db.checkpointer()->checkpoints());
        out.insert(QStringLiteral("writer_checkpoints"), db.checkpointer()->writerCheckpoints());
        // GetDomain's Stats (kept by triggers) against a count of the rows.
        const QString domain = bench::benchDomain();
        QSqlQuery pragma(db.connection());
        pragma.exec(
            QStringLiteral(
                "SELECT (SELECT profiles || '/' || metering || '/' || objects || '/' || size"
                " FROM domain_stats WHERE domain = '%1') = (SELECT COUNT(*) || '/'"
                " || SUM(MAX(1, (object_count + 99) / 100)) FROM profiles WHERE domain = '%1')"
                " || '/' || (SELECT COUNT(*) || '/' || SUM(size) FROM objects WHERE domain = '%1')")
                .arg(domain));
        out.insert(QStringLiteral("stats_match_counts"),
                   pragma.next() && pragma.value(0).toInt() == 1);
        report.insert(QStringLiteral("ingest_file"), out);
    }
    if (runs("memory")) { // PutProfileObject in process, in-memory store holding the same 1,000,000
                          // profiles
        emulator::Database db(emulator::Database::Options{{}, true});
        if (!db.open(&error))
            return fail(error);
        const auto started = Clock::now();
        if (!loadIntoMemory(db, cache, &error))
            return fail(error);
        const double loadSeconds = microsSince(started) / 1e6;
        emulator::Engine engine(db, {});
        ingest(engine, profiles, std::min(objects, 2000), true, QStringLiteral("warm"));
        QJsonObject out = ingestRuns(engine, profiles, objects, QStringLiteral("memory"), callers);
        out.insert(QStringLiteral("load_seconds"), std::round(loadSeconds * 10) / 10);
        report.insert(QStringLiteral("ingest_memory"), out);
    }
    report.insert(QStringLiteral("machine_after"),
                  bench::machineInfo().value(QStringLiteral("load_average")));
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
