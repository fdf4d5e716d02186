#include "embeddedendpoint.h"

#include "localendpoint.h"

#include <QMetaObject>

namespace cp::emulator {

EmbeddedEndpoint::EmbeddedEndpoint(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{
    m_thread.setObjectName(QStringLiteral("cplocal"));
}

EmbeddedEndpoint::~EmbeddedEndpoint()
{
    if (m_endpoint) {
        // The endpoint stops on its own thread: its connections and store belong there.
        QMetaObject::invokeMethod(
            m_endpoint, [endpoint = m_endpoint] { delete endpoint; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void EmbeddedEndpoint::start()
{
    m_thread.start();
    m_endpoint = new LocalEndpoint;
    m_endpoint->moveToThread(&m_thread);
    LocalEndpointOptions options;
    options.dataDir = m_dataDir;
    QMetaObject::invokeMethod(m_endpoint, [this, endpoint = m_endpoint, options] {
        QString error;
        const bool started = endpoint->start(options, &error);
        const QUrl url = endpoint->url();
        const QString region = endpoint->region(), key = endpoint->accessKeyId(),
                      secret = endpoint->secretAccessKey();
        // Back on the UI thread.
        QMetaObject::invokeMethod(this, [this, started, error, url, region, key, secret] {
            if (!started) {
                Q_EMIT failed(error);
                return;
            }
            m_url = url;
            m_region = region;
            m_accessKeyId = key;
            m_secretAccessKey = secret;
            Q_EMIT ready();
        });
    });
}

} // namespace cp::emulator
