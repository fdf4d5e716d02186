// An upload job of N CSV rows (default 1,000,000 new customers) into a cplocal file store,
// measured from StartUploadJob to the job's end, in process: the engine, its runner and
// the upload URL's receiver as cplocal runs them, without the HTTP hop (the PUT is timed
// apart). Prints one JSON object.
//   bench_upload [--rows N] [--dir DIR] [--batch-rows N]
//   bench_upload --empty-store FILE   an empty store with the bench domain, for sqlite_floor
#include "api/uploadreceiver.h"
#include "engine/engine.h"
#include "engine/uploadrunner.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace emulator = cp::emulator;

namespace {

using Clock = std::chrono::steady_clock;
const QString kDomain = QStringLiteral("bench-upload");

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_upload: %s\n", qPrintable(what));
    std::exit(1);
}

emulator::ApiResult call(emulator::Engine &engine, const char *operation, const QJsonObject &input)
{
    emulator::ApiResult r = engine.call(QString::fromLatin1(operation), input);
    if (!r.ok())
        fail(QStringLiteral("%1: %2").arg(QString::fromLatin1(operation), r.message));
    return r;
}

// The rows: a unique email, names, a phone and a city (every row creates a profile).
void writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write %1").arg(path));
    QByteArray chunk = "email,first,last,phone,city\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        chunk += "customer" + n + "@example.com,First" + n + ",Last" + n + ",+1-555-" +
                 QByteArray::number(1000000 + i) + ",\"City " + QByteArray::number(i % 1000) +
                 ", XY\"\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

QJsonObject jobFields()
{
    const auto field = [](const char *column, const char *target, const char *type = nullptr) {
        QJsonObject f{
            {QStringLiteral("Source"), QString(QStringLiteral("_source.") + QLatin1String(column))},
            {QStringLiteral("Target"), QLatin1String(target)}};
        if (type)
            f.insert(QStringLiteral("ContentType"), QLatin1String(type));
        return f;
    };
    return {{QStringLiteral("email"), field("email", "_profile.EmailAddress", "EMAIL_ADDRESS")},
            {QStringLiteral("first"), field("first", "_profile.FirstName", "NAME")},
            {QStringLiteral("last"), field("last", "_profile.LastName", "NAME")},
            {QStringLiteral("phone"), field("phone", "_profile.PhoneNumber", "PHONE_NUMBER")},
            {QStringLiteral("city"), field("city", "_profile.Address.City")}};
}

// The PUT as cplocal's server runs it: the head's checks, the body in 256 KiB pieces.
void upload(emulator::Engine &engine, const QJsonObject &path, const QString &csvPath)
{
    const QByteArray token = path.value(QStringLiteral("ClientToken")).toString().toLatin1();
    emulator::http::Request request;
    request.method = "PUT";
    request.path = QUrl(path.value(QStringLiteral("Url")).toString()).path().toLatin1();
    request.headers = {
        {"x-amz-server-side-encryption-customer-algorithm", "AES256"},
        {"x-amz-server-side-encryption-customer-key", token},
        {"x-amz-server-side-encryption-customer-key-MD5",
         QCryptographicHash::hash(QByteArray::fromBase64(token), QCryptographicHash::Md5)
             .toBase64()}};
    emulator::UploadReceiver receiver(engine);
    emulator::http::BodyRoute route = receiver.route(request);
    if (route.refusal)
        fail(QString::fromUtf8(route.refusal->body));
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(csvPath));
    while (!file.atEnd()) {
        if (!route.sink->write(file.read(256 * 1024)))
            fail(route.sink->failure());
    }
    request.bodySink = route.sink;
    if (receiver.finish(request).status != 200)
        fail(QStringLiteral("the upload was not taken"));
}

std::unique_ptr<emulator::Database> openStore(const QString &file)
{
    auto db = std::make_unique<emulator::Database>(emulator::Database::Options{file, false});
    QString error;
    if (!db->open(&error))
        fail(QStringLiteral("cannot open the store: %1").arg(error));
    return db;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("CSV rows."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Data folder (default: a temporary one)."),
                                       QStringLiteral("dir"));
    const QCommandLineOption batchOption(QStringLiteral("batch-rows"),
                                         QStringLiteral("Rows per transaction."),
                                         QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption emptyOption(QStringLiteral("empty-store"),
                                         QStringLiteral("Only create an empty store."),
                                         QStringLiteral("file"));
    parser.addOptions({rowsOption, dirOption, batchOption, emptyOption});
    parser.addHelpOption();
    parser.process(app);

    if (parser.isSet(emptyOption)) {
        auto db = openStore(parser.value(emptyOption));
        emulator::Engine engine(*db, {});
        call(engine, "CreateDomain",
             {{QStringLiteral("DomainName"), kDomain},
              {QStringLiteral("DefaultExpirationDays"), 365}});
        return 0;
    }

    const int rows = parser.value(rowsOption).toInt();
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QString csvPath = dir + QStringLiteral("/bench.csv");
    writeCsv(csvPath, rows);

    auto db = openStore(dir + QStringLiteral("/cplocal.sqlite"));
    emulator::EngineOptions options;
    options.uploadDir = dir + QStringLiteral("/uploads");
    if (parser.value(batchOption).toInt() > 0)
        options.uploadBatchRows = parser.value(batchOption).toInt();
    emulator::Engine engine(*db, options);
    call(engine, "CreateDomain",
         {{QStringLiteral("DomainName"), kDomain}, {QStringLiteral("DefaultExpirationDays"), 365}});
    const QString job = call(engine, "CreateUploadJob",
                             {{QStringLiteral("DomainName"), kDomain},
                              {QStringLiteral("DisplayName"), QStringLiteral("bench.csv")},
                              {QStringLiteral("Fields"), jobFields()},
                              {QStringLiteral("UniqueKey"), QStringLiteral("email")}})
                            .body.value(QStringLiteral("JobId"))
                            .toString();
    const QJsonObject ids{{QStringLiteral("DomainName"), kDomain}, {QStringLiteral("JobId"), job}};
    const auto uploadStart = Clock::now();
    upload(engine, call(engine, "GetUploadJobPath", ids).body, csvPath);
    const double uploadSeconds = secondsSince(uploadStart);
    QFile::remove(csvPath);

    const auto start = Clock::now();
    call(engine, "StartUploadJob", ids);
    if (!engine.uploads().waitIdle(3600 * 1000))
        fail(QStringLiteral("the job did not end within an hour"));
    const double seconds = secondsSince(start);
    const QJsonObject result = call(engine, "GetUploadJob", ids).body;
    const QJsonObject summary = result.value(QStringLiteral("ResultsSummary")).toObject();
    const QJsonObject out{
        {QStringLiteral("rows"), rows},
        {QStringLiteral("batch_rows"), engine.options().uploadBatchRows},
        {QStringLiteral("status"), result.value(QStringLiteral("Status"))},
        {QStringLiteral("created"), summary.value(QStringLiteral("CreatedRecords"))},
        {QStringLiteral("updated"), summary.value(QStringLiteral("UpdatedRecords"))},
        {QStringLiteral("failed"), summary.value(QStringLiteral("FailedRecords"))},
        {QStringLiteral("upload_seconds"), std::round(uploadSeconds * 100) / 100},
        {QStringLiteral("job_seconds"), std::round(seconds * 100) / 100},
        {QStringLiteral("rows_per_s"), std::round(rows / seconds)}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
