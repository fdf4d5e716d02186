#pragma once

// Internal to cpschema: the small vocabulary the wire-model tables are written in,
// and the tables themselves (authored from botocore's customer-profiles model).

#include "wiremodel.h"

#include <initializer_list>

namespace cp::schema::table {

using Bound = std::optional<qint64>; // {} when the model gives no bound

// Scalars, lists and maps. Bounds are lengths for strings, lists and maps; values for numbers.
Shape str(const char *name, Bound min = {}, Bound max = {}, const char *pattern = "");
Shape enumeration(const char *name, std::initializer_list<const char *> values);
Shape integer(const char *name, Bound min = {}, Bound max = {});
Shape longInt(const char *name, Bound min = {}, Bound max = {});
Shape dbl(const char *name, Bound min = {}, Bound max = {});
Shape boolean(const char *name);
Shape timestamp(const char *name);
Shape list(const char *name, const char *member, Bound min = {}, Bound max = {});
Shape map(const char *name, const char *key, const char *value, Bound min = {}, Bound max = {});
Shape structure(const char *name, std::initializer_list<Member> members);

// Structure members: in the JSON body unless bound to the URI path, query string or a header.
Member member(const char *name, const char *shape);
Member required(const char *name, const char *shape);
Member label(const char *name, const char *shape); // {name} in the URI; always required
Member query(const char *name, const char *shape, const char *queryName);
Member requiredQuery(const char *name, const char *shape, const char *queryName);
Member header(const char *name, const char *shape, const char *headerName);

Operation op(const char *name, const char *method, const char *uri, const char *input,
             const char *output, int successCode = 200);

QList<Operation> operations();
QList<Shape> scalarShapes();      // strings, enums, numbers, lists, maps
QList<Shape> domainShapes();      // domains and tags
QList<Shape> profileShapes();     // profiles, keys and search
QList<Shape> objectShapes();      // object types, templates and profile objects
QList<Shape> integrationShapes(); // integrations and their AppFlow flow definitions

} // namespace cp::schema::table
