#pragma once

#include "clicommand.h"
#include "domainspane.h"
#include "importspane.h"
#include "integrationspane.h"
#include "objecttypespane.h"
#include "session.h"

#include <QMainWindow>
#include <QPointer>
#include <optional>

class QComboBox;
class QProgressBar;
class QTimer;
class QToolButton;
class QTabWidget;
class QTableView;

namespace cp::models {
class RequestLogModel;
}

namespace cp::views {

class CommandRunner;
class ConnectionStatus;
class DomainOverview;
class DuplicatesView;
class MessageBar;
class ProfilesPane;

// The console: connections, the domain list, and the selected domain's overview, object
// types, profiles, integrations; the account's templates; errors in a message bar and
// every call in the request log. Each pane owns its commands (DomainsPane,
// ObjectTypesPane, IntegrationsPane, ProfilesPane) and runs them through one
// CommandRunner; the window puts the panes' actions in its menus and toolbar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Offers a connection; the first one offered (or the one used last time) is opened.
    void addConnection(const Session::Info &info, const ConnectionDetails &details = {});
    bool selectConnection(const QString &name);
    QStringList connectionNames() const;
    const QList<Session::Info> &connections() const { return m_infos; }
    Session *session() const { return m_session; }

    DomainsPane *domains() const { return m_domains; }
    DomainOverview *overview() const { return m_overview; }
    ObjectTypesPane *objectTypes() const { return m_objectTypes; }
    DefinitionBrowser *templates() const { return m_templates; }
    IntegrationsPane *integrations() const { return m_integrations; }
    ImportsPane *imports() const { return m_imports; }
    ProfilesPane *profiles() const { return m_profiles; }
    DuplicatesView *duplicates() const { return m_duplicates; }
    QTabWidget *domainTabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_message; }
    CommandRunner *commands() const { return m_runner; }
    models::RequestLogModel *requestLog() const { return m_log; }
    QString currentDomain() const { return m_domain; }
    // The embedded endpoint's address and keys, once it runs: Connection > Local endpoint
    // details… shows them (and is disabled, saying why, until then).
    void setLocalEndpoint(const models::CliAccess &access);

Q_SIGNALS:
    void loadSampleDataRequested();
    void addConnectionRequested();
    // "New window": another window on the same connections, e.g. local beside AWS.
    void newWindowRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildHelpMenu();
    void showLocalEndpoint();
    void openConnection(int index);
    // The current connection's problem in the message bar, with "Sign in…" when that is it.
    void sayWhyItCannotBeUsed(const ConnectionDetails &details);
    void signInToCurrent();
    void setDomain(const QString &domain);
    void refreshAll();
    void copyCliCommand();

    QComboBox *m_connection;
    QList<Session::Info> m_infos;
    QList<ConnectionDetails> m_details; // one for each of m_infos
    QPointer<Session> m_session;
    QString m_domain;
    MessageBar *m_message;
    CommandRunner *m_runner;
    DomainsPane *m_domains;
    QTabWidget *m_tabs;
    DomainOverview *m_overview;
    ObjectTypesPane *m_objectTypes;
    DefinitionBrowser *m_templates;
    IntegrationsPane *m_integrations;
    ProfilesPane *m_profiles;
    DuplicatesView *m_duplicates;
    models::RequestLogModel *m_log;
    QTableView *m_logView;
    QProgressBar *m_busy;
    QToolButton *m_cancel;
    QTimer *m_busyDelay;
    QAction *m_localEndpointAction = nullptr;
    QAction *m_signInAction = nullptr;
    ConnectionStatus *m_status;
    std::optional<models::CliAccess> m_localEndpoint;
    ImportsPane *m_imports;
};

} // namespace cp::views
