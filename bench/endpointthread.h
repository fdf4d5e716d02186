#pragma once

#include "localendpoint.h"

#include <QObject>
#include <QThread>

namespace cp::bench {

// A LocalEndpoint on a thread of its own (as the console runs it), for the benchmarks that
// measure it over HTTP.
class EndpointThread
{
public:
    bool start(const emulator::LocalEndpointOptions &options, QString *error)
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        bool ok = false;
        QMetaObject::invokeMethod(
            &m_anchor,
            [&] {
                m_endpoint = new emulator::LocalEndpoint;
                ok = m_endpoint->start(options, error);
                if (ok)
                    m_port = quint16(m_endpoint->url().port());
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }
    quint16 port() const { return m_port; }
    ~EndpointThread()
    {
        QMetaObject::invokeMethod(
            &m_anchor, [this] { delete m_endpoint; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
    QObject m_anchor;
    emulator::LocalEndpoint *m_endpoint = nullptr;
    quint16 m_port = 0;
};

} // namespace cp::bench
