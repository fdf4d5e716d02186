#include "clicommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace cp::models {

QString kebabCase(const QString &name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool boundary =
            c.isUpper() && i > 0 &&
            (name.at(i - 1).isLower() || (i + 1 < name.size() && name.at(i + 1).isLower()));
        if (boundary)
            out += QLatin1Char('-');
        out += c.toLower();
    }
    return out;
}

QString shellQuote(const QString &word)
{
    // \z: PCRE's $ also matches before a last newline, which would go out unquoted.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+\\z"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

namespace {

// The AWS CLI reads a parameter given as file://PATH or fileb://PATH from that file.
bool readFromFileByCli(const QJsonValue &value)
{
    const auto prefixed = [](const QJsonValue &v) {
        const QString text = v.toString();
        return text.startsWith(QLatin1String("file://"), Qt::CaseInsensitive) ||
               text.startsWith(QLatin1String("fileb://"), Qt::CaseInsensitive);
    };
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), prefixed);
    }
    return prefixed(value);
}

// One option per parameter, as the CLI's documentation writes them.
void appendOptions(QStringList &words, const QJsonObject &input)
{
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QString option = QStringLiteral("--") + kebabCase(it.key());
        const QJsonValue value = it.value();
        if (value.isBool()) {
            words.append(value.toBool() ? option : QStringLiteral("--no-") + kebabCase(it.key()));
        } else if (value.isDouble()) {
            words.append(option);
            words.append(QString::number(value.toDouble(), 'g', 15));
        } else if (value.isString()) {
            words.append(option);
            words.append(shellQuote(value.toString()));
        } else if (value.isArray() &&
                   std::all_of(value.toArray().begin(), value.toArray().end(),
                               [](const QJsonValue &v) { return v.isString(); })) {
            words.append(option);
            const QJsonArray array = value.toArray();
            for (const QJsonValue &v : array)
                words.append(shellQuote(v.toString()));
        } else {
            const QByteArray json =
                value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
            words.append(option);
            words.append(shellQuote(QString::fromUtf8(json)));
        }
    }
}

} // namespace

QString awsCliCommand(const QString &operation, const QJsonObject &input, const QString &region,
                      const QUrl &endpoint)
{
    QStringList words{QStringLiteral("aws"), QStringLiteral("customer-profiles"),
                      kebabCase(operation)};
    if (std::any_of(input.begin(), input.end(), readFromFileByCli)) {
        // Such a value would be read from a file: the whole input goes as JSON, whose
        // values the CLI takes as they are.
        words.append(QStringLiteral("--cli-input-json"));
        words.append(
            shellQuote(QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact))));
    } else {
        appendOptions(words, input);
    }
    if (!region.isEmpty()) {
        words.append(QStringLiteral("--region"));
        words.append(shellQuote(region));
    }
    if (endpoint.isValid() && !endpoint.host().endsWith(QStringLiteral(".amazonaws.com")) &&
        !endpoint.host().endsWith(QStringLiteral(".amazonaws.com.cn"))) {
        words.append(QStringLiteral("--endpoint-url"));
        words.append(shellQuote(endpoint.toString()));
    }
    return words.join(QLatin1Char(' '));
}

QString awsExportLines(const CliAccess &access)
{
    return QStringList{QStringLiteral("export AWS_ACCESS_KEY_ID=") + shellQuote(access.accessKeyId),
                       QStringLiteral("export AWS_SECRET_ACCESS_KEY=") +
                           shellQuote(access.secretAccessKey),
                       QStringLiteral("export AWS_DEFAULT_REGION=") + shellQuote(access.region)}
        .join(QLatin1Char('\n'));
}

QString awsConfigureLines(const CliAccess &access, const QString &profile)
{
    const QString suffix = QStringLiteral(" --profile ") + shellQuote(profile);
    return QStringList{QStringLiteral("aws configure set aws_access_key_id ") +
                           shellQuote(access.accessKeyId) + suffix,
                       QStringLiteral("aws configure set aws_secret_access_key ") +
                           shellQuote(access.secretAccessKey) + suffix,
                       QStringLiteral("aws configure set region ") + shellQuote(access.region) +
                           suffix,
                       QStringLiteral("export AWS_PROFILE=") + shellQuote(profile)}
        .join(QLatin1Char('\n'));
}

} // namespace cp::models
