#pragma once

// Typed requests and responses for every Customer Profiles operation the product
// covers, for CustomerProfilesClient::send() and the local endpoint.
#include "api/domains.h"
#include "api/integrations.h"
#include "api/objecttypes.h"
#include "api/profiles.h"
#include "api/shapes_domain.h"
#include "api/shapes_integration.h"
#include "api/shapes_objecttype.h"
#include "api/shapes_profile.h"
#include "api/tags.h"
