#include "connectionmanager.h"

#include "connectiondialog.h"
#include "core/awsconfig.h"
#include "core/stscredentials.h"
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
    if (!config.verifyTls)
        settings.verifyTls = false;
    const auto resolved = client::resolveConnection(settings, env, files);
    if (!resolved.ok()) {
        *problem = resolved.error().message;
        return false;
    }
    std::shared_ptr<client::CredentialsProvider> credentials = resolved->credentials;
    if (config.kind == models::ConnectionConfig::Kind::Keys)
        credentials = std::make_shared<views::KeychainCredentialsProvider>(&m_secrets, config.name,
                                                                    config.accessKeyId);
    views::ConnectionDetails details;
    details.network = resolved->network;
    details.sts = stsFor(resolved->profile, resolved->region, env, files);
    if (config.kind == models::ConnectionConfig::Kind::AwsProfile)
        describe(details, client::summarizeProfile(resolved->profile, env, files), env, files);
    m_window->addConnection(
        {config.name, {resolved->endpointUrl, resolved->region}, credentials, false}, details);
    return true;
}

client::Endpoint ConnectionManager::stsFor(const QString &profile, const QString &region,
                                           const QProcessEnvironment &env,
                                           const client::AwsSharedConfig &files)
{
    client::Endpoint sts;
    sts.url = client::stsEndpoint(
        region, client::configuredEndpoint(QStringLiteral("sts"), profile, env, files), QString());
    sts.region = region;
    sts.service = "sts";
    return sts;
}

void ConnectionManager::describe(views::ConnectionDetails &info, const client::ProfileSummary &summary,
                                 const QProcessEnvironment &env,
                                 const client::AwsSharedConfig &files)
{
    info.kind = client::profileKindName(summary.kind);
    info.problem = summary.problem;
    info.needsSignIn = summary.needsSignIn;
    info.signInProfile = summary.signInProfile;
    info.signIn = summary.signIn;
    // Who it is, as far as the configuration says: STS tells the rest once connected.
    const client::AwsSharedConfig::Section config = files.configFor(summary.profile);
    const QString roleArn = config.value(QStringLiteral("role_arn"));
    if (!roleArn.isEmpty()) {
        info.identity = client::CallerIdentity::fromRoleArn(roleArn);
    } else if (summary.kind == client::ProfileSummary::Kind::Sso) {
        info.identity = client::CallerIdentity::fromSsoRole(
            config.value(QStringLiteral("sso_account_id")),
            config.value(QStringLiteral("sso_role_name")));
    }
    // Every IAM Identity Center profile can sign in again, not only one that must.
    if (!info.signIn && summary.kind == client::ProfileSummary::Kind::Sso) {
        const auto sso = client::ssoSettingsFor(summary.profile, files, env);
        if (sso && sso->ok()) {
            info.signIn = sso->value();
            info.signInProfile = summary.profile;
        }
    }
}

// A profile that cannot be used is listed all the same, saying why.
void ConnectionManager::offerUnusable(const QString &name, const client::ProfileSummary &summary,
                                      const QProcessEnvironment &env,
                                      const client::AwsSharedConfig &files)
{
    const QString region = summary.region.isEmpty() ? QStringLiteral("us-east-1") : summary.region;
    views::ConnectionDetails details;
    describe(details, summary, env, files);
    details.sts = stsFor(summary.profile, region, env, files);
    m_window->addConnection({name,
                             {client::defaultEndpoint(region), region},
                             std::make_shared<client::UnavailableCredentialsProvider>(
                                 summary.problem, tr("profile %1").arg(summary.profile)),
                             false},
                            details);
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
        if (std::any_of(m_saved.begin(), m_saved.end(),
                        [&](const auto &c) { return c.name == config.name; }))
            continue;
        if (!offer(config, &problem))
            offerUnusable(config.name, client::summarizeProfile(profile, env, files), env, files);
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
