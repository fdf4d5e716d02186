#include "domainspane.h"
#include "operations.h"

#include "actionstate.h"
#include "commandrunner.h"
#include "createdomaindialog.h"
#include "editdomaindialog.h"
#include "dialogsubmission.h"
#include "prompts.h"
#include "session.h"
#include "tagsdialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QTableView>

namespace cp::views {
namespace {
using Column = models::PagedListModel::Column;
using Kind = models::PagedListModel::Kind;
const QString kDomain = QStringLiteral("DomainName");
} // namespace

DomainsPane::DomainsPane(CommandRunner *runner, QWidget *parent)
    : ListPane(QStringLiteral("domains"),
               {{tr("Domain"), kDomain, Kind::Text},
                {tr("Created"), QStringLiteral("CreatedAt"), Kind::Time},
                {tr("Updated"), QStringLiteral("LastUpdatedAt"), Kind::Time}},
               parent)
    , m_runner(runner)
{
    const auto action = [this](const QString &text, const QString &name, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_new = action(tr("&New domain…"), QStringLiteral("newDomainAction"), [this] { newDomain(); });
    m_new->setShortcut(QKeySequence::New);
    m_delete = action(tr("&Delete domain…"), QStringLiteral("deleteDomainAction"),
                      [this] { deleteCurrentDomain(); });
    m_delete->setShortcut(QKeySequence::Delete);
    m_edit =
        action(tr("Edit do&main…"), QStringLiteral("editDomainAction"), [this] { editDomain(); });
    m_tags = action(tr("Edit &tags…"), QStringLiteral("editTagsAction"), [this] { editTags(); });
    m_copyArn = action(tr("Copy domain &ARN"), QStringLiteral("copyArnAction"), [this] {
        if (m_runner->session() && !currentDomain().isEmpty())
            QGuiApplication::clipboard()->setText(m_runner->session()->domainArn(currentDomain()));
    });
    addContextAction(m_copyArn);

    setPlaceholders(QString(),
                    tr("No domains yet. Create one with New domain… (Ctrl+N), or fill a demo "
                       "domain with File > Load sample data."));
    setIdentity(kDomain);
    connect(this, &ListPane::currentItemChanged, this, &DomainsPane::updateActions);
    connect(m_runner, &CommandRunner::sessionChanged, this, &DomainsPane::updateActions);
    connect(this, &ListPane::pageLoaded, this, [this] {
        if (!m_select.isEmpty() && selectRow(kDomain, m_select))
            m_select.clear();
        else if (currentDomain().isEmpty() && model()->rowCount() > 0)
            view()->selectRow(0);
    });
    updateActions();
}

QString DomainsPane::currentDomain() const
{
    return currentItem().value(kDomain).toString();
}

void DomainsPane::updateActions()
{
    const bool connected = m_runner->client() != nullptr;
    const bool chosen = !currentDomain().isEmpty();
    const QString choose = tr("Choose a domain first.");
    enableWithReason(m_new, connected, tr("Open a connection first."));
    for (QAction *action : {m_delete, m_edit, m_tags, m_copyArn})
        enableWithReason(action, chosen, choose);
}

CreateDomainDialog *DomainsPane::newDomain()
{
    if (!m_runner->client())
        return nullptr;
    auto *dialog = new CreateDomainDialog(window());
    DialogSubmission::attach(dialog, m_runner,
                             [this, dialog] { createDomain(dialog->input()); });
    return openDialog(dialog);
}

void DomainsPane::createDomain(const QJsonObject &input)
{
    const QString name = input.value(kDomain).toString();
    m_runner->run({schema::ops::CreateDomain, input, tr("Domain %1 was created.").arg(name),
                   [this, name](const QJsonObject &) {
                       m_select = name;
                       refresh();
                   },
                   this});
}

bool DomainsPane::deleteCurrentDomain()
{
    const QString name = currentDomain();
    if (!m_runner->client() || name.isEmpty())
        return false;
    prompts::confirmByTyping(
        window(), tr("Delete domain"),
        tr("Deleting domain %1 deletes all its profiles, objects, object types and "
           "integrations. This cannot be undone.")
            .arg(name),
        name, [this, name] {
            m_runner->run({schema::ops::DeleteDomain,
                           {{kDomain, name}},
                           tr("Domain %1 was deleted.").arg(name),
                           [this, name](const QJsonObject &) {
                               Q_EMIT domainDeleted(name);
                               refresh();
                           },
                           this});
        });
    return true;
}

EditDomainDialog *DomainsPane::editDomain()
{
    if (!m_runner->client() || currentDomain().isEmpty())
        return nullptr;
    auto *dialog = new EditDomainDialog(m_runner->client(), currentDomain(), window());
    DialogSubmission::attach(dialog, m_runner,
                             [this, dialog] { updateDomain(dialog->input()); });
    return openDialog(dialog);
}

void DomainsPane::updateDomain(const QJsonObject &input)
{
    const QString name = input.value(kDomain).toString();
    m_runner->run({schema::ops::UpdateDomain, input, tr("Domain %1 was updated.").arg(name),
                   [this, name](const QJsonObject &) { Q_EMIT domainChanged(name); }, this});
}

TagsDialog *DomainsPane::editTags()
{
    const QString name = currentDomain();
    if (!m_runner->client() || name.isEmpty())
        return nullptr;
    auto *dialog = new TagsDialog(m_runner->client(), m_runner->session()->domainArn(name),
                                  tr("domain %1").arg(name), window());
    connect(dialog, &TagsDialog::applied, this, [this, name] { Q_EMIT domainChanged(name); });
    return openDialog(dialog);
}

} // namespace cp::views
