#pragma once

#include "context.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>
#include <utility>

namespace cp::emulator {

// A profile as stored: its standard fields (as the wire's Profile members, without
// ProfileId), which origins set each field ("api" or "object:TYPE"), and counts.
struct StoredProfile
{
    QString id;
    QJsonObject data;
    QJsonObject sources; // field path -> [origin, ...]
    int objectCount = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // The fields as loaded (their predefined keys are the stored ones), and whether a
    // field or its origins changed since: saving an unchanged profile writes its counts only.
    QJsonObject loadedData;
    bool fieldsChanged = false;

    // path: "FirstName", "BillingAddress.City" or "Attributes.name"
    void setField(const QString &path, const QString &value, const QString &origin);
    void clearField(const QString &path);
    // A member kept whole, as given (EngagementPreferences): replaced, or cleared when empty.
    void setValue(const QString &member, const QJsonValue &value, const QString &origin);
    // Drops an origin; fields that only it set are cleared. True when anything changed.
    bool forgetOrigin(const QString &origin);
    QJsonObject toWire() const;
};

QString newProfileId();
std::optional<StoredProfile> loadProfile(Context &ctx, const QString &domain, const QString &id);
// Writes the profile and brings its predefined keys (_profileId, _account, _phone,
// _email, _fullName) up to date. A profile saved with isNew false comes from loadProfile.
bool saveProfile(Context &ctx, const QString &domain, StoredProfile &profile, bool isNew);
// The predefined key values (key name, normalized value) that saveProfile writes for a new
// profile made of these fields (field path -> text, as given to setField): for callers that
// work them out ahead of their write.
QList<std::pair<QString, QString>> predefinedKeyValues(const QString &id,
                                                       const QMap<QString, QString> &fields);
bool deleteProfileRows(Context &ctx, const QString &domain, const QString &id);

// The content type a search key compares by: the predefined keys' own, else that of
// the object type that defines the key. nullopt: no object type of the domain has it.
std::optional<QString> keyContentType(Context &ctx, const QString &domain, const QString &keyName);
bool isPredefinedKey(const QString &keyName);

bool insertKey(Context &ctx, const QString &domain, const QString &keyName, const QString &value,
               const QString &profileId, const QString &origin);
// Profiles holding a key value (normalized), at most `limit`.
QStringList profilesWithKey(Context &ctx, const QString &domain, const QString &keyName,
                            const QString &value, int limit);

} // namespace cp::emulator
