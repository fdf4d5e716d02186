// Detecting an object type from samples (schema/detection), as DetectProfileObjectType
// runs it: the input is split into 1 to 5 samples at lines "%%" (more are dropped), read
// with parseDetectionSamples, and detected. The answer must be a valid object type (the
// one rule it may break is the missing UNIQUE key, and only when it says so), valid by
// the wire model, the same whatever the samples' order, and map every sample it came from.

#include "detection.h"
#include "fuzzsupport.h"
#include "mapping.h"
#include "wiremodel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace schema = cp::schema;

namespace {

QStringList samplesOf(const QByteArray &input)
{
    QStringList out = {QString()};
    for (const QByteArray &line : input.split('\n')) {
        if (line == "%%")
            out.append(QString());
        else
            out.last() += QString::fromUtf8(line) + QLatin1Char('\n');
    }
    return out.mid(0, schema::kMaxDetectionSamples);
}

QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void checkValid(const schema::DetectedObjectType &detected, const QList<QJsonObject> &samples)
{
    const schema::ObjectTypeDefinition type =
        detected.toDefinition(QStringLiteral("Detected"), QStringLiteral("From samples"));
    const bool unique = !type.uniqueKeyName().isEmpty();
    for (const schema::ValidationIssue &issue : schema::validateObjectType(type)) {
        // Without an identifier the answer has no UNIQUE key, and says so.
        const bool missingUnique = !unique && issue.path == QStringLiteral("Keys");
        cp::fuzz::check(missingUnique, "the detected type breaks a rule",
                        issue.message.toUtf8() + "\n" + text(detected.toJson()));
    }
    cp::fuzz::check(unique || detected.notes.join(QString()).contains(QStringLiteral("UNIQUE")),
                    "no UNIQUE key, and no note saying so", text(detected.toJson()));
    cp::fuzz::check(schema::WireModel::bundled()
                        .validate(u"DetectedProfileObjectType", detected.toJson())
                        .isEmpty(),
                    "the answer breaks the wire model", text(detected.toJson()));
    if (!unique)
        return;
    for (const QJsonObject &sample : samples) {
        const schema::MappingResult mapping = schema::evaluateMapping(type, sample);
        QByteArray why;
        for (const schema::ValidationIssue &issue : mapping.errors)
            why += issue.path.toUtf8() + ": " + issue.message.toUtf8() + "\n";
        cp::fuzz::check(mapping.accepted(), "a sample does not map under its own detected type",
                        why + text(sample) + "\n" + text(detected.toJson()));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cp::fuzz::silenceQtWarnings();
    schema::WireModel::bundled(); // read once, not in the first run's time
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cp::fuzz::countInput();
    QList<QJsonObject> samples;
    if (const auto problem =
            schema::parseDetectionSamples(samplesOf(cp::fuzz::bytes(data, size)), &samples)) {
        cp::fuzz::check(problem->startsWith(QStringLiteral("Sample ")) ||
                            problem->startsWith(QStringLiteral("Give ")),
                        "a refusal that does not say which sample", problem->toUtf8());
        return 0;
    }
    const schema::DetectedObjectType detected = schema::detectObjectType(samples);
    checkValid(detected, samples);

    QList<QJsonObject> reversed(samples.rbegin(), samples.rend());
    const QJsonObject again = schema::detectObjectType(reversed).toJson();
    cp::fuzz::check(again == detected.toJson(), "the samples' order changes the answer",
                    text(detected.toJson()) + "\nthen\n" + text(again));
    return 0;
}
