// Detecting an object type from samples: the samples' values are collected by path, each
// value read on its own (detectionrules.cpp), the readings voted on across samples, and
// the keys and the last-updated time chosen from the result. docs/emulator.md explains
// the rules ("Detecting an object type").
#include "detection.h"

#include "detectionrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace cp::schema {
namespace {

using detection::Reading;
using detection::RecordKind;

// lupdate reads the context from this class; the messages are looked up under it.
struct DetectionText
{
    Q_DECLARE_TR_FUNCTIONS(cp::schema::DetectionText)
};

constexpr int kMaxDepth = 16;          // deeper members are left out
constexpr int kMaxSourceLength = 1000; // the model's limit on a Source

// One member path across the samples.
struct Leaf
{
    QStringList path;
    QList<QJsonValue> values; // one per sample; undefined where absent
    bool array = false;       // a list in some sample: not mapped

    int present() const
    {
        return int(std::count_if(values.begin(), values.end(), [](const QJsonValue &v) {
            return !v.isUndefined() && !v.isNull();
        }));
    }
    bool isPresent(int sample) const
    {
        return !values.at(sample).isUndefined() && !values.at(sample).isNull();
    }
    // Present with something in it: an empty string, as CSV exports write a missing
    // value, has no say in what a field is.
    bool hasValue(int sample) const
    {
        const QJsonValue &v = values.at(sample);
        return isPresent(sample) && !(v.isString() && v.toString().trimmed().isEmpty());
    }
};

// A leaf as a field of the answer.
struct Candidate
{
    const Leaf *leaf;
    Reading reading;
    QString fieldName;
};

class Detector
{
public:
    explicit Detector(const QList<QJsonObject> &samples)
        : m_samples(samples)
    {}
    DetectedObjectType run();

private:
    void collect(const QJsonObject &object, QStringList &path, int sample);
    void note(const QStringList &path, const QString &sentence);
    Reading vote(const Leaf &leaf, RecordKind kind);
    void dropDuplicateTargets();
    void chooseTimestamp();
    void nameFields();
    void chooseUniqueKey(RecordKind kind);
    void addProfileKeys();
    const Candidate *byTarget(const QString &target) const;

    const QList<QJsonObject> &m_samples;
    QMap<QString, Leaf> m_leaves; // by path, so that every order is alphabetical
    QMap<QString, QString> m_notes;
    QList<Candidate> m_candidates;
    const Candidate *m_timestamp = nullptr;
    DetectedObjectType m_out;
};

QString pathKey(const QStringList &path)
{
    return path.join(QChar(0x1f)); // no member name holds it in a usable Source
}

QString sourceOf(const QStringList &path)
{
    return QStringLiteral("_source.") + path.join(QLatin1Char('.'));
}

// A member a Source path can name: no dot, bracket, brace or space (objecttype.cpp).
// \z, not $: PCRE's $ also matches before a last newline, so "cust\n" passed and its
// members were given Sources the validator refuses (found by fuzz_detection).
bool addressable(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^.\[\]{}\s]+\z)"));
    return re.match(name).hasMatch();
}

void Detector::note(const QStringList &path, const QString &sentence)
{
    m_notes.insert(pathKey(path), sentence);
}

void Detector::collect(const QJsonObject &object, QStringList &path, int sample)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        path.append(it.key());
        const QString shown = path.join(QLatin1Char('.'));
        if (!addressable(it.key()) || sourceOf(path).size() > kMaxSourceLength) {
            note(path, DetectionText::tr("\"%1\" is left out: a Source path cannot name a member "
                                         "whose name is empty or has a space, a dot, a bracket "
                                         "or a brace.")
                           .arg(shown));
        } else if (it->isObject() && path.size() < kMaxDepth) {
            collect(it->toObject(), path, sample);
        } else if (it->isObject()) {
            note(path, DetectionText::tr("\"%1\" is left out: it is nested more than %2 levels "
                                         "deep.")
                           .arg(shown)
                           .arg(kMaxDepth));
        } else {
            Leaf &leaf = m_leaves[pathKey(path)];
            if (leaf.values.isEmpty()) {
                leaf.path = path;
                leaf.values.resize(m_samples.size());
            }
            leaf.values[sample] = it.value();
            leaf.array = leaf.array || it->isArray();
        }
        path.removeLast();
    }
}

Reading Detector::vote(const Leaf &leaf, RecordKind kind)
{
    QList<std::pair<Reading, int>> tally;
    for (int i = 0; i < leaf.values.size(); ++i) {
        if (!leaf.hasValue(i))
            continue;
        const Reading reading = detection::readValue(leaf.path, leaf.values.at(i), kind);
        auto found = std::find_if(tally.begin(), tally.end(),
                                  [&](const auto &entry) { return entry.first == reading; });
        if (found == tally.end())
            tally.append({reading, 1});
        else
            ++found->second;
    }
    if (tally.isEmpty())
        return {QString(), QStringLiteral("STRING"), false};
    std::stable_sort(tally.begin(), tally.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (tally.size() > 1 && tally.at(0).second == tally.at(1).second) {
        note(leaf.path, DetectionText::tr("\"%1\" reads differently in different samples, as "
                                          "often one way as another: it is left unmapped.")
                            .arg(leaf.path.join(QLatin1Char('.'))));
        return {QString(), QStringLiteral("STRING"), false};
    }
    return tally.at(0).first;
}

// Two fields for one target: a name beats a value's shape, then the first path wins.
void Detector::dropDuplicateTargets()
{
    QList<Candidate *> targeted;
    for (Candidate &candidate : m_candidates) {
        if (!candidate.reading.target.isEmpty())
            targeted.append(&candidate);
    }
    std::stable_sort(targeted.begin(), targeted.end(), [](const Candidate *a, const Candidate *b) {
        return a->reading.byName && !b->reading.byName;
    });
    QSet<QString> taken;
    for (Candidate *candidate : targeted) {
        if (!taken.contains(candidate->reading.target)) {
            taken.insert(candidate->reading.target);
            continue;
        }
        note(candidate->leaf->path,
             DetectionText::tr("\"%1\" could go to %2 too, but another field does: it is left "
                               "unmapped.")
                 .arg(candidate->leaf->path.join(QLatin1Char('.')), candidate->reading.target));
        candidate->reading.target.clear();
    }
}

// The shallowest field named like a last-updated time whose values read as times, in
// the format most samples use.
void Detector::chooseTimestamp()
{
    for (const Candidate &candidate : m_candidates) {
        const Leaf &leaf = *candidate.leaf;
        if (!detection::isLastUpdatedName(detection::normalizedName(leaf.path.last())))
            continue;
        if (m_timestamp && m_timestamp->leaf->path.size() <= leaf.path.size())
            continue;
        QMap<QString, int> formats;
        for (int i = 0; i < leaf.values.size(); ++i) {
            if (leaf.hasValue(i))
                ++formats[detection::timestampFormat(leaf.values.at(i)).value_or(QString())];
        }
        if (formats.isEmpty())
            continue; // only empty strings
        const int most = *std::max_element(formats.begin(), formats.end());
        const QString best = formats.key(most); // the first format counted that often
        if (best.isEmpty() || formats.values().count(most) > 1)
            continue; // not times, or as many samples one way as another
        m_timestamp = &candidate;
        m_out.sourceLastUpdatedTimestampFormat = best;
    }
}

// Field names from paths: "address.city" is "address_city" (key field names cannot hold
// dots), other characters a name cannot hold become "_", at most 64, a suffix if taken.
void Detector::nameFields()
{
    QSet<QString> taken;
    if (m_timestamp)
        taken.insert(QString::fromUtf16(kTimestampFieldName));
    for (Candidate &candidate : m_candidates) {
        if (&candidate == m_timestamp) {
            candidate.fieldName = QString::fromUtf16(kTimestampFieldName);
            continue;
        }
        QString base = candidate.leaf->path.join(QLatin1Char('_'));
        for (QChar &c : base) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
                c = QLatin1Char('_');
        }
        QString name = base.left(64);
        for (int n = 2; taken.contains(name); ++n) {
            const QString suffix = QLatin1Char('_') + QString::number(n);
            name = base.left(64 - suffix.size()) + suffix;
        }
        taken.insert(name);
        candidate.fieldName = name;
    }
}

const Candidate *Detector::byTarget(const QString &target) const
{
    for (const Candidate &candidate : m_candidates) {
        if (candidate.reading.target == target)
            return &candidate;
    }
    return nullptr;
}

void Detector::addProfileKeys()
{
    const QList<std::pair<QString, QStringList>> keys = {
        {QStringLiteral("_email"),
         {QStringLiteral("EmailAddress"), QStringLiteral("PersonalEmailAddress"),
          QStringLiteral("BusinessEmailAddress")}},
        {QStringLiteral("_phone"),
         {QStringLiteral("PhoneNumber"), QStringLiteral("MobilePhoneNumber"),
          QStringLiteral("HomePhoneNumber"), QStringLiteral("BusinessPhoneNumber")}},
        {QStringLiteral("_account"), {QStringLiteral("AccountNumber")}}};
    for (const auto &[keyName, members] : keys) {
        for (const QString &member : members) {
            if (const Candidate *field = byTarget(QStringLiteral("_profile.") + member)) {
                m_out.keys.insert(keyName, {{{QStringLiteral("PROFILE")}, {field->fieldName}}});
                break;
            }
        }
    }
}

// Whether the values of these fields, taken together, differ from sample to sample.
bool distinctEverywhere(const QList<const Leaf *> &leaves, int samples)
{
    QSet<QString> seen;
    for (int i = 0; i < samples; ++i) {
        QStringList parts;
        for (const Leaf *leaf : leaves) {
            const std::optional<QString> value = detection::identifierValue(leaf->values.at(i));
            if (!value)
                return false;
            parts.append(*value);
        }
        const QString joined = parts.join(QChar(0x1f));
        if (seen.contains(joined))
            return false;
        seen.insert(joined);
    }
    return true;
}

QString standardIdentifier(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Order:
        return QStringLiteral("ORDER");
    case RecordKind::Case:
        return QStringLiteral("CASE");
    case RecordKind::Asset:
        return QStringLiteral("ASSET");
    case RecordKind::Plain:
        break;
    }
    return {};
}

void Detector::chooseUniqueKey(RecordKind kind)
{
    const Candidate *best = nullptr;
    int bestRank = 0;
    for (const Candidate &candidate : m_candidates) {
        const Leaf &leaf = *candidate.leaf;
        const QString type = candidate.reading.contentType;
        if (leaf.path.size() != 1 || type == QStringLiteral("EMAIL_ADDRESS") ||
            type == QStringLiteral("PHONE_NUMBER") ||
            !distinctEverywhere({&leaf}, int(m_samples.size())))
            continue;
        const std::optional<int> rank = detection::identifierRank(leaf.path.first(), kind);
        if (rank && (!best || *rank < bestRank)) { // ties: the first path wins
            best = &candidate;
            bestRank = *rank;
        }
    }
    if (best) {
        QStringList identifiers = {QStringLiteral("UNIQUE")};
        QString keyName = best->fieldName;
        if (bestRank == 0) {
            identifiers.append(standardIdentifier(kind));
            keyName = QLatin1Char('_') + standardIdentifier(kind).toLower() + QStringLiteral("Id");
        } else if (keyName.startsWith(QLatin1Char('_'))) {
            keyName =
                QString(QStringLiteral("source") + keyName).left(64); // "_x" are the service's
        }
        m_out.keys.insert(keyName, {{identifiers, {best->fieldName}}});
        return;
    }
    // No identifier: as the service guide's ticket example, the customer's key and the
    // last-updated time together, when they tell every sample apart.
    for (const QString &keyName :
         {QStringLiteral("_email"), QStringLiteral("_phone"), QStringLiteral("_account")}) {
        if (!m_out.keys.contains(keyName) || !m_timestamp)
            continue;
        const QString fieldName = m_out.keys.value(keyName).first().fieldNames.first();
        const auto field =
            std::find_if(m_candidates.begin(), m_candidates.end(),
                         [&](const Candidate &c) { return c.fieldName == fieldName; });
        if (field != m_candidates.end() &&
            distinctEverywhere({field->leaf, m_timestamp->leaf}, int(m_samples.size()))) {
            m_out.keys.insert(QStringLiteral("uniqueObject"),
                              {{{QStringLiteral("UNIQUE")}, {fieldName, m_timestamp->fieldName}}});
            return;
        }
        break;
    }
    m_out.notes.append(DetectionText::tr(
        "No field identifies an object (an id-like name with a value in every sample, different "
        "in each): there is no UNIQUE key, and the object type needs one before it can be put."));
}

DetectedObjectType Detector::run()
{
    for (int i = 0; i < m_samples.size(); ++i) {
        QStringList path;
        collect(m_samples.at(i), path, i);
    }
    QStringList topLevel;
    for (const Leaf &leaf : std::as_const(m_leaves)) {
        if (leaf.path.size() == 1 && leaf.present() * 2 > m_samples.size())
            topLevel.append(detection::normalizedName(leaf.path.first()));
    }
    const RecordKind kind = detection::recordKind(topLevel);
    for (const Leaf &leaf : std::as_const(m_leaves)) {
        if (leaf.array)
            note(leaf.path, DetectionText::tr("\"%1\" is a list: it is not mapped, since a Source "
                                              "reaches one element by its position and records "
                                              "differ in what each position holds.")
                                .arg(leaf.path.join(QLatin1Char('.'))));
        else if (leaf.present() > 0)
            m_candidates.append({&leaf, vote(leaf, kind), QString()});
    }
    dropDuplicateTargets();
    chooseTimestamp();
    nameFields();
    for (const Candidate &candidate : std::as_const(m_candidates))
        m_out.fields.insert(candidate.fieldName,
                            {sourceOf(candidate.leaf->path), candidate.reading.target,
                             candidate.reading.contentType});
    addProfileKeys();
    chooseUniqueKey(kind);
    m_out.notes = QStringList(m_notes.values()) + m_out.notes;
    return m_out;
}

} // namespace

QJsonObject DetectedObjectType::toJson() const
{
    const QJsonObject json = toDefinition(QString(), QString()).toJson();
    QJsonObject out;
    for (const QString &member : {QStringLiteral("Fields"), QStringLiteral("Keys"),
                                  QStringLiteral("SourceLastUpdatedTimestampFormat")}) {
        if (json.contains(member))
            out.insert(member, json.value(member));
    }
    return out;
}

ObjectTypeDefinition DetectedObjectType::toDefinition(const QString &name,
                                                      const QString &description) const
{
    ObjectTypeDefinition type;
    type.name = name;
    type.description = description;
    type.fields = fields;
    type.keys = keys;
    type.sourceLastUpdatedTimestampFormat = sourceLastUpdatedTimestampFormat;
    return type;
}

std::optional<QString> parseDetectionSamples(const QStringList &texts, QList<QJsonObject> *out)
{
    if (texts.isEmpty() || texts.size() > kMaxDetectionSamples)
        return DetectionText::tr("Give 1 to %1 sample objects (there are %2).")
            .arg(kMaxDetectionSamples)
            .arg(texts.size());
    QList<QJsonObject> objects;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(texts.at(i).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return DetectionText::tr("Sample %1 (Objects[%2]) is not JSON: %3 at offset %4.")
                .arg(i + 1)
                .arg(i)
                .arg(error.errorString())
                .arg(error.offset);
        if (!document.isObject())
            return DetectionText::tr("Sample %1 (Objects[%2]) is JSON but not an object: give "
                                     "one record as {\"name\": value, ...}.")
                .arg(i + 1)
                .arg(i);
        objects.append(document.object());
    }
    if (out)
        *out = objects;
    return std::nullopt;
}

DetectedObjectType detectObjectType(const QList<QJsonObject> &samples)
{
    if (samples.isEmpty())
        return {};
    return Detector(samples).run();
}

} // namespace cp::schema
