#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace cp::schema {

// The ARN of a Customer Profiles resource:
//   arn:PARTITION:profile:REGION:ACCOUNT:domains/DOMAIN
//   arn:PARTITION:profile:REGION:ACCOUNT:domains/DOMAIN/object-types/TYPE
//   arn:PARTITION:profile:REGION:ACCOUNT:domains/DOMAIN/integrations/URI
// The partition follows the region: aws-cn in China (cn-*), aws-us-gov in GovCloud
// (us-gov-*), aws-iso / aws-iso-b in the isolated regions, aws elsewhere. An integration's
// URI is an ARN itself (colons and slashes included), kept whole after "integrations/".
struct Arn
{
    enum class Kind { Domain, ObjectType, Integration };

    QString partition;
    QString region;
    QString accountId;
    QString domain;
    Kind kind = Kind::Domain;
    QString name; // the object type's name or the integration's URI; empty for a domain

    static QString partitionOf(QStringView region);

    static Arn forDomain(const QString &region, const QString &accountId, const QString &domain);
    static Arn forObjectType(const QString &region, const QString &accountId, const QString &domain,
                             const QString &type);
    static Arn forIntegration(const QString &region, const QString &accountId,
                              const QString &domain, const QString &uri);

    // The same resource kind and name in another domain or of another kind.
    Arn withResource(Kind kind, const QString &name) const;
    // The ARN of the domain this resource belongs to.
    Arn domainArn() const { return withResource(Kind::Domain, {}); }

    QString toString() const;
    // An ARN of service `profile` naming a domain, an object type or an integration;
    // nullopt for anything else (another service, an empty part, an unknown resource).
    static std::optional<Arn> parse(QStringView text);

    friend bool operator==(const Arn &a, const Arn &b)
    {
        return a.kind == b.kind && a.partition == b.partition && a.region == b.region &&
               a.accountId == b.accountId && a.domain == b.domain && a.name == b.name;
    }
    friend bool operator!=(const Arn &a, const Arn &b) { return !(a == b); }
};

// The path segment of a resource kind ("object-types", "integrations"; empty for a domain).
QString arnResourceSegment(Arn::Kind kind);

} // namespace cp::schema
