#include "credentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace cp::client {
namespace {

// Answers on the next event-loop turn, so callers see one behaviour whatever the source.
void deliverLater(QObject *context, CredentialsProvider::Callback callback,
                  Outcome<Credentials> outcome)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, callback = std::move(callback), outcome]() {
        if (guard)
            callback(outcome);
    });
}

} // namespace

ServiceError credentialsError(const QString &message)
{
    ServiceError error;
    error.kind = ServiceError::Kind::Credentials;
    error.message = message;
    return error;
}

StaticCredentialsProvider::StaticCredentialsProvider(Credentials credentials, QString description)
    : m_credentials(std::move(credentials))
    , m_description(std::move(description))
{}

void StaticCredentialsProvider::resolve(QObject *context, Callback callback)
{
    if (!m_credentials.isValid()) {
        deliverLater(
            context, std::move(callback),
            credentialsError(QCoreApplication::translate(
                "cp::client::Credentials", "The access key id or the secret key is empty.")));
        return;
    }
    deliverLater(context, std::move(callback), m_credentials);
}

void UnavailableCredentialsProvider::resolve(QObject *context, Callback callback)
{
    deliverLater(context, std::move(callback), credentialsError(m_reason));
}

RefreshingCredentialsProvider::RefreshingCredentialsProvider(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

bool RefreshingCredentialsProvider::cachedIsFresh() const
{
    if (!m_cached)
        return false;
    if (!m_cached->expiration)
        return true;
    return m_clock().secsTo(*m_cached->expiration) > refreshMargin.count();
}

void RefreshingCredentialsProvider::resolve(QObject *context, Callback callback)
{
    if (cachedIsFresh()) {
        deliverLater(context, std::move(callback), *m_cached);
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (m_fetching)
        return;
    m_fetching = true;
    fetch();
}

void RefreshingCredentialsProvider::finish(const Outcome<Credentials> &outcome)
{
    m_fetching = false;
    if (outcome.ok())
        m_cached = outcome.value();
    // Always on a later event-loop turn: finish() may run inside resolve() (a command
    // line that cannot be split, a program that cannot start), and callers are promised
    // an answer after resolve() returns.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            deliverLater(waiter.context, waiter.callback, outcome);
    }
}

ProcessCredentialsProvider::ProcessCredentialsProvider(QString commandLine, QString profile,
                                                       QObject *parent)
    : RefreshingCredentialsProvider(parent)
    , m_commandLine(std::move(commandLine))
    , m_profile(std::move(profile))
{}

QString ProcessCredentialsProvider::description() const
{
    return QCoreApplication::translate("cp::client::Credentials",
                                       "credential_process of profile %1")
        .arg(m_profile);
}

void ProcessCredentialsProvider::fetch()
{
    bool ok = false;
    const QStringList argv = splitCommandLine(m_commandLine, &ok);
    if (!ok || argv.isEmpty()) {
        finish(credentialsError(QCoreApplication::translate(
                                    "cp::client::Credentials",
                                    "credential_process of profile %1 is not a valid command line.")
                                    .arg(m_profile)));
        return;
    }
    auto *process = new QProcess(this);
    process->setProgram(argv.first());
    process->setArguments(argv.mid(1));
    process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(
        process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
            process->deleteLater();
            if (status != QProcess::NormalExit || code != 0) {
                // stderr may hold anything, secrets included: report only the exit status.
                finish(
                    credentialsError(QCoreApplication::translate(
                                         "cp::client::Credentials",
                                         "credential_process of profile %1 failed (exit code %2).")
                                         .arg(m_profile)
                                         .arg(code)));
                return;
            }
            finish(parseOutput(process->readAllStandardOutput()));
        });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        finish(credentialsError(
            QCoreApplication::translate("cp::client::Credentials",
                                        "credential_process of profile %1 could not be started.")
                .arg(m_profile)));
    });
    process->start(QIODevice::ReadOnly);
}

Outcome<Credentials> ProcessCredentialsProvider::parseOutput(const QByteArray &output)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(output, &parseError);
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("cp::client::Credentials", text);
    };
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return credentialsError(tr("credential_process did not print a JSON object."));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("Version")).toInt() != 1)
        return credentialsError(
            tr("credential_process printed an unsupported Version (expected 1)."));
    Credentials c;
    c.accessKeyId = o.value(QStringLiteral("AccessKeyId")).toString();
    c.secretAccessKey = o.value(QStringLiteral("SecretAccessKey")).toString();
    c.sessionToken = o.value(QStringLiteral("SessionToken")).toString();
    if (!c.isValid())
        return credentialsError(
            tr("credential_process printed no AccessKeyId or SecretAccessKey."));
    const QString expiration = o.value(QStringLiteral("Expiration")).toString();
    if (!expiration.isEmpty()) {
        QDateTime when = QDateTime::fromString(expiration, Qt::ISODateWithMs);
        if (!when.isValid())
            return credentialsError(
                tr("credential_process printed an Expiration that is not an ISO 8601 time."));
        c.expiration = when.toUTC();
    }
    return c;
}

QStringList splitCommandLine(const QString &commandLine, bool *ok)
{
    QStringList out;
    QString current;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') &&
                       i + 1 < commandLine.size() &&
                       (commandLine.at(i + 1) == QLatin1Char('"') ||
                        commandLine.at(i + 1) == QLatin1Char('\\'))) {
                current += commandLine.at(++i);
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 == commandLine.size()) { // as shlex: "No escaped character"
                if (ok)
                    *ok = false;
                return out;
            }
            current += commandLine.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                out.append(std::exchange(current, QString()));
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        out.append(current);
    if (ok)
        *ok = quote.isNull();
    return out;
}

} // namespace cp::client
