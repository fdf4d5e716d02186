#include "wiremodel.h"

#include "wiremodel_p.h"

namespace cp::schema {
namespace table {
namespace {

Shape shapeOf(const char *name, ShapeKind kind, Bound min = {}, Bound max = {})
{
    Shape s;
    s.name = QString::fromLatin1(name);
    s.kind = kind;
    s.min = min;
    s.max = max;
    return s;
}

Member memberOf(const char *name, const char *shape, bool required, Location location,
                const char *locationName)
{
    return Member{QString::fromLatin1(name), QString::fromLatin1(shape), required, location,
                  QString::fromLatin1(locationName)};
}

} // namespace

Shape str(const char *name, Bound min, Bound max, const char *pattern)
{
    Shape s = shapeOf(name, ShapeKind::String, min, max);
    s.pattern = QString::fromLatin1(pattern);
    return s;
}

Shape enumeration(const char *name, std::initializer_list<const char *> values)
{
    Shape s = shapeOf(name, ShapeKind::String);
    for (const char *value : values)
        s.enumValues.append(QString::fromLatin1(value));
    return s;
}

Shape integer(const char *name, Bound min, Bound max)
{
    return shapeOf(name, ShapeKind::Integer, min, max);
}

Shape longInt(const char *name, Bound min, Bound max)
{
    return shapeOf(name, ShapeKind::Long, min, max);
}

Shape dbl(const char *name, Bound min, Bound max)
{
    return shapeOf(name, ShapeKind::Double, min, max);
}

Shape boolean(const char *name)
{
    return shapeOf(name, ShapeKind::Boolean);
}

Shape timestamp(const char *name)
{
    return shapeOf(name, ShapeKind::Timestamp);
}

Shape list(const char *name, const char *member, Bound min, Bound max)
{
    Shape s = shapeOf(name, ShapeKind::List, min, max);
    s.member = QString::fromLatin1(member);
    return s;
}

Shape map(const char *name, const char *key, const char *value, Bound min, Bound max)
{
    Shape s = shapeOf(name, ShapeKind::Map, min, max);
    s.key = QString::fromLatin1(key);
    s.member = QString::fromLatin1(value);
    return s;
}

Shape structure(const char *name, std::initializer_list<Member> members)
{
    Shape s = shapeOf(name, ShapeKind::Structure);
    s.members = QList<Member>(members);
    return s;
}

Member member(const char *name, const char *shape)
{
    return memberOf(name, shape, false, Location::Body, "");
}

Member required(const char *name, const char *shape)
{
    return memberOf(name, shape, true, Location::Body, "");
}

Member label(const char *name, const char *shape)
{
    return memberOf(name, shape, true, Location::Uri, name);
}

Member query(const char *name, const char *shape, const char *queryName)
{
    return memberOf(name, shape, false, Location::Query, queryName);
}

Member requiredQuery(const char *name, const char *shape, const char *queryName)
{
    return memberOf(name, shape, true, Location::Query, queryName);
}

Member header(const char *name, const char *shape, const char *headerName)
{
    return memberOf(name, shape, false, Location::Header, headerName);
}

Operation op(const char *name, const char *method, const char *uri, const char *input,
             const char *output, int successCode)
{
    return Operation{QString::fromLatin1(name),   QString::fromLatin1(method),
                     QString::fromLatin1(uri),    QString::fromLatin1(input),
                     QString::fromLatin1(output), successCode};
}

} // namespace table

WireModel::WireModel()
    : m_operations(table::operations())
{
    for (const auto &part : {table::scalarShapes(), table::domainShapes(), table::profileShapes(),
                             table::objectShapes(), table::integrationShapes()})
        m_shapes.append(part);

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

const WireModel &WireModel::instance()
{
    static const WireModel model; // thread-safe initialisation (C++11 magic static)
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

const QList<Operation> &WireModel::operations() const
{
    return m_operations;
}

const QList<Shape> &WireModel::shapes() const
{
    return m_shapes;
}

} // namespace cp::schema
