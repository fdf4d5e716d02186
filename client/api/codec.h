#pragma once

#include "core/json.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <optional>
#include <tuple>

// Internal to client/api: each request, response and shape describes its members once,
// as a table of (model name, pointer to member); write() and read() walk the table.
// Absent and empty differ: std::optional members are written only when set, lists
// and maps only when non-empty, required members always.
namespace cp::api::codec {

template<class S, class M> struct Field
{
    const char *name; // the member's name in the model
    M S::*member;
};

template<class S, class M> constexpr Field<S, M> field(const char *name, M S::*member)
{
    return {name, member};
}

template<class... F> constexpr auto fields(F... f)
{
    return std::make_tuple(f...);
}

// ---- single values (list elements, map values, optional contents)

inline QJsonValue toValue(const QString &v)
{
    return v;
}
inline QJsonValue toValue(double v)
{
    return v;
}
template<class T> auto toValue(const T &v) -> decltype(v.toJson(), QJsonValue());
template<class T> QJsonValue toValue(const QList<T> &v);
template<class T> QJsonValue toValue(const QMap<QString, T> &v);

template<class T> auto toValue(const T &v) -> decltype(v.toJson(), QJsonValue())
{
    return v.toJson();
}
template<class T> QJsonValue toValue(const QList<T> &v)
{
    QJsonArray a;
    for (const T &item : v)
        a.append(toValue(item));
    return a;
}
template<class T> QJsonValue toValue(const QMap<QString, T> &v)
{
    QJsonObject o;
    for (auto it = v.begin(); it != v.end(); ++it)
        o.insert(it.key(), toValue(it.value()));
    return o;
}

inline void fromValue(const QJsonValue &v, QString &out)
{
    out = v.toString();
}
template<class T>
auto fromValue(const QJsonValue &v, T &out) -> decltype(T::fromJson(QJsonObject()), void());
template<class T> void fromValue(const QJsonValue &v, QList<T> &out);
template<class T> void fromValue(const QJsonValue &v, QMap<QString, T> &out);

template<class T>
auto fromValue(const QJsonValue &v, T &out) -> decltype(T::fromJson(QJsonObject()), void())
{
    out = T::fromJson(v.toObject());
}
template<class T> void fromValue(const QJsonValue &v, QList<T> &out)
{
    out.clear();
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a) {
        T t{};
        fromValue(item, t);
        out.append(t);
    }
}
template<class T> void fromValue(const QJsonValue &v, QMap<QString, T> &out)
{
    out.clear();
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        T t{};
        fromValue(it.value(), t);
        out.insert(it.key(), t);
    }
}

// ---- members: put() writes one into an object, get() reads it back

using client::json::put; // QString, optional scalars and timestamps, QStringList, string maps
inline void put(QJsonObject &o, const QString &k, int v)
{
    o.insert(k, v);
}
inline void put(QJsonObject &o, const QString &k, bool v)
{
    o.insert(k, v);
}
inline void put(QJsonObject &o, const QString &k, const QJsonObject &v) // passthrough
{
    if (!v.isEmpty())
        o.insert(k, v);
}
template<class T>
auto put(QJsonObject &o, const QString &k, const T &v) -> decltype(v.toJson(), void())
{
    o.insert(k, v.toJson());
}
template<class T> void put(QJsonObject &o, const QString &k, const QList<T> &v)
{
    if (!v.isEmpty())
        o.insert(k, toValue(v));
}
template<class T> void put(QJsonObject &o, const QString &k, const QMap<QString, T> &v)
{
    if (!v.isEmpty())
        o.insert(k, toValue(v));
}
// Optional structures, maps and doubles: written when set, even when empty.
template<class T> void put(QJsonObject &o, const QString &k, const std::optional<T> &v)
{
    if (v)
        o.insert(k, toValue(*v));
}

inline void get(const QJsonObject &o, const QString &k, QString &out)
{
    out = client::json::getString(o, k);
}
inline void get(const QJsonObject &o, const QString &k, int &out)
{
    out = o.value(k).toInt();
}
inline void get(const QJsonObject &o, const QString &k, bool &out)
{
    out = o.value(k).toBool();
}
inline void get(const QJsonObject &o, const QString &k, QJsonObject &out)
{
    out = o.value(k).toObject();
}
inline void get(const QJsonObject &o, const QString &k, std::optional<QString> &out)
{
    out = client::json::optString(o, k);
}
inline void get(const QJsonObject &o, const QString &k, std::optional<int> &out)
{
    out = client::json::optInt(o, k);
}
inline void get(const QJsonObject &o, const QString &k, std::optional<qint64> &out)
{
    out = client::json::optLong(o, k);
}
inline void get(const QJsonObject &o, const QString &k, std::optional<bool> &out)
{
    out = client::json::optBool(o, k);
}
inline void get(const QJsonObject &o, const QString &k, std::optional<QDateTime> &out)
{
    out = client::json::optTime(o, k);
}
inline void get(const QJsonObject &o, const QString &k, std::optional<double> &out)
{
    const QJsonValue v = o.value(k);
    out = v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
template<class T>
auto get(const QJsonObject &o, const QString &k, T &out) -> decltype(T::fromJson(o), void())
{
    out = T::fromJson(o.value(k).toObject());
}
template<class T> void get(const QJsonObject &o, const QString &k, QList<T> &out)
{
    fromValue(o.value(k), out);
}
template<class T> void get(const QJsonObject &o, const QString &k, QMap<QString, T> &out)
{
    fromValue(o.value(k), out);
}
// Optional structures and maps: set only when the member is an object.
template<class T> void get(const QJsonObject &o, const QString &k, std::optional<T> &out)
{
    out.reset();
    const QJsonValue v = o.value(k);
    if (!v.isObject())
        return;
    T t{};
    fromValue(v, t);
    out = t;
}

// ---- members that many operations share

template<class R> constexpr auto pagingFields() // list requests
{
    return fields(field("NextToken", &R::nextToken), field("MaxResults", &R::maxResults));
}
template<class R> constexpr auto pageFields() // list responses
{
    return fields(field("Items", &R::items), field("NextToken", &R::nextToken));
}
template<class R> constexpr auto messageFields() // delete responses
{
    return fields(field("Message", &R::message));
}

// ---- whole objects from a table of fields

template<class S, class Table> QJsonObject write(const S &s, const Table &table)
{
    QJsonObject o;
    std::apply([&](const auto &...f) { (put(o, QString::fromLatin1(f.name), s.*(f.member)), ...); },
               table);
    return o;
}

template<class S, class Table> S read(const QJsonObject &o, const Table &table)
{
    S s{};
    std::apply([&](const auto &...f) { (get(o, QString::fromLatin1(f.name), s.*(f.member)), ...); },
               table);
    return s;
}

} // namespace cp::api::codec

// Define the conversions a shape, request or response declares, from its field table.
#define CP_API_CODEC_PAIR(Type, to, from, table)                                                   \
    QJsonObject Type::to() const                                                                   \
    {                                                                                              \
        return ::cp::api::codec::write(*this, table);                                              \
    }                                                                                              \
    Type Type::from(const QJsonObject &json)                                                       \
    {                                                                                              \
        return ::cp::api::codec::read<Type>(json, table);                                          \
    }
#define CP_API_SHAPE_CODEC(Type, table) CP_API_CODEC_PAIR(Type, toJson, fromJson, table)
#define CP_API_REQUEST_CODEC(Type, table) CP_API_CODEC_PAIR(Type, toInput, fromInput, table)
#define CP_API_RESPONSE_CODEC(Type, table) CP_API_CODEC_PAIR(Type, toOutput, fromOutput, table)
