// Comparison of the wire model with botocore's JSON model, for the conformance test.

#include "botocore_compare.h"

#include <QJsonArray>

using namespace cp::schema;

namespace {

QString kindName(ShapeKind kind)
{
    switch (kind) {
    case ShapeKind::Structure:
        return QStringLiteral("structure");
    case ShapeKind::String:
        return QStringLiteral("string");
    case ShapeKind::Integer:
        return QStringLiteral("integer");
    case ShapeKind::Long:
        return QStringLiteral("long");
    case ShapeKind::Float:
        return QStringLiteral("float");
    case ShapeKind::Double:
        return QStringLiteral("double");
    case ShapeKind::Blob:
        return QStringLiteral("blob");
    case ShapeKind::Boolean:
        return QStringLiteral("boolean");
    case ShapeKind::Timestamp:
        return QStringLiteral("timestamp");
    case ShapeKind::List:
        return QStringLiteral("list");
    case ShapeKind::Map:
        return QStringLiteral("map");
    }
    return QString();
}

QString locationName(Location location)
{
    switch (location) {
    case Location::Body:
        return QString();
    case Location::Uri:
        return QStringLiteral("uri");
    case Location::Query:
        return QStringLiteral("querystring");
    case Location::Header:
        return QStringLiteral("header");
    case Location::Headers:
        return QStringLiteral("headers");
    case Location::StatusCode:
        return QStringLiteral("statusCode");
    }
    return QString();
}

QString boundText(const QJsonValue &v)
{
    return v.isUndefined() ? QStringLiteral("-") : QString::number(v.toDouble());
}

QString boundText(const std::optional<qint64> &v)
{
    return v ? QString::number(double(*v)) : QStringLiteral("-");
}

} // namespace

// Differences between one botocore shape and ours, as readable lines.
QStringList compareShape(const QString &name, const QJsonObject &expected, const Shape &actual)
{
    QStringList diffs;
    const auto check = [&](const QString &what, const QString &want, const QString &have) {
        if (want != have)
            diffs.append(name + QLatin1Char(' ') + what + QStringLiteral(": model '") + want +
                         QStringLiteral("', ours '") + have + QLatin1Char('\''));
    };
    check(QStringLiteral("type"), expected.value(QStringLiteral("type")).toString(),
          kindName(actual.kind));
    check(QStringLiteral("min"), boundText(expected.value(QStringLiteral("min"))),
          boundText(actual.min));
    check(QStringLiteral("max"), boundText(expected.value(QStringLiteral("max"))),
          boundText(actual.max));
    check(QStringLiteral("pattern"), expected.value(QStringLiteral("pattern")).toString(),
          actual.pattern);
    QStringList enumValues;
    for (const QJsonValue &v : expected.value(QStringLiteral("enum")).toArray())
        enumValues.append(v.toString());
    check(QStringLiteral("enum"), enumValues.join(QLatin1Char(',')),
          actual.enumValues.join(QLatin1Char(',')));
    const auto target = [&](const char *key) {
        return expected.value(QLatin1String(key))
            .toObject()
            .value(QStringLiteral("shape"))
            .toString();
    };
    check(QStringLiteral("member"),
          target(expected.contains(QStringLiteral("value")) ? "value" : "member"), actual.member);
    check(QStringLiteral("key"), target("key"), actual.key);
    const auto flag = [](bool on) { return on ? QStringLiteral("yes") : QStringLiteral("no"); };
    check(QStringLiteral("sensitive"), flag(expected.value(QStringLiteral("sensitive")).toBool()),
          flag(actual.sensitive));
    check(QStringLiteral("union"), flag(expected.value(QStringLiteral("union")).toBool()),
          flag(actual.isUnion));
    check(QStringLiteral("httpStatusCode"),
          QString::number(expected.value(QStringLiteral("error"))
                              .toObject()
                              .value(QStringLiteral("httpStatusCode"))
                              .toInt()),
          QString::number(actual.httpStatus));

    const QJsonObject members = expected.value(QStringLiteral("members")).toObject();
    const QJsonArray required = expected.value(QStringLiteral("required")).toArray();
    QStringList want;
    for (auto it = members.begin(); it != members.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        const QString location = m.value(QStringLiteral("location")).toString();
        QString jsonName = m.value(QStringLiteral("locationName")).toString();
        if (location.isEmpty() && jsonName == it.key())
            jsonName.clear(); // a body member named as itself
        if (location == QStringLiteral("uri") && jsonName.isEmpty())
            jsonName = it.key();
        want.append(QStringList{it.key(), m.value(QStringLiteral("shape")).toString(),
                                required.contains(it.key()) ? QStringLiteral("required")
                                                            : QString(),
                                location, jsonName}
                        .join(QLatin1Char('/')));
    }
    QStringList have;
    for (const Member &m : actual.members)
        have.append(QStringList{m.name, m.shape,
                                m.required ? QStringLiteral("required") : QString(),
                                locationName(m.location), m.locationName}
                        .join(QLatin1Char('/')));
    want.sort(); // QJsonObject orders keys; the order of members carries no meaning on the wire
    have.sort();
    check(QStringLiteral("members"), want.join(QLatin1Char(' ')), have.join(QLatin1Char(' ')));
    return diffs;
}

// Names of every shape reachable from the given roots in botocore's shapes.
QSet<QString> reachable(const QJsonObject &shapes, const QStringList &roots)
{
    QSet<QString> seen;
    QStringList pending = roots;
    while (!pending.isEmpty()) {
        const QString name = pending.takeLast();
        if (seen.contains(name))
            continue;
        seen.insert(name);
        const QJsonObject shape = shapes.value(name).toObject();
        for (const char *key : {"member", "key", "value"})
            if (shape.contains(QLatin1String(key)))
                pending.append(shape.value(QLatin1String(key))
                                   .toObject()
                                   .value(QStringLiteral("shape"))
                                   .toString());
        for (const QJsonValue &m : shape.value(QStringLiteral("members")).toObject())
            pending.append(m.toObject().value(QStringLiteral("shape")).toString());
    }
    return seen;
}
