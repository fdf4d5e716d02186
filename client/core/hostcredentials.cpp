#include "hostcredentials.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cp::client {
namespace {

struct HostText
{
    Q_DECLARE_TR_FUNCTIONS(cp::client::HostText)
};

const QString kFullUri = QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI");
const QString kRelativeUri = QStringLiteral("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");

// Where a full URI over plain http may point, as botocore allows: the machine itself and
// the container agents' link-local addresses.
bool allowedHttpHost(const QString &host)
{
    static const QStringList hosts = {QStringLiteral("localhost"), QStringLiteral("169.254.170.2"),
                                      QStringLiteral("169.254.170.23"),
                                      QStringLiteral("fd00:ec2::23")};
    return hosts.contains(host) || host.startsWith(QStringLiteral("127.")) ||
           host == QStringLiteral("::1");
}

} // namespace

HostCredentialsProvider::HostCredentialsProvider(Source source, QProcessEnvironment environment,
                                                 QObject *parent)
    : RefreshingCredentialsProvider(parent)
    , m_source(source)
    , m_env(std::move(environment))
{}

QString HostCredentialsProvider::description() const
{
    return m_source == Source::Container ? HostText::tr("the container's credentials endpoint")
                                         : HostText::tr("the instance metadata service");
}

bool HostCredentialsProvider::containerConfigured(const QProcessEnvironment &environment)
{
    return !environment.value(kFullUri).isEmpty() || !environment.value(kRelativeUri).isEmpty();
}

Outcome<Credentials> HostCredentialsProvider::parseAnswer(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QString code = o.value(QStringLiteral("Code")).toString(QStringLiteral("Success"));
    if (code != QStringLiteral("Success"))
        return credentialsError(HostText::tr("The credentials service answered %1.").arg(code));
    Credentials c;
    c.accessKeyId = o.value(QStringLiteral("AccessKeyId")).toString();
    c.secretAccessKey = o.value(QStringLiteral("SecretAccessKey")).toString();
    c.sessionToken = o.value(QStringLiteral("Token")).toString();
    if (!c.isValid())
        return credentialsError(HostText::tr("The credentials service answered no keys."));
    const QDateTime expiration =
        QDateTime::fromString(o.value(QStringLiteral("Expiration")).toString(), Qt::ISODateWithMs);
    if (expiration.isValid())
        c.expiration = expiration.toUTC();
    return c;
}

void HostCredentialsProvider::fail(const QString &why)
{
    finish(credentialsError(m_preamble.isEmpty() ? why : m_preamble + QLatin1Char(' ') + why));
}

void HostCredentialsProvider::get(const QUrl &url, const schema::HeaderList &headers,
                                  std::function<void(const HttpResult &)> then,
                                  const QByteArray &method)
{
    HttpRequest request;
    request.method = method;
    request.path = url.path(QUrl::FullyEncoded).toUtf8();
    if (request.path.isEmpty())
        request.path = "/";
    request.query = url.query(QUrl::FullyEncoded).toUtf8();
    request.headers = headers;
    CallOptions options;
    options.timeout = timeout;
    options.maxAttempts = 1;
    options.maxResponseBytes = 64 * 1024;
    const QUrl origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    sendUnsigned(this, {origin, QString()}, request, options, std::move(then), networkSettings());
}

void HostCredentialsProvider::fetch()
{
    if (m_source == Source::Container)
        fetchFromContainer();
    else
        fetchFromInstance();
}

void HostCredentialsProvider::fetchFromContainer()
{
    QUrl url;
    if (const QString relative = m_env.value(kRelativeUri); !relative.isEmpty()) {
        url = QUrl(QStringLiteral("http://169.254.170.2") + relative);
    } else {
        url = QUrl(m_env.value(kFullUri));
        if (!url.isValid() ||
            (url.scheme() != QStringLiteral("https") &&
             !(url.scheme() == QStringLiteral("http") && allowedHttpHost(url.host())))) {
            fail(HostText::tr("%1 must be an https URL, or http to this machine or the container "
                              "agent (169.254.170.2).")
                     .arg(kFullUri));
            return;
        }
    }
    QByteArray token;
    if (const QString file = m_env.value(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"));
        !file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            fail(HostText::tr("The container's authorization token file %1 cannot be read: %2.")
                     .arg(file, in.errorString()));
            return;
        }
        token = in.read(16 * 1024).trimmed();
    } else {
        token = m_env.value(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN")).toUtf8();
    }
    if (token.contains('\r') || token.contains('\n')) {
        fail(HostText::tr("The container's authorization token holds a line break."));
        return;
    }
    schema::HeaderList headers;
    if (!token.isEmpty())
        headers.append({QByteArray("Authorization"), token});
    get(url, headers, [this](const HttpResult &result) {
        if (result.error.kind != ServiceError::Kind::None) {
            fail(HostText::tr("The container's credentials endpoint did not answer: %1")
                     .arg(result.error.summary()));
            return;
        }
        finish(parseAnswer(result.body));
    });
}

void HostCredentialsProvider::fetchFromInstance()
{
    if (m_env.value(QStringLiteral("AWS_EC2_METADATA_DISABLED")).toLower() ==
        QStringLiteral("true")) {
        fail(HostText::tr("The instance metadata service is turned off "
                          "(AWS_EC2_METADATA_DISABLED)."));
        return;
    }
    QString base = m_env.value(QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"),
                               QStringLiteral("http://169.254.169.254"));
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString rolesPath = QStringLiteral("/latest/meta-data/iam/security-credentials/");
    const auto failed = [this](const HttpResult &result) {
        fail(HostText::tr("The instance metadata service did not answer: %1")
                 .arg(result.error.summary()));
    };
    // IMDSv2: a session token first, then the role's name, then its credentials.
    get(
        QUrl(base + QStringLiteral("/latest/api/token")),
        {{QByteArray("X-aws-ec2-metadata-token-ttl-seconds"), QByteArray("21600")}},
        [this, base, rolesPath, failed](const HttpResult &tokenResult) {
            if (tokenResult.error.kind != ServiceError::Kind::None)
                return failed(tokenResult);
            const schema::HeaderList withToken = {
                {QByteArray("X-aws-ec2-metadata-token"), tokenResult.body.trimmed()}};
            get(
                QUrl(base + rolesPath), withToken,
                [this, base, rolesPath, failed, withToken](const HttpResult &roles) {
                    if (roles.error.kind != ServiceError::Kind::None)
                        return failed(roles);
                    const QString role =
                        QString::fromUtf8(roles.body).section(QLatin1Char('\n'), 0, 0).trimmed();
                    if (role.isEmpty() || role.contains(QLatin1Char('/'))) {
                        fail(HostText::tr("The instance has no role attached."));
                        return;
                    }
                    get(QUrl(base + rolesPath + role), withToken,
                        [this, failed](const HttpResult &answer) {
                            if (answer.error.kind != ServiceError::Kind::None)
                                return failed(answer);
                            finish(parseAnswer(answer.body));
                        });
                },
                "GET");
        },
        "PUT");
}

} // namespace cp::client
