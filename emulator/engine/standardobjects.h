#pragma once

#include "context.h"
#include "mapping.h"
#include "objecttypes.h"

#include <optional>

namespace cp::emulator {

// The standard asset, case and order objects (object types "_asset", "_case", "_order"):
// an object whose type maps fields to "_asset."... brings one along, kept on the same
// profile beside the object (see docs/emulator.md).

// True for "_asset", "_case", "_order".
bool isStandardObjectType(const QString &name);

// The built-in definition ListProfileObjects reads a standard object type with: the
// predefined keys the model documents for ObjectFilter (_assetId, _assetName and
// _serialNumber; _caseId; _orderId) and the domain's expiration.
StoredObjectType standardObjectType(const QString &name);

// Stores (or replaces) the standard objects an ingested object maps to. One per
// destination, identified by the value of the type's key with the destination's
// identifier (ASSET, CASE, ORDER), else by the object's own key. False on a store error.
bool storeStandardObjects(Context &ctx, const QString &domain, const QString &profileId,
                          const schema::ObjectTypeDefinition &type,
                          const schema::MappingResult &mapping, const QString &objectKey);

} // namespace cp::emulator
