#pragma once

#include <QObject>

namespace cp::client {

// A cancellable handle on one in-flight call. Its callback runs exactly once, unless the
// context is gone: with the answer, or with Kind::Cancelled when cancel() ends the call
// (before cancel() returns, on the context's thread). Then it emits finished() exactly
// once and deletes itself later; keep it in a QPointer if you may cancel. A context
// destroyed meanwhile cancels the call, and nothing is called back; so does destroying
// the transport (the connection) with its calls: nothing is called back, nor finished.
//
// The callback may run inside cancel(): whoever cancels from a destructor, or cancels
// one call to start another, drops that answer first (a generation counter, a flag), as
// it drops any stale answer. From another thread than the context's, the callback is
// queued there and finished() does not wait for it.
class Call : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;
    virtual bool isFinished() const = 0;

Q_SIGNALS:
    void finished();
};

} // namespace cp::client
