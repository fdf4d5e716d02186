#include "wiremodel.h"

namespace cp::schema {

WireModel::WireModel() = default;

const WireModel &WireModel::instance()
{
    static const WireModel model;
    return model;
}

const Operation *WireModel::operation(QStringView name) const
{
    for (const Operation &op : m_operations)
        if (op.name == name)
            return &op;
    return nullptr;
}

const Shape *WireModel::shape(QStringView name) const
{
    for (const Shape &s : m_shapes)
        if (s.name == name)
            return &s;
    return nullptr;
}

const QList<Operation> &WireModel::operations() const { return m_operations; }

QList<ValidationIssue> WireModel::validate(QStringView, const QJsonValue &) const { return {}; }

} // namespace cp::schema
