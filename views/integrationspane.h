#pragma once

#include "listpane.h"

class QAction;
class QPushButton;

namespace cp::views {

class AccountIntegrationsDialog;
class CommandRunner;
class IntegrationDialog;
class TagsDialog;

// The current domain's integrations and the commands on them: add, delete, tags, copy
// ARN, and finding the account's integrations of a URI. Each is disabled, saying why,
// while it cannot run.
class IntegrationsPane : public ListPane
{
    Q_OBJECT
public:
    IntegrationsPane(CommandRunner *runner, QWidget *parent = nullptr);

    void setDomain(const QString &domain);
    QString domain() const { return m_domain; }
    QString currentUri() const;

    // For the Edit menu.
    QAction *findIntegrationsAction() const { return m_findAction; }

    // What the buttons do; the work once a dialog is answered is callable without it.
    IntegrationDialog *addIntegration();
    void putIntegration(const QJsonObject &input);
    // Asks (through prompts) before deleting; false if not asked or not confirmed.
    bool deleteIntegration(const QString &uri);
    bool deleteCurrentIntegration();
    TagsDialog *editIntegrationTags();
    AccountIntegrationsDialog *findIntegrations();

private:
    void updateActions();

    CommandRunner *m_runner;
    QString m_domain;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_tags;
    QPushButton *m_find;
    QAction *m_findAction;
    QAction *m_copyArn;
};

} // namespace cp::views
