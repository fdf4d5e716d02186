#pragma once

#include "codec.h"
#include "shapes_profile.h"

// Internal: the standard profile fields by their model names, for every shape that
// carries them (Profile, CreateProfileRequest, UpdateProfileRequest).
namespace cp::api {

inline const auto &profileFieldTable()
{
    using P = ProfileFields;
    using codec::field;
    static const auto table = codec::fields(
        field("AccountNumber", &P::accountNumber),
        field("AdditionalInformation", &P::additionalInformation),
        field("PartyType", &P::partyType), field("BusinessName", &P::businessName),
        field("FirstName", &P::firstName), field("MiddleName", &P::middleName),
        field("LastName", &P::lastName), field("BirthDate", &P::birthDate),
        field("Gender", &P::gender), field("PhoneNumber", &P::phoneNumber),
        field("MobilePhoneNumber", &P::mobilePhoneNumber),
        field("HomePhoneNumber", &P::homePhoneNumber),
        field("BusinessPhoneNumber", &P::businessPhoneNumber),
        field("EmailAddress", &P::emailAddress),
        field("PersonalEmailAddress", &P::personalEmailAddress),
        field("BusinessEmailAddress", &P::businessEmailAddress), field("Address", &P::address),
        field("ShippingAddress", &P::shippingAddress), field("MailingAddress", &P::mailingAddress),
        field("BillingAddress", &P::billingAddress));
    return table;
}

} // namespace cp::api
