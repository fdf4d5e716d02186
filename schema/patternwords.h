#pragma once

#include <QString>

namespace cp::schema {

// A model's regular expression said as a person would: "may hold only letters, digits,
// - and _", "must start with arn:". Empty when the pattern is too intricate to put in
// words (the caller then says "is not in the expected format"). Patterns are searches, as
// in Smithy: only a pattern anchored at both ends limits what the whole value may hold.
QString describePattern(const QString &pattern);

} // namespace cp::schema
