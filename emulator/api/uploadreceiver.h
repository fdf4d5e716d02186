#pragma once

#include "http/httptypes.h"

namespace cp::emulator {

class Engine;

// The upload URLs that GetUploadJobPath hands out, served as S3 serves a presigned PUT
// with SSE-C: PUT /_cplocal/uploads/TOKEN with the x-amz-server-side-encryption-customer-
// algorithm (AES256), -key (the ClientToken: base64 of 32 bytes) and -key-MD5 (base64 of
// the MD5 of those bytes) headers. No SigV4: the unguessable token (256 random bits) names
// the job and the key must be the one issued with it; both are checked from the request's
// head, before a byte of the body is read. The body is streamed to a file in the spool
// folder and becomes the job's file once complete. Errors are S3's XML.
class UploadReceiver
{
public:
    explicit UploadReceiver(Engine &engine);

    static bool isUploadPath(QByteArrayView path);
    // From the head: a sink for the body, or the refusal.
    http::BodyRoute route(const http::Request &head) const;
    // Once the body is in: the job takes the file.
    http::Response finish(const http::Request &request) const;

    static constexpr qint64 kMaxFileBytes = 5LL * 1024 * 1024 * 1024; // S3's single PUT
    static http::Response s3Error(int status, const QString &code, const QString &message);

private:
    Engine &m_engine;
};

} // namespace cp::emulator
