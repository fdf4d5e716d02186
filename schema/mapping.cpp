#include "mapping.h"

#include "destinations.h"
#include "jsonmember.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cp::schema {
namespace {

// lupdate reads the context from this class; the messages are looked up under it.
struct MappingText
{
    Q_DECLARE_TR_FUNCTIONS(cp::schema::MappingText)
};

std::optional<QString> scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Range first: converting a double beyond qint64 (1e308) is undefined behaviour.
        if (qAbs(d) < 9.0e15 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return std::nullopt;
    }
}

// Follows "_source.a.b[0].c" through the object.
std::optional<QString> evaluatePath(QStringView path, const QJsonObject &object)
{
    static const QString prefix = QStringLiteral("_source.");
    if (!path.startsWith(prefix))
        return std::nullopt;
    QJsonValue current = object;
    const auto segments = path.mid(prefix.size()).split(QLatin1Char('.'));
    for (QStringView segment : segments) {
        const qsizetype bracket = segment.indexOf(QLatin1Char('['));
        const QStringView name = bracket < 0 ? segment : segment.left(bracket);
        current = jsonMember(current.toObject(), name); // a name from the user
        QStringView rest = bracket < 0 ? QStringView() : segment.mid(bracket);
        while (!rest.isEmpty()) {
            const qsizetype close = rest.indexOf(QLatin1Char(']'));
            if (!rest.startsWith(QLatin1Char('[')) || close < 0)
                return std::nullopt;
            bool ok = false;
            const int index = rest.mid(1, close - 1).toInt(&ok);
            if (!ok || !current.isArray())
                return std::nullopt;
            current = current.toArray().at(index);
            rest = rest.mid(close + 1);
        }
        if (current.isUndefined() || current.isNull())
            return std::nullopt;
    }
    return scalarText(current);
}

} // namespace

std::optional<QString> evaluateSource(const QString &source, const QJsonObject &object)
{
    if (!source.contains(QStringLiteral("{{")))
        return evaluatePath(source, object);
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([^{}]*?)\s*\}\})"));
    QString out;
    qsizetype last = 0;
    bool any = false;
    auto it = placeholder.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(source).mid(last, match.capturedStart() - last);
        if (const auto value = evaluatePath(match.capturedView(1), object)) {
            out += *value;
            any = true;
        }
        last = match.capturedEnd();
    }
    out += QStringView(source).mid(last);
    if (!any)
        return std::nullopt;
    return out.simplified();
}

QString normalizeKeyValue(const QString &contentType, const QString &value)
{
    if (contentType == QStringLiteral("PHONE_NUMBER")) {
        QString out;
        const QString trimmed = value.trimmed();
        for (qsizetype i = 0; i < trimmed.size(); ++i) {
            const QChar c = trimmed.at(i);
            if (c.isDigit())
                out += c;
            else if (c == QLatin1Char('+') && out.isEmpty())
                out += c;
        }
        return out;
    }
    if (contentType == QStringLiteral("EMAIL_ADDRESS"))
        return value.trimmed().toLower();
    if (contentType == QStringLiteral("NAME"))
        return value.simplified().toLower();
    if (contentType == QStringLiteral("NUMBER")) {
        bool ok = false;
        const double d = value.trimmed().toDouble(&ok);
        if (ok)
            return *scalarText(QJsonValue(d));
        return value.trimmed();
    }
    return value;
}

MappingResult evaluateMapping(const ObjectTypeDefinition &type, const QJsonObject &source)
{
    MappingResult result;
    for (auto it = type.fields.begin(); it != type.fields.end(); ++it) {
        const std::optional<QString> value = evaluateSource(it->source, source);
        result.fieldValues.insert(it.key(), value);
        if (!value || value->isEmpty() || it->target.isEmpty())
            continue;
        const auto kind = destinations::kindOf(it->target);
        if (!kind)
            continue; // not a destination: validation refuses such a type
        const QString prefix = destinations::prefix(*kind);
        const QString member = it->target.mid(prefix.size());
        if (*kind == destinations::Kind::Profile)
            result.profileFields.insert(member, *value);
        else
            result.standardObjectFields[prefix.chopped(1)].insert(member, *value);
    }
    result.uniqueKeyName = type.uniqueKeyName();
    for (auto it = type.keys.begin(); it != type.keys.end(); ++it) {
        const QString contentType = type.keyContentType(it.key());
        for (const KeyDefinition &key : *it) {
            QStringList parts;
            bool complete = !key.fieldNames.isEmpty();
            for (const QString &field : key.fieldNames) {
                const std::optional<QString> value = result.fieldValues.value(field);
                if (!value || value->isEmpty()) {
                    complete = false;
                    break;
                }
                parts.append(*value);
            }
            const bool unique = key.has(QStringLiteral("UNIQUE"));
            if (!complete) {
                if (unique)
                    result.errors.append(
                        {QStringLiteral("Keys.%1").arg(it.key()),
                         MappingText::tr(
                             "The object has no value for the unique key \"%1\" (fields: %2).")
                             .arg(it.key(), key.fieldNames.join(QStringLiteral(", "))),
                         QString()});
                continue;
            }
            ExtractedKey extracted{it.key(), key.standardIdentifiers, parts.join(QLatin1Char(' ')),
                                   QString()};
            extracted.normalized = normalizeKeyValue(contentType, extracted.value);
            if (extracted.normalized.isEmpty())
                continue;
            if (unique)
                result.uniqueKeyValue = extracted.normalized;
            result.keys.append(extracted);
        }
    }
    for (ValidationIssue &error : result.errors)
        error.awsMessage = error.message;
    return result;
}

} // namespace cp::schema
