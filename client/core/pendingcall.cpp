#include "pendingcall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QXmlStreamReader>
#include <utility>

namespace cp::client {
namespace {

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// <ErrorResponse><Error><Code>...</Code><Message>...</Message></Error></ErrorResponse>
void readXmlError(const QByteArray &body, ServiceError &error)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("Code"))
            error.type = xml.readElementText().trimmed();
        else if (xml.name() == QLatin1String("Message"))
            error.message = xml.readElementText().trimmed();
    }
}

// The service's error as botocore reads it: x-amzn-ErrorType first ("Type:uri"), then
// the body's __type or code ("namespace#Type"); the message from Message or message.
void readServiceError(HttpResult &result)
{
    ServiceError &error = result.error;
    error.kind = ServiceError::Kind::Service;
    error.httpStatus = result.status;
    error.requestId = result.requestId;
    const QJsonObject body = QJsonDocument::fromJson(result.body).object();
    QString type = QString::fromUtf8(headerValue(result.headers, "x-amzn-ErrorType"));
    if (type.isEmpty())
        type = body.value(QStringLiteral("__type")).toString();
    if (type.isEmpty())
        type = body.value(QStringLiteral("code")).toString();
    type = type.section(QLatin1Char(':'), 0, 0);
    type = type.section(QLatin1Char('#'), -1);
    error.type = type.trimmed();
    error.message = body.value(QStringLiteral("Message")).toString();
    if (error.message.isEmpty())
        error.message = body.value(QStringLiteral("message")).toString();
    if (error.type.isEmpty() && result.body.trimmed().startsWith('<'))
        readXmlError(result.body, error); // the query protocol's (STS)
    if (error.type.isEmpty())
        error.type = QStringLiteral("HTTP %1").arg(result.status);
}

bool isDefaultPort(const QUrl &url)
{
    const int port = url.port();
    return port < 0 || (url.scheme() == QStringLiteral("https") && port == 443) ||
           (url.scheme() == QStringLiteral("http") && port == 80);
}

} // namespace

ContextBinding::ContextBinding(QObject *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_bound(context != nullptr)
{
    if (!context)
        return;
    m_thread = context->thread();
    // Made now, while the context certainly exists: Qt removes the connection, and any
    // task queued through it, when the context is destroyed.
    connect(
        this, &ContextBinding::queued, context, [](const Task &task) { task(); },
        Qt::QueuedConnection);
    connect(context, &QObject::destroyed, this, [this] {
        m_gone = true;
        Q_EMIT contextDestroyed();
    });
}

bool ContextBinding::isGone() const
{
    return m_bound && (m_gone || (m_thread == QThread::currentThread() && !m_context));
}

void ContextBinding::run(const Task &task)
{
    if (!m_bound) {
        task();
        return;
    }
    if (m_gone)
        return;
    QThread *const current = QThread::currentThread();
    // Only a context of this thread may be looked at here: one of another thread may be
    // in the middle of being destroyed there.
    if (m_thread == current) {
        if (!m_context)
            return;
        if (m_context->thread() == current) {
            task();
            return;
        }
    }
    Q_EMIT queued(task, QPrivateSignal());
}

PendingCall::PendingCall(Transport *transport, HttpRequest request, QObject *context,
                         Transport::Callback callback, CallOptions options)
    : Call(transport)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_binding(new ContextBinding(context, this))
    , m_callback(std::move(callback))
    , m_options(std::move(options))
{
    if (m_options.timeout.count() <= 0)
        m_options.timeout = CallOptions().timeout;
    if (m_options.maxResponseBytes <= 0)
        m_options.maxResponseBytes = CallOptions().maxResponseBytes;
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &PendingCall::onTimeout);
    connect(&m_backoff, &QTimer::timeout, this, &PendingCall::attempt);
    m_maxAttempts =
        m_options.maxAttempts > 0 ? m_options.maxAttempts : transport->retryPolicy().maxAttempts;
    // A context that goes cancels the call, with no callback: there is nobody to tell.
    connect(m_binding, &ContextBinding::contextDestroyed, this, &PendingCall::cancel);
}

void PendingCall::uncount()
{
    if (m_counted && m_transport)
        m_transport->callEnded();
    m_counted = false;
}

PendingCall::~PendingCall()
{
    uncount();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PendingCall::start()
{
    m_started = QDateTime::currentDateTimeUtc();
    m_elapsed.start();
    m_counted = true;
    m_transport->callStarted();
    attempt();
}

void PendingCall::attempt()
{
    if (m_finished || !m_transport)
        return;
    ++m_attempt;
    if (m_options.anonymous) {
        send(Credentials());
        return;
    }
    m_transport->credentialsProvider()->resolve(this, [this](const Outcome<Credentials> &outcome) {
        if (m_finished)
            return;
        if (!outcome.ok()) {
            HttpResult result;
            result.error = outcome.error();
            conclude(result);
            return;
        }
        send(outcome.value());
    });
}

QByteArray PendingCall::signedHost() const
{
    const QUrl &url = m_transport->endpoint().url;
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (!isDefaultPort(url))
        host += ':' + QByteArray::number(url.port());
    return host;
}

void PendingCall::send(const Credentials &credentials)
{
    if (const QString &problem = m_transport->networkSettings().problem; !problem.isEmpty()) {
        HttpResult result;
        result.error.kind = ServiceError::Kind::Credentials;
        result.error.message = problem;
        conclude(std::move(result));
        return;
    }
    const Endpoint &endpoint = m_transport->endpoint();
    QByteArray basePath = endpoint.url.path(QUrl::FullyEncoded).toUtf8();
    if (basePath.endsWith('/'))
        basePath.chop(1);
    QByteArray encodedUrl =
        endpoint.url.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                               QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) +
        basePath + m_request.path;
    if (!m_request.query.isEmpty())
        encodedUrl += '?' + m_request.query;
    const QUrl url = QUrl::fromEncoded(encodedUrl, QUrl::StrictMode);
    if (!url.isValid() || m_request.path.contains('#') || m_request.query.contains('#')) {
        HttpResult result;
        result.error.kind = ServiceError::Kind::Validation;
        result.error.message = tr("the request's path or query is not a valid URL.");
        conclude(std::move(result));
        return;
    }
    // QUrl normalises percent-encoding (%7E becomes ~, %3a becomes %3A): sign exactly
    // what it will send, or the endpoint computes another signature.
    const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    m_sentUrl = url.toEncoded();

    sigv4::RequestToSign toSign;
    toSign.method = m_request.method;
    toSign.rawPath = path.isEmpty() ? QByteArray("/") : path;
    toSign.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    toSign.body = m_request.body;
    toSign.headers.append({"host", signedHost()});
    // Only host, content-type and x-amz-*: QNetworkAccessManager adds headers of its own.
    for (const auto &[name, value] : m_request.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-type" || lower.startsWith("x-amz-"))
            toSign.headers.append({name, value});
    }
    sigv4::SigningOptions options;
    options.region = endpoint.region.toUtf8();
    options.service = endpoint.service;
    options.normalizePath = true; // as botocore and the service: no dot or empty segments
    options.epochSeconds = m_transport->now().toSecsSinceEpoch();
    const sigv4::SigningCredentials signing{credentials.accessKeyId.toUtf8(),
                                            credentials.secretAccessKey.toUtf8(),
                                            credentials.sessionToken.toUtf8()};
    const sigv4::SignedRequest signedRequest =
        m_transport->signer().signHeaders(toSign, signing, options);
    m_secrets = {credentials.secretAccessKey, credentials.sessionToken};

    QNetworkRequest request(url);
    if (url.scheme() == QStringLiteral("https"))
        request.setSslConfiguration(m_transport->sslConfiguration());
    rememberProxy(url);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (!m_options.anonymous) {
        for (const sigv4::Header &header : signedRequest.addedHeaders)
            request.setRawHeader(header.name, header.value);
    }
    request.setRawHeader("User-Agent", "cpconsole/" CP_VERSION);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);

    m_timedOut = false;
    m_sslErrors.clear();
    m_reply = m_transport->network()->sendCustomRequest(request, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &PendingCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PendingCall::checkAnnouncedLength);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_options.maxResponseBytes && m_reply) {
            m_reply->setProperty("cpTooLarge", true);
            m_reply->abort();
        }
    });
    m_timeout.start(m_options.timeout);
}

// A Content-Length beyond the cap is refused before the body arrives.
void PendingCall::checkAnnouncedLength()
{
    if (!m_reply)
        return;
    bool ok = false;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && announced > m_options.maxResponseBytes) {
        m_reply->setProperty("cpTooLarge", true);
        m_reply->abort();
    }
}

// Whatever the endpoint echoes back (a proxy's error page, a debugging server), the
// call's secret key and session token never reach the error shown or logged.
void PendingCall::redactSecrets(ServiceError &error) const
{
    for (const QString &secret : m_secrets) {
        if (secret.size() < 4)
            continue;
        const QString hidden = QStringLiteral("[redacted]");
        error.message.replace(secret, hidden);
        error.type.replace(secret, hidden);
        error.requestId.replace(secret, hidden);
    }
}

// The proxy this attempt goes through, for messages; its password joins the secrets that
// never reach an error.
void PendingCall::rememberProxy(const QUrl &url)
{
    m_proxyName.clear();
    m_proxyCredentialsGiven = false;
    const QList<QNetworkProxy> proxies = m_transport->networkSettings().proxiesFor(url);
    if (proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy)
        return;
    m_proxyName = proxyDisplayName(proxies.first());
    m_secrets.append(proxies.first().password());
    m_proxyCredentialsGiven = !proxies.first().user().isEmpty();
    if (const auto typed = proxyCredentials(m_proxyName)) {
        m_secrets.append(typed->password);
        m_proxyCredentialsGiven = true;
    }
}

// A certificate that is not trusted, or a proxy that wants credentials: a message that
// says which and why, and an error type the retry policy does not retry.
bool PendingCall::readNetworkFailure(QNetworkReply *reply, HttpResult &result)
{
    const QNetworkReply::NetworkError code = reply->error();
    if (code == QNetworkReply::SslHandshakeFailedError && !m_sslErrors.isEmpty()) {
        result.error.kind = ServiceError::Kind::Network;
        result.error.type = kTlsNotTrusted;
        result.error.message = describeTlsFailure(m_sslErrors, reply->url());
        return true;
    }
    if (code != QNetworkReply::ProxyAuthenticationRequiredError)
        return false;
    result.error.kind = ServiceError::Kind::Network;
    result.error.type = kProxyAuthenticationRequired;
    result.error.httpStatus = 407;
    const QString proxy = m_proxyName.isEmpty() ? tr("the proxy") : m_proxyName;
    result.error.message = m_proxyCredentialsGiven
                               ? tr("The proxy at %1 did not accept the user name and "
                                    "password given.")
                                     .arg(proxy)
                               : tr("The proxy at %1 asks for a user name and password.").arg(proxy);
    return true;
}

// Once per call: the prompt (the console's dialog) is asked for the proxy's credentials,
// without blocking; with them the call tries again (not counted as a retry), without
// them it ends with `result`. False when there is nobody to ask.
bool PendingCall::askProxyCredentials(const HttpResult &result)
{
    const ProxyAuthPrompt prompt = proxyAuthPrompt();
    if (m_proxyPrompted || !prompt || m_proxyName.isEmpty())
        return false;
    m_proxyPrompted = true;
    setProxyCredentials(m_proxyName, std::nullopt); // any given before were refused
    QPointer<PendingCall> self(this);
    const QString proxy = m_proxyName;
    prompt(proxy, [self, proxy, result](std::optional<ProxyCredentials> credentials) {
        if (!self || self->m_finished)
            return;
        if (!credentials || credentials->user.isEmpty()) {
            self->conclude(result);
            return;
        }
        setProxyCredentials(proxy, *credentials);
        if (self->m_transport)
            self->m_transport->network()->clearAccessCache(); // forget refused ones
        ++self->m_maxAttempts;
        self->attempt();
    });
    return true;
}

void PendingCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finishes the reply, which onReplyFinished reports as a timeout
}

void PendingCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_timeout.stop();
    reply->deleteLater();

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    result.requestId = QString::fromUtf8(headerValue(result.headers, "x-amzn-RequestId"));
    if (result.requestId.isEmpty())
        result.requestId = QString::fromUtf8(headerValue(result.headers, "x-amz-request-id"));

    if (reply->property("cpTooLarge").toBool()) {
        result.error.kind = ServiceError::Kind::InvalidResponse;
        result.error.message =
            tr("the answer is larger than %1 bytes.").arg(m_options.maxResponseBytes);
    } else if (m_timedOut) {
        result.error.kind = ServiceError::Kind::Timeout;
        result.error.message = tr("no answer within %1 ms.").arg(m_options.timeout.count());
    } else if (readNetworkFailure(reply, result)) {
        // TLS verification or proxy authentication: retrying the same cannot mend them.
    } else if (const QNetworkReply::NetworkError code = reply->error();
               result.status == 0 ||
               (code > QNetworkReply::NoError &&
                code < QNetworkReply::ProxyConnectionRefusedError) ||
               code == QNetworkReply::ProtocolFailure) {
        // (Codes from 100 up also stand for HTTP statuses, e.g. 400 and 407: answers.)
        // No answer, or an answer cut short (connection closed mid-body): never a
        // success with part of a body.
        result.error.kind = ServiceError::Kind::Network;
        result.error.httpStatus = result.status;
        result.error.message = reply->errorString();
    } else {
        result.body = reply->readAll();
        if (result.status < 200 || result.status >= 300)
            readServiceError(result);
    }
    result.error.requestId = result.requestId;
    redactSecrets(result.error);
    if (result.error.type == kProxyAuthenticationRequired && askProxyCredentials(result))
        return; // the prompt's answer tries again, or concludes with nothing given
    retryOrConclude(std::move(result));
}

bool PendingCall::learnClockSkew(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QDateTime server;
    const QByteArray amzDate = headerValue(headers, "x-amz-date");
    if (!amzDate.isEmpty()) {
        server = QDateTime::fromString(QString::fromLatin1(amzDate),
                                       QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        server.setTimeSpec(Qt::UTC); // read as UTC, not as local time
    }
    if (!server.isValid()) {
        // "Sun, 06 Nov 1994 08:49:37 GMT": Qt's RFC 2822 parser wants a numeric zone.
        QString date = QString::fromLatin1(headerValue(headers, "date")).trimmed();
        for (const QLatin1String zone :
             {QLatin1String(" GMT"), QLatin1String(" UTC"), QLatin1String(" UT")}) {
            if (date.endsWith(zone, Qt::CaseInsensitive)) {
                date.chop(zone.size());
                date += QStringLiteral(" +0000");
                break;
            }
        }
        server = QDateTime::fromString(date, Qt::RFC2822Date);
    }
    if (!server.isValid())
        return false;
    server = server.toUTC();
    const QDateTime local = m_transport->now();
    if (qAbs(local.msecsTo(server)) <= 4 * 60 * 1000)
        return false;
    m_transport->setClockSkew(m_transport->clockSkew() +
                              std::chrono::milliseconds(local.msecsTo(server)));
    return true;
}

void PendingCall::retryOrConclude(HttpResult result)
{
    RetryPolicy &policy = m_transport->retryPolicy();
    if (!result.error.isError()) {
        policy.release(m_quotaTaken);
        conclude(std::move(result));
        return;
    }
    // Credentials that expired under the call (a session ended early, a clock off): the
    // provider gets new ones once (a refresh, or a sign-in) and the call goes again.
    if (result.error.kind == ServiceError::Kind::Service && !m_options.anonymous &&
        !m_credentialsRenewed &&
        (result.error.type == QLatin1String("ExpiredToken") ||
         result.error.type == QLatin1String("ExpiredTokenException")) &&
        m_transport->credentialsProvider()->invalidate()) {
        m_credentialsRenewed = true;
        ++m_maxAttempts; // the renewed attempt does not use up a retry
        attempt();
        return;
    }
    if (result.error.kind == ServiceError::Kind::Service &&
        RetryPolicy::isClockSkewError(result.error.type) && !m_skewRetried &&
        learnClockSkew(result.headers)) {
        m_skewRetried = true;
        ++m_maxAttempts; // the corrected attempt does not use up a retry
        attempt();
        return;
    }
    result.error.retryable = RetryPolicy::isRetryable(result.error);
    if (result.error.retryable && m_attempt < m_maxAttempts) {
        const int cost = policy.acquire(result.error);
        if (cost > 0) {
            m_quotaTaken += cost;
            m_backoff.start(policy.backoff(m_attempt));
            return;
        }
    }
    conclude(std::move(result));
}

void PendingCall::conclude(HttpResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    uncount();
    m_timeout.stop();
    m_backoff.stop();
    result.attempts = m_attempt;
    result.error.attempts = m_attempt;
    log(result);
    end(std::move(result));
}

// One entry in the request log per call, whatever its end.
void PendingCall::log(const HttpResult &result)
{
    if (!m_transport)
        return;
    RequestLogEntry entry;
    entry.started = m_started;
    entry.operation = m_options.operation;
    entry.input = m_options.input;
    entry.redactedInput = m_options.loggedInput;
    entry.method = m_request.method;
    // As sent; setPath() would take the percent-encoded path as decoded text.
    entry.url = m_sentUrl.isEmpty() ? m_transport->endpoint().url : QUrl::fromEncoded(m_sentUrl);
    entry.requestBody = m_options.loggedBody; // never the body as sent: it may hold
                                              // values of sensitive shapes
    entry.status = result.status;
    entry.durationMs = m_elapsed.elapsed();
    entry.requestId = result.requestId;
    entry.attempts = m_attempt;
    const bool service = result.error.kind == ServiceError::Kind::Service;
    entry.errorType = service ? result.error.type : QString();
    entry.expectedError = service && m_options.expectedErrorTypes.contains(result.error.type);
    entry.cancelled = result.error.kind == ServiceError::Kind::Cancelled;
    Q_EMIT m_transport->requestLogged(entry);
}

// The callback (unless the context is gone), then finished(); the callback may destroy
// the transport, and this call with it.
void PendingCall::end(HttpResult result)
{
    QPointer<PendingCall> self(this);
    deliver(result);
    if (!self)
        return;
    Q_EMIT finished();
    deleteLater();
}

void PendingCall::deliver(const HttpResult &result)
{
    Transport::Callback callback = std::exchange(m_callback, {});
    if (!callback || m_binding->isGone())
        return;
    m_binding->run([callback = std::move(callback), result] { callback(result); });
}

// Stops everything at once and says so: the callback runs before cancel() returns, with
// Kind::Cancelled (on the context's thread; queued there from another one). An answer
// already on its way is dropped, and a request that reached the endpoint may still have
// been carried out there.
void PendingCall::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    uncount();
    m_timeout.stop();
    m_backoff.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    HttpResult result;
    result.error.kind = ServiceError::Kind::Cancelled;
    result.attempts = m_attempt;
    result.error.attempts = m_attempt;
    log(result);
    end(std::move(result));
}

} // namespace cp::client
