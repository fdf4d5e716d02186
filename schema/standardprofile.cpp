#include "standardprofile.h"

namespace cp::schema::standardprofile {

const QStringList &scalarMembers()
{
    static const QStringList members = {QStringLiteral("AccountNumber"),
                                        QStringLiteral("AdditionalInformation"),
                                        QStringLiteral("PartyType"),
                                        QStringLiteral("BusinessName"),
                                        QStringLiteral("FirstName"),
                                        QStringLiteral("MiddleName"),
                                        QStringLiteral("LastName"),
                                        QStringLiteral("BirthDate"),
                                        QStringLiteral("Gender"),
                                        QStringLiteral("PhoneNumber"),
                                        QStringLiteral("MobilePhoneNumber"),
                                        QStringLiteral("HomePhoneNumber"),
                                        QStringLiteral("BusinessPhoneNumber"),
                                        QStringLiteral("EmailAddress"),
                                        QStringLiteral("PersonalEmailAddress"),
                                        QStringLiteral("BusinessEmailAddress")};
    return members;
}

const QStringList &addressMembers()
{
    static const QStringList members = {
        QStringLiteral("Address"), QStringLiteral("ShippingAddress"),
        QStringLiteral("MailingAddress"), QStringLiteral("BillingAddress")};
    return members;
}

const QStringList &addressFields()
{
    static const QStringList fields = {QStringLiteral("Address1"), QStringLiteral("Address2"),
                                       QStringLiteral("Address3"), QStringLiteral("Address4"),
                                       QStringLiteral("City"),     QStringLiteral("County"),
                                       QStringLiteral("State"),    QStringLiteral("Province"),
                                       QStringLiteral("Country"),  QStringLiteral("PostalCode")};
    return fields;
}

const QStringList &phoneMembers()
{
    static const QStringList members = {
        QStringLiteral("PhoneNumber"), QStringLiteral("MobilePhoneNumber"),
        QStringLiteral("HomePhoneNumber"), QStringLiteral("BusinessPhoneNumber")};
    return members;
}

const QStringList &emailMembers()
{
    static const QStringList members = {QStringLiteral("EmailAddress"),
                                        QStringLiteral("PersonalEmailAddress"),
                                        QStringLiteral("BusinessEmailAddress")};
    return members;
}

QStringList targetPaths()
{
    QStringList out;
    const QString prefix = QStringLiteral("_profile.");
    for (const QString &member : scalarMembers())
        out.append(prefix + member);
    for (const QString &member : addressMembers()) {
        for (const QString &field : addressFields())
            out.append(prefix + member + QLatin1Char('.') + field);
    }
    out.append(prefix + QStringLiteral("Attributes."));
    return out;
}

bool parseTarget(const QString &path, Target *out)
{
    static const QString prefix = QStringLiteral("_profile.");
    if (!path.startsWith(prefix))
        return false;
    const QString rest = path.mid(prefix.size());
    const qsizetype dot = rest.indexOf(QLatin1Char('.'));
    Target target;
    target.member = dot < 0 ? rest : rest.left(dot);
    target.field = dot < 0 ? QString() : rest.mid(dot + 1);
    bool valid = false;
    if (target.isAttribute())
        valid = !target.field.isEmpty();
    else if (addressMembers().contains(target.member))
        valid = addressFields().contains(target.field);
    else
        valid = target.field.isEmpty() && scalarMembers().contains(target.member);
    if (valid && out)
        *out = target;
    return valid;
}

const QList<PredefinedKey> &predefinedKeys()
{
    const auto key = [](const char *name, const char *contentType = "STRING",
                        QStringList members = {}, bool joined = false) {
        return PredefinedKey{QString::fromLatin1(name), QString::fromLatin1(contentType),
                             std::move(members), joined};
    };
    static const QList<PredefinedKey> keys = {
        key("_account", "STRING", {QStringLiteral("AccountNumber")}),
        key("_profileId", "STRING", {QStringLiteral("ProfileId")}),
        key("_assetId"),
        key("_caseId"),
        key("_orderId"),
        key("_fullName", "NAME",
            {QStringLiteral("FirstName"), QStringLiteral("MiddleName"), QStringLiteral("LastName")},
            true),
        key("_phone", "PHONE_NUMBER", phoneMembers()),
        key("_email", "EMAIL_ADDRESS", emailMembers()),
        key("_ctrContactId"),
        key("_marketoLeadId"),
        key("_salesforceAccountId"),
        key("_salesforceContactId"),
        key("_salesforceAssetId"),
        key("_zendeskUserId"),
        key("_zendeskExternalId"),
        key("_zendeskTicketId"),
        key("_serviceNowSystemId"),
        key("_serviceNowIncidentId"),
        key("_segmentUserId"),
        key("_shopifyCustomerId"),
        key("_shopifyOrderId"),
    };
    return keys;
}

const QStringList &predefinedKeyNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const PredefinedKey &key : predefinedKeys())
            out.append(key.name);
        return out;
    }();
    return names;
}

const PredefinedKey *predefinedKey(const QString &name)
{
    for (const PredefinedKey &key : predefinedKeys()) {
        if (key.name == name)
            return &key;
    }
    return nullptr;
}

const QList<PredefinedKey> &profileFedKeys()
{
    static const QList<PredefinedKey> keys = [] {
        QList<PredefinedKey> out;
        for (const PredefinedKey &key : predefinedKeys()) {
            if (key.fedByProfile())
                out.append(key);
        }
        return out;
    }();
    return keys;
}

const QStringList &predefinedKeyMembers()
{
    static const QStringList members = [] {
        QStringList out;
        for (const PredefinedKey &key : profileFedKeys()) {
            for (const QString &member : key.members) {
                if (member != QStringLiteral("ProfileId") && !out.contains(member))
                    out.append(member);
            }
        }
        return out;
    }();
    return members;
}

} // namespace cp::schema::standardprofile
