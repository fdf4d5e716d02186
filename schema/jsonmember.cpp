#include "jsonmember.h"

#include <QJsonArray>

#include <algorithm>

namespace cp::schema {
namespace {

bool isAscii(QStringView name)
{
    return std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x80; });
}

bool hasNameBeyondAscii(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return hasNameBeyondAscii(item); });
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isAscii(it.key()) || hasNameBeyondAscii(it.value()))
            return true;
    }
    return false;
}

QJsonValue rekeyedValue(const QJsonValue &value)
{
    if (value.isObject())
        return rekeyed(value.toObject());
    if (!value.isArray())
        return value;
    QJsonArray out;
    for (const QJsonValue &item : value.toArray())
        out.append(rekeyedValue(item));
    return out;
}

} // namespace

QJsonValue jsonMember(const QJsonObject &object, QStringView name)
{
    const QJsonValue value = object.value(name);
    if (!value.isUndefined() || isAscii(name))
        return value; // only a name beyond ASCII can be missed
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == name)
            return it.value();
    }
    return value;
}

QJsonObject rekeyed(const QJsonObject &object)
{
    if (!hasNameBeyondAscii(object))
        return object;
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), rekeyedValue(it.value()));
    return out;
}

} // namespace cp::schema
