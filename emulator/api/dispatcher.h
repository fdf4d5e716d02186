#pragma once

#include "engine/engine.h"
#include "http/httptypes.h"
#include "router.h"
#include "verifier.h"

#include <memory>

namespace cp::emulator {

// HTTP in, HTTP out: verifies a request's signature, routes it to its operation,
// reads its parameters (path labels, query, JSON body), runs it on the engine and
// answers with the service's headers and error shapes. Thread-safe.
class Dispatcher
{
public:
    Dispatcher(Engine &engine, std::unique_ptr<Verifier> verifier);

    http::Response handle(const http::Request &request) const;

    // The service's error answer: x-amzn-ErrorType, x-amzn-RequestId, {"Message": ...}.
    static http::Response errorResponse(int status, const QString &type, const QString &message,
                                        const QByteArray &requestId = {});
    static QByteArray newRequestId();

private:
    Engine &m_engine;
    std::unique_ptr<Verifier> m_verifier;
    Router m_router;
};

} // namespace cp::emulator
