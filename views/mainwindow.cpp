#include "mainwindow.h"

#include "aboutdialog.h"
#include "commandrunner.h"
#include "connectionstatus.h"
#include "domainoverview.h"
#include "domainspane.h"
#include "duplicatesview.h"
#include "integrationdialog.h"
#include "integrationspane.h"
#include "localendpointdialog.h"
#include "messagebar.h"
#include "objecttypespane.h"
#include "operations.h"
#include "profilespane.h"
#include "requestlogmodel.h"
#include "shortcutsdialog.h"
#include "signinprompt.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cp::views {
namespace {

using Kind = models::PagedListModel::Kind;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_connection(new QComboBox(this))
    , m_message(new MessageBar(this))
    , m_runner(new CommandRunner(m_message, this))
    , m_domains(new DomainsPane(m_runner, this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new DomainOverview(this))
    , m_objectTypes(new ObjectTypesPane(m_runner, this))
    , m_templates(
          new DefinitionBrowser({QStringLiteral("templates"),
                                 schema::ops::ListProfileObjectTypeTemplates,
                                 schema::ops::GetProfileObjectTypeTemplate,
                                 QStringLiteral("TemplateId"),
                                 {{tr("Template"), QStringLiteral("TemplateId"), Kind::Text},
                                  {tr("Source"), QStringLiteral("SourceName"), Kind::Text},
                                  {tr("Object"), QStringLiteral("SourceObject"), Kind::Text}},
                                 false},
                                this))
    , m_integrations(new IntegrationsPane(m_runner, this))
    , m_profiles(new ProfilesPane(m_runner, this))
    , m_duplicates(new DuplicatesView(m_runner, this))
    , m_log(new models::RequestLogModel(this))
    , m_logView(new QTableView(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_busyDelay(new QTimer(this))
    , m_status(new ConnectionStatus(this))
    , m_imports(new ImportsPane(m_runner, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Customer Profiles Console"));
    m_connection->setObjectName(QStringLiteral("connectionPicker"));
    m_connection->setMinimumContentsLength(24);
    m_tabs->setObjectName(QStringLiteral("domainTabs"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_objectTypes, tr("Object &types"));
    m_tabs->addTab(m_profiles, tr("&Profiles"));
    m_tabs->addTab(m_duplicates, tr("&Duplicates"));
    m_tabs->addTab(m_integrations, tr("&Integrations"));
    m_tabs->addTab(m_imports, tr("Impo&rts"));
    m_tabs->addTab(m_templates, tr("Te&mplates"));
    // Both ways in from the Imports tab: profiles through an upload job, objects through
    // an object type (the Object types tab's current one preselected).
    auto *importObjects = new QToolButton(m_imports);
    importObjects->setObjectName(QStringLiteral("importsImportObjects"));
    importObjects->setDefaultAction(m_objectTypes->importObjectsAction());
    m_imports->addImportButton(importObjects);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tabs);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_domains);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    // The domain list shows its three columns: a name and two times, as wide as the
    // locale writes them (cell padding included).
    const QFontMetrics metrics = m_domains->fontMetrics();
    const int time = metrics.horizontalAdvance(QLocale().toString(
        QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat));
    const int name = metrics.horizontalAdvance(QStringLiteral("demo-retail"));
    const int domains = name + 2 * time + 6 * metrics.averageCharWidth();
    splitter->setSizes({domains, qMax(domains, 1200 - domains)}); // the rest: stretch
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    setCentralWidget(central);
    m_message->floatOver(central);

    m_logView->setObjectName(QStringLiteral("requestLogView"));
    m_logView->setModel(m_log);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->verticalHeader()->hide();
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->horizontalHeader()->setSectionResizeMode(models::RequestLogModel::Operation,
                                                        QHeaderView::ResizeToContents);
    m_logView->setWordWrap(false);
    m_logView->verticalHeader()->setDefaultSectionSize(m_logView->fontMetrics().height() + 6);
    m_logView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *dock = new QDockWidget(tr("Request log"), this);
    dock->setObjectName(QStringLiteral("requestLogDock"));
    dock->setWidget(m_logView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {150}, Qt::Vertical); // the content first; the log is a glance away

    buildActions(); // the menus, the request log's View entry among them

    // Failed reads (listings, lookups) show in the message bar; the panes' commands
    // report through the runner themselves.
    for (ListPane *pane :
         {static_cast<ListPane *>(m_domains), static_cast<ListPane *>(m_integrations)})
        connect(pane, &ListPane::failed, m_runner, &CommandRunner::showError);
    connect(m_overview, &DomainOverview::failed, m_runner, &CommandRunner::showError);
    connect(m_templates, &DefinitionBrowser::failed, m_runner, &CommandRunner::showError);
    connect(m_duplicates, &DuplicatesView::failed, m_runner, &CommandRunner::showError);
    // A profile's "Find duplicates" opens its group; a merge lists the profiles again.
    connect(m_profiles, &ProfilesPane::findDuplicatesRequested, this,
            [this](const QString &profileId) {
                m_tabs->setCurrentWidget(m_duplicates);
                m_duplicates->showProfileGroup(profileId);
            });
    connect(m_duplicates, &DuplicatesView::profilesMerged, m_profiles, &ProfilesPane::refresh);
    // A match group on show may hold it (refresh waits until the tab is shown).
    connect(m_profiles, &ProfilesPane::profileSaved, m_duplicates, &DuplicatesView::refresh);
    connect(m_profiles, &ProfilesPane::profileDeleted, m_duplicates,
            &DuplicatesView::profileDeleted);
    connect(m_domains, &ListPane::currentItemChanged, this, [this](const QJsonObject &item) {
        setDomain(item.value(QStringLiteral("DomainName")).toString());
    });
    connect(m_domains, &DomainsPane::domainChanged, this, [this](const QString &domain) {
        if (domain == m_domain)
            m_overview->refresh();
    });
    connect(m_domains, &DomainsPane::domainDeleted, this, [this](const QString &domain) {
        if (domain == m_domain)
            setDomain(QString()); // no pane keeps showing it
    });
    connect(m_objectTypes, &ObjectTypesPane::objectTypesChanged, m_profiles,
            &ProfilesPane::reloadObjectTypes);
    connect(m_objectTypes, &ObjectTypesPane::integrationRequested, this,
            [this](const QString &type) {
                m_tabs->setCurrentWidget(m_integrations);
                if (IntegrationDialog *dialog = m_integrations->addIntegration())
                    dialog->chooseObjectType(type);
            });
    connect(m_objectTypes, &ObjectTypesPane::objectTypesChanged, m_integrations,
            &ListPane::refresh);
    m_objectTypes->setIntegrationsUsing(
        [this](const QString &type) { return m_integrations->urisUsing(type); });
    connect(m_connection, &QComboBox::currentIndexChanged, this, &MainWindow::openConnection);
    connect(m_imports, &ListPane::failed, m_runner, &CommandRunner::showError);

    QSettings settings;
    // Wide enough for every column of the object type details on a 1366x768 screen.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QSize free =
        screen ? screen->availableGeometry().size() - QSize(16, 48) : QSize(1340, 720);
    resize(QSize(1340, 720).boundedTo(free));
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_domains->selectWhenListed(settings.value(QStringLiteral("session/domain")).toString());
    statusBar()->showMessage(tr("Starting…"));
    // Work in progress shows after a moment (quick calls never flash it), with a way out.
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_cancel->setObjectName(QStringLiteral("cancelRequestsButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the requests in progress (Esc)"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_status);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_cancel);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(300);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        const bool busy = m_session && m_session->transport()->inFlight() > 0;
        m_busy->setVisible(busy);
        m_cancel->setVisible(busy);
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_session)
            m_session->transport()->cancelAll();
    });
}

MainWindow::~MainWindow()
{
    // The connection goes first: its calls end (and say so) while the panes and widgets
    // they report to still exist.
    delete m_session;
}

void MainWindow::buildActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addWidget(new QLabel(tr("Connection: "), this));
    toolbar->addWidget(m_connection);
    toolbar->addSeparator();

    const auto action = [this](const QString &text, const QKeySequence &keys, const QString &name,
                               auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    QAction *refresh = action(tr("&Refresh"), QKeySequence::Refresh,
                              QStringLiteral("refreshAction"), [this] { refreshAll(); });
    QAction *find = action(tr("&Find"), QKeySequence::Find, QStringLiteral("findAction"), [this] {
        m_domains->filter()->setFocus();
        m_domains->filter()->selectAll();
    });
    QAction *sample =
        action(tr("Load &sample data"), QKeySequence(), QStringLiteral("sampleDataAction"),
               [this] { Q_EMIT loadSampleDataRequested(); });
    QAction *addConnection =
        action(tr("Add &connection…"), QKeySequence(), QStringLiteral("addConnectionAction"),
               [this] { Q_EMIT addConnectionRequested(); });
    QAction *newWindow =
        action(tr("New &window"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
               QStringLiteral("newWindowAction"), [this] { Q_EMIT newWindowRequested(); });
    QAction *quit =
        action(tr("&Quit"), QKeySequence::Quit, QStringLiteral("quitAction"), [this] { close(); });
    auto *copyCli = new QAction(tr("Copy as AWS CLI command"), this);
    copyCli->setObjectName(QStringLiteral("copyCliAction"));
    connect(copyCli, &QAction::triggered, this, &MainWindow::copyCliCommand);
    m_logView->addAction(copyCli);
    // The panes' own commands, with window-wide shortcuts.
    const QList<QAction *> paneActions = {
        m_domains->newDomainAction(),  m_domains->deleteDomainAction(),
        m_domains->copyArnAction(),    m_domains->editTagsAction(),
        m_domains->editDomainAction(), m_integrations->findIntegrationsAction()};
    addActions(paneActions);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_domains->newDomainAction());
    file->addAction(m_domains->deleteDomainAction());
    file->addSeparator();
    file->addAction(newWindow);
    file->addAction(sample);
    file->addAction(m_objectTypes->importObjectsAction());
    file->addAction(m_imports->importProfilesAction());
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(find);
    edit->addAction(m_domains->copyArnAction());
    edit->addAction(copyCli);
    edit->addSeparator();
    edit->addAction(m_domains->editTagsAction());
    edit->addAction(m_domains->editDomainAction());
    edit->addAction(m_integrations->findIntegrationsAction());
    // Where the console connects, and how other programs reach the embedded endpoint.
    m_localEndpointAction =
        action(tr("&Local endpoint details…"), QKeySequence(),
               QStringLiteral("localEndpointAction"), [this] { showLocalEndpoint(); });
    m_localEndpointAction->setEnabled(false);
    m_localEndpointAction->setToolTip(tr("The embedded local endpoint has not started yet."));
    m_signInAction = action(tr("&Sign in…"), QKeySequence(), QStringLiteral("signInAction"),
                            [this] { signInToCurrent(); });
    m_signInAction->setEnabled(false);
    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->setObjectName(QStringLiteral("connectionMenu"));
    connection->addAction(addConnection);
    connection->addAction(m_signInAction);
    connection->addSeparator();
    connection->addAction(m_localEndpointAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("requestLogDock")))
        view->addAction(dock->toggleViewAction());
    buildHelpMenu();
    toolbar->addAction(refresh);
    toolbar->addAction(m_domains->newDomainAction());
    toolbar->addAction(m_domains->editDomainAction());
    toolbar->addAction(m_domains->deleteDomainAction());
    m_overview->addCommand(m_domains->editDomainAction());
    m_overview->addCommand(m_domains->editTagsAction());
}

// Help: About, the documentation shipped with the program, and the shortcuts, read from
// this window's actions.
void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *docs = help->addAction(tr("&Documentation"));
    docs->setObjectName(QStringLiteral("documentationAction"));
    docs->setShortcut(QKeySequence::HelpContents);
    addAction(docs);
    const QUrl docsUrl = documentationUrl();
    docs->setEnabled(!docsUrl.isEmpty());
    docs->setToolTip(docsUrl.isEmpty()
                         ? tr("The documentation is not installed with this copy of the program.")
                         : tr("Open %1").arg(docsUrl.toLocalFile()));
    connect(docs, &QAction::triggered, this, [docsUrl] { QDesktopServices::openUrl(docsUrl); });
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Customer Profiles Console"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setLocalEndpoint(const models::CliAccess &access)
{
    m_localEndpoint = access;
    m_localEndpointAction->setEnabled(true);
    m_localEndpointAction->setToolTip(
        tr("The embedded endpoint's URL and keys, to use it from the AWS CLI or an SDK."));
}

void MainWindow::showLocalEndpoint()
{
    if (!m_localEndpoint)
        return;
    auto *dialog = new LocalEndpointDialog(*m_localEndpoint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::addConnection(const Session::Info &info, const ConnectionDetails &details)
{
    m_infos.append(info);
    m_details.append(details);
    const QString last = QSettings().value(QStringLiteral("session/connection")).toString();
    // The kind beside the name; one that cannot be used as it is says why on hover.
    const QString text =
        details.kind.isEmpty() ? info.name : tr("%1 (%2)").arg(info.name, details.kind);
    {
        // A combo box makes its first item current by itself: which one opens is decided below.
        const QSignalBlocker quiet(m_connection);
        m_connection->addItem(text, info.name);
        if (!m_session)
            m_connection->setCurrentIndex(-1);
    }
    const int row = m_connection->count() - 1;
    if (!details.problem.isEmpty()) {
        m_connection->setItemIcon(row, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_connection->setItemData(row, details.problem, Qt::ToolTipRole);
    } else if (info.credentials) {
        m_connection->setItemData(row, info.credentials->description(), Qt::ToolTipRole);
    }
    // The one used last time, else the first that can be used as it is: one that needs a
    // sign-in or cannot be used waits to be chosen (the local endpoint opens meanwhile).
    if (info.name == last || (!m_session && details.problem.isEmpty()))
        m_connection->setCurrentIndex(row);
}

QStringList MainWindow::connectionNames() const
{
    QStringList names;
    for (const Session::Info &info : m_infos)
        names.append(info.name);
    return names;
}

bool MainWindow::selectConnection(const QString &name)
{
    const int index = m_connection->findData(name);
    if (index < 0)
        return false;
    m_connection->setCurrentIndex(index);
    return true;
}

void MainWindow::openConnection(int index)
{
    if (index < 0 || index >= m_infos.size())
        return;
    delete m_session; // cancels everything the old connection had in flight
    m_session = new Session(m_infos.at(index), this);
    const ConnectionDetails &details = m_details.at(index);
    if (details.network)
        m_session->transport()->setNetworkSettings(*details.network);
    connect(
        m_session->transport(), &client::Transport::requestLogged, this,
        [this, region = m_infos.at(index).endpoint.region](const client::RequestLogEntry &entry) {
            m_log->append(entry, region);
            m_logView->scrollToBottom();
        });
    connect(m_session->transport(), &client::Transport::inFlightChanged, this, [this](int calls) {
        if (calls > 0) {
            if (!m_busyDelay->isActive() && !m_busy->isVisible())
                m_busyDelay->start();
        } else {
            m_busyDelay->stop();
            m_busy->hide();
            m_cancel->hide();
        }
    });
    client::CustomerProfilesClient *client = m_session->client();
    m_domains->setClient(client);
    m_overview->setClient(client);
    m_objectTypes->setClient(client);
    m_templates->setClient(client);
    m_integrations->setClient(client);
    m_profiles->setClient(client);
    m_duplicates->setClient(client);
    m_runner->setSession(m_session); // once the panes have the new client
    m_message->hide();
    m_domain.clear();
    m_message->domainChosen(QString()); // no link acts in the last connection's domain
    m_domains->setQuery(schema::ops::ListDomains, {});
    statusBar()->showMessage(
        tr("%1: %2").arg(m_infos.at(index).name, m_infos.at(index).endpoint.url.toString()));
    QSettings().setValue(QStringLiteral("session/connection"), m_infos.at(index).name);
    m_status->setSession(m_session, details);
    m_signInAction->setEnabled(details.signIn.has_value());
    sayWhyItCannotBeUsed(details);
}

void MainWindow::sayWhyItCannotBeUsed(const ConnectionDetails &details)
{
    if (details.problem.isEmpty())
        return;
    if (details.needsSignIn) {
        m_message->showInfo(details.problem, tr("Sign in…"), [this] { signInToCurrent(); });
        return;
    }
    client::ServiceError error;
    error.kind = client::ServiceError::Kind::Credentials;
    error.message = details.problem;
    m_message->showError(error);
}

void MainWindow::signInToCurrent()
{
    const int index = m_connection->currentIndex();
    if (index < 0 || index >= m_details.size() || !m_details.at(index).signIn)
        return;
    const ConnectionDetails &details = m_details.at(index);
    const QString name = m_infos.at(index).name;
    signInToSso(this, details.signInProfile, *details.signIn,
                QProcessEnvironment::systemEnvironment(),
                [this, guard = QPointer<MainWindow>(this), name](bool signedIn) {
                    if (!guard || !signedIn)
                        return;
                    // Every connection of the same sign-in can be used now.
                    for (int row = 0; row < m_details.size(); ++row) {
                        ConnectionDetails &other = m_details[row];
                        if (!other.needsSignIn)
                            continue;
                        other.needsSignIn = false;
                        other.problem.clear();
                        m_connection->setItemIcon(row, QIcon());
                        m_connection->setItemData(row, m_infos.at(row).credentials->description(),
                                                  Qt::ToolTipRole);
                    }
                    m_message->showInfo(tr("Signed in to IAM Identity Center."));
                    if (m_connection->currentData().toString() == name)
                        openConnection(m_connection->currentIndex());
                });
}

void MainWindow::setDomain(const QString &domain)
{
    if (domain == m_domain)
        return;
    m_domain = domain;
    m_message->domainChosen(domain); // a link to act in the previous domain goes
    m_overview->setDomain(domain);
    m_objectTypes->setDomain(domain);
    m_profiles->setDomain(domain);
    m_duplicates->setDomain(domain);
    m_integrations->setDomain(domain);
    m_imports->setDomain(domain);
    if (!domain.isEmpty())
        QSettings().setValue(QStringLiteral("session/domain"), domain);
}

// Everything listed again, the selections kept: the domain (when it still exists, else
// the first), its object type, integration, search and profile.
void MainWindow::refreshAll()
{
    m_domains->refresh();
    m_templates->refresh();
    if (m_domain.isEmpty())
        return;
    m_overview->refresh();
    m_objectTypes->refresh();
    m_integrations->refresh();
    m_imports->refresh();
    m_profiles->refresh();
    m_duplicates->refresh();
}

void MainWindow::copyCliCommand()
{
    const QModelIndex index = m_logView->currentIndex();
    if (index.isValid())
        QApplication::clipboard()->setText(m_log->cliCommand(index.row()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    event->accept();
}

} // namespace cp::views
