#pragma once

#include <QString>
#include <QStringList>

namespace cp::schema {

// The standard profile of Customer Profiles: its string members, its four addresses
// and the free-form Attributes; mapping Targets name them as "_profile.Member",
// "_profile.BillingAddress.City" or "_profile.Attributes.NAME".
namespace standardprofile {

const QStringList &scalarMembers();  // AccountNumber ... BusinessEmailAddress
const QStringList &addressMembers(); // Address, ShippingAddress, MailingAddress, BillingAddress
const QStringList &addressFields();  // Address1 ... PostalCode
const QStringList &phoneMembers();   // the four phone numbers (the _phone key)
const QStringList &emailMembers();   // the three email addresses (the _email key)

// Every concrete target path, for pickers ("_profile.Attributes." is offered as a prefix).
QStringList targetPaths();

// A target path split: member "BillingAddress" + field "City", or "Attributes" + name.
struct Target
{
    QString member;
    QString field; // address field or attribute name; empty for scalar members
    bool isAttribute() const { return member == QStringLiteral("Attributes"); }
    bool isAddress() const { return !field.isEmpty() && !isAttribute(); }
};

// Parses "_profile.X[.Y]"; false when it names nothing in the standard profile.
bool parseTarget(const QString &path, Target *out = nullptr);

} // namespace standardprofile
} // namespace cp::schema
