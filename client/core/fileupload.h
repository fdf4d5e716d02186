#pragma once

#include "error.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>
class QNetworkAccessManager;
class QNetworkReply;

namespace cp::client {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The three headers an upload job's URL wants (GetUploadJobPath's ClientToken as a
// customer key for S3's server-side encryption, SSE-C): the algorithm AES256, the token,
// and the base64 MD5 of the token's bytes.
HeaderList sseCustomerKeyHeaders(const QString &clientToken);

// One unsigned HTTP PUT of a file to a URL that authorises itself (an S3 presigned URL,
// or cplocal's upload URL), streamed from disk: the file is never read whole into memory.
// Asynchronous and cancellable; finished() is emitted exactly once, with an error of kind
// None on a 2xx answer, Service for an S3 error (its Code as type, its Message), Network,
// Timeout (no byte moved for stallTimeout) or Cancelled. The reply is aborted when the
// upload is destroyed.
class FileUpload : public QObject
{
    Q_OBJECT
public:
    FileUpload(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~FileUpload() override;

    // Opens the file and starts the PUT; false with a sentence in `error` when the file
    // cannot be read (nothing is sent then, and finished() is not emitted).
    bool start(const QUrl &url, const QString &filePath, const HeaderList &headers, QString *error);
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }
    qint64 size() const { return m_size; }
    void setStallTimeout(int ms) { m_stall.setInterval(ms); }

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished(const cp::client::ServiceError &error);

private:
    void onFinished();
    void end(const ServiceError &error);

    QNetworkAccessManager *m_network;
    QPointer<QFile> m_file; // owned by the reply once sent
    QPointer<QNetworkReply> m_reply;
    QTimer m_stall;
    qint64 m_size = 0;
    qint64 m_sent = 0;
    bool m_cancelled = false;
    bool m_timedOut = false;
};

// An S3-style XML error body (<Error><Code>…</Code><Message>…</Message>…) made a
// ServiceError; exposed for tests.
ServiceError uploadError(int status, const QByteArray &body);

} // namespace cp::client
