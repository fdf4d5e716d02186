#include "matchingattributes.h"

namespace cp::schema::matchingattributes {
namespace {

const QString kAttributesPrefix = QStringLiteral("Attributes.");

} // namespace

QStringList ruleAttributes()
{
    return {QStringLiteral("AccountNumber"),  QStringLiteral("Address.Address"),
            QStringLiteral("Address.City"),   QStringLiteral("Address.Country"),
            QStringLiteral("Address.County"), QStringLiteral("Address.PostalCode"),
            QStringLiteral("Address.State"),  QStringLiteral("Address.Province"),
            QStringLiteral("BirthDate"),      QStringLiteral("BusinessName"),
            QStringLiteral("EmailAddress"),   QStringLiteral("FirstName"),
            QStringLiteral("Gender"),         QStringLiteral("LastName"),
            QStringLiteral("MiddleName"),     QStringLiteral("PhoneNumber")};
}

bool isRuleAttribute(const QString &name)
{
    if (name.startsWith(kAttributesPrefix))
        return name.size() > kAttributesPrefix.size();
    static const QStringList known = ruleAttributes();
    return known.contains(name);
}

QStringList emailTypes()
{
    return {QStringLiteral("EmailAddress"), QStringLiteral("BusinessEmailAddress"),
            QStringLiteral("PersonalEmailAddress")};
}

QStringList phoneTypes()
{
    return {QStringLiteral("PhoneNumber"), QStringLiteral("HomePhoneNumber"),
            QStringLiteral("MobilePhoneNumber")};
}

QStringList addressTypes()
{
    return {QStringLiteral("Address"), QStringLiteral("BusinessAddress"),
            QStringLiteral("MaillingAddress"), QStringLiteral("ShippingAddress")};
}

} // namespace cp::schema::matchingattributes
