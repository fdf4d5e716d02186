#pragma once

#include "connectionconfig.h"
#include "core/profilesummary.h"
#include "secretstore.h"
#include "session.h"

#include <QObject>

namespace cp::views {
class MainWindow;
}

namespace cp::app {

// Offers the main window its connections: the ones the user defined (saved without
// secrets), every AWS profile with its kind (those that cannot be used say why, those
// that need an IAM Identity Center sign-in offer it), and lets the user add new ones.
class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    ConnectionManager(views::MainWindow *window, QObject *parent = nullptr);

    void offerSavedAndProfiles();
    // Opens the connection dialog (window-modal, not blocking) and adds what it defines.
    void addInteractively();

private:
    void addConnection(const models::ConnectionConfig &config, const QString &secret);
    bool offer(const models::ConnectionConfig &config, QString *problem);
    void offerUnusable(const QString &name, const client::ProfileSummary &summary,
                       const QProcessEnvironment &env, const client::AwsSharedConfig &files);
    static void describe(views::ConnectionDetails &info, const client::ProfileSummary &summary,
                         const QProcessEnvironment &env, const client::AwsSharedConfig &files);
    static client::Endpoint stsFor(const QString &profile, const QString &region,
                                   const QProcessEnvironment &env,
                                   const client::AwsSharedConfig &files);

    views::MainWindow *m_window;
    views::SecretStore m_secrets;
    QList<models::ConnectionConfig> m_saved;
};

} // namespace cp::app
