#pragma once

// Shared helpers of the designer model tests.

#include "objecttypedocument.h"

#include <QJsonDocument>
#include <QTest>

namespace cp::designertest {

using cp::models::DocumentState;
using cp::models::ObjectTypeDocument;
using cp::schema::FieldDefinition;
using cp::schema::KeyDefinition;
using cp::schema::ObjectTypeDefinition;

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A small valid contact type: three fields, a PROFILE key and the UNIQUE key.
inline ObjectTypeDefinition contactType()
{
    ObjectTypeDefinition d;
    d.name = s("Contact");
    d.description = s("A contact of the CRM");
    d.allowProfileCreation = true;
    d.fields.insert(s("email"),
                    {s("_source.email"), s("_profile.EmailAddress"), s("EMAIL_ADDRESS")});
    d.fields.insert(s("first"), {s("_source.name.first"), s("_profile.FirstName"), s("NAME")});
    d.fields.insert(s("id"), {s("_source.id"), QString(), s("STRING")});
    d.keys.insert(s("_email"), {KeyDefinition{{s("PROFILE")}, {s("email")}}});
    d.keys.insert(s("contactId"), {KeyDefinition{{s("PROFILE"), s("UNIQUE")}, {s("id")}}});
    return d;
}

inline bool sameState(const DocumentState &a, const DocumentState &b)
{
    return a.general == b.general && a.fields == b.fields && a.keys == b.keys && a.tags == b.tags &&
           a.extra == b.extra;
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

inline QStringList messages(const QList<cp::schema::ValidationIssue> &issues)
{
    QStringList out;
    for (const auto &issue : issues)
        out.append(issue.message);
    return out;
}

} // namespace cp::designertest
