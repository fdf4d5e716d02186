#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

// Helpers for the typed requests and responses: absent and empty are different, so
// optional members are std::optional and are written only when they hold a value.
namespace cp::client::json {

inline void put(QJsonObject &o, const QString &key, const QString &v)
{
    o.insert(key, v);
}
inline void put(QJsonObject &o, const QString &key, const std::optional<QString> &v)
{
    if (v)
        o.insert(key, *v);
}
inline void put(QJsonObject &o, const QString &key, const std::optional<int> &v)
{
    if (v)
        o.insert(key, *v);
}
inline void put(QJsonObject &o, const QString &key, const std::optional<qint64> &v)
{
    if (v)
        o.insert(key, *v);
}
inline void put(QJsonObject &o, const QString &key, const std::optional<bool> &v)
{
    if (v)
        o.insert(key, *v);
}
// Timestamps travel as epoch seconds (fractional).
inline void put(QJsonObject &o, const QString &key, const std::optional<QDateTime> &v)
{
    if (v && v->isValid())
        o.insert(key, double(v->toMSecsSinceEpoch()) / 1000.0);
}
inline void put(QJsonObject &o, const QString &key, const QStringList &v)
{
    if (!v.isEmpty())
        o.insert(key, QJsonArray::fromStringList(v));
}
inline void put(QJsonObject &o, const QString &key, const QMap<QString, QString> &v)
{
    if (v.isEmpty())
        return;
    QJsonObject m;
    for (auto it = v.begin(); it != v.end(); ++it)
        m.insert(it.key(), it.value());
    o.insert(key, m);
}

inline QString getString(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}
inline std::optional<QString> optString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
}
inline std::optional<int> optInt(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}
inline std::optional<qint64> optLong(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}
inline std::optional<bool> optBool(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}
inline std::optional<QDateTime> optTime(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble() * 1000.0 + 0.5), Qt::UTC);
}
inline QStringList getStringList(const QJsonObject &o, const QString &key)
{
    QStringList out;
    const QJsonArray a = o.value(key).toArray();
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}
inline QMap<QString, QString> getStringMap(const QJsonObject &o, const QString &key)
{
    QMap<QString, QString> out;
    const QJsonObject m = o.value(key).toObject();
    for (auto it = m.begin(); it != m.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace cp::client::json
