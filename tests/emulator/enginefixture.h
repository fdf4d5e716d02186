// Shared by the engine tests: an Engine over a fresh in-memory store with a clock the
// test moves by hand, and small helpers to write requests as JSON text.
#pragma once

#include "engine/engine.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <memory>

namespace cp::emulator::test {

// A JSON object from text; a typo in a test's JSON is a fatal error, not an empty object.
inline QJsonObject j(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad JSON in test: %s (%s)", text, qPrintable(error.errorString()));
    return document.object();
}

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

inline QString describe(const ApiResult &r)
{
    return QString::number(r.status) + QLatin1Char(' ') + r.errorType + QStringLiteral(": ") +
           r.message;
}

#ifndef Q_MOC_RUN // moc need not see these
// The result is evaluated once (QVERIFY2 evaluates its message too: a call given here
// would otherwise run twice).
#define QVERIFY_OK(result)                                                                         \
    do {                                                                                           \
        const cp::emulator::ApiResult &ok_ = (result);                                             \
        QVERIFY2(ok_.ok(), qPrintable(cp::emulator::test::describe(ok_)));                         \
    } while (false)
#define QCOMPARE_ERROR(result, code, type)                                                         \
    do {                                                                                           \
        const cp::emulator::ApiResult &r_ = (result);                                              \
        QVERIFY2(r_.status == (code) && r_.errorType == QStringLiteral(type),                      \
                 qPrintable(cp::emulator::test::describe(r_) +                                     \
                            QStringLiteral(" (expected %1 " type ")").arg(code)));                 \
    } while (false)
#endif

struct EngineFixture
{
    static constexpr qint64 kStart = 1700000000000; // 2023-11-14T22:13:20Z
    static constexpr qint64 kDayMs = 24LL * 3600 * 1000;

    std::unique_ptr<Database> db;
    std::unique_ptr<Engine> engine;
    qint64 now = kStart;

    bool open()
    {
        engine.reset();
        now = kStart;
        db = std::make_unique<Database>(Database::Options{{}, true});
        QString error;
        if (!db->open(&error)) {
            qWarning("cannot open the store: %s", qPrintable(error));
            return false;
        }
        EngineOptions options;
        options.clockMs = [this] { return now; };
        engine = std::make_unique<Engine>(*db, options);
        return true;
    }
    void close()
    {
        engine.reset();
        db.reset();
    }

    ApiResult call(const char *operation, const QJsonObject &input)
    {
        return engine->call(QString::fromLatin1(operation), input);
    }
    // A call whose input is JSON text with DomainName "d" added unless it has one.
    ApiResult callIn(const char *operation, const char *json, const QString &domain = s("d"))
    {
        QJsonObject input = j(json);
        if (!input.contains(QStringLiteral("DomainName")))
            input.insert(QStringLiteral("DomainName"), domain);
        return call(operation, input);
    }

    bool createDomain(const QString &name = s("d"), int days = 10)
    {
        return call("CreateDomain", {{QStringLiteral("DomainName"), name},
                                     {QStringLiteral("DefaultExpirationDays"), days}})
            .ok();
    }

    // Rows of a table that belong to a domain (column `domain`, or `name` for domains).
    int rows(const char *table, const QString &domain)
    {
        const QString column =
            qstrcmp(table, "domains") == 0 ? QStringLiteral("name") : QStringLiteral("domain");
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
                      .arg(QString::fromLatin1(table), column));
        q.addBindValue(domain);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // Profile ids a search finds (one page of up to 100).
    QStringList search(const QString &key, const QString &value, const QString &domain = s("d"))
    {
        const ApiResult r = call("SearchProfiles", {{QStringLiteral("DomainName"), domain},
                                                    {QStringLiteral("KeyName"), key},
                                                    {QStringLiteral("Values"), QJsonArray{value}},
                                                    {QStringLiteral("MaxResults"), 100}});
        QStringList ids;
        const QJsonArray items = r.body.value(QStringLiteral("Items")).toArray();
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(QStringLiteral("ProfileId")).toString());
        return ids;
    }
    QJsonObject profile(const QString &id, const QString &domain = s("d"))
    {
        const ApiResult r = call("SearchProfiles", {{QStringLiteral("DomainName"), domain},
                                                    {QStringLiteral("KeyName"), s("_profileId")},
                                                    {QStringLiteral("Values"), QJsonArray{id}}});
        return r.body.value(QStringLiteral("Items")).toArray().at(0).toObject();
    }
    QJsonObject stats(const QString &domain = s("d"))
    {
        return call("GetDomain", {{QStringLiteral("DomainName"), domain}})
            .body.value(QStringLiteral("Stats"))
            .toObject();
    }
    // PutProfileObject of a JSON object given as text; the profile it went to, or empty.
    ApiResult put(const char *type, const QJsonObject &object, const QString &domain = s("d"))
    {
        return call("PutProfileObject",
                    {{QStringLiteral("DomainName"), domain},
                     {QStringLiteral("ObjectTypeName"), QString::fromLatin1(type)},
                     {QStringLiteral("Object"),
                      QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))}});
    }
    // The profile that holds the object with this UNIQUE-key value (by key search).
    QString profileOf(const QString &key, const QString &value)
    {
        const QStringList ids = search(key, value);
        return ids.size() == 1 ? ids.first() : QString();
    }
    QString createProfile(const QJsonObject &fields, const QString &domain = s("d"))
    {
        QJsonObject input = fields;
        input.insert(QStringLiteral("DomainName"), domain);
        return call("CreateProfile", input).body.value(QStringLiteral("ProfileId")).toString();
    }
};

} // namespace cp::emulator::test
