#include "stscredentials.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrlQuery>
#include <QXmlStreamReader>

namespace cp::client {
namespace {

struct StsText
{
    Q_DECLARE_TR_FUNCTIONS(cp::client::StsText)
};

// The form encoding of the query protocol: every byte but the unreserved ones encoded.
QByteArray formValue(const QString &value)
{
    return value.toUtf8().toPercentEncoding();
}

} // namespace

QUrl stsEndpoint(const QString &region, const QString &stsOverride, const QString &globalOverride)
{
    if (!stsOverride.isEmpty())
        return QUrl(stsOverride);
    if (!globalOverride.isEmpty())
        return QUrl(globalOverride);
    const QString suffix = region.startsWith(QStringLiteral("cn-"))
                               ? QStringLiteral("amazonaws.com.cn")
                               : QStringLiteral("amazonaws.com");
    return QUrl(QStringLiteral("https://sts.%1.%2").arg(region, suffix));
}

StsCredentialsProvider::StsCredentialsProvider(RoleSettings role, Endpoint sts,
                                               std::shared_ptr<CredentialsProvider> source,
                                               QString description, QObject *parent)
    : RefreshingCredentialsProvider(parent)
    , m_role(std::move(role))
    , m_sts(std::move(sts))
    , m_source(std::move(source))
    , m_description(std::move(description))
{
    m_sts.service = "sts";
    // As botocore: the name the user chose, else one that says who made the session.
    m_sessionName =
        m_role.sessionName.isEmpty()
            ? QStringLiteral("cpconsole-session-%1").arg(QDateTime::currentMSecsSinceEpoch() / 1000)
            : m_role.sessionName;
}

Transport *StsCredentialsProvider::transport()
{
    if (!m_transport) {
        // Web identity sends unsigned: the transport still wants a provider.
        auto source = m_source ? m_source
                               : std::make_shared<StaticCredentialsProvider>(
                                     Credentials{}, StsText::tr("no credentials"));
        m_transport = new Transport(m_sts, source, this);
        if (networkSettings())
            m_transport->setNetworkSettings(*networkSettings());
    }
    return m_transport;
}

void StsCredentialsProvider::setNetworkSettings(const NetworkSettings &settings)
{
    RefreshingCredentialsProvider::setNetworkSettings(settings);
    if (m_transport)
        m_transport->setNetworkSettings(settings);
    if (m_source) // the profile it stands on calls through the same network
        m_source->setNetworkSettings(settings);
}

QByteArray StsCredentialsProvider::requestBody(const RoleSettings &role, const QString &sessionName,
                                               const QString &token)
{
    const bool web = !role.webIdentityTokenFile.isEmpty();
    QList<std::pair<QByteArray, QString>> params = {
        {"Action",
         web ? QStringLiteral("AssumeRoleWithWebIdentity") : QStringLiteral("AssumeRole")},
        {"Version", QStringLiteral("2011-06-15")},
        {"RoleArn", role.roleArn},
        {"RoleSessionName", sessionName},
        {"DurationSeconds", QString::number(role.durationSeconds)}};
    if (web) {
        params.append({"WebIdentityToken", token});
    } else {
        if (!role.externalId.isEmpty())
            params.append({"ExternalId", role.externalId});
        if (!role.mfaSerial.isEmpty()) {
            params.append({"SerialNumber", role.mfaSerial});
            params.append({"TokenCode", token});
        }
    }
    QByteArray body;
    for (const auto &[name, value] : params) {
        if (!body.isEmpty())
            body += '&';
        body += name + '=' + formValue(value);
    }
    return body;
}

Outcome<Credentials> StsCredentialsProvider::parseAnswer(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    Credentials out;
    QString expiration;
    bool inCredentials = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("Credentials"))
            inCredentials = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("Credentials")) {
            inCredentials = true;
            continue;
        }
        if (!inCredentials)
            continue;
        if (reader.name() == QLatin1String("AccessKeyId"))
            out.accessKeyId = reader.readElementText().trimmed();
        else if (reader.name() == QLatin1String("SecretAccessKey"))
            out.secretAccessKey = reader.readElementText().trimmed();
        else if (reader.name() == QLatin1String("SessionToken"))
            out.sessionToken = reader.readElementText().trimmed();
        else if (reader.name() == QLatin1String("Expiration"))
            expiration = reader.readElementText().trimmed();
    }
    if (reader.hasError() || !out.isValid())
        return credentialsError(StsText::tr("STS answered without credentials."));
    const QDateTime when = QDateTime::fromString(expiration, Qt::ISODateWithMs);
    if (!when.isValid())
        return credentialsError(
            StsText::tr("STS answered credentials without a valid Expiration."));
    out.expiration = when.toUTC();
    return out;
}

void StsCredentialsProvider::fetch()
{
    if (!m_role.webIdentityTokenFile.isEmpty()) {
        // Read again each time: the platform that writes it replaces it before it expires.
        QFile file(m_role.webIdentityTokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            finish(
                credentialsError(StsText::tr("The web identity token file %1 cannot be read: %2.")
                                     .arg(m_role.webIdentityTokenFile, file.errorString())));
            return;
        }
        send(QString::fromUtf8(file.read(64 * 1024)).trimmed());
        return;
    }
    if (m_role.mfaSerial.isEmpty()) {
        send(QString());
        return;
    }
    if (!m_mfaPrompt) {
        finish(credentialsError(
            StsText::tr("The role %1 needs a code from the MFA device %2, and nothing can ask "
                        "for it here.")
                .arg(m_role.roleArn, m_role.mfaSerial)));
        return;
    }
    QPointer<StsCredentialsProvider> guard(this);
    m_mfaPrompt(m_role.mfaSerial, [guard](std::optional<QString> code) {
        if (!guard)
            return;
        if (!code || code->trimmed().isEmpty()) {
            guard->finish(credentialsError(
                StsText::tr("No MFA code was given for the role %1.").arg(guard->m_role.roleArn)));
            return;
        }
        guard->send(code->trimmed());
    });
}

void StsCredentialsProvider::send(const QString &token)
{
    HttpRequest request;
    request.method = "POST";
    request.path = "/";
    request.headers.append({QByteArray("Content-Type"),
                            QByteArray("application/x-www-form-urlencoded; charset=utf-8")});
    request.body = requestBody(m_role, m_sessionName, token);
    CallOptions options;
    options.operation = m_role.webIdentityTokenFile.isEmpty()
                            ? QStringLiteral("AssumeRole")
                            : QStringLiteral("AssumeRoleWithWebIdentity");
    options.anonymous = !m_role.webIdentityTokenFile.isEmpty();
    transport()->send(
        request, this,
        [this](const HttpResult &result) {
            if (result.error.kind != ServiceError::Kind::None) {
                ServiceError error = result.error;
                // Why the role could not be assumed is a credentials problem for the caller;
                // the service's code and message stay (no secret is in them).
                error.kind = ServiceError::Kind::Credentials;
                error.message = StsText::tr("The role %1 could not be assumed: %2")
                                    .arg(m_role.roleArn, result.error.summary());
                finish(error);
                return;
            }
            finish(parseAnswer(result.body));
        },
        options);
}

} // namespace cp::client
