#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace cp::schema {

// Where a mapping's Target may point: the standard profile ("_profile."), and the
// standard asset, case and order objects ("_asset.", "_case.", "_order."), as the
// service guide's standard definitions list them. The profile's own vocabulary lives in
// standardprofile.h; this puts the four destinations side by side for the designer and
// for checking a Target.
namespace destinations {

enum class Kind { Profile, Asset, Case, Order };

// "_profile.", "_asset.", "_case.", "_order."
QString prefix(Kind kind);
// The standard identifier that ties an object to this destination: PROFILE, ASSET...
QString identifier(Kind kind);
// The object type a destination's standard objects are listed under: "_asset"... (none
// for the profile).
QString objectTypeName(Kind kind);
// The predefined keys an ObjectFilter of ListProfileObjects may name for a destination's
// standard objects, as the model documents ObjectFilter.KeyName: "_assetId"...
QStringList filterKeys(Kind kind);
// The standard destinations (asset, case, order).
QList<Kind> standardObjectKinds();

// The destination a target path names by its prefix, if any.
std::optional<Kind> kindOf(const QString &target);

// Every concrete target path of a destination, for pickers; "<prefix>Attributes." is
// offered as a prefix for free-form attributes.
QStringList targetPaths(Kind kind);
// Every destination's paths, profile first.
QStringList allTargetPaths();

// True when the path names a member of its destination (an address field of an address
// member, or Attributes.NAME included).
bool isValidTarget(const QString &target);

} // namespace destinations
} // namespace cp::schema
