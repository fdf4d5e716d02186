// Upload jobs: CSV rows through the job's Fields into profiles.
#include "uploadingest.h"

#include "mapping.h"
#include "matching.h"
#include "profilestore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>
#include <atomic>
#include <cstdio>

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
QByteArray growingProfileId()
{
    static std::atomic<quint64> counter{0};
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    const quint64 n = counter.fetch_add(1, std::memory_order_relaxed) & 0xffffff;
    const quint64 random = QRandomGenerator::global()->generate64() & 0xffffffffffffffULL;
    char id[33];
    std::snprintf(id, sizeof id, "%012llx%06llx%014llx",
                  static_cast<unsigned long long>(ms & 0xffffffffffffULL),
                  static_cast<unsigned long long>(n), static_cast<unsigned long long>(random));
    return QByteArray(id, 32);
}

// A string as JSON text, as QJsonDocument writes it: quotes, backslashes and control
// characters escaped, the rest UTF-8 as it is. Into a std::string: a row's text is
// written a character at a time, which QByteArray::append does several times slower.
void appendJsonString(std::string &out, QStringView text)
{
    out += '"';
    const auto plain = [](char16_t c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; };
    if (std::all_of(text.begin(), text.end(), [&](QChar c) { return plain(c.unicode()); })) {
        for (const QChar c : text)
            out += char(c.unicode());
    } else {
        const QByteArray utf8 = text.toUtf8();
        for (const char c : utf8) {
            if (uchar(c) >= 0x20 && c != '"' && c != '\\') {
                out += c;
                continue;
            }
            static const char *const named[] = {"\\b", "\\t", "\\n", nullptr, "\\f", "\\r"};
            char escaped[8];
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (c >= '\b' && c <= '\r' && named[c - '\b']) {
                out += named[c - '\b'];
            } else {
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(uchar(c)));
                out += escaped;
            }
        }
    }
    out += '"';
}

QByteArray toByteArray(const std::string &text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// The JSON columns of a new profile made of these field paths, written straight from them:
// the text compactJson gives for StoredProfile::data and ::sources after setField of each
// (keys sorted as QJsonObject sorts them), without building either object. A job's Targets
// are valid profile fields (checkUploadJobMapping), so a member is either a field of its
// own or an object of fields (Address.City, Attributes.x), never both.
void writeProfileJson(const QMap<QString, QString> &fields, const std::string &originJson,
                      QByteArray &data, QByteArray &sources)
{
    struct Entry
    {
        QStringView member;
        QStringView field; // empty: the member itself
        const QString *value;
    };
    QVarLengthArray<Entry, 16> entries;
    thread_local std::string out; // its capacity kept from row to row
    out.assign(1, '{');
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const qsizetype dot = it.key().indexOf(QLatin1Char('.'));
        const QStringView path(it.key());
        entries.append(dot < 0 ? Entry{path, {}, &it.value()}
                               : Entry{path.left(dot), path.mid(dot + 1), &it.value()});
        if (out.size() > 1)
            out += ',';
        appendJsonString(out, it.key());
        out += ':';
        out += originJson;
    }
    out += '}';
    sources = toByteArray(out);
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.member != b.member ? a.member < b.member : a.field < b.field;
    });
    out.assign(1, '{');
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        const bool opens = !e.field.isEmpty() && (i == 0 || entries[i - 1].member != e.member);
        const bool closes =
            !e.field.isEmpty() && (i + 1 == entries.size() || entries[i + 1].member != e.member);
        if (i > 0)
            out += ',';
        if (e.field.isEmpty() || opens) {
            appendJsonString(out, e.member);
            out += ':';
        }
        if (opens)
            out += '{';
        if (!e.field.isEmpty()) {
            appendJsonString(out, e.field);
            out += ':';
        }
        appendJsonString(out, *e.value);
        if (closes)
            out += '}';
    }
    out += '}';
    data = toByteArray(out);
}

// The profiles holding a unique key value (at most two), as profilesWithKey finds them,
// from text the job encoded once.
bool keyHolders(Context &ctx, const QByteArray &domain, const QByteArray &keyName,
                const QByteArray &value, QStringList &holders)
{
    Query q =
        ctx.query("SELECT DISTINCT profile_id FROM profile_keys WHERE domain = ? AND key_name = ?"
                  " AND value = ? ORDER BY profile_id LIMIT ?");
    q.bindUtf8(domain).bindUtf8(keyName).bindUtf8(value).bind(2);
    holders.clear();
    if (!q.exec())
        return false;
    while (q.next())
        holders.append(q.text(0));
    return true;
}

const QByteArray kPredefinedOrigin = QByteArrayLiteral("predefined");

// One profile_keys row to write: its key name, value and origin.
struct KeyRow
{
    const QByteArray *name;
    const QByteArray *value;
    const QByteArray *origin;
};

// A new profile's keys in INSERTs of five rows rather than one a key: a statement's fixed
// cost (its cursors on the table and its index, the reset) is paid a fifth as often. A
// short last group repeats its last row, which OR IGNORE then skips.
bool insertKeys(Context &ctx, const QByteArray &domain, const QByteArray &profileId,
                const QVarLengthArray<KeyRow, 8> &keys)
{
    for (qsizetype at = 0; at < keys.size(); at += 5) {
        Query q = ctx.query(
            "INSERT OR IGNORE INTO profile_keys (domain, key_name, value, profile_id, origin)"
            " VALUES (?1, ?2, ?3, ?4, ?5), (?1, ?6, ?7, ?4, ?8), (?1, ?9, ?10, ?4, ?11),"
            " (?1, ?12, ?13, ?4, ?14), (?1, ?15, ?16, ?4, ?17)");
        q.bindUtf8(domain);
        for (qsizetype i = 0; i < 5; ++i) {
            const KeyRow &key = keys[qMin(at + i, keys.size() - 1)];
            q.bindUtf8(*key.name).bindUtf8(*key.value);
            if (i == 0)
                q.bindUtf8(profileId); // ?4, shared by every row
            q.bindUtf8(*key.origin);
        }
        if (!q.exec())
            return false;
    }
    return true;
}

// A new profile as saveProfile would write it (the row, then its predefined keys), and
// the job's unique key, from the row's encoded text: nothing to serialise or convert
// here, on the writer's turn.
bool insertCreated(Context &ctx, const QByteArray &domain, const QByteArray &keyName,
                   const QByteArray &origin, const PreparedRow &row)
{
    Query q =
        ctx.query("INSERT INTO profiles (domain, id, data, field_sources, object_count, created_at,"
                  " updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)");
    q.bindUtf8(domain).bindUtf8(row.idUtf8).bindUtf8(row.dataJson).bindUtf8(row.sourcesJson);
    q.bind(ctx.nowMs).bind(ctx.nowMs);
    if (!q.exec())
        return false;
    QVarLengthArray<KeyRow, 8> keys;
    for (const auto &[name, value] : row.predefinedKeys)
        keys.append({&name, &value, &kPredefinedOrigin});
    keys.append({&keyName, &row.keyUtf8, &origin});
    return insertKeys(ctx, domain, row.idUtf8, keys);
}

// Rule-based matching of a new profile, when the domain has it on (its fields made here:
// the row brings them as text only).
bool matchCreated(Context &ctx, const QString &domain, const QString &origin,
                  const PreparedRow &row)
{
    StoredProfile profile;
    for (auto it = row.profileFields.begin(); it != row.profileFields.end(); ++it)
        profile.setField(it.key(), it.value(), origin);
    return matchProfileSaved(ctx, domain, QString::fromLatin1(row.idUtf8), QJsonObject(),
                             profile.data, true);
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
{
    m_originJson = "[";
    appendJsonString(m_originJson, m_origin);
    m_originJson += ']';
}

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
    if (missing.isEmpty()) {
        planDirect();
        return true;
    }
    *reason = QStringLiteral("The header has no column %1, which Fields read.")
                  .arg(missing.join(QStringLiteral(", ")));
    return false;
}

void UploadMapper::planDirect()
{
    m_direct.clear();
    m_keyColumn = -1;
    // Two columns read under one name: which one a row gives depends on its empty cells.
    if (QSet<QString>(m_columnKeys.begin(), m_columnKeys.end()).size() != m_columnKeys.size())
        return;
    static const QString prefix = QStringLiteral("_source.");
    QList<DirectField> direct;
    qsizetype keyColumn = -1;
    // In the generic mapping's order (by field name): of two fields with one Target, the
    // later one's value stays.
    for (auto it = m_definition.fields.begin(); it != m_definition.fields.end(); ++it) {
        const qsizetype column = it->source.startsWith(prefix)
                                     ? m_columnKeys.indexOf(it->source.mid(prefix.size()))
                                     : -1;
        if (column < 0)
            return; // a template, a path into a member: the generic mapping
        if (it.key() == m_keyName)
            keyColumn = column;
        if (it->target.isEmpty())
            continue;
        if (!it->target.startsWith(kProfilePrefix))
            return;
        direct.append({column, it->target.mid(kProfilePrefix.size())});
    }
    if (keyColumn < 0)
        return;
    m_direct = direct;
    m_keyColumn = keyColumn;
    m_keyContentType = m_definition.keyContentType(m_keyName);
}

// A row as evaluateMapping maps it, read by column index; false (nothing set that counts)
// when it is not that simple, or the row has no key: the generic mapping then maps it,
// and says why it fails in its own words.
bool UploadMapper::mapDirect(const QStringList &row, PreparedRow &out) const
{
    if (m_keyColumn < 0 || row.at(m_keyColumn).isEmpty())
        return false;
    out.key = schema::normalizeKeyValue(m_keyContentType, row.at(m_keyColumn));
    if (out.key.isEmpty())
        return false;
    for (const DirectField &field : m_direct) {
        if (!row.at(field.column).isEmpty())
            out.profileFields.insert(field.member, row.at(field.column));
    }
    return true;
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
    if (!mapDirect(row, out)) {
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
            out.error =
                QStringLiteral("The row has no value for the unique key %1.").arg(m_keyName);
            return out;
        }
        out.key = *mapping.uniqueKeyValue;
        out.profileFields = mapping.profileFields;
    }
    // Most rows of a load make a profile: made and encoded here, off the writer's thread.
    out.idUtf8 = growingProfileId();
    out.keyUtf8 = out.key.toUtf8();
    const QString id = QString::fromLatin1(out.idUtf8);
    writeProfileJson(out.profileFields, m_originJson, out.dataJson, out.sourcesJson);
    const QList<std::pair<QString, QString>> keys = predefinedKeyValues(id, out.profileFields);
    out.predefinedKeys.reserve(keys.size());
    for (const auto &[name, value] : keys)
        out.predefinedKeys.append({name.toUtf8(), value.toUtf8()});
    return out;
}

ApiResult storeUploadRows(Context &ctx, const QString &domain, const QString &jobId,
                          const QString &keyName, const QList<PreparedRow> &rows,
                          UploadProgress &progress)
{
    const QString origin = QStringLiteral("upload:") + jobId;
    // Encoded once a batch: every row binds them.
    const QByteArray domainUtf8 = domain.toUtf8();
    const QByteArray keyNameUtf8 = keyName.toUtf8();
    const QByteArray originUtf8 = origin.toUtf8();
    // Nothing else writes during the batch's turn: the rules it reads hold for all of it.
    const RuleSet rules = domainRules(ctx, domain);
    const bool matching = rules.enabled && !rules.rules.isEmpty();
    QStringList holders;
    for (const PreparedRow &row : rows) {
        if (!row.error.isEmpty()) {
            progress.fail(row.line, row.error);
            continue;
        }
        // An earlier row of this job, or any profile holding the key, is updated.
        if (!keyHolders(ctx, domainUtf8, keyNameUtf8, row.keyUtf8, holders))
            return ApiResult::internal(QStringLiteral("A profile key could not be read."));
        if (holders.size() > 1) {
            progress.fail(row.line, QStringLiteral("Several profiles hold %1 %2; the row would "
                                                   "not know which to update.")
                                        .arg(keyName, row.key));
            continue;
        }
        if (holders.isEmpty()) {
            if (!insertCreated(ctx, domainUtf8, keyNameUtf8, originUtf8, row) ||
                (matching && !matchCreated(ctx, domain, origin, row)))
                return ApiResult::internal(QStringLiteral("A profile could not be stored."));
            ++progress.created;
            continue;
        }
        std::optional<StoredProfile> profile = loadProfile(ctx, domain, holders.first());
        if (!profile)
            return ApiResult::internal(QStringLiteral("A profile could not be read."));
        for (auto it = row.profileFields.begin(); it != row.profileFields.end(); ++it)
            profile->setField(it.key(), it.value(), origin);
        if (!saveProfile(ctx, domain, *profile, false))
            return ApiResult::internal(QStringLiteral("A profile could not be stored."));
        ++progress.updated;
    }
    return ApiResult::success();
}

} // namespace cp::emulator
