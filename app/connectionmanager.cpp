#include "connectionmanager.h"

#include "connectiondialog.h"
#include "core/awsconfig.h"
#include "mainwindow.h"
#include "messagebar.h"

#include <QProcessEnvironment>
#include <QSettings>

namespace cp::app {

ConnectionManager::ConnectionManager(views::MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    connect(window, &views::MainWindow::addConnectionRequested, this,
            &ConnectionManager::addInteractively);
}

bool ConnectionManager::offer(const models::ConnectionConfig &config, QString *problem)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto files = client::AwsSharedConfig::load(env);
    client::ConnectionSettings settings;
    if (config.kind == models::ConnectionConfig::Kind::AwsProfile) {
        settings.profile = config.profile;
    } else { // the secret comes from the keychain when a call needs it
        settings.accessKeyId = config.accessKeyId;
        settings.secretAccessKey = QString();
    }
    if (!config.region.isEmpty())
        settings.region = config.region;
    if (!config.endpointUrl.isEmpty())
        settings.endpointUrl = config.endpointUrl;
    const auto resolved = client::resolveConnection(settings, env, files);
    if (!resolved.ok()) {
        *problem = resolved.error().message;
        return false;
    }
    std::shared_ptr<client::CredentialsProvider> credentials = resolved->credentials;
    if (config.kind == models::ConnectionConfig::Kind::Keys)
        credentials = std::make_shared<views::KeychainCredentialsProvider>(&m_secrets, config.name,
                                                                    config.accessKeyId);
    m_window->addConnection(
        {config.name, {resolved->endpointUrl, resolved->region}, credentials, false});
    return true;
}

void ConnectionManager::offerSavedAndProfiles()
{
    QSettings settings;
    m_saved = models::ConnectionConfig::load(settings);
    QString problem;
    for (const models::ConnectionConfig &config : std::as_const(m_saved))
        offer(config, &problem);
    // Every profile that resolves, unless the user saved a connection of that name.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto files = client::AwsSharedConfig::load(env);
    for (const QString &profile : files.profileNames()) {
        models::ConnectionConfig config;
        config.name = tr("AWS %1").arg(profile);
        config.profile = profile;
        if (std::none_of(m_saved.begin(), m_saved.end(),
                         [&](const auto &c) { return c.name == config.name; }))
            offer(config, &problem);
    }
}

void ConnectionManager::addInteractively()
{
    const auto files = client::AwsSharedConfig::load(QProcessEnvironment::systemEnvironment());
    auto *dialog =
        new views::ConnectionDialog(files.profileNames(), m_window->connectionNames(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addConnection(dialog->config(), dialog->secret()); });
    dialog->open();
}

void ConnectionManager::addConnection(const models::ConnectionConfig &config,
                                      const QString &secret)
{
    const auto added = [this, config] {
        QString problem;
        if (!offer(config, &problem)) {
            client::ServiceError error;
            error.kind = client::ServiceError::Kind::Credentials;
            error.message = problem;
            m_window->messageBar()->showError(error);
            return;
        }
        m_saved.append(config);
        QSettings settings;
        models::ConnectionConfig::save(settings, m_saved);
        m_window->selectConnection(config.name);
    };
    if (config.kind != models::ConnectionConfig::Kind::Keys) {
        added();
        return;
    }
    m_secrets.write(config.name, secret, this,
                    [this, added](bool persisted, const QString &problem) {
                        added();
                        if (!persisted)
                            m_window->messageBar()->showInfo(problem);
                    });
}

} // namespace cp::app
