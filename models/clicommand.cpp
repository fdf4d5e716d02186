#include "clicommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString awsCliCommand(const QString &operation, const QJsonObject &input, const QString &region,
                      const QUrl &endpoint)
{
    QStringList words{QStringLiteral("aws"), QStringLiteral("customer-profiles"),
                      kebabCase(operation)};
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

} // namespace cp::models
