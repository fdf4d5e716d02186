#pragma once

#include <QObject>

namespace cp::client {

// A cancellable handle on one in-flight call. It emits finished() exactly once (after
// the callback ran, or after cancel()) and deletes itself later; keep it in a
// QPointer if you may cancel.
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
