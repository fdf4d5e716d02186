#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

namespace cp::emulator {

class LocalEndpoint;

// A LocalEndpoint inside an application (the console), on a thread of its own so that neither its
// store nor its HTTP serving ever runs on the UI thread. Data is kept in the user's
// data folder between runs.
class EmbeddedEndpoint : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedEndpoint(QString dataDir, QObject *parent = nullptr);
    ~EmbeddedEndpoint() override;

    void start();

    QUrl url() const { return m_url; }
    QString region() const { return m_region; }
    QString accessKeyId() const { return m_accessKeyId; }
    QString secretAccessKey() const { return m_secretAccessKey; }

Q_SIGNALS:
    void ready();
    void failed(const QString &reason);

private:
    QString m_dataDir;
    QThread m_thread;
    LocalEndpoint *m_endpoint = nullptr; // lives on m_thread
    QUrl m_url;
    QString m_region, m_accessKeyId, m_secretAccessKey;
};

} // namespace cp::emulator
