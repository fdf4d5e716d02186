// Upload jobs: CSV rows through the job's Fields into profiles.
#include "uploadingest.h"

#include "mapping.h"
#include "profilestore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <atomic>

namespace cp::emulator {
namespace {

const QString kSourcePrefix = QStringLiteral("_source.");
const QString kProfilePrefix = QStringLiteral("_profile.");

// The columns a Source reads: "_source.Email", or each {{_source.X}} of a template.
QStringList columnsOf(const QString &source)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(_source\.([^{}]+?)\s*(\}\}|$))"));
    QStringList out;
    auto it = placeholder.globalMatch(source);
    while (it.hasNext())
        out.append(it.next().captured(1));
    return out;
}

// A CSV column as a member name the Source rules accept (no spaces, dots, brackets or
// braces): "First Name" is read as First_Name, "Address.City" as Address_City.
QString columnKey(const QString &column)
{
    QString out = column;
    for (QChar &c : out) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('[') ||
            c == QLatin1Char(']') || c == QLatin1Char('{') || c == QLatin1Char('}'))
            c = QLatin1Char('_');
    }
    return out;
}

// A Source with every column it reads as columnKey names it.
QString sourceWithColumnKeys(const QString &source)
{
    QString out = source;
    const QStringList columns = columnsOf(source);
    for (const QString &column : columns)
        out.replace(QStringLiteral("_source.") + column,
                    QStringLiteral("_source.") + columnKey(column));
    return out;
}

// A 32-hex profile id (as newProfileId's) that grows with time: a job's new profiles go to
// the end of the profiles table and of the _profileId keys, not each to a random page of
// them (with a million rows, random inserts miss the page cache and split pages on nearly
// every row). Milliseconds, a counter, then random bits against another process's ids.
QString growingProfileId()
{
    static std::atomic<quint64> counter{0};
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    const quint64 n = counter.fetch_add(1, std::memory_order_relaxed) & 0xffffff;
    const quint64 random = QRandomGenerator::global()->generate64() & 0xffffffffffffffULL;
    return QStringLiteral("%1%2%3")
        .arg(ms & 0xffffffffffffULL, 12, 16, QLatin1Char('0'))
        .arg(n, 6, 16, QLatin1Char('0'))
        .arg(random, 14, 16, QLatin1Char('0'));
}

} // namespace

void UploadProgress::fail(qint64 atLine, const QString &message)
{
    ++failed;
    if (failures.size() < kMaxFailures)
        failures.append(
            QJsonObject{{QStringLiteral("Line"), atLine}, {QStringLiteral("Message"), message}});
}

void UploadProgress::note(qint64 atLine, const QString &message)
{
    if (failures.size() < kMaxFailures)
        failures.append(
            QJsonObject{{QStringLiteral("Line"), atLine}, {QStringLiteral("Message"), message}});
}

schema::ObjectTypeDefinition uploadJobDefinition(const QJsonObject &given, const QString &uniqueKey)
{
    // Columns are named as the file names them; the mapping reads them by columnKey.
    QJsonObject fields;
    for (auto it = given.begin(); it != given.end(); ++it) {
        QJsonObject field = it.value().toObject();
        field.insert(QStringLiteral("Source"),
                     sourceWithColumnKeys(field.value(QStringLiteral("Source")).toString()));
        fields.insert(it.key(), field);
    }
    const QJsonObject key{{QStringLiteral("StandardIdentifiers"),
                           QJsonArray{QStringLiteral("PROFILE"), QStringLiteral("UNIQUE")}},
                          {QStringLiteral("FieldNames"), QJsonArray{uniqueKey}}};
    return schema::ObjectTypeDefinition::fromJson(
        {{QStringLiteral("Fields"), fields},
         {QStringLiteral("Keys"), QJsonObject{{uniqueKey, QJsonArray{key}}}},
         {QStringLiteral("AllowProfileCreation"), true},
         {QStringLiteral("ObjectTypeName"), QStringLiteral("UploadJob")},
         {QStringLiteral("Description"), QStringLiteral("upload job")}});
}

QString checkUploadJobMapping(const QJsonObject &fields, const QString &uniqueKey)
{
    if (!fields.contains(uniqueKey))
        return QStringLiteral("UniqueKey %1 is not a field of Fields: name one of its fields.")
            .arg(uniqueKey);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        const QString target = field.value(QStringLiteral("Target")).toString();
        if (!field.value(QStringLiteral("Source")).isString())
            return QStringLiteral("Fields.%1 has no Source (_source.COLUMN).").arg(it.key());
        if (!target.isEmpty() && !target.startsWith(kProfilePrefix))
            return QStringLiteral("Fields.%1.Target %2 is not a profile field: an upload job "
                                  "makes profiles (_profile.FirstName, _profile.Attributes.x...).")
                .arg(it.key(), target);
    }
    const QList<schema::ValidationIssue> issues =
        schema::validateObjectType(uploadJobDefinition(fields, uniqueKey));
    return issues.isEmpty() ? QString() : issues.first().message;
}

UploadMapper::UploadMapper(const QJsonObject &fields, const QString &uniqueKey,
                           const QString &jobId)
    : m_definition(uploadJobDefinition(fields, uniqueKey))
    , m_fields(fields)
    , m_keyName(uniqueKey)
    , m_origin(QStringLiteral("upload:") + jobId)
{}

bool UploadMapper::setHeader(const QStringList &header, QString *reason)
{
    m_header = header;
    m_columnKeys.clear();
    for (const QString &column : header)
        m_columnKeys.append(columnKey(column));
    QStringList missing;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString source = it.value().toObject().value(QStringLiteral("Source")).toString();
        for (const QString &column : columnsOf(source)) {
            if (!header.contains(column) && !missing.contains(column))
                missing.append(column);
        }
    }
    if (missing.isEmpty())
        return true;
    *reason = QStringLiteral("The header has no column %1, which Fields read.")
                  .arg(missing.join(QStringLiteral(", ")));
    return false;
}

PreparedRow UploadMapper::prepare(const QStringList &row, qint64 line) const
{
    PreparedRow out;
    out.line = line;
    if (row.size() != m_header.size()) {
        out.error = QStringLiteral("The row has %1 fields where the header has %2.")
                        .arg(row.size())
                        .arg(m_header.size());
        return out;
    }
    QJsonObject source; // empty cells are absent: they leave the profile's field as it is
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (!row.at(i).isEmpty())
            source.insert(m_columnKeys.at(i), row.at(i));
    }
    const schema::MappingResult mapping = schema::evaluateMapping(m_definition, source);
    if (!mapping.accepted()) {
        out.error = mapping.errors.first().message;
        return out;
    }
    if (!mapping.uniqueKeyValue || mapping.uniqueKeyValue->isEmpty()) {
        out.error = QStringLiteral("The row has no value for the unique key %1.").arg(m_keyName);
        return out;
    }
    out.key = *mapping.uniqueKeyValue;
    out.profileFields = mapping.profileFields;
    // Most rows of a load make a profile: made here, off the writer's thread.
    out.created.id = growingProfileId();
    for (auto it = out.profileFields.begin(); it != out.profileFields.end(); ++it)
        out.created.setField(it.key(), it.value(), m_origin);
    return out;
}

ApiResult storeUploadRows(Context &ctx, const QString &domain, const QString &jobId,
                          const QString &keyName, const QList<PreparedRow> &rows,
                          UploadProgress &progress)
{
    const QString origin = QStringLiteral("upload:") + jobId;
    for (const PreparedRow &row : rows) {
        if (!row.error.isEmpty()) {
            progress.fail(row.line, row.error);
            continue;
        }
        // An earlier row of this job, or any profile holding the key, is updated.
        const QStringList holders = profilesWithKey(ctx, domain, keyName, row.key, 2);
        if (holders.size() > 1) {
            progress.fail(row.line, QStringLiteral("Several profiles hold %1 %2; the row would "
                                                   "not know which to update.")
                                        .arg(keyName, row.key));
            continue;
        }
        std::optional<StoredProfile> profile;
        const bool created = holders.isEmpty();
        if (created) {
            profile = row.created;
        } else {
            profile = loadProfile(ctx, domain, holders.first());
            if (!profile)
                return ApiResult::internal(QStringLiteral("A profile could not be read."));
            for (auto it = row.profileFields.begin(); it != row.profileFields.end(); ++it)
                profile->setField(it.key(), it.value(), origin);
        }
        if (!saveProfile(ctx, domain, *profile, created))
            return ApiResult::internal(QStringLiteral("A profile could not be stored."));
        if (created && !insertKey(ctx, domain, keyName, row.key, profile->id, origin))
            return ApiResult::internal(QStringLiteral("A profile key could not be stored."));
        ++(created ? progress.created : progress.updated);
    }
    return ApiResult::success();
}

} // namespace cp::emulator
