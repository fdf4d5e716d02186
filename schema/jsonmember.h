#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace cp::schema {

// Qt 6.4's QJsonObject does not find some member names a parsed document holds (kept as
// UTF-8: U+00C3, then 12 characters beyond Latin-1, then 4 ASCII, e.g. "Ã" + 12 CJK +
// "r_id"), though iterating lists them: value() and contains() miss them, remove() leaves
// them, insert() adds the name a second time. Names inserted by the program are found.

// A member by name, found even where value() misses it (a mapping's Source path).
QJsonValue jsonMember(const QJsonObject &object, QStringView name);

// The object with every member name beyond ASCII, at any depth, inserted again, so that
// lookups, removals and inserts work on it; the object itself when there is none (the
// usual case, at the cost of a look at its names). For what cplocal reads and changes.
QJsonObject rekeyed(const QJsonObject &object);

} // namespace cp::schema
