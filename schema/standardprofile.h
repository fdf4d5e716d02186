#pragma once

#include <QList>
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

// A predefined key of the service: a key name every domain knows, searchable without an
// object type defining it. Some hold values of the standard profile's own members (the
// profile's id, account number, phone numbers, email addresses, full name), kept up to
// date with them; the others hold what the object types that define a key of that name
// (the templates do) and AddProfileKey bring.
struct PredefinedKey
{
    QString name;        // "_email"
    QString contentType; // how values compare: STRING, PHONE_NUMBER, EMAIL_ADDRESS, NAME
    // The members whose values the key holds ("ProfileId" for _profileId); empty when no
    // member feeds it.
    QStringList members;
    bool joined = false; // one value: the members' values joined by a space (_fullName)

    bool fedByProfile() const { return !members.isEmpty(); }
};

// The 21 predefined keys the service documents (SearchProfiles' KeyName), in its order.
const QList<PredefinedKey> &predefinedKeys();
// Their names, for pickers: _account, _profileId, _assetId, ... _shopifyOrderId.
const QStringList &predefinedKeyNames();
// The predefined key of that name, or nullptr.
const PredefinedKey *predefinedKey(const QString &name);
// The keys the standard profile's members feed (_profileId, _account, _fullName, _phone,
// _email), and every member they read (ProfileId aside, which never changes).
const QList<PredefinedKey> &profileFedKeys();
const QStringList &predefinedKeyMembers();

} // namespace standardprofile
} // namespace cp::schema
