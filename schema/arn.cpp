#include "arn.h"

namespace cp::schema {

QString Arn::partitionOf(QStringView region)
{
    if (region.startsWith(u"cn-"))
        return QStringLiteral("aws-cn");
    if (region.startsWith(u"us-gov-"))
        return QStringLiteral("aws-us-gov");
    if (region.startsWith(u"us-isob-"))
        return QStringLiteral("aws-iso-b");
    if (region.startsWith(u"us-iso-"))
        return QStringLiteral("aws-iso");
    return QStringLiteral("aws");
}

Arn Arn::forDomain(const QString &region, const QString &accountId, const QString &domain)
{
    Arn arn;
    arn.partition = partitionOf(region);
    arn.region = region;
    arn.accountId = accountId;
    arn.domain = domain;
    return arn;
}

Arn Arn::forObjectType(const QString &region, const QString &accountId, const QString &domain,
                       const QString &type)
{
    return forDomain(region, accountId, domain).withResource(Kind::ObjectType, type);
}

Arn Arn::forIntegration(const QString &region, const QString &accountId, const QString &domain,
                        const QString &uri)
{
    return forDomain(region, accountId, domain).withResource(Kind::Integration, uri);
}

Arn Arn::withResource(Kind resourceKind, const QString &resourceName) const
{
    Arn out = *this;
    out.kind = resourceKind;
    out.name = resourceKind == Kind::Domain ? QString() : resourceName;
    return out;
}

QString arnResourceSegment(Arn::Kind kind)
{
    switch (kind) {
    case Arn::Kind::ObjectType:
        return QStringLiteral("object-types");
    case Arn::Kind::Integration:
        return QStringLiteral("integrations");
    case Arn::Kind::Domain:
        break;
    }
    return {};
}

QString Arn::toString() const
{
    QString out = QStringLiteral("arn:") + partition + QStringLiteral(":profile:") + region +
                  QLatin1Char(':') + accountId + QStringLiteral(":domains/") + domain;
    if (kind != Kind::Domain)
        out += QLatin1Char('/') + arnResourceSegment(kind) + QLatin1Char('/') + name;
    return out;
}

std::optional<Arn> Arn::parse(QStringView text)
{
    // arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, the resource holding any colons.
    QStringView parts[5];
    QStringView rest = text;
    for (QStringView &part : parts) {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return std::nullopt;
        part = rest.left(colon);
        rest = rest.mid(colon + 1);
    }
    if (parts[0] != u"arn" || parts[1].isEmpty() || parts[2] != u"profile" || parts[3].isEmpty() ||
        parts[4].isEmpty() || !rest.startsWith(u"domains/"))
        return std::nullopt;
    rest = rest.mid(8);
    Arn arn;
    arn.partition = parts[1].toString();
    arn.region = parts[3].toString();
    arn.accountId = parts[4].toString();
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    arn.domain = (slash < 0 ? rest : rest.left(slash)).toString();
    if (arn.domain.isEmpty())
        return std::nullopt;
    if (slash < 0)
        return arn;
    const QStringView resource = rest.mid(slash + 1);
    for (const Kind kind : {Kind::ObjectType, Kind::Integration}) {
        const QString prefix = arnResourceSegment(kind) + QLatin1Char('/');
        if (resource.startsWith(prefix) && resource.size() > prefix.size()) {
            arn.kind = kind;
            arn.name = resource.mid(prefix.size()).toString();
            // An object type's name has no slash; an integration's URI may.
            if (kind == Kind::ObjectType && arn.name.contains(QLatin1Char('/')))
                return std::nullopt;
            return arn;
        }
    }
    return std::nullopt;
}

} // namespace cp::schema
