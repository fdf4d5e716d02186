#pragma once

// The rules behind detectObjectType (detection.h): what a source name and a value mean.
// Internal to schema/; docs/emulator.md explains them to users.

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace cp::schema::detection {

// Lower case, without '_', '-', spaces and dots: "First Name", "first_name" and
// "firstName" all read "firstname".
QString normalizedName(QStringView name);

// What kind of record the samples are, told by the identifier fields they carry
// (orderId, ticketId, serialNumber...): it decides whether fields go to a standard order,
// case or asset.
enum class RecordKind { Plain, Asset, Case, Order };
RecordKind recordKind(const QStringList &normalizedTopLevelNames);
// The standard object's identifying member ("OrderId") and whether a top-level name is
// the record's own identifier for that kind.
bool isRecordIdName(RecordKind kind, const QString &normalized);

// One sample's reading of one value: where it goes and how it compares. An empty target
// with a content type is a reading that has no destination.
struct Reading
{
    QString target;      // "_profile.EmailAddress", "_order.TotalPrice"...
    QString contentType; // STRING, NUMBER, PHONE_NUMBER, EMAIL_ADDRESS, NAME
    bool byName = false; // the name said it (a value alone is weaker)

    bool operator==(const Reading &other) const
    {
        return target == other.target && contentType == other.contentType;
    }
};

// The reading of the value at `path` (member names from the sample's top) in a record of
// that kind: a target when the name (or, for e-mail addresses and +-prefixed phone numbers,
// the value alone) says so and the value has the shape the target needs.
Reading readValue(const QStringList &path, const QJsonValue &value, RecordKind kind);

// Identifiers: a top-level name that names the record's own identifier ("id", "orderId",
// "uuid"), and how strongly (lower ranks win; nullopt: not an identifier).
std::optional<int> identifierRank(const QString &rawName, RecordKind kind);
// A value that can identify an object: a non-empty string or a whole number.
std::optional<QString> identifierValue(const QJsonValue &value);

// Last-updated times: whether a name says so, and the format a value is written in
// ("EPOCHMILLI", "yyyy-MM-dd'T'HH:mm:ss.SSSX"...), if it is a time at all.
bool isLastUpdatedName(const QString &normalized);
std::optional<QString> timestampFormat(const QJsonValue &value);

} // namespace cp::schema::detection
