#pragma once

#include "http/httptypes.h"
#include "sigv4/sigv4.h"

#include <QHash>
#include <QString>
#include <functional>
#include <optional>

namespace cp::emulator {

// Checks a request's SigV4 signature (Authorization header form) as the service does:
// algorithm, credential scope, time window, signed headers, payload hash, signature.
class Verifier
{
public:
    struct Failure
    {
        int status = 403;
        QString type;
        QString message;
    };

    Verifier(QString region, QHash<QString, QString> secretsByAccessKey,
             std::function<qint64()> clockMs);

    // nullopt when the request is authentic.
    std::optional<Failure> verify(const http::Request &request) const;

    static constexpr qint64 kMaxSkewMs = 5 * 60 * 1000;
    // Limits checked before any canonicalisation, so that a request costs at most a
    // bounded amount of work and memory whatever its headers (the SDKs sign under 20).
    static constexpr qsizetype kMaxAuthorizationBytes = 8 * 1024;
    static constexpr qsizetype kMaxSignedHeaders = 64;
    static constexpr qsizetype kMaxSignedHeaderBytes = 32 * 1024; // names and values
    // How much of the canonical request a signature mismatch quotes.
    static constexpr qsizetype kMaxQuotedBytes = 2 * 1024;

    // The SignedHeaders list's form: lowercase header names, sorted, unique, at most
    // kMaxSignedHeaders. A null string when it is well formed, else what is wrong.
    static QString checkSignedHeaders(const QList<QByteArray> &names);

private:
    QString m_region;
    QHash<QString, QString> m_secrets;
    std::function<qint64()> m_clockMs;
    sigv4::Signer m_signer;
};

} // namespace cp::emulator
