#include "csvimport.h"

#include "csvreader.h"
#include "detectionrules.h" // the header-name rules DetectProfileObjectType uses
#include "standardprofile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QSet>

namespace cp::models {
namespace {

const QString kProfile = QStringLiteral("_profile.");

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// What the first bytes say the file is when it is no CSV; empty when they may be CSV.
QString notCsvReason(const QByteArray &head, const QString &name)
{
    if (head.contains('\0'))
        return CsvFilePreview::tr("“%1” is not a CSV file: it holds binary data, not text.")
            .arg(name);
    const QByteArray trimmed = head.trimmed();
    const QByteArray start = trimmed.startsWith("\xEF\xBB\xBF") ? trimmed.mid(3) : trimmed;
    if (start.startsWith('{') || start.startsWith('['))
        return CsvFilePreview::tr("“%1” is not a CSV file: it holds JSON, not rows of "
                                  "comma-separated values with a header.")
            .arg(name);
    return {};
}

} // namespace

CsvFilePreview CsvFilePreview::read(const QString &path, int maxRows)
{
    CsvFilePreview preview;
    preview.path = path;
    const QString name = displayName(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.problem = tr("Could not read “%1”: %2.").arg(name, file.errorString());
        return preview;
    }
    preview.size = file.size();
    if (preview.size == 0) {
        preview.problem = tr("“%1” is empty.").arg(name);
        return preview;
    }
    preview.problem = notCsvReason(file.peek(64 * 1024), name);
    if (!preview.problem.isEmpty())
        return preview;

    schema::CsvReader::Limits limits;
    limits.maxRecordBytes = 256 * 1024;
    schema::CsvReader reader(&file, limits);
    QStringList fields;
    if (reader.next(fields) != schema::CsvReader::Status::Record) {
        preview.problem = tr("“%1” is not a CSV file: its first line is not a header of "
                             "comma-separated column names.")
                              .arg(name);
        return preview;
    }
    preview.header = fields;
    QSet<QString> seen;
    for (int i = 0; i < preview.header.size(); ++i) {
        const QString column = preview.header.at(i).trimmed();
        if (column.isEmpty()) {
            preview.problem =
                tr("Column %1 of “%2” has no name in the header.").arg(i + 1).arg(name);
            return preview;
        }
        if (seen.contains(column)) {
            preview.problem = tr("Two columns of “%1” are named “%2”.").arg(name, column);
            return preview;
        }
        seen.insert(column);
    }
    int errors = 0;
    while (preview.rows.size() < maxRows && errors < maxRows) {
        const schema::CsvReader::Status status = reader.next(fields);
        if (status == schema::CsvReader::Status::End)
            break;
        if (status == schema::CsvReader::Status::Error)
            ++errors;
        else
            preview.rows.append(fields);
    }
    if (preview.rows.isEmpty()) {
        preview.problem =
            errors > 0 ? tr("“%1” is not a CSV file: the lines after its header are not rows "
                            "of comma-separated values.")
                             .arg(name)
                       : tr("“%1” has a header but no rows to import.").arg(name);
    }
    return preview;
}

QStringList UploadMapping::profileTargets()
{
    QStringList targets = schema::standardprofile::targetPaths();
    targets.removeAll(kProfile + QStringLiteral("Attributes."));
    return targets;
}

QString UploadMapping::contentTypeOf(const QString &target)
{
    schema::standardprofile::Target parsed;
    if (!schema::standardprofile::parseTarget(target, &parsed) || !parsed.field.isEmpty())
        return QStringLiteral("STRING");
    namespace sp = schema::standardprofile;
    if (sp::emailMembers().contains(parsed.member))
        return QStringLiteral("EMAIL_ADDRESS");
    if (sp::phoneMembers().contains(parsed.member))
        return QStringLiteral("PHONE_NUMBER");
    if (parsed.member.endsWith(QStringLiteral("Name")) &&
        parsed.member != QStringLiteral("BusinessName"))
        return QStringLiteral("NAME");
    return QStringLiteral("STRING");
}

UploadMapping UploadMapping::suggest(const CsvFilePreview &preview)
{
    namespace det = schema::detection;
    UploadMapping mapping;
    mapping.columns = preview.header;
    QSet<QString> taken;
    int bestRank = 1000;
    for (int i = 0; i < preview.header.size(); ++i) {
        QString value;
        for (const QStringList &row : preview.rows) {
            if (!row.value(i).trimmed().isEmpty()) {
                value = row.value(i).trimmed();
                break;
            }
        }
        const det::Reading reading =
            det::readValue({preview.header.at(i)}, QJsonValue(value), det::RecordKind::Plain);
        const bool usable = reading.target.startsWith(kProfile) && !taken.contains(reading.target);
        mapping.targets.append(usable ? reading.target : QString());
        if (usable)
            taken.insert(reading.target);
        const std::optional<int> rank =
            det::identifierRank(preview.header.at(i), det::RecordKind::Plain);
        if (rank && *rank < bestRank && !value.isEmpty()) {
            bestRank = *rank;
            mapping.uniqueKey = i;
        }
    }
    if (mapping.uniqueKey < 0) {
        for (const QString &member :
             {QStringLiteral("EmailAddress"), QStringLiteral("PhoneNumber"),
              QStringLiteral("MobilePhoneNumber"), QStringLiteral("AccountNumber")}) {
            mapping.uniqueKey = int(mapping.targets.indexOf(kProfile + member));
            if (mapping.uniqueKey >= 0)
                break;
        }
    }
    return mapping;
}

QStringList UploadMapping::fieldNames() const
{
    QStringList names;
    QSet<QString> taken;
    for (int i = 0; i < columns.size(); ++i) {
        QString base = columns.at(i).trimmed();
        for (QChar &c : base) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') &&
                c != QLatin1Char('.'))
                c = QLatin1Char('_');
        }
        if (base.isEmpty() || base.startsWith(QLatin1Char('_'))) // "_x" names are the service's
            base = QStringLiteral("column") + (base.isEmpty() ? QString::number(i + 1) : base);
        QString name = base.left(64);
        for (int n = 2; taken.contains(name); ++n) {
            const QString suffix = QLatin1Char('_') + QString::number(n);
            name = base.left(64 - suffix.size()) + suffix;
        }
        taken.insert(name);
        names.append(name);
    }
    return names;
}

QJsonObject UploadMapping::fields() const
{
    const QStringList names = fieldNames();
    QJsonObject out;
    for (int i = 0; i < columns.size(); ++i) {
        const QString target = targets.value(i);
        if (target.isEmpty() && i != uniqueKey)
            continue;
        QJsonObject field{
            {QStringLiteral("Source"), QString(QStringLiteral("_source.") + columns.at(i))}};
        if (!target.isEmpty()) {
            field.insert(QStringLiteral("Target"), target);
            field.insert(QStringLiteral("ContentType"), contentTypeOf(target));
        }
        out.insert(names.at(i), field);
    }
    return out;
}

QString UploadMapping::uniqueKeyField() const
{
    return uniqueKey >= 0 && uniqueKey < columns.size() ? fieldNames().at(uniqueKey) : QString();
}

int UploadMapping::mappedCount() const
{
    int count = 0;
    for (const QString &target : targets)
        count += target.isEmpty() ? 0 : 1;
    return count;
}

QStringList UploadMapping::problems() const
{
    QStringList out;
    if (uniqueKey < 0 || uniqueKey >= columns.size())
        out.append(tr("Choose the column that identifies a customer (the unique key)."));
    if (mappedCount() == 0)
        out.append(tr("Choose a profile field for at least one column."));
    QHash<QString, QString> byTarget;
    for (int i = 0; i < columns.size(); ++i) {
        const QString target = targets.value(i);
        if (target.isEmpty())
            continue;
        const QString shown = target.mid(kProfile.size());
        if (!schema::standardprofile::parseTarget(target)) {
            out.append(tr("“%1” is not a profile field (column “%2”).").arg(shown, columns.at(i)));
        } else if (byTarget.contains(target)) {
            out.append(tr("Columns “%1” and “%2” both go to %3.")
                           .arg(byTarget.value(target), columns.at(i), shown));
        }
        byTarget.insert(target, columns.at(i));
    }
    return out;
}

} // namespace cp::models
