#pragma once

#include "context.h"
#include "objecttype.h"

#include <optional>

namespace cp::emulator {

struct StoredObjectType
{
    schema::ObjectTypeDefinition definition;
    QString text; // the stored JSON: what tells whether a definition changed
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// A stored definition's text parsed, from a per-thread cache checked against the text.
schema::ObjectTypeDefinition parsedDefinition(const QString &domain, const QString &name,
                                              const QString &text);

// MaxProfileObjectCount: the most objects of a type a profile keeps (0: no limit of its
// own). The object types of a domain share kProfileObjectCapacity objects per profile.
inline constexpr int kProfileObjectCapacity = 1000;
int maxProfileObjectCount(const schema::ObjectTypeDefinition &type);

std::optional<StoredObjectType> loadObjectType(Context &ctx, const QString &domain,
                                               const QString &name);

} // namespace cp::emulator
