#pragma once

#include "session.h"

#include <QMainWindow>
#include <QPointer>

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

class DefinitionBrowser;
class DomainOverview;
class EditActions;
class ListPane;
class MessageBar;
class ProfilesPane;

// The console: connections, the domain list, and the selected domain's overview, object
// types, profiles, integrations; the account's templates; errors in a message bar and
// every call in the request log.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Offers a connection; the first one offered (or the one used last time) is opened.
    void addConnection(const Session::Info &info);
    bool selectConnection(const QString &name);
    QStringList connectionNames() const;
    const QList<Session::Info> &connections() const { return m_infos; }
    Session *session() const { return m_session; }

    ListPane *domains() const { return m_domains; }
    DomainOverview *overview() const { return m_overview; }
    DefinitionBrowser *objectTypes() const { return m_objectTypes; }
    DefinitionBrowser *templates() const { return m_templates; }
    ListPane *integrations() const { return m_integrations; }
    ProfilesPane *profiles() const { return m_profiles; }
    MessageBar *messageBar() const { return m_message; }
    models::RequestLogModel *requestLog() const { return m_log; }
    QString currentDomain() const { return m_domain; }
    EditActions *edits() const { return m_edits; }

    void createDomain(const QJsonObject &input);
    void deleteCurrentDomain();

Q_SIGNALS:
    void loadSampleDataRequested();
    void addConnectionRequested();
    // "New window": another window on the same connections, e.g. local beside AWS.
    void newWindowRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void openConnection(int index);
    void setDomain(const QString &domain);
    void refreshAll();
    void showError(const client::ServiceError &error);
    void copyCliCommand();

    QComboBox *m_connection;
    QList<Session::Info> m_infos;
    QPointer<Session> m_session;
    QString m_domain;
    QString m_restoreDomain;
    ListPane *m_domains;
    QTabWidget *m_tabs;
    DomainOverview *m_overview;
    DefinitionBrowser *m_objectTypes;
    DefinitionBrowser *m_templates;
    ListPane *m_integrations;
    ProfilesPane *m_profiles;
    MessageBar *m_message;
    models::RequestLogModel *m_log;
    QTableView *m_logView;
    EditActions *m_edits = nullptr;
    QProgressBar *m_busy;
    QToolButton *m_cancel;
    QTimer *m_busyDelay;
};

} // namespace cp::views
