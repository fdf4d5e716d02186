#pragma once
// Shared by bench_emulator and loadgen: machine facts, latency percentiles, the cached
// 1,000,000-profile store, and a blocking SigV4-signing HTTP/1.1 client for loopback.

#include "sigv4/sigv4.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace cp::bench {

// CPU model, cores, memory, load averages and the date (UTC), for every report.
QJsonObject machineInfo();

// p50, p99, mean and max of latencies in microseconds (sorts the vector).
QJsonObject latencyJson(std::vector<double> &micros);

// The benchmark domain: its name, the object type its objects use, and the values
// profile i was created with.
QString benchDomain();
QString benchObjectType();
QJsonObject objectTypeRequest();
QString emailOf(int i);
QString phoneOf(int i);

// Makes sure `cachePath` holds a store (of this build's schema version) with a domain
// of `profiles` profiles, building it when absent or stale. `info` tells how.
bool ensureDataset(const QString &cachePath, int profiles, QJsonObject *info, QString *error);

// One keep-alive connection to 127.0.0.1:port; each request is signed afresh
// (the signer caches the derived key).
class SignedConnection
{
public:
    SignedConnection(quint16 port, QByteArray accessKeyId, QByteArray secretAccessKey,
                     QByteArray region);
    ~SignedConnection();
    SignedConnection(const SignedConnection &) = delete;
    SignedConnection &operator=(const SignedConnection &) = delete;

    bool connectToServer(QString *error);
    // Sends one request and reads the whole response; the HTTP status, or -1 on a
    // transport error (then the connection is closed).
    int request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                QByteArray *responseBody = nullptr);

private:
    bool readResponse(int *status, QByteArray *responseBody);

    quint16 m_port;
    int m_fd = -1;
    sigv4::SigningCredentials m_credentials;
    sigv4::SigningOptions m_options;
    sigv4::Signer m_signer;
    QByteArray m_host;
    QByteArray m_in;
};

} // namespace cp::bench
