#pragma once

#include "objecttypedocument.h"

#include <QCoreApplication>

namespace cp::models {

// The designer's per-row rules, each with the sentence shown at the row. The document's
// problems() and the table models use the same functions.
struct ObjectTypeChecks
{
    Q_DECLARE_TR_FUNCTIONS(cp::models::ObjectTypeChecks)
public:
    static const QStringList &contentTypes();
    // The model's vocabularies: content types, and the standard identifiers (all the
    // service accepts; offered with the key roles first).
    static const QStringList &offeredIdentifiers();
    static const QStringList &identifiers();
    // One plain sentence of what an identifier does to ingestion, for the designer.
    static QString identifierDescription(const QString &id);

    static QString fieldNameProblem(const QString &name);
    // The first problem of field `row`, or an empty string.
    static QString fieldProblem(const QList<FieldRow> &fields, int row);
    // The first problem of key row `row`; `hasTemplate`: fields may come from the template.
    static QString keyProblem(const QList<KeyRow> &keys, const QList<FieldRow> &fields,
                              bool hasTemplate, int row);
    // What is wrong with the keys as a whole (none at all, no UNIQUE one), or empty.
    static QString keysProblem(const QList<KeyRow> &keys, bool hasTemplate);
    // A warning when key row `row`'s name compares values of another content type in one of
    // `others` (the other object types of the domain), or an empty string.
    static QString keyWarning(const schema::ObjectTypeDefinition &type, const QString &keyName,
                              const QList<schema::ObjectTypeDefinition> &others);
    // A warning when the user's own records show that key `keyName` does nothing or gets
    // records refused: a UNIQUE key some records give no value (the service refuses them),
    // a key no record fills (it never finds a profile). Empty without records or issue.
    static QString keySampleWarning(const schema::ObjectTypeDefinition &type,
                                    const QString &keyName, const QList<QJsonObject> &samples);
};

} // namespace cp::models
