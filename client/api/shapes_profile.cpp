#include "shapes_profile.h"

#include "codec.h"
#include "profiletable_p.h"

namespace cp::api {
namespace {

using codec::field;

const auto &addressTable()
{
    using A = Address;
    static const auto table = codec::fields(
        field("Address1", &A::address1), field("Address2", &A::address2),
        field("Address3", &A::address3), field("Address4", &A::address4), field("City", &A::city),
        field("County", &A::county), field("State", &A::state), field("Province", &A::province),
        field("Country", &A::country), field("PostalCode", &A::postalCode));
    return table;
}

const auto &profileTable()
{
    static const auto table =
        std::tuple_cat(codec::fields(field("ProfileId", &Profile::profileId)), profileFieldTable(),
                       codec::fields(field("Attributes", &Profile::attributes),
                                     field("FoundByItems", &Profile::foundByItems)));
    return table;
}

constexpr auto foundByTable = codec::fields(field("KeyName", &FoundByKeyValue::keyName),
                                            field("Values", &FoundByKeyValue::values));
constexpr auto searchKeyTable = codec::fields(field("KeyName", &AdditionalSearchKey::keyName),
                                              field("Values", &AdditionalSearchKey::values));
constexpr auto filterTable =
    codec::fields(field("KeyName", &ObjectFilter::keyName), field("Values", &ObjectFilter::values));
constexpr auto objectItemTable =
    codec::fields(field("ObjectTypeName", &ListProfileObjectsItem::objectTypeName),
                  field("ProfileObjectUniqueKey", &ListProfileObjectsItem::profileObjectUniqueKey),
                  field("Object", &ListProfileObjectsItem::object));

} // namespace

CP_API_SHAPE_CODEC(Address, addressTable())
CP_API_SHAPE_CODEC(FoundByKeyValue, foundByTable)
CP_API_SHAPE_CODEC(Profile, profileTable())
CP_API_SHAPE_CODEC(AdditionalSearchKey, searchKeyTable)
CP_API_SHAPE_CODEC(ObjectFilter, filterTable)
CP_API_SHAPE_CODEC(ListProfileObjectsItem, objectItemTable)

} // namespace cp::api
