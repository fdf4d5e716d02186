// The console's responsiveness (machine-readable JSON on stdout):
//  - cold start: a new process, to the domain list painted from the embedded endpoint
//    (data folder already holding domains), median of several runs;
//  - the largest gap between UI event-loop turns while the embedded endpoint ingests
//    thousands of objects through the API, and while a request waits on a server that
//    does not answer;
//  - the same gap and the objects stored per second while "Import objects…" puts a JSON
//    Lines file of 100,000 objects into the embedded endpoint (`--import N [IN_FLIGHT]`
//    runs that case alone).
#include "core/client.h"
#include "embeddedendpoint.h"
#include "listpane.h"
#include "mainwindow.h"
#include "objectimporter.h"
#include "wiremodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {

QElapsedTimer sinceMain;

using cp::client::CustomerProfilesClient;
using cp::client::Outcome;

struct GapMeter
{
    QElapsedTimer clock;
    qint64 last = 0;
    QList<qint64> gaps;
    QTimer timer;

    void start()
    {
        clock.start();
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            if (last > 0)
                gaps.append(now - last);
            last = now;
        });
        timer.start();
    }
    QJsonObject result() const
    {
        QList<qint64> sorted = gaps;
        std::sort(sorted.begin(), sorted.end());
        const auto ms = [](qint64 ns) { return double(ns) / 1e6; };
        return {{QStringLiteral("turns"), int(sorted.size())},
                {QStringLiteral("max_gap_ms"), sorted.isEmpty() ? 0.0 : ms(sorted.last())},
                {QStringLiteral("p99_gap_ms"),
                 sorted.isEmpty() ? 0.0 : ms(sorted.at(sorted.size() * 99 / 100))}};
    }
};

std::unique_ptr<CustomerProfilesClient> clientFor(const cp::emulator::EmbeddedEndpoint &endpoint,
                                                  QObject *parent)
{
    auto credentials = std::make_shared<cp::client::StaticCredentialsProvider>(
        cp::client::Credentials{
            endpoint.accessKeyId(), endpoint.secretAccessKey(), {}, std::nullopt},
        QStringLiteral("bench"));
    auto *transport =
        new cp::client::Transport({endpoint.url(), endpoint.region()}, credentials, parent);
    return std::make_unique<CustomerProfilesClient>(transport);
}

// Turns the event loop until done() (looked at after each batch of events) or the timeout,
// sleeping in its wait as the console's loop does: spinning processEvents() kept a core busy
// that the embedded endpoint needs (2 cores here), and halved the import's rate.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer tick; // wakes the wait to look at the time
    tick.start(20);
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return done();
}

// One cold start, in this (fresh) process: milliseconds from main() to the domain list
// painted with the endpoint's domains.
int coldStartChild(const QString &dataDir)
{
    cp::views::MainWindow window;
    cp::emulator::EmbeddedEndpoint local(dataDir);
    QObject::connect(&local, &cp::emulator::EmbeddedEndpoint::ready, &window, [&] {
        window.addConnection(
            {QStringLiteral("Local"),
             {local.url(), local.region()},
             std::make_shared<cp::client::StaticCredentialsProvider>(
                 cp::client::Credentials{
                     local.accessKeyId(), local.secretAccessKey(), {}, std::nullopt},
                 QStringLiteral("bench")),
             true});
    });
    local.start();
    window.show();
    bool loaded = false;
    QObject::connect(window.domains(), &cp::views::ListPane::pageLoaded, &window,
                     [&](int rows) { loaded = rows > 0; });
    if (!waitFor([&] { return loaded; }, 20000))
        return 1;
    window.grab(); // paints the window as it is now
    std::printf("%lld\n", static_cast<long long>(sinceMain.elapsed()));
    std::fflush(stdout);
    return 0;
}

// Seeds a data folder with a few domains so that the cold start shows a real list.
bool seed(const QString &dataDir)
{
    cp::emulator::EmbeddedEndpoint local(dataDir);
    local.start();
    if (!waitFor([&] { return local.url().isValid(); }, 20000))
        return false;
    QObject owner;
    auto client = clientFor(local, &owner);
    int done = 0;
    for (int i = 0; i < 20; ++i) {
        client->call(QStringLiteral("CreateDomain"),
                     {{QStringLiteral("DomainName"), QStringLiteral("domain-%1").arg(i)},
                      {QStringLiteral("DefaultExpirationDays"), 30}},
                     &owner, [&](const Outcome<QJsonObject> &) { ++done; });
    }
    return waitFor([&] { return done == 20; }, 60000);
}

QJsonObject ingestGaps(const cp::emulator::EmbeddedEndpoint &local, int objects)
{
    QObject owner;
    auto client = clientFor(local, &owner);
    int pending = 0, sent = 0, done = 0, failed = 0;
    const auto step = [&](const QString &op, const QJsonObject &input) {
        ++pending;
        client->call(op, input, &owner, [&](const Outcome<QJsonObject> &o) {
            --pending;
            ++done;
            failed += o.ok() ? 0 : 1;
        });
    };
    step(QStringLiteral("CreateDomain"), {{QStringLiteral("DomainName"), QStringLiteral("gaps")},
                                          {QStringLiteral("DefaultExpirationDays"), 30}});
    waitFor([&] { return pending == 0; }, 20000);
    const QJsonObject fields{
        {QStringLiteral("id"),
         QJsonObject{{QStringLiteral("Source"), QStringLiteral("_source.id")}}},
        {QStringLiteral("email"),
         QJsonObject{{QStringLiteral("Source"), QStringLiteral("_source.email")},
                     {QStringLiteral("Target"), QStringLiteral("_profile.EmailAddress")},
                     {QStringLiteral("ContentType"), QStringLiteral("EMAIL_ADDRESS")}}}};
    const QJsonObject keys{
        {QStringLiteral("id"),
         QJsonArray{QJsonObject{
             {QStringLiteral("StandardIdentifiers"), QJsonArray{QStringLiteral("UNIQUE")}},
             {QStringLiteral("FieldNames"), QJsonArray{QStringLiteral("id")}}}}},
        {QStringLiteral("_email"),
         QJsonArray{QJsonObject{
             {QStringLiteral("StandardIdentifiers"), QJsonArray{QStringLiteral("PROFILE")}},
             {QStringLiteral("FieldNames"), QJsonArray{QStringLiteral("email")}}}}}};
    step(QStringLiteral("PutProfileObjectType"),
         {{QStringLiteral("DomainName"), QStringLiteral("gaps")},
          {QStringLiteral("ObjectTypeName"), QStringLiteral("Rec")},
          {QStringLiteral("Description"), QStringLiteral("bench")},
          {QStringLiteral("AllowProfileCreation"), true},
          {QStringLiteral("Fields"), fields},
          {QStringLiteral("Keys"), keys}});
    waitFor([&] { return pending == 0; }, 20000);

    GapMeter meter;
    meter.start();
    QElapsedTimer wall;
    wall.start();
    const int base = done;
    waitFor(
        [&] {
            while (pending < 8 && sent < objects) { // 8 in flight, as a busy console would have
                const QJsonObject object{
                    {QStringLiteral("id"), sent},
                    {QStringLiteral("email"), QStringLiteral("u%1@example.com").arg(sent % 500)}};
                step(QStringLiteral("PutProfileObject"),
                     {{QStringLiteral("DomainName"), QStringLiteral("gaps")},
                      {QStringLiteral("ObjectTypeName"), QStringLiteral("Rec")},
                      {QStringLiteral("Object"),
                       QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))}});
                ++sent;
            }
            return done - base == objects;
        },
        300000);
    QJsonObject out = meter.result();
    out.insert(QStringLiteral("objects"), objects);
    out.insert(QStringLiteral("failed"), failed);
    out.insert(QStringLiteral("objects_per_s"),
               double(objects) * 1000.0 / double(std::max<qint64>(1, wall.elapsed())));
    return out;
}

// "Import objects…" (models::ObjectImporter, as the dialog runs it) of a JSON Lines file of
// `objects` objects into the embedded endpoint, `inFlight` calls at once: the largest gap
// between UI event-loop turns meanwhile, and objects stored per second.
QJsonObject importGaps(const cp::emulator::EmbeddedEndpoint &local, int objects, int inFlight,
                       const QString &dir)
{
    QObject owner;
    auto client = clientFor(local, &owner);
    int pending = 0;
    const auto call = [&](const QString &op, const QJsonObject &input) {
        ++pending;
        client->call(op, input, &owner, [&](const Outcome<QJsonObject> &) { --pending; });
        waitFor([&] { return pending == 0; }, 20000);
    };
    call(QStringLiteral("CreateDomain"), {{QStringLiteral("DomainName"), QStringLiteral("import")},
                                          {QStringLiteral("DefaultExpirationDays"), 30}});
    const auto field = [](const char *source) {
        return QJsonObject{{QStringLiteral("Source"), QString::fromLatin1(source)}};
    };
    call(QStringLiteral("PutProfileObjectType"),
         {{QStringLiteral("DomainName"), QStringLiteral("import")},
          {QStringLiteral("ObjectTypeName"), QStringLiteral("Rec")},
          {QStringLiteral("Description"), QStringLiteral("bench")},
          {QStringLiteral("AllowProfileCreation"), true},
          {QStringLiteral("Fields"),
           QJsonObject{{QStringLiteral("id"), field("_source.id")},
                       {QStringLiteral("email"),
                        QJsonObject{{QStringLiteral("Source"), QStringLiteral("_source.email")},
                                    {QStringLiteral("Target"), QStringLiteral("_profile.EmailAddress")},
                                    {QStringLiteral("ContentType"), QStringLiteral("EMAIL_ADDRESS")}}}}},
          {QStringLiteral("Keys"),
           QJsonObject{{QStringLiteral("id"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("StandardIdentifiers"), QJsonArray{QStringLiteral("UNIQUE")}},
                            {QStringLiteral("FieldNames"), QJsonArray{QStringLiteral("id")}}}}},
                       {QStringLiteral("_email"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("StandardIdentifiers"), QJsonArray{QStringLiteral("PROFILE")}},
                            {QStringLiteral("FieldNames"), QJsonArray{QStringLiteral("email")}}}}}}}});
    // 500 customers, as ingestGaps: most objects match an existing profile.
    const QString path = dir + QStringLiteral("/import.jsonl");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {{QStringLiteral("error"), QStringLiteral("cannot write %1").arg(path)}};
        for (int i = 0; i < objects; ++i)
            file.write(QStringLiteral("{\"id\": \"%1\", \"email\": \"u%2@example.com\"}\n")
                           .arg(i)
                           .arg(i % 500)
                           .toUtf8());
    }
    cp::models::ObjectImporter importer;
    importer.setClient(client.get(), QStringLiteral("import"), QStringLiteral("Rec"));
    importer.setConcurrency(inFlight);
    GapMeter meter;
    meter.start();
    QElapsedTimer wall;
    wall.start();
    if (!importer.start(path))
        return {{QStringLiteral("error"), importer.problem()}};
    waitFor([&] { return importer.state() == cp::models::ObjectImporter::State::Finished; },
            3600000);
    const qint64 ms = std::max<qint64>(1, wall.elapsed());
    const cp::models::ObjectImporter::Progress p = importer.progress();
    QJsonObject out = meter.result();
    out.insert(QStringLiteral("objects"), objects);
    out.insert(QStringLiteral("in_flight"), inFlight);
    out.insert(QStringLiteral("stored"), double(p.succeeded));
    out.insert(QStringLiteral("failed"), double(p.failed));
    out.insert(QStringLiteral("seconds"), double(ms) / 1000.0);
    out.insert(QStringLiteral("objects_per_s"), double(p.succeeded) * 1000.0 / double(ms));
    return out;
}

// A request to a server that accepts and never answers, cancelled after 2 s.
QJsonObject stalledRequestGaps()
{
    QTcpServer silent;
    silent.listen(QHostAddress::LocalHost);
    QObject owner;
    auto credentials = std::make_shared<cp::client::StaticCredentialsProvider>(
        cp::client::Credentials{
            QStringLiteral("AKIDBENCH"), QStringLiteral("secret"), {}, std::nullopt},
        QStringLiteral("bench"));
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(silent.serverPort());
    auto *transport =
        new cp::client::Transport({url, QStringLiteral("us-east-1")}, credentials, &owner);
    CustomerProfilesClient client(transport);
    GapMeter meter;
    meter.start();
    QPointer<cp::client::Call> call =
        client.call(QStringLiteral("ListDomains"), {}, &owner, [](const auto &) {});
    QElapsedTimer t;
    t.start();
    waitFor([&] { return t.elapsed() > 2000; }, 3000);
    if (call)
        call->cancel();
    return meter.result();
}

// Reading the compiled-in service model (106 operations, 610 shapes) into a WireModel:
// part of every cold start. Median of 20 loads, in microseconds.
double modelLoadMicroseconds()
{
    QFile file(QStringLiteral(":/cp/schema/customer-profiles.json"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray json = file.readAll();
    QList<qint64> runs;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto model = cp::schema::WireModel::fromJson(json);
        runs.append(model ? timer.nsecsElapsed() : -1);
    }
    std::sort(runs.begin(), runs.end());
    return double(runs.at(runs.size() / 2)) / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    sinceMain.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cpconsole-bench"));
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QStringLiteral("--cold-start-child"))
        return coldStartChild(args.at(2));
    // `--import N [IN_FLIGHT]`: only the import case (issue 11 §2), N objects.
    if (args.size() >= 3 && args.at(1) == QStringLiteral("--import")) {
        QTemporaryDir dir;
        cp::emulator::EmbeddedEndpoint local(dir.path() + QStringLiteral("/import"));
        local.start();
        waitFor([&] { return local.url().isValid(); }, 20000);
        const QJsonObject import = importGaps(local, args.at(2).toInt(),
                                              args.size() > 3 ? args.at(3).toInt() : 8, dir.path());
        std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("during_import"), import}})
                                .toJson(QJsonDocument::Compact)
                                .constData());
        return 0;
    }

    QTemporaryDir data;
    if (!seed(data.path() + QStringLiteral("/cold"))) {
        std::fprintf(stderr, "bench_console: could not seed the data folder\n");
        return 1;
    }
    QList<qint64> coldStarts; // process launch to the domain list painted, seen from outside
    QList<qint64> inProcess;  // main() to painted, as the child measured it
    for (int run = 0; run < 5; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer launch;
        launch.start();
        child.start(app.applicationFilePath(),
                    {QStringLiteral("--cold-start-child"), data.path() + QStringLiteral("/cold")});
        if (!child.waitForReadyRead(60000)) {
            std::fprintf(stderr, "bench_console: cold start run failed\n");
            return 1;
        }
        coldStarts.append(launch.elapsed());
        child.waitForFinished(60000);
        inProcess.append(child.readAllStandardOutput().trimmed().toLongLong());
    }
    std::sort(inProcess.begin(), inProcess.end());
    std::sort(coldStarts.begin(), coldStarts.end());

    cp::emulator::EmbeddedEndpoint local(data.path() + QStringLiteral("/gaps"));
    local.start();
    waitFor([&] { return local.url().isValid(); }, 20000);
    const QJsonObject ingest = ingestGaps(local, 3000);
    const QJsonObject stalled = stalledRequestGaps();
    const QJsonObject import = importGaps(local, 100000, 8, data.path());

    QJsonArray cold;
    for (qint64 ms : coldStarts)
        cold.append(ms);
    const QJsonObject out{
        {QStringLiteral("cold_start_ms_median"), double(coldStarts.at(coldStarts.size() / 2))},
        {QStringLiteral("main_to_painted_ms_median"), double(inProcess.at(inProcess.size() / 2))},
        {QStringLiteral("model_load_us_median"), modelLoadMicroseconds()},
        {QStringLiteral("cold_start_ms_runs"), cold},
        {QStringLiteral("during_bulk_ingest"), ingest},
        {QStringLiteral("during_stalled_request"), stalled},
        {QStringLiteral("during_import"), import}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
