#include "loopbackhttp.h"

#include <QBuffer>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <algorithm>
#include <cstring>

namespace cp::client {
namespace {

constexpr int kMaxIdlePerHost = 16;

QByteArray verbOf(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    default:
        return {};
    }
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() >= 0 && url.port() != 80)
        host += ':' + QByteArray::number(url.port());
    return host;
}

// As Qt's HTTP sets them, so that callers reading error() see the same codes.
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 400: return QNetworkReply::ProtocolInvalidOperationError;
    case 401: return QNetworkReply::AuthenticationRequiredError;
    case 403: return QNetworkReply::ContentAccessDenied;
    case 404: return QNetworkReply::ContentNotFoundError;
    case 405: return QNetworkReply::ContentOperationNotPermittedError;
    case 407: return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409: return QNetworkReply::ContentConflictError;
    case 410: return QNetworkReply::ContentGoneError;
    case 418: return QNetworkReply::ProtocolInvalidOperationError;
    case 500: return QNetworkReply::InternalServerError;
    case 501: return QNetworkReply::OperationNotImplementedError;
    case 503: return QNetworkReply::ServiceUnavailableError;
    default:
        if (status > 400 && status < 500)
            return QNetworkReply::UnknownContentError;
        if (status >= 500 && status < 600)
            return QNetworkReply::UnknownServerError;
        return QNetworkReply::NoError;
    }
}

} // namespace

bool LoopbackNetworkAccessManager::isLoopback(const QUrl &url)
{
    if (url.scheme() != QStringLiteral("http"))
        return false;
    const QString host = url.host();
    return host == QStringLiteral("localhost") || QHostAddress(host).isLoopback();
}

bool LoopbackNetworkAccessManager::direct(const QUrl &url) const
{
    const QNetworkProxyQuery query(url);
    QList<QNetworkProxy> proxies;
    if (proxy().type() != QNetworkProxy::DefaultProxy)
        proxies = {proxy()};
    else if (QNetworkProxyFactory *factory = proxyFactory())
        proxies = factory->queryProxy(query);
    else
        proxies = QNetworkProxyFactory::proxyForQuery(query);
    if (proxies.isEmpty())
        return true;
    const QNetworkProxy &first = proxies.first();
    return first.type() == QNetworkProxy::NoProxy ||
           (first.type() == QNetworkProxy::DefaultProxy &&
            QNetworkProxy::applicationProxy().type() == QNetworkProxy::NoProxy);
}

QNetworkReply *LoopbackNetworkAccessManager::createRequest(Operation op,
                                                           const QNetworkRequest &request,
                                                           QIODevice *outgoingData)
{
    // Only a body already in memory: a device streamed as it is sent (an upload's file,
    // with its progress) stays Qt's.
    auto *buffer = qobject_cast<QBuffer *>(outgoingData);
    const QByteArray verb = verbOf(op, request);
    if (!isLoopback(request.url()) || verb.isEmpty() || (outgoingData && !buffer) ||
        !direct(request.url()))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    QByteArray body;
    if (buffer)
        body = buffer->data().mid(buffer->pos());
    return new LoopbackReply(this, op, request, verb, body);
}

QTcpSocket *LoopbackNetworkAccessManager::takeIdle(const QString &key)
{
    QList<QPointer<QTcpSocket>> &idle = m_idle[key];
    while (!idle.isEmpty()) {
        QPointer<QTcpSocket> socket = idle.takeLast();
        if (!socket)
            continue;
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            return socket;
        socket->deleteLater();
    }
    return nullptr;
}

void LoopbackNetworkAccessManager::keepIdle(const QString &key, QTcpSocket *socket)
{
    QList<QPointer<QTcpSocket>> &idle = m_idle[key];
    idle.removeAll(nullptr);
    if (idle.size() >= kMaxIdlePerHost) {
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    // An idle connection the server closes, or writes to, is not used again.
    const auto drop = [socket] { socket->deleteLater(); };
    connect(socket, &QTcpSocket::disconnected, this, drop);
    connect(socket, &QTcpSocket::readyRead, this, drop);
    idle.append(socket);
}

LoopbackReply::LoopbackReply(LoopbackNetworkAccessManager *manager,
                             QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                             QByteArray verb, QByteArray body)
    : QNetworkReply(manager)
    , m_manager(manager)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const QUrl url = request.url();
    m_key = url.host() + QLatin1Char(':') + QString::number(url.port(80));

    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    m_wire = verb + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader(url) + "\r\n";
    bool hasLength = false;
    for (const QByteArray &name : request.rawHeaderList()) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0)
            continue;
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        m_wire += name + ": " + request.rawHeader(name) + "\r\n";
    }
    if (!hasLength && (!body.isEmpty() || verb == "PUT" || verb == "POST" || verb == "PATCH"))
        m_wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    m_wire += "\r\n" + body;
    // Started on the next turn, as Qt's replies are: the caller connects to it first.
    QMetaObject::invokeMethod(this, [this] { send(true); }, Qt::QueuedConnection);
}

LoopbackReply::~LoopbackReply()
{
    releaseSocket(false);
}

void LoopbackReply::send(bool reuse)
{
    if (m_done || !m_manager)
        return;
    QTcpSocket *socket = reuse ? m_manager->takeIdle(m_key) : nullptr;
    m_reused = socket != nullptr;
    if (!socket) {
        socket = new QTcpSocket;
        const QUrl &url = this->url();
        socket->connectToHost(url.host(), quint16(url.port(80)));
    }
    socket->setParent(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::readyRead, this, &LoopbackReply::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &LoopbackReply::onClosed);
    connect(socket, &QTcpSocket::errorOccurred, this, &LoopbackReply::onClosed);
    socket->write(m_wire);
}

void LoopbackReply::releaseSocket(bool keep)
{
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    if (!socket)
        return;
    socket->disconnect(this);
    if (keep && m_manager && socket->state() == QAbstractSocket::ConnectedState) {
        m_manager->keepIdle(m_key, socket);
        return;
    }
    socket->abort();
    socket->deleteLater();
}

void LoopbackReply::onReadyRead()
{
    if (m_done || !m_socket)
        return;
    m_in += m_socket->readAll();
    m_gotBytes = true;
    QPointer<LoopbackReply> self(this);
    if (!m_headParsed) {
        if (!parseHead() || !self || m_done)
            return;
    }
    if (parseBody() && self && !m_done)
        complete();
}

// The status line and headers, once all of them are in; false while they are not (or the
// answer failed, or the caller aborted it on metaDataChanged()).
bool LoopbackReply::parseHead()
{
    while (!m_headParsed) {
        qsizetype end = m_in.indexOf("\r\n\r\n");
        qsizetype skip = 4;
        if (end < 0) {
            end = m_in.indexOf("\n\n");
            skip = 2;
        }
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        m_in.remove(0, end + skip);
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        bool ok = false;
        const int code = status.size() >= 2 ? status.at(1).toInt(&ok) : 0;
        if (!status.first().startsWith("HTTP/1.") || !ok) {
            fail(ProtocolFailure, tr("The server's answer is not HTTP."));
            return false;
        }
        if (code >= 100 && code < 200)
            continue; // an interim answer: the real one follows
        m_status = code;
        const bool http10 = status.first() == "HTTP/1.0";
        m_keepAlive = !http10;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, code);
        const QByteArray statusLine = lines.first().trimmed();
        const qsizetype reason = statusLine.indexOf(' ', statusLine.indexOf(' ') + 1);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                     reason < 0 ? QString() : QString::fromLatin1(statusLine.mid(reason + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                m_length = value.toLongLong();
            else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
                m_chunked = value.toLower().contains("chunked");
            else if (name.compare("Connection", Qt::CaseInsensitive) == 0)
                m_keepAlive = http10 ? value.toLower().contains("keep-alive")
                                     : !value.toLower().contains("close");
            const QByteArray existing = rawHeader(name);
            setRawHeader(name, existing.isEmpty() ? value : existing + ", " + value);
        }
        if (m_chunked)
            m_length = -1;
        if (operation() == QNetworkAccessManager::HeadOperation || code == 204 || code == 304)
            m_length = 0;
        m_headParsed = true;
    }
    QPointer<LoopbackReply> self(this);
    Q_EMIT metaDataChanged();
    return self && !m_done;
}

// True once the whole body is in m_body.
bool LoopbackReply::parseBody()
{
    if (m_chunked) {
        for (;;) {
            const qsizetype lineEnd = m_in.indexOf("\r\n");
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size = m_in.left(lineEnd).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok) {
                fail(ProtocolFailure, tr("The server's answer has a malformed chunk."));
                return false;
            }
            if (size == 0) {
                const qsizetype trailerEnd = m_in.indexOf("\r\n", lineEnd + 2);
                if (trailerEnd < 0)
                    return false;
                m_in.remove(0, trailerEnd + 2); // ignores trailers
                return true;
            }
            if (m_in.size() < lineEnd + 2 + size + 2)
                return false;
            m_body += m_in.mid(lineEnd + 2, size);
            m_in.remove(0, lineEnd + 2 + size + 2);
            Q_EMIT downloadProgress(m_body.size(), -1);
            if (m_done)
                return false;
        }
    }
    if (m_length < 0) { // until the connection closes
        m_body += m_in;
        m_in.clear();
        return false;
    }
    const qint64 wanted = m_length - m_body.size();
    m_body += m_in.left(wanted);
    m_in.remove(0, std::min<qint64>(wanted, m_in.size()));
    QPointer<LoopbackReply> self(this);
    Q_EMIT downloadProgress(m_body.size(), m_length);
    return self && !m_done && m_body.size() >= m_length;
}

void LoopbackReply::onClosed()
{
    if (m_done)
        return;
    if (m_headParsed && m_length < 0 && !m_chunked) { // the body ran to the close
        if (m_socket)
            m_body += m_socket->readAll();
        m_keepAlive = false;
        complete();
        return;
    }
    const bool stale = m_reused && !m_gotBytes;
    const QString why = m_socket ? m_socket->errorString() : QString();
    const bool refused = m_socket && m_socket->error() == QAbstractSocket::ConnectionRefusedError;
    releaseSocket(false);
    if (stale) { // the server closed an idle connection as we reused it: once on a new one
        send(false);
        return;
    }
    if (refused)
        fail(ConnectionRefusedError, why);
    else
        fail(RemoteHostClosedError, m_headParsed ? tr("The connection closed mid-answer.")
                                                 : tr("The connection closed before an answer."));
}

void LoopbackReply::complete()
{
    if (m_done)
        return;
    m_done = true;
    releaseSocket(m_keepAlive && m_in.isEmpty());
    QPointer<LoopbackReply> self(this);
    const NetworkError code = errorForStatus(m_status);
    if (code != NoError) {
        setError(code, tr("The server answered %1.").arg(m_status));
        Q_EMIT errorOccurred(code);
        if (!self)
            return;
    }
    setFinished(true);
    if (!m_body.isEmpty())
        Q_EMIT readyRead();
    if (!self)
        return;
    Q_EMIT finished();
    if (self && m_manager)
        Q_EMIT m_manager->finished(this);
}

void LoopbackReply::fail(NetworkError code, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    releaseSocket(false);
    setError(code, message);
    setFinished(true);
    QPointer<LoopbackReply> self(this);
    Q_EMIT errorOccurred(code);
    if (!self)
        return;
    Q_EMIT finished();
    if (self && m_manager)
        Q_EMIT m_manager->finished(this);
}

void LoopbackReply::abort()
{
    if (m_done)
        return;
    fail(OperationCanceledError, tr("Operation canceled"));
}

qint64 LoopbackReply::bytesAvailable() const
{
    return (m_done ? m_body.size() - m_read : 0) + QNetworkReply::bytesAvailable();
}

qint64 LoopbackReply::readData(char *data, qint64 maxSize)
{
    if (!m_done)
        return 0;
    const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_read);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    memcpy(data, m_body.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}

} // namespace cp::client
