// WireModel: reading the model file, lookups, and redaction of sensitive values.

#include "wiremodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cp::schema {
namespace {

constexpr auto kFormat = "cp-service-model/1";

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

std::optional<qint64> bound(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return std::nullopt;
    return qint64(v.toDouble());
}

std::optional<ShapeKind> kindOf(const QString &type)
{
    static const QHash<QString, ShapeKind> kinds = {
        {QStringLiteral("structure"), ShapeKind::Structure},
        {QStringLiteral("string"), ShapeKind::String},
        {QStringLiteral("integer"), ShapeKind::Integer},
        {QStringLiteral("long"), ShapeKind::Long},
        {QStringLiteral("float"), ShapeKind::Float},
        {QStringLiteral("double"), ShapeKind::Double},
        {QStringLiteral("boolean"), ShapeKind::Boolean},
        {QStringLiteral("timestamp"), ShapeKind::Timestamp},
        {QStringLiteral("blob"), ShapeKind::Blob},
        {QStringLiteral("list"), ShapeKind::List},
        {QStringLiteral("map"), ShapeKind::Map},
    };
    const auto it = kinds.constFind(type);
    return it == kinds.cend() ? std::nullopt : std::optional<ShapeKind>(*it);
}

std::optional<Location> locationOf(const QString &name)
{
    if (name.isEmpty())
        return Location::Body;
    static const QHash<QString, Location> locations = {
        {QStringLiteral("uri"), Location::Uri},
        {QStringLiteral("querystring"), Location::Query},
        {QStringLiteral("header"), Location::Header},
        {QStringLiteral("headers"), Location::Headers},
        {QStringLiteral("statusCode"), Location::StatusCode},
    };
    const auto it = locations.constFind(name);
    return it == locations.cend() ? std::nullopt : std::optional<Location>(*it);
}

QString tr(const char *source)
{
    return QCoreApplication::translate("cp::schema::WireModel", source);
}

Shape readShape(const QJsonObject &o, QString *error)
{
    Shape s;
    s.name = text(o, "name");
    const auto kind = kindOf(text(o, "type"));
    if (!kind) {
        *error = tr("Shape %1 has the unknown type '%2'.").arg(s.name, text(o, "type"));
        return s;
    }
    s.kind = *kind;
    s.min = bound(o, "min");
    s.max = bound(o, "max");
    s.pattern = text(o, "pattern");
    for (const QJsonValue &v : o.value(QLatin1String("enum")).toArray())
        s.enumValues.append(v.toString());
    s.member = s.kind == ShapeKind::Map ? text(o, "value") : text(o, "member");
    s.key = text(o, "key");
    s.sensitive = o.value(QLatin1String("sensitive")).toBool();
    s.isUnion = o.value(QLatin1String("union")).toBool();
    s.isError = o.value(QLatin1String("exception")).toBool();
    s.httpStatus = o.value(QLatin1String("httpStatusCode")).toInt();
    s.deprecated = o.value(QLatin1String("deprecated")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("members")).toArray()) {
        const QJsonObject m = v.toObject();
        Member member;
        member.name = text(m, "name");
        member.shape = text(m, "shape");
        member.required = m.value(QLatin1String("required")).toBool();
        const auto location = locationOf(text(m, "location"));
        if (!location) {
            *error = tr("Member %1.%2 has the unknown location '%3'.")
                         .arg(s.name, member.name, text(m, "location"));
            return s;
        }
        member.location = *location;
        member.locationName = text(m, "locationName");
        if (member.location == Location::Uri && member.locationName.isEmpty())
            member.locationName = member.name;
        member.idempotencyToken = m.value(QLatin1String("idempotencyToken")).toBool();
        member.jsonValue = m.value(QLatin1String("jsonvalue")).toBool();
        s.members.append(member);
    }
    return s;
}

Operation readOperation(const QJsonObject &o)
{
    Operation op;
    op.name = text(o, "name");
    op.method = text(o, "method");
    op.uri = text(o, "uri");
    op.input = text(o, "input");
    op.output = text(o, "output");
    op.successCode = o.value(QLatin1String("successCode")).toInt(200);
    for (const QJsonValue &v : o.value(QLatin1String("errors")).toArray())
        op.errors.append(v.toString());
    const QJsonObject pages = o.value(QLatin1String("paginator")).toObject();
    if (!pages.isEmpty())
        op.paginator = Paginator{text(pages, "inputToken"), text(pages, "outputToken"),
                                 text(pages, "limitKey"), text(pages, "resultKey")};
    op.readOnly = o.value(QLatin1String("readonly")).toBool();
    op.idempotent = o.value(QLatin1String("idempotent")).toBool();
    return op;
}

// Every name a shape or an operation refers to must be a shape of the file.
QString unresolvedReference(const WireModel &model)
{
    const auto missing = [&model](const QString &name) {
        return !name.isEmpty() && !model.shape(name);
    };
    for (const Shape &s : model.shapes()) {
        for (const QString &ref : {s.member, s.key}) {
            if (missing(ref))
                return tr("Shape %1 refers to the unknown shape %2.").arg(s.name, ref);
        }
        for (const Member &m : s.members) {
            if (m.shape.isEmpty() || missing(m.shape))
                return tr("Member %1.%2 refers to the unknown shape '%3'.")
                    .arg(s.name, m.name, m.shape);
        }
        if ((s.kind == ShapeKind::List || s.kind == ShapeKind::Map) && s.member.isEmpty())
            return tr("Shape %1 does not say what it holds.").arg(s.name);
    }
    for (const Operation &op : model.operations()) {
        if (op.name.isEmpty() || op.method.isEmpty() || !op.uri.startsWith(QLatin1Char('/')))
            return tr("Operation '%1' has no HTTP binding.").arg(op.name);
        for (const QString &ref : QStringList{op.input, op.output} + op.errors) {
            if (missing(ref))
                return tr("Operation %1 refers to the unknown shape %2.").arg(op.name, ref);
        }
    }
    return {};
}

} // namespace

const Member *Shape::findMember(QStringView name) const
{
    for (const Member &m : members) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

std::optional<WireModel> WireModel::fromJson(const QByteArray &json, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        why = tr("The model file is not JSON (%1 at byte %2).")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat)) {
        why = tr("The file is not a model file of this program (format '%1').")
                  .arg(root.value(QLatin1String("format")).toString());
        return std::nullopt;
    }
    WireModel model;
    const QJsonObject meta = root.value(QLatin1String("metadata")).toObject();
    model.m_metadata = {text(meta, "apiVersion"),     text(meta, "signingName"),
                        text(meta, "endpointPrefix"), text(meta, "serviceId"),
                        text(meta, "protocol"),       text(root, "source")};
    for (const QJsonValue &v : root.value(QLatin1String("shapes")).toArray()) {
        QString shapeError;
        model.m_shapes.append(readShape(v.toObject(), &shapeError));
        if (!shapeError.isEmpty()) {
            why = shapeError;
            return std::nullopt;
        }
    }
    for (const QJsonValue &v : root.value(QLatin1String("operations")).toArray())
        model.m_operations.append(readOperation(v.toObject()));
    model.index();
    const QString unresolved = unresolvedReference(model);
    if (!unresolved.isEmpty()) {
        why = unresolved;
        return std::nullopt;
    }
    for (auto it = model.m_patterns.cbegin(); it != model.m_patterns.cend(); ++it) {
        if (!it->isValid()) {
            why = tr("The pattern %1 does not compile (%2).").arg(it.key(), it->errorString());
            return std::nullopt;
        }
    }
    return model;
}

void WireModel::index()
{
    for (qsizetype i = 0; i < m_operations.size(); ++i)
        m_operationIndex.insert(m_operations.at(i).name, i);
    for (qsizetype i = 0; i < m_shapes.size(); ++i) {
        const Shape &s = m_shapes.at(i);
        m_shapeIndex.insert(s.name, i);
        if (s.pattern.isEmpty() || m_patterns.contains(s.pattern))
            continue;
        // Compiled here, once: later matches on a const, already-optimized expression
        // only read it, so the endpoint's worker threads can share the model.
        QRegularExpression re(s.pattern);
        re.optimize();
        m_patterns.insert(s.pattern, re);
    }
}

const WireModel &WireModel::bundled()
{
    static const WireModel model = [] {
        QFile file(QStringLiteral(":/cp/schema/customer-profiles.json"));
        QString error;
        std::optional<WireModel> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        else
            error = file.errorString();
        // The file is compiled in and checked by the tests: failing here is a build defect.
        if (!loaded)
            qFatal("The compiled-in service model does not load: %s", qPrintable(error));
        return std::move(*loaded);
    }();
    return model;
}

const Operation *WireModel::operation(QStringView name) const
{
    const auto it = m_operationIndex.constFind(name.toString());
    return it == m_operationIndex.cend() ? nullptr : &m_operations.at(*it);
}

const Shape *WireModel::shape(QStringView name) const
{
    const auto it = m_shapeIndex.constFind(name.toString());
    return it == m_shapeIndex.cend() ? nullptr : &m_shapes.at(*it);
}

const Shape *WireModel::memberShape(QStringView shapeName, QStringView memberName) const
{
    const Shape *parent = shape(shapeName);
    const Member *member = parent ? parent->findMember(memberName) : nullptr;
    return member ? shape(member->shape) : nullptr;
}

QJsonObject WireModel::membersOf(QStringView shapeName, const QJsonObject &resource) const
{
    QJsonObject out;
    const Shape *s = shape(shapeName);
    if (!s)
        return out;
    for (const Member &m : s->members) {
        const auto it = resource.constFind(m.name);
        if (it != resource.constEnd())
            out.insert(m.name, *it);
    }
    return out;
}

namespace {

// Rebuilds `value` as shape `s` describes it, `child(memberShape, childValue)` making each
// member of a structure, item of a list and value of a map; a structure's members the
// shape does not define are kept or left out. Scalars and mismatched JSON come back as
// they are.
template<class Child>
QJsonValue rebuilt(const Shape &s, const QJsonValue &value, bool keepUndefined, Child child)
{
    switch (s.kind) {
    case ShapeKind::Structure: {
        if (!value.isObject())
            return value;
        const QJsonObject in = value.toObject();
        QJsonObject out = keepUndefined ? in : QJsonObject();
        for (const Member &m : s.members) {
            const auto it = in.constFind(m.name);
            if (it != in.constEnd())
                out.insert(m.name, child(m.shape, *it));
        }
        return out;
    }
    case ShapeKind::List: {
        if (!value.isArray())
            return value;
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(child(s.member, item));
        return out;
    }
    case ShapeKind::Map: {
        if (!value.isObject())
            return value;
        QJsonObject out = value.toObject();
        for (auto it = out.begin(); it != out.end(); ++it)
            it.value() = child(s.member, it.value());
        return out;
    }
    default:
        return value;
    }
}

} // namespace

QJsonValue WireModel::conformed(QStringView shapeName, const QJsonValue &value) const
{
    const Shape *s = shape(shapeName);
    if (!s)
        return value;
    return rebuilt(*s, value, false, [this](const QString &child, const QJsonValue &v) {
        return conformed(child, v);
    });
}

QJsonValue WireModel::redacted(QStringView shapeName, const QJsonValue &value) const
{
    const Shape *s = shape(shapeName);
    if (!s || value.isNull() || value.isUndefined())
        return value;
    if (s->sensitive)
        return QStringLiteral("*** sensitive ***");
    return rebuilt(*s, value, true, [this](const QString &child, const QJsonValue &v) {
        return redacted(child, v);
    });
}

} // namespace cp::schema
