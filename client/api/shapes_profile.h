#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// Shapes around a customer profile: addresses, the standard profile fields, search
// keys and profile objects.
namespace cp::api {

// The model's Address and UpdateAddress differ only in minimum lengths (UpdateAddress
// lets "" clear a line), so one struct serves both; every line is optional.
struct Address
{
    std::optional<QString> address1;
    std::optional<QString> address2;
    std::optional<QString> address3;
    std::optional<QString> address4;
    std::optional<QString> city;
    std::optional<QString> county;
    std::optional<QString> state;
    std::optional<QString> province;
    std::optional<QString> country;
    std::optional<QString> postalCode;

    QJsonObject toJson() const;
    static Address fromJson(const QJsonObject &json);
};
using UpdateAddress = Address;

// The standard profile fields shared by Profile, CreateProfile and UpdateProfile. In
// UpdateProfile "" clears a field and an unset member keeps it.
struct ProfileFields
{
    std::optional<QString> accountNumber;
    std::optional<QString> additionalInformation;
    std::optional<QString> partyType; // INDIVIDUAL, BUSINESS, OTHER
    std::optional<QString> businessName;
    std::optional<QString> firstName;
    std::optional<QString> middleName;
    std::optional<QString> lastName;
    std::optional<QString> birthDate;
    std::optional<QString> gender; // MALE, FEMALE, UNSPECIFIED
    std::optional<QString> phoneNumber;
    std::optional<QString> mobilePhoneNumber;
    std::optional<QString> homePhoneNumber;
    std::optional<QString> businessPhoneNumber;
    std::optional<QString> emailAddress;
    std::optional<QString> personalEmailAddress;
    std::optional<QString> businessEmailAddress;
    std::optional<Address> address;
    std::optional<Address> shippingAddress;
    std::optional<Address> mailingAddress;
    std::optional<Address> billingAddress;
};

// Which search key matched a profile (SearchProfiles results).
struct FoundByKeyValue
{
    std::optional<QString> keyName;
    QStringList values;

    QJsonObject toJson() const;
    static FoundByKeyValue fromJson(const QJsonObject &json);
};

struct Profile : ProfileFields
{
    std::optional<QString> profileId;
    QMap<QString, QString> attributes;
    QList<FoundByKeyValue> foundByItems;

    QJsonObject toJson() const;
    static Profile fromJson(const QJsonObject &json);
};

// A further key for SearchProfiles, combined by its LogicalOperator.
struct AdditionalSearchKey
{
    QString keyName;
    QStringList values;

    QJsonObject toJson() const;
    static AdditionalSearchKey fromJson(const QJsonObject &json);
};

// Narrows ListProfileObjects to objects whose key has one of the values.
struct ObjectFilter
{
    QString keyName;
    QStringList values;

    QJsonObject toJson() const;
    static ObjectFilter fromJson(const QJsonObject &json);
};

struct ListProfileObjectsItem
{
    std::optional<QString> objectTypeName;
    std::optional<QString> profileObjectUniqueKey;
    std::optional<QString> object; // the object itself, as a JSON text

    QJsonObject toJson() const;
    static ListProfileObjectsItem fromJson(const QJsonObject &json);
};

} // namespace cp::api
