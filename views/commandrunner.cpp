#include "commandrunner.h"

#include "messagebar.h"
#include "session.h"

namespace cp::views {

CommandRunner::CommandRunner(MessageBar *bar, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
{
    setObjectName(QStringLiteral("commandRunner"));
}

void CommandRunner::setSession(Session *session)
{
    m_session = session;
    Q_EMIT sessionChanged();
}

client::CustomerProfilesClient *CommandRunner::client() const
{
    return m_session ? m_session->client() : nullptr;
}

client::Call *CommandRunner::run(Command command)
{
    client::CustomerProfilesClient *calls = client();
    if (!calls)
        return nullptr;
    if (const auto adapt = std::exchange(m_adapt, {}))
        adapt(command);
    QPointer<QObject> guard = command.context;
    const bool guarded = command.context != nullptr;
    const QString operation = command.operation;
    client::Call *call = calls->call(
        operation, command.input, this,
        [this, guard, guarded, operation, success = std::move(command.success),
         then = std::move(command.then),
         failed = std::move(command.failed)](const client::Outcome<QJsonObject> &outcome) {
            if (!outcome.ok()) {
                if (failed)
                    failed(outcome.error());
                else
                    m_bar->showError(outcome.error());
            } else {
                if (!success.isEmpty())
                    m_bar->showInfo(success);
                if (then && (!guarded || guard))
                    then(outcome.value());
            }
            Q_EMIT finished(operation, outcome.ok());
        });
    m_adaptedCall = call;
    return call;
}

client::Call *CommandRunner::runAdapted(const std::function<void(Command &)> &adapt,
                                        const std::function<void()> &send)
{
    m_adapt = adapt;
    m_adaptedCall = nullptr;
    send();
    const bool ran = !m_adapt;
    m_adapt = {};
    return ran ? std::exchange(m_adaptedCall, nullptr) : nullptr;
}

void CommandRunner::showError(const client::ServiceError &error)
{
    if (error.kind == client::ServiceError::Kind::Cancelled)
        return;
    m_bar->showError(error);
}

} // namespace cp::views
