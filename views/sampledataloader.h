#pragma once

#include "core/client.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace cp::views {

// "Load sample data": fills a demo domain through the normal API, as a user would:
// an object type from a template and a custom one, a few hundred profiles with
// objects, a dozen of them entered twice (rule-based matching finds them), an
// integration and tags. Calls go one after another, never blocking.
class SampleDataLoader : public QObject
{
    Q_OBJECT
public:
    explicit SampleDataLoader(QObject *parent = nullptr);

    void load(client::CustomerProfilesClient *client, QWidget *progressParent);
    void cancel();
    bool isRunning() const { return !m_steps.isEmpty(); }

    static constexpr int kCustomers = 300;
    static constexpr int kEnteredTwice = 12; // a second CRM record each: the match groups
    static QString domainName() { return QStringLiteral("demo-retail"); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool ok, const QString &message);

private:
    struct Step
    {
        QString operation;
        QJsonObject input;
        // A 400 is fine: "already exists" on a second run, or a domain whose matching the
        // service will not change just now (it keeps its own).
        bool mayBeRefused = false;
        // Sent only when the step before found its resource already there.
        bool onlyIfThere = false;
    };
    void plan();
    void next();

    QPointer<client::CustomerProfilesClient> m_client;
    QList<Step> m_steps;
    int m_total = 0;
    QPointer<client::Call> m_call;
    bool m_lastWasThere = false;
};

} // namespace cp::views
