#include "serializer.h"

#include "sigv4/sigv4.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cp::client {
namespace {

QString scalarText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return value.toString();
}

QByteArray encoded(const QString &text)
{
    return sigv4::uriEncode(text.toUtf8(), false);
}

} // namespace

HttpRequest serializeRequest(const schema::Operation &operation, const QJsonObject &input)
{
    const auto &model = schema::WireModel::instance();
    const schema::Shape *shape = model.shape(operation.input);

    HttpRequest out;
    out.method = operation.method.toLatin1();
    QString uri = operation.uri;
    QJsonObject body;
    bool hasBodyMembers = false;
    QByteArray query;

    const QList<schema::Member> members = shape ? shape->members : QList<schema::Member>();
    for (const schema::Member &member : members) {
        const QJsonValue value = input.value(member.name);
        switch (member.location) {
        case schema::Location::Body:
            hasBodyMembers = true;
            if (!value.isUndefined() && !value.isNull())
                body.insert(member.name, value);
            break;
        case schema::Location::Uri:
            uri.replace(QLatin1Char('{') + member.locationName + QLatin1Char('}'),
                        QString::fromLatin1(encoded(scalarText(value))));
            break;
        case schema::Location::Query: {
            if (value.isUndefined() || value.isNull())
                break;
            const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
            for (const QJsonValue &v : values) {
                if (!query.isEmpty())
                    query += '&';
                query += encoded(member.locationName) + '=' + encoded(scalarText(v));
            }
            break;
        }
        case schema::Location::Header:
            if (!value.isUndefined() && !value.isNull())
                out.headers.append(
                    qMakePair(member.locationName.toLatin1(), scalarText(value).toUtf8()));
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

QJsonObject deserializeRequest(const schema::Operation &operation,
                               const QList<QPair<QString, QString>> &pathLabels,
                               const QList<QPair<QString, QString>> &query, const QJsonObject &body)
{
    const auto &model = schema::WireModel::instance();
    const schema::Shape *shape = model.shape(operation.input);
    QJsonObject out = body;
    if (!shape)
        return out;
    for (const schema::Member &member : shape->members) {
        if (member.location == schema::Location::Body)
            continue;
        out.remove(member.name); // parameters bound elsewhere never come from the body
        const auto &source = member.location == schema::Location::Uri ? pathLabels : query;
        const schema::Shape *memberShape = model.shape(member.shape);
        QJsonArray values;
        for (const auto &[name, value] : source) {
            if (name != member.locationName)
                continue;
            if (memberShape && (memberShape->kind == schema::ShapeKind::Integer ||
                                memberShape->kind == schema::ShapeKind::Long)) {
                bool ok = false;
                const qint64 number = value.toLongLong(&ok);
                values.append(ok ? QJsonValue(number) : QJsonValue(value));
            } else if (memberShape && memberShape->kind == schema::ShapeKind::Boolean) {
                values.append(value == QStringLiteral("true")    ? QJsonValue(true)
                              : value == QStringLiteral("false") ? QJsonValue(false)
                                                                 : QJsonValue(value));
            } else {
                values.append(value);
            }
        }
        if (values.isEmpty())
            continue;
        if (memberShape && memberShape->kind == schema::ShapeKind::List)
            out.insert(member.name, values);
        else
            out.insert(member.name, values.first());
    }
    return out;
}

} // namespace cp::client
