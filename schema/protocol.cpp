#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace cp::schema {
namespace {

QString scalarText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Range first: converting a double beyond qint64 (1e308) is undefined behaviour.
        if (qAbs(d) < 9.2e18 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return value.toString();
}

// Every byte but the unreserved ones (RFC 3986), as botocore's percent_encode does.
QByteArray encoded(const QString &text, const QByteArray &keep = {})
{
    return QUrl::toPercentEncoding(text, keep);
}

QJsonValue typedScalar(const Shape *shape, const QString &text)
{
    if (!shape)
        return text;
    switch (shape->kind) {
    case ShapeKind::Integer:
    case ShapeKind::Long: {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    case ShapeKind::Float:
    case ShapeKind::Double: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    case ShapeKind::Boolean:
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
        return text;
    default:
        return text;
    }
}

// Body members travel under their JSON names; the rest of the body comes as it is.
QJsonObject bodyByModelNames(const Shape *shape, const QJsonObject &body)
{
    QJsonObject out = body;
    if (!shape)
        return out;
    for (const Member &member : shape->members) {
        if (member.location != Location::Body || member.jsonName() == member.name)
            continue;
        const auto it = body.constFind(member.jsonName());
        if (it == body.constEnd())
            continue;
        out.remove(member.jsonName());
        out.insert(member.name, *it);
    }
    return out;
}

// The values of a header, its name compared as HTTP does (case-insensitively).
QStringList headerValues(const HeaderList &headers, const QString &name)
{
    QStringList out;
    const QByteArray wanted = name.toLatin1();
    for (const auto &[header, value] : headers) {
        if (header.compare(wanted, Qt::CaseInsensitive) == 0)
            out.append(QString::fromUtf8(value));
    }
    return out;
}

} // namespace

HttpRequest serializeRequest(const WireModel &model, const Operation &operation,
                             const QJsonObject &input)
{
    const Shape *shape = model.shape(operation.input);

    HttpRequest out;
    out.method = operation.method.toLatin1();
    QString uri = operation.uri;
    QJsonObject body;
    bool hasBodyMembers = false;
    QByteArray query;

    const QList<Member> members = shape ? shape->members : QList<Member>();
    for (const Member &member : members) {
        const QJsonValue value = input.value(member.name);
        const bool unset = value.isUndefined() || value.isNull();
        switch (member.location) {
        case Location::Body:
            hasBodyMembers = true;
            if (!unset)
                body.insert(member.jsonName(), value);
            break;
        case Location::Uri: {
            const QString plain = QLatin1Char('{') + member.locationName + QLatin1Char('}');
            const QString greedy = QLatin1Char('{') + member.locationName + QStringLiteral("+}");
            if (uri.contains(greedy))
                uri.replace(greedy, QString::fromLatin1(encoded(scalarText(value), "/")));
            else
                uri.replace(plain, QString::fromLatin1(encoded(scalarText(value))));
            break;
        }
        case Location::Query: {
            if (unset)
                break;
            if (value.isObject()) { // a map of query parameters
                const QJsonObject map = value.toObject();
                for (auto it = map.begin(); it != map.end(); ++it) {
                    if (!query.isEmpty())
                        query += '&';
                    query += encoded(it.key()) + '=' + encoded(scalarText(it.value()));
                }
                break;
            }
            const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
            for (const QJsonValue &v : values) {
                if (!query.isEmpty())
                    query += '&';
                query += encoded(member.locationName) + '=' + encoded(scalarText(v));
            }
            break;
        }
        case Location::Header:
            if (!unset)
                out.headers.append(
                    qMakePair(member.locationName.toLatin1(), scalarText(value).toUtf8()));
            break;
        case Location::Headers: {
            const QJsonObject map = value.toObject();
            for (auto it = map.begin(); it != map.end(); ++it)
                out.headers.append(qMakePair((member.locationName + it.key()).toLatin1(),
                                             scalarText(it.value()).toUtf8()));
            break;
        }
        case Location::StatusCode:
            break;
        }
    }
    const qsizetype question = uri.indexOf(QLatin1Char('?'));
    if (question >= 0) { // a fixed query in the model's URI
        const QByteArray fixed = uri.mid(question + 1).toUtf8();
        query = query.isEmpty() ? fixed : fixed + '&' + query;
        uri.truncate(question);
    }
    out.path = uri.toUtf8();
    out.query = query;
    if (hasBodyMembers) {
        out.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        out.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    return out;
}

QJsonObject deserializeRequest(const WireModel &model, const Operation &operation,
                               const NameValues &pathLabels, const NameValues &query,
                               const HeaderList &headers, const QJsonObject &body)
{
    const Shape *shape = model.shape(operation.input);
    QJsonObject out = bodyByModelNames(shape, body);
    if (!shape)
        return out;
    for (const Member &member : shape->members) {
        if (member.location == Location::Body)
            continue;
        out.remove(member.name); // parameters bound elsewhere never come from the body
        QStringList texts;
        switch (member.location) {
        case Location::Uri:
        case Location::Query:
            for (const auto &[name, value] :
                 member.location == Location::Uri ? pathLabels : query) {
                if (name == member.locationName)
                    texts.append(value);
            }
            break;
        case Location::Header:
            texts = headerValues(headers, member.locationName);
            break;
        default:
            break;
        }
        if (texts.isEmpty())
            continue;
        const Shape *memberShape = model.shape(member.shape);
        const bool isList = memberShape && memberShape->kind == ShapeKind::List;
        const Shape *scalarShape = isList ? model.shape(memberShape->member) : memberShape;
        QJsonArray values;
        for (const QString &text : std::as_const(texts))
            values.append(typedScalar(scalarShape, text));
        out.insert(member.name, isList ? QJsonValue(values) : values.first());
    }
    return out;
}

QJsonObject deserializeResponse(const WireModel &model, const Operation &operation, int status,
                                const HeaderList &headers, const QJsonObject &body)
{
    const Shape *shape = model.shape(operation.output);
    QJsonObject out = bodyByModelNames(shape, body);
    if (!shape)
        return out;
    for (const Member &member : shape->members) {
        switch (member.location) {
        case Location::StatusCode:
            out.insert(member.name, status);
            break;
        case Location::Header: {
            const QStringList values = headerValues(headers, member.locationName);
            if (!values.isEmpty())
                out.insert(member.name, typedScalar(model.shape(member.shape), values.last()));
            break;
        }
        case Location::Headers: {
            QJsonObject map;
            for (const auto &[name, value] : headers) {
                const QString text = QString::fromLatin1(name);
                if (text.startsWith(member.locationName, Qt::CaseInsensitive))
                    map.insert(text.mid(member.locationName.size()), QString::fromUtf8(value));
            }
            if (!map.isEmpty())
                out.insert(member.name, map);
            break;
        }
        default:
            break;
        }
    }
    return out;
}

} // namespace cp::schema
