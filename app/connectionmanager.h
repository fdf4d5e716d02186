#pragma once

#include "connectionconfig.h"
#include "secretstore.h"

#include <QObject>

namespace cp::views {
class MainWindow;
}

namespace cp::app {

// Offers the main window its connections: the ones the user defined (saved without
// secrets), every AWS profile that resolves, and lets the user add new ones.
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

    views::MainWindow *m_window;
    views::SecretStore m_secrets;
    QList<models::ConnectionConfig> m_saved;
};

} // namespace cp::app
