#include "connectionconfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace cp::models {
namespace {
// lupdate reads the context from this class; the messages are looked up under it.
struct ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(cp::models::ConnectionText)
};
} // namespace

QJsonObject ConnectionConfig::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name},
            {QStringLiteral("kind"),
             kind == Kind::Keys ? QStringLiteral("keys") : QStringLiteral("profile")},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("accessKeyId"), accessKeyId},
            {QStringLiteral("region"), region},
            {QStringLiteral("endpointUrl"), endpointUrl}};
    if (!verifyTls) // written only when off: older versions read the rest as before
        json.insert(QStringLiteral("verifyTls"), false);
    return json;
}

ConnectionConfig ConnectionConfig::fromJson(const QJsonObject &json)
{
    ConnectionConfig c;
    c.name = json.value(QStringLiteral("name")).toString();
    c.kind = json.value(QStringLiteral("kind")).toString() == QStringLiteral("keys")
                 ? Kind::Keys
                 : Kind::AwsProfile;
    c.profile = json.value(QStringLiteral("profile")).toString();
    c.accessKeyId = json.value(QStringLiteral("accessKeyId")).toString();
    c.region = json.value(QStringLiteral("region")).toString();
    c.endpointUrl = json.value(QStringLiteral("endpointUrl")).toString();
    c.verifyTls = json.value(QStringLiteral("verifyTls")).toBool(true);
    return c;
}

QList<ConnectionConfig> ConnectionConfig::load(QSettings &settings)
{
    QList<ConnectionConfig> out;
    const QJsonArray array =
        QJsonDocument::fromJson(settings.value(QStringLiteral("connections/list")).toByteArray())
            .array();
    for (const QJsonValue &value : array) {
        const ConnectionConfig config = fromJson(value.toObject());
        if (!config.name.isEmpty())
            out.append(config);
    }
    return out;
}

void ConnectionConfig::save(QSettings &settings, const QList<ConnectionConfig> &connections)
{
    QJsonArray array;
    for (const ConnectionConfig &config : connections)
        array.append(config.toJson());
    settings.setValue(QStringLiteral("connections/list"),
                      QJsonDocument(array).toJson(QJsonDocument::Compact));
}

const QStringList &knownRegions()
{
    static const QStringList regions = {
        QStringLiteral("us-east-1"),      QStringLiteral("us-west-2"),
        QStringLiteral("af-south-1"),     QStringLiteral("ap-northeast-1"),
        QStringLiteral("ap-northeast-2"), QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-2"), QStringLiteral("ca-central-1"),
        QStringLiteral("eu-central-1"),   QStringLiteral("eu-west-2"),
        QStringLiteral("us-gov-west-1")};
    return regions;
}

QList<ConnectionIssue> validateConnection(const ConnectionConfig &config, const QString &secret,
                                          const QStringList &takenNames)
{
    QList<ConnectionIssue> issues;
    if (config.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), ConnectionText::tr("Give the connection a name.")});
    else if (takenNames.contains(config.name.trimmed()))
        issues.append({QStringLiteral("name"),
                       ConnectionText::tr("Another connection already has this name.")});
    static const QRegularExpression region(
        QStringLiteral("^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d$"));
    if (!config.region.isEmpty() && !region.match(config.region).hasMatch())
        issues.append(
            {QStringLiteral("region"), ConnectionText::tr("A region looks like eu-central-1.")});
    if (config.kind == ConnectionConfig::Kind::Keys && config.region.isEmpty())
        issues.append(
            {QStringLiteral("region"), ConnectionText::tr("Choose the region to connect to.")});
    if (!config.endpointUrl.isEmpty()) {
        const QUrl url(config.endpointUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http")))
            issues.append({QStringLiteral("endpointUrl"),
                           ConnectionText::tr("The endpoint must be an http:// or https:// URL.")});
    }
    if (config.kind == ConnectionConfig::Kind::AwsProfile && config.profile.isEmpty())
        issues.append({QStringLiteral("profile"), ConnectionText::tr("Choose an AWS profile.")});
    if (config.kind == ConnectionConfig::Kind::Keys) {
        static const QRegularExpression keyId(QStringLiteral("^[A-Z0-9]{16,128}$"));
        if (!keyId.match(config.accessKeyId).hasMatch())
            issues.append(
                {QStringLiteral("accessKeyId"),
                 ConnectionText::tr(
                     "An access key id has 16 to 128 capital letters and digits, such as AKIA…")});
        if (secret.isEmpty())
            issues.append(
                {QStringLiteral("secret"), ConnectionText::tr("Enter the secret access key.")});
    }
    return issues;
}

} // namespace cp::models
