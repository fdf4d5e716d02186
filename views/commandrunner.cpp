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
    QPointer<QObject> guard = command.context;
    const bool guarded = command.context != nullptr;
    const QString operation = command.operation;
    return calls->call(
        operation, command.input, this,
        [this, guard, guarded, operation, success = std::move(command.success),
         then = std::move(command.then)](const client::Outcome<QJsonObject> &outcome) {
            if (!outcome.ok()) {
                m_bar->showError(outcome.error());
            } else {
                if (!success.isEmpty())
                    m_bar->showInfo(success);
                if (then && (!guarded || guard))
                    then(outcome.value());
            }
            Q_EMIT finished(operation, outcome.ok());
        });
}

void CommandRunner::showError(const client::ServiceError &error)
{
    if (error.kind == client::ServiceError::Kind::Cancelled)
        return;
    m_bar->showError(error);
}

} // namespace cp::views
