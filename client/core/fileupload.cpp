#include "fileupload.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QXmlStreamReader>

namespace cp::client {

HeaderList sseCustomerKeyHeaders(const QString &clientToken)
{
    const QByteArray key = clientToken.toLatin1();
    const QByteArray md5 =
        QCryptographicHash::hash(QByteArray::fromBase64(key), QCryptographicHash::Md5).toBase64();
    return {{QByteArrayLiteral("x-amz-server-side-encryption-customer-algorithm"),
             QByteArrayLiteral("AES256")},
            {QByteArrayLiteral("x-amz-server-side-encryption-customer-key"), key},
            {QByteArrayLiteral("x-amz-server-side-encryption-customer-key-MD5"), md5}};
}

ServiceError uploadError(int status, const QByteArray &body)
{
    ServiceError error;
    error.kind = ServiceError::Kind::Service;
    error.httpStatus = status;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("Code"))
            error.type = xml.readElementText();
        else if (xml.name() == QLatin1String("Message"))
            error.message = xml.readElementText();
        else if (xml.name() == QLatin1String("RequestId"))
            error.requestId = xml.readElementText();
    }
    if (error.type.isEmpty())
        error.type = QStringLiteral("HTTP %1").arg(status);
    return error;
}

FileUpload::FileUpload(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_stall.setSingleShot(true);
    m_stall.setInterval(60000);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

FileUpload::~FileUpload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool FileUpload::start(const QUrl &url, const QString &filePath, const HeaderList &headers,
                       QString *error)
{
    if (m_reply || !m_network)
        return false;
    m_file = new QFile(filePath, this);
    if (!m_file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(filePath, m_file->errorString());
        delete m_file;
        return false;
    }
    m_size = m_file->size();
    m_cancelled = m_timedOut = false;
    m_sent = 0;
    QNetworkRequest request(url);
    // A presigned URL is the whole authorisation; nothing is signed, nothing redirected.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/csv"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_size);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    m_reply = m_network->put(request, m_file); // read from disk as it is sent
    m_file->setParent(m_reply); // open as long as the reply may read it, then deleted with it
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_stall.start();
        if (total <= 0 && sent == 0)
            return; // Qt's "upload over" (0, 0): finished() tells the end
        m_sent = sent;
        Q_EMIT progress(sent, total > 0 ? total : m_size);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this] { m_stall.start(); });
    connect(m_reply, &QNetworkReply::finished, this, &FileUpload::onFinished);
    m_stall.start();
    return true;
}

void FileUpload::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // finished() follows at once, from abort()
}

void FileUpload::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_stall.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ServiceError error;
    if (m_cancelled) {
        error.kind = ServiceError::Kind::Cancelled;
    } else if (m_timedOut) {
        error.kind = ServiceError::Kind::Timeout;
    } else if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        error.httpStatus = status;
        if (m_sent < m_size)
            Q_EMIT progress(m_size, m_size);
    } else if (status >= 300) {
        error = uploadError(status, reply->read(64 * 1024));
        if (error.requestId.isEmpty())
            error.requestId = QString::fromLatin1(reply->rawHeader("x-amz-request-id"));
    } else {
        error.kind = ServiceError::Kind::Network;
        error.message = reply->errorString();
    }
    end(error);
}

void FileUpload::end(const ServiceError &error)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(error);
}

} // namespace cp::client
