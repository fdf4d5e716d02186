#pragma once

#include "listpane.h"

class QAction;

namespace cp::views {

class CommandRunner;
class CreateDomainDialog;
class EditDomainDialog;
class TagsDialog;

// The connection's domains, and the commands on them: new, edit, delete, tags, copy ARN.
// Its actions go into the main window's menus and toolbar; each is disabled, saying
// why, while it cannot run.
class DomainsPane : public ListPane
{
    Q_OBJECT
public:
    DomainsPane(CommandRunner *runner, QWidget *parent = nullptr);

    // The domain of the current row; empty when none is chosen.
    QString currentDomain() const;
    // Selects this domain once a listing shows it (after a refresh, at start).
    void selectWhenListed(const QString &domain) { m_select = domain; }

    QAction *newDomainAction() const { return m_new; }
    QAction *deleteDomainAction() const { return m_delete; }
    QAction *editDomainAction() const { return m_edit; }
    QAction *editTagsAction() const { return m_tags; }
    QAction *copyArnAction() const { return m_copyArn; }

    // What the actions do; the work once a dialog is answered is callable without it.
    CreateDomainDialog *newDomain();
    void createDomain(const QJsonObject &input);
    // False when there is nothing to delete; otherwise asks (through prompts) and deletes
    // once the user agrees.
    bool deleteCurrentDomain();
    EditDomainDialog *editDomain();
    void updateDomain(const QJsonObject &input);
    TagsDialog *editTags();

Q_SIGNALS:
    // The domain's settings or tags changed (the overview shows them).
    void domainChanged(const QString &domain);
    // The domain was deleted: nothing may keep showing it.
    void domainDeleted(const QString &domain);

private:
    void updateActions();

    CommandRunner *m_runner;
    QString m_select;
    QAction *m_new;
    QAction *m_delete;
    QAction *m_edit;
    QAction *m_tags;
    QAction *m_copyArn;
};

} // namespace cp::views
