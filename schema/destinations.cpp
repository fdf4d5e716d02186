#include "destinations.h"

#include "standardprofile.h"

namespace cp::schema::destinations {
namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out.append(QString::fromLatin1(name));
    return out;
}

// The standard definitions' string members (service guide: standard-asset-definition,
// standard-case-definition, standard-order-definition). The order's OrderItems list is
// not a target a field maps one value into, so it is not offered.
const QStringList &scalarMembers(Kind kind)
{
    static const QStringList asset =
        names({"AssetId", "AssetName", "SerialNumber", "ModelNumber", "ModelName", "ProductSKU",
               "PurchaseDate", "UsageEndDate", "Status", "Price", "Quantity", "Description",
               "AdditionalInformation", "DataSource"});
    static const QStringList standardCase =
        names({"CaseId", "Title", "Summary", "Status", "Reason", "CreatedBy", "CreatedDate",
               "UpdatedDate", "ClosedDate", "AdditionalInformation", "DataSource"});
    static const QStringList order =
        names({"OrderId", "CustomerEmail", "CustomerPhone", "CreatedDate", "UpdatedDate",
               "ProcessedDate", "ClosedDate", "CancelledDate", "CancelReason", "Name",
               "AdditionalInformation", "Gateway", "Status", "StatusCode", "StatusUrl",
               "CreditCardNumber", "CreditCardCompany", "FulfillmentStatus", "TotalPrice",
               "TotalTax", "TotalDiscounts", "TotalItemsPrice", "TotalShippingPrice",
               "TotalTipReceived", "Currency", "TotalWeight"});
    static const QStringList none;
    switch (kind) {
    case Kind::Asset:
        return asset;
    case Kind::Case:
        return standardCase;
    case Kind::Order:
        return order;
    case Kind::Profile:
        break;
    }
    return none;
}

const QStringList &orderAddressMembers()
{
    static const QStringList members = names({"BillingAddress", "ShippingAddress"});
    return members;
}

const QStringList &orderAddressFields()
{
    static const QStringList fields =
        names({"Name", "Address1", "Address2", "Address3", "Address4", "City", "County", "State",
               "Province", "Country", "PostalCode"});
    return fields;
}

const QString kAttributes = QStringLiteral("Attributes");

} // namespace

QString prefix(Kind kind)
{
    switch (kind) {
    case Kind::Profile:
        return QStringLiteral("_profile.");
    case Kind::Asset:
        return QStringLiteral("_asset.");
    case Kind::Case:
        return QStringLiteral("_case.");
    case Kind::Order:
        return QStringLiteral("_order.");
    }
    return {};
}

QString objectTypeName(Kind kind)
{
    if (kind == Kind::Profile)
        return {};
    QString name = prefix(kind);
    name.chop(1);
    return name;
}

QStringList filterKeys(Kind kind)
{
    switch (kind) {
    case Kind::Profile:
        return {};
    case Kind::Asset:
        return {QStringLiteral("_assetId"), QStringLiteral("_assetName"),
                QStringLiteral("_serialNumber")};
    case Kind::Case:
        return {QStringLiteral("_caseId")};
    case Kind::Order:
        return {QStringLiteral("_orderId")};
    }
    return {};
}

QList<Kind> standardObjectKinds()
{
    return {Kind::Asset, Kind::Case, Kind::Order};
}

QString identifier(Kind kind)
{
    switch (kind) {
    case Kind::Profile:
        return QStringLiteral("PROFILE");
    case Kind::Asset:
        return QStringLiteral("ASSET");
    case Kind::Case:
        return QStringLiteral("CASE");
    case Kind::Order:
        return QStringLiteral("ORDER");
    }
    return {};
}

std::optional<Kind> kindOf(const QString &target)
{
    for (const Kind kind : {Kind::Profile, Kind::Asset, Kind::Case, Kind::Order}) {
        if (target.startsWith(prefix(kind)))
            return kind;
    }
    return std::nullopt;
}

QStringList targetPaths(Kind kind)
{
    if (kind == Kind::Profile)
        return standardprofile::targetPaths();
    const QString head = prefix(kind);
    QStringList out;
    for (const QString &member : scalarMembers(kind))
        out.append(head + member);
    if (kind == Kind::Order) {
        for (const QString &address : orderAddressMembers()) {
            for (const QString &field : orderAddressFields())
                out.append(head + address + QLatin1Char('.') + field);
        }
    }
    out.append(head + kAttributes + QLatin1Char('.'));
    return out;
}

QStringList allTargetPaths()
{
    QStringList out;
    for (const Kind kind : {Kind::Profile, Kind::Asset, Kind::Case, Kind::Order})
        out += targetPaths(kind);
    return out;
}

bool isValidTarget(const QString &target)
{
    const auto kind = kindOf(target);
    if (!kind)
        return false;
    if (*kind == Kind::Profile)
        return standardprofile::parseTarget(target);
    const QString rest = target.mid(prefix(*kind).size());
    const QString member = rest.section(QLatin1Char('.'), 0, 0);
    const QString field = rest.section(QLatin1Char('.'), 1);
    if (member == kAttributes)
        return !field.isEmpty();
    if (field.isEmpty())
        return scalarMembers(*kind).contains(member);
    return *kind == Kind::Order && orderAddressMembers().contains(member) &&
           orderAddressFields().contains(field);
}

} // namespace cp::schema::destinations
