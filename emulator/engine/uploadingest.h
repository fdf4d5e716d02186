#pragma once

#include "apiresult.h"
#include "context.h"
#include "objecttype.h"
#include "profilestore.h"

#include <QJsonArray>
#include <QMap>
#include <QStringList>
#include <string>

namespace cp::emulator {

// Upload job statuses and reasons, as the model's enums spell them.
namespace uploadstatus {
inline const QString kCreated = QStringLiteral("CREATED");
inline const QString kInProgress = QStringLiteral("IN_PROGRESS");
inline const QString kSucceeded = QStringLiteral("SUCCEEDED");
inline const QString kPartiallySucceeded = QStringLiteral("PARTIALLY_SUCCEEDED");
inline const QString kFailed = QStringLiteral("FAILED");
inline const QString kStopped = QStringLiteral("STOPPED");
inline const QString kValidationFailure = QStringLiteral("VALIDATION_FAILURE");
inline const QString kInternalFailure = QStringLiteral("INTERNAL_FAILURE");
} // namespace uploadstatus

// The object type an upload job's Fields and UniqueKey amount to: its fields as given, one
// PROFILE and UNIQUE key named after UniqueKey, on that field.
schema::ObjectTypeDefinition uploadJobDefinition(const QJsonObject &fields,
                                                 const QString &uniqueKey);
// Why a job's Fields and UniqueKey cannot make profiles; empty when they can.
QString checkUploadJobMapping(const QJsonObject &fields, const QString &uniqueKey);

// A job's progress as stored with every batch.
struct UploadProgress
{
    qint64 offset = 0; // in the file, after the last stored row
    qint64 line = 1;   // of the next row
    qint64 created = 0;
    qint64 updated = 0;
    qint64 failed = 0;
    QJsonArray failures; // the first kMaxFailures: {"Line": n, "Message": "..."}
    static constexpr int kMaxFailures = 100;
    void fail(qint64 line, const QString &message); // a row failed
    void note(qint64 line, const QString &message); // why the job failed, no row counted
};

// One CSV row made ready to store, off the store's lock: its profile fields and the
// normalized value of its unique key, or why it fails. The profile the row makes if no
// profile holds its key comes encoded as the writer binds it (UTF-8, the JSON columns
// serialised, the predefined keys worked out), so that most rows cost the writer SQL only.
struct PreparedRow
{
    qint64 line = 0;
    QMap<QString, QString> profileFields;
    QString key;
    QString error;
    QByteArray keyUtf8;
    QByteArray idUtf8;
    QByteArray dataJson;
    QByteArray sourcesJson;
    QList<std::pair<QByteArray, QByteArray>> predefinedKeys; // key name, value
};

// Maps a job's CSV rows through its Fields (one per thread: nothing shared).
class UploadMapper
{
public:
    UploadMapper(const QJsonObject &fields, const QString &uniqueKey, const QString &jobId);
    // The header row; false (with the reason) when a column a field reads is missing.
    bool setHeader(const QStringList &header, QString *reason);
    PreparedRow prepare(const QStringList &row, qint64 line) const;
    const QString &keyName() const { return m_keyName; }

private:
    schema::ObjectTypeDefinition m_definition;
    QJsonObject m_fields; // as given: their Sources name the columns as the file does
    QString m_keyName;
    QString m_origin;
    QStringList m_header;
    QStringList m_columnKeys; // the header's names as the mapping reads them
    std::string m_originJson; // ["upload:JOB"], each field's origins
    // When every Source is one column as it is ("_source.email", as in most files), rows
    // are mapped by column index, without the generic mapping's JSON object per row.
    struct DirectField
    {
        qsizetype column;
        QString member; // the Target's profile field: "FirstName", "Address.City"
    };
    QList<DirectField> m_direct;
    qsizetype m_keyColumn = -1; // -1: every row through the generic mapping
    QString m_keyContentType;
    void planDirect();
    bool mapDirect(const QStringList &row, PreparedRow &out) const;
};

// Stores prepared rows in the transaction under way (profiles made or updated, the unique
// key kept as a profile key named after it) and counts them into `progress`. Fails (for
// the caller to roll back) only on a store error.
ApiResult storeUploadRows(Context &ctx, const QString &domain, const QString &jobId,
                          const QString &keyName, const QList<PreparedRow> &rows,
                          UploadProgress &progress);

} // namespace cp::emulator
