// Rule-based matching under load (issue 16): PutProfileObject into the benchmark domain
// with rule-based matching off, then on (email, phone, first + last name), and
// GetSimilarProfiles latency over HTTP (a LocalEndpoint on loopback, signed requests,
// keep-alive) for profiles in a match group and for profiles in none. Prints one JSON
// object.
//
//   bench_matching [--cache FILE] [--profiles N] [--ingest N] [--duplicates N] [--similar N]
#include "emubench.h"
#include "endpointthread.h"
#include "engine/engine.h"
#include "localendpoint.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>
#include <chrono>
#include <cstdio>
#include <random>

using namespace cp;
using Clock = std::chrono::steady_clock;

namespace {

const QByteArray kAccessKeyId = "AKIDBENCHMATCHING";
const QByteArray kSecret = "bench/secret/key/for/loopback/only/000001";

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

QJsonObject rules()
{
    return QJsonDocument::fromJson(R"({"Enabled": true, "MatchingRules": [
        {"Rule": ["EmailAddress"]}, {"Rule": ["PhoneNumber"]}, {"Rule": ["FirstName", "LastName"]}]})")
        .object();
}

// `count` CRM contacts: half for existing profiles (matched by email, fields as they are
// but a new contact id), half new (each creates a profile). Inputs are built before the
// clock starts; one caller, as a script ingesting a file would.
QJsonObject ingest(emulator::Engine &engine, int profiles, int count, const QString &run)
{
    std::mt19937 random(23);
    std::uniform_int_distribution<int> pick(0, profiles - 1);
    std::vector<QJsonObject> inputs;
    for (int n = 0; n < count; ++n) {
        const bool existing = n % 2 == 0;
        const int k = pick(random);
        const QJsonObject object{
            {QStringLiteral("contactId"), QStringLiteral("%1-%2").arg(run).arg(n)},
            {QStringLiteral("email"),
             existing ? bench::emailOf(k) : QStringLiteral("%1-%2@example.org").arg(run).arg(n)},
            {QStringLiteral("phone"),
             existing ? bench::phoneOf(k)
                      : QStringLiteral("+1-777-%1").arg(n, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("firstName"),
             existing ? QStringLiteral("First%1").arg(k) : QStringLiteral("New%1").arg(n)},
            {QStringLiteral("lastName"), existing ? QStringLiteral("Last%1").arg(k) : run}};
        inputs.push_back({{QStringLiteral("DomainName"), bench::benchDomain()},
                          {QStringLiteral("ObjectTypeName"), bench::benchObjectType()},
                          {QStringLiteral("Object"), QString::fromUtf8(QJsonDocument(object).toJson(
                                                         QJsonDocument::Compact))}});
    }
    std::vector<double> micros;
    int failed = 0;
    const auto start = Clock::now();
    for (const QJsonObject &input : inputs) {
        const auto one = Clock::now();
        if (!engine.call(QStringLiteral("PutProfileObject"), input).ok())
            ++failed;
        micros.push_back(secondsSince(one) * 1e6);
    }
    const double seconds = secondsSince(start);
    return {{QStringLiteral("objects"), count},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("seconds"), std::round(seconds * 1000) / 1000},
            {QStringLiteral("objects_per_s"), std::round(count / seconds)},
            {QStringLiteral("latency"), bench::latencyJson(micros)}};
}

// Profiles that duplicate existing ones by email (CreateProfile): each makes a group.
QStringList makeDuplicates(emulator::Engine &engine, int profiles, int count)
{
    QStringList ids;
    const int step = std::max(1, profiles / std::max(1, count));
    for (int i = 0; i < count; ++i) {
        const emulator::ApiResult r = engine.call(
            QStringLiteral("CreateProfile"),
            {{QStringLiteral("DomainName"), bench::benchDomain()},
             {QStringLiteral("EmailAddress"), bench::emailOf((i * step) % profiles).toUpper()}});
        ids.append(r.body.value(QStringLiteral("ProfileId")).toString());
    }
    return ids;
}

using bench::EndpointThread;

// GetSimilarProfiles by profile id; `groupSize` is what each answer must hold.
QJsonObject similarOverHttp(bench::SignedConnection &connection, const QStringList &ids, int count,
                            int groupSize)
{
    std::mt19937 random(29);
    std::uniform_int_distribution<qsizetype> pick(0, ids.size() - 1);
    const QByteArray path = "/domains/" + bench::benchDomain().toUtf8() + "/matches";
    std::vector<double> micros;
    int wrong = 0;
    for (int i = 0; i < count; ++i) {
        const QJsonObject input{
            {QStringLiteral("MatchType"), QStringLiteral("RULE_BASED_MATCHING")},
            {QStringLiteral("SearchKey"), QStringLiteral("_profileId")},
            {QStringLiteral("SearchValue"), ids.at(pick(random))}};
        QByteArray response;
        const auto start = Clock::now();
        const int status = connection.request(
            "POST", path, QJsonDocument(input).toJson(QJsonDocument::Compact), &response);
        micros.push_back(secondsSince(start) * 1e6);
        const QJsonArray found = QJsonDocument::fromJson(response)
                                     .object()
                                     .value(QStringLiteral("ProfileIds"))
                                     .toArray();
        if (status != 200 || found.size() != groupSize)
            ++wrong;
    }
    QJsonObject out = bench::latencyJson(micros);
    out.insert(QStringLiteral("wrong_answers"), wrong);
    return out;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_matching: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QStringLiteral("Cached store."),
                                         QStringLiteral("file"),
                                         QStringLiteral("/tmp/cp-bench-matching.sqlite"));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
                                            QStringLiteral("Profiles in the domain."),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption ingestOption(QStringLiteral("ingest"),
                                          QStringLiteral("Objects per ingestion run."),
                                          QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption duplicatesOption(QStringLiteral("duplicates"),
                                              QStringLiteral("Duplicate profiles made."),
                                              QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption similarOption(QStringLiteral("similar"),
                                           QStringLiteral("GetSimilarProfiles requests per kind."),
                                           QStringLiteral("n"), QStringLiteral("5000"));
    parser.addHelpOption();
    parser.addOptions({cacheOption, profilesOption, ingestOption, duplicatesOption, similarOption});
    parser.process(app);
    const int profiles = parser.value(profilesOption).toInt();
    const int objects = parser.value(ingestOption).toInt();
    const int duplicates = parser.value(duplicatesOption).toInt();
    const int similar = parser.value(similarOption).toInt();
    if (profiles < 1 || objects < 2 || duplicates < 1 || similar < 1)
        return fail(QStringLiteral("every count must be positive"));

    QJsonObject report{{QStringLiteral("machine"), bench::machineInfo()}};
    QJsonObject dataset;
    QString error;
    if (!bench::ensureDataset(parser.value(cacheOption), profiles, &dataset, &error))
        return fail(error);
    dataset.insert(QStringLiteral("profiles"), profiles);
    report.insert(QStringLiteral("dataset"), dataset);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cplocal.sqlite"));
    if (!dir.isValid() || !QFile::copy(parser.value(cacheOption), file))
        return fail(QStringLiteral("cannot copy the store to a temporary folder"));
    QStringList grouped, alone;
    {
        emulator::Database db(emulator::Database::Options{file, false});
        if (!db.open(&error))
            return fail(error);
        emulator::Engine engine(db, {});
        ingest(engine, profiles, std::min(objects, 1000), QStringLiteral("warm"));
        const QJsonObject off = ingest(engine, profiles, objects, QStringLiteral("off"));
        // Turning the rules on indexes every profile of the domain (one transaction).
        const auto indexing = Clock::now();
        const emulator::ApiResult enabled = engine.call(
            QStringLiteral("UpdateDomain"), {{QStringLiteral("DomainName"), bench::benchDomain()},
                                             {QStringLiteral("RuleBasedMatching"), rules()}});
        if (!enabled.ok())
            return fail(enabled.message);
        const double indexSeconds = secondsSince(indexing);
        ingest(engine, profiles, std::min(objects, 1000), QStringLiteral("warm-on"));
        const QJsonObject on = ingest(engine, profiles, objects, QStringLiteral("on"));
        const double ratio = on.value(QStringLiteral("objects_per_s")).toDouble() /
                             off.value(QStringLiteral("objects_per_s")).toDouble();
        report.insert(QStringLiteral("ingest"),
                      QJsonObject{{QStringLiteral("matching_off"), off},
                                  {QStringLiteral("matching_on"), on},
                                  {QStringLiteral("on_vs_off"), std::round(ratio * 1000) / 1000},
                                  {QStringLiteral("enable_rules_seconds"),
                                   std::round(indexSeconds * 10) / 10}});
        grouped = makeDuplicates(engine, profiles, duplicates);
        for (int i = 0; i < duplicates; ++i)
            alone.append(engine
                             .call(QStringLiteral("CreateProfile"),
                                   {{QStringLiteral("DomainName"), bench::benchDomain()},
                                    {QStringLiteral("EmailAddress"),
                                     QStringLiteral("alone%1@example.net").arg(i)}})
                             .body.value(QStringLiteral("ProfileId"))
                             .toString());
    }
    {
        emulator::LocalEndpointOptions options;
        options.dataDir = dir.path();
        options.accessKeyId = QString::fromLatin1(kAccessKeyId);
        options.secretAccessKey = QString::fromLatin1(kSecret);
        EndpointThread endpoint;
        if (!endpoint.start(options, &error))
            return fail(error);
        bench::SignedConnection connection(endpoint.port(), kAccessKeyId, kSecret, "us-east-1");
        if (!connection.connectToServer(&error))
            return fail(error);
        // Warm-up of both kinds (the store's pages, and the checkpoint of what the ingestion
        // runs left in the WAL, which the endpoint's checkpointer copies meanwhile).
        similarOverHttp(connection, grouped, std::min(similar, 2000), 2);
        similarOverHttp(connection, alone, std::min(similar, 2000), 0);
        report.insert(
            QStringLiteral("get_similar_profiles_http"),
            QJsonObject{
                {QStringLiteral("in_a_group"), similarOverHttp(connection, grouped, similar, 2)},
                {QStringLiteral("in_no_group"), similarOverHttp(connection, alone, similar, 0)}});
    }
    {
        // Off once more, last: the runs before had the same store a little smaller and
        // colder, so "on" is compared with the mean of an "off" before and after it.
        emulator::Database db(emulator::Database::Options{file, false});
        if (!db.open(&error))
            return fail(error);
        emulator::Engine engine(db, {});
        QJsonObject disabled = rules();
        disabled.insert(QStringLiteral("Enabled"), false);
        if (!engine
                 .call(QStringLiteral("UpdateDomain"),
                       {{QStringLiteral("DomainName"), bench::benchDomain()},
                        {QStringLiteral("RuleBasedMatching"), disabled}})
                 .ok())
            return fail(QStringLiteral("turning the rules off failed"));
        ingest(engine, profiles, std::min(objects, 1000), QStringLiteral("warm-off"));
        const QJsonObject after = ingest(engine, profiles, objects, QStringLiteral("off-after"));
        QJsonObject out = report.value(QStringLiteral("ingest")).toObject();
        out.insert(QStringLiteral("matching_off_after"), after);
        const double offMean = (out.value(QStringLiteral("matching_off"))
                                    .toObject()
                                    .value(QStringLiteral("objects_per_s"))
                                    .toDouble() +
                                after.value(QStringLiteral("objects_per_s")).toDouble()) /
                               2;
        out.insert(QStringLiteral("on_vs_mean_off"),
                   std::round(out.value(QStringLiteral("matching_on"))
                                  .toObject()
                                  .value(QStringLiteral("objects_per_s"))
                                  .toDouble() /
                              offMean * 1000) /
                       1000);
        report.insert(QStringLiteral("ingest"), out);
    }
    report.insert(QStringLiteral("machine_after"),
                  bench::machineInfo().value(QStringLiteral("load_average")));
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
