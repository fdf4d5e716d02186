#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QSettings;

namespace cp::models {

// A connection the user defined: where (region or endpoint URL) and with which
// credentials (an AWS profile, or keys whose secret lives in the keychain). Saved in
// QSettings without any secret.
struct ConnectionConfig
{
    enum class Kind { AwsProfile, Keys };

    QString name;
    Kind kind = Kind::AwsProfile;
    QString profile;     // Kind::AwsProfile
    QString accessKeyId; // Kind::Keys; the secret is in the keychain under the name
    QString region;      // empty: the profile's
    QString endpointUrl; // empty: the region's AWS endpoint
    // False only by the user's explicit choice: HTTPS certificates are then not checked,
    // and the console says so for as long as the connection is open.
    bool verifyTls = true;

    QJsonObject toJson() const;
    static ConnectionConfig fromJson(const QJsonObject &json);

    static QList<ConnectionConfig> load(QSettings &settings);
    static void save(QSettings &settings, const QList<ConnectionConfig> &connections);
};

// Regions where Customer Profiles is offered, for the region picker.
const QStringList &knownRegions();

// What is wrong with a connection as entered, as a sentence for the field; nullopt when
// it is usable. `takenNames` are the names of the other connections.
struct ConnectionIssue
{
    QString field; // "name", "region", "endpointUrl", "accessKeyId", "secret", "profile"
    QString message;
};
QList<ConnectionIssue> validateConnection(const ConnectionConfig &config, const QString &secret,
                                          const QStringList &takenNames);

} // namespace cp::models
