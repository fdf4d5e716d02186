#pragma once

#include "listpane.h"

#include <functional>

class QAction;
class QLabel;
class QPushButton;

namespace cp::models {
class ObjectTypesLoader;
}

namespace cp::views {

class AccountIntegrationsDialog;
class CommandRunner;
class IntegrationDialog;
class TagsDialog;

// The current domain's integrations and the commands on them: add, edit, delete, tags,
// copy ARN, and finding the account's integrations of a URI. Each is disabled, saying why,
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
    // Reads the integration whole (GetIntegration), then opens the editor on it; the
    // dialog is handed to `opened` once it is open (tests drive it).
    void editCurrentIntegration(std::function<void(IntegrationDialog *)> opened = {});
    void putIntegration(const QJsonObject &input);
    // False when there is nothing to delete; otherwise asks (through prompts) and deletes
    // once the user agrees.
    bool deleteIntegration(const QString &uri);
    bool deleteCurrentIntegration();
    TagsDialog *editIntegrationTags();
    AccountIntegrationsDialog *findIntegrations();

    // The listed integrations that ingest into object type `type`.
    QStringList urisUsing(const QString &type) const;
    // What the pane says of integrations that name a type the domain does not have.
    QString missingTypesText() const;

private:
    void updateActions();
    void checkObjectTypes();
    void markMissingTypes(const QStringList &existing);

    CommandRunner *m_runner;
    QString m_domain;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_tags;
    QPushButton *m_find;
    QAction *m_findAction;
    QAction *m_copyArn;
    models::ObjectTypesLoader *m_types;
    QLabel *m_missingTypes;
};

} // namespace cp::views
