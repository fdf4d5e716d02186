#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cp::models {

// The head of a CSV file to import as profiles: its header and first rows, read from disk
// (schema::CsvReader) without reading the rest. A file that cannot be imported as CSV
// (binary, JSON, a first line that is no CSV record, a header only, columns without a
// name or with the same name) gets one sentence in `problem`.
struct CsvFilePreview
{
    Q_DECLARE_TR_FUNCTIONS(cp::models::CsvFilePreview)
public:
    QString path;
    QStringList header;
    QList<QStringList> rows; // the first rows, as read
    qint64 size = 0;         // bytes
    QString problem;

    bool isUsable() const { return problem.isEmpty() && !header.isEmpty(); }
    static CsvFilePreview read(const QString &path, int maxRows = 8);
};

// Where an upload job puts each column of the file: a profile field ("_profile.FirstName",
// "_profile.ShippingAddress.City", "_profile.Attributes.tier") or nothing, and which column
// is the unique key. Makes CreateUploadJob's Fields and UniqueKey.
class UploadMapping
{
    Q_DECLARE_TR_FUNCTIONS(cp::models::UploadMapping)
public:
    QStringList columns;
    QStringList targets; // one per column; empty: not imported
    int uniqueKey = -1;  // the column, or -1

    // Targets suggested from the header names and the first values (the rules the
    // detection of object types uses: "First Name", "first_name" and "fname" are all
    // FirstName), and a unique key: an identifier-like column, else the e-mail address,
    // phone number or account number.
    static UploadMapping suggest(const CsvFilePreview &preview);
    // Every profile field a column can go to (scalar members, then each address's fields),
    // as target paths. Attributes.NAME are allowed besides.
    static QStringList profileTargets();
    // How the service compares a target's values: EMAIL_ADDRESS, PHONE_NUMBER, NAME, STRING.
    static QString contentTypeOf(const QString &target);
    // The Fields name of each column: its header with '_' for anything the model's
    // fieldName pattern refuses, at most 64 characters, made unique.
    QStringList fieldNames() const;

    // Fields (every mapped column, and the unique key's column even when not mapped) and
    // UniqueKey, as CreateUploadJob takes them.
    QJsonObject fields() const;
    QString uniqueKeyField() const;
    // What keeps the mapping from being sent, one sentence each; empty when it can be.
    QStringList problems() const;
    int mappedCount() const;
};

} // namespace cp::models
