#include "calleridentity.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace cp::client {
namespace {

struct IdentityText
{
    Q_DECLARE_TR_FUNCTIONS(cp::client::IdentityText)
};

} // namespace

QString CallerIdentity::principal() const
{
    if (arn.isEmpty() && !roleName.isEmpty())
        return IdentityText::tr("role %1").arg(roleName);
    // arn:PARTITION:SERVICE::ACCOUNT:RESOURCE
    const QString resource = arn.section(QLatin1Char(':'), 5);
    const QStringList parts = resource.split(QLatin1Char('/'));
    if (parts.size() >= 2 && parts.first() == QLatin1String("assumed-role"))
        return IdentityText::tr("role %1").arg(parts.at(1));
    if (parts.size() >= 2 && parts.first() == QLatin1String("role"))
        return IdentityText::tr("role %1").arg(parts.last());
    if (parts.size() >= 2 && parts.first() == QLatin1String("user"))
        return IdentityText::tr("user %1").arg(parts.last());
    if (resource == QLatin1String("root"))
        return IdentityText::tr("the account's root user");
    return resource;
}

CallerIdentity CallerIdentity::fromRoleArn(const QString &roleArn)
{
    CallerIdentity out;
    if (!roleArn.startsWith(QLatin1String("arn:")) || roleArn.count(QLatin1Char(':')) < 5)
        return out;
    out.account = roleArn.section(QLatin1Char(':'), 4, 4);
    out.arn = roleArn;
    return out;
}

CallerIdentity CallerIdentity::fromSsoRole(const QString &account, const QString &roleName)
{
    CallerIdentity out;
    out.account = account;
    out.roleName = roleName;
    return out;
}

Outcome<CallerIdentity> CallerIdentity::parse(const QByteArray &xml)
{
    CallerIdentity out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("Account"))
            out.account = reader.readElementText().trimmed();
        else if (reader.name() == QLatin1String("Arn"))
            out.arn = reader.readElementText().trimmed();
        else if (reader.name() == QLatin1String("UserId"))
            out.userId = reader.readElementText().trimmed();
    }
    if (reader.hasError() || out.account.isEmpty() || out.arn.isEmpty()) {
        ServiceError error;
        error.kind = ServiceError::Kind::InvalidResponse;
        error.message = IdentityText::tr("AWS STS answered GetCallerIdentity without an "
                                         "account or an ARN.");
        return error;
    }
    return out;
}

Call *getCallerIdentity(QObject *owner, const Endpoint &sts,
                        std::shared_ptr<CredentialsProvider> credentials,
                        std::function<void(const Outcome<CallerIdentity> &)> done)
{
    Endpoint endpoint = sts;
    endpoint.service = "sts";
    auto *transport = new Transport(endpoint, std::move(credentials), owner);
    HttpRequest request;
    request.method = "POST";
    request.path = "/";
    request.headers.append({QByteArray("Content-Type"),
                            QByteArray("application/x-www-form-urlencoded; charset=utf-8")});
    request.body = "Action=GetCallerIdentity&Version=2011-06-15";
    CallOptions options;
    options.operation = QStringLiteral("GetCallerIdentity");
    options.timeout = std::chrono::milliseconds(10000);
    return transport->send(
        request, owner,
        [transport, done = std::move(done)](const HttpResult &result) {
            transport->deleteLater();
            if (result.error.isError())
                done(result.error);
            else
                done(CallerIdentity::parse(result.body));
        },
        options);
}

} // namespace cp::client
