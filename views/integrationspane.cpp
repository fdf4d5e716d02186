#include "integrationspane.h"
#include "operations.h"

#include "accountintegrationsdialog.h"
#include "actionstate.h"
#include "commandrunner.h"
#include "integrationdialog.h"
#include "messagebar.h"
#include "dialogsubmission.h"
#include "formissues.h"
#include "objecttypesloader.h"
#include "prompts.h"
#include "session.h"
#include "tagsdialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp::views {
namespace {
using Kind = models::PagedListModel::Kind;
const QString kUri = QStringLiteral("Uri");
const QString kDomain = QStringLiteral("DomainName");
} // namespace

IntegrationsPane::IntegrationsPane(CommandRunner *runner, QWidget *parent)
    : ListPane(QStringLiteral("integrations"),
               {{tr("URI"), kUri, Kind::Text},
                {tr("Object type"), QStringLiteral("ObjectTypeName"), Kind::Text},
                {tr("Created"), QStringLiteral("CreatedAt"), Kind::Time},
                {tr("Updated"), QStringLiteral("LastUpdatedAt"), Kind::Time}},
               parent)
    , m_runner(runner)
    , m_types(new models::ObjectTypesLoader(this))
    , m_missingTypes(formissues::issueLabel(this, QStringLiteral("integrationsMissingTypes")))
{
    setIdentity(kUri);
    // Under the table: integrations whose object type is gone, said until they are fixed.
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_missingTypes);
    connect(this, &ListPane::pageLoaded, this, &IntegrationsPane::checkObjectTypes);
    // A listing that failed before its first page shows no integration: nothing is left to
    // warn about (a later page's failure keeps the rows, and the warning about them).
    connect(this, &ListPane::failed, this, [this] {
        if (model()->rowCount() > 0)
            return;
        m_types->cancel();
        formissues::showIssue(m_missingTypes, QString());
    });
    connect(m_types, &models::ObjectTypesLoader::namesLoaded, this,
            &IntegrationsPane::markMissingTypes);
    const auto button = [this](const QString &text, const QString &name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        addButton(b);
        return b;
    };
    m_add =
        button(tr("&Add…"), QStringLiteral("addIntegrationButton"), [this] { addIntegration(); });
    m_edit = button(tr("&Edit…"), QStringLiteral("editIntegrationButton"),
                    [this] { editCurrentIntegration(); });
    m_delete = button(tr("&Delete…"), QStringLiteral("deleteIntegrationButton"),
                      [this] { deleteCurrentIntegration(); });
    m_tags = button(tr("Ta&gs…"), QStringLiteral("integrationTagsButton"),
                    [this] { editIntegrationTags(); });
    m_find = button(tr("Find &by URI…"), QStringLiteral("findIntegrationsButton"),
                    [this] { findIntegrations(); });
    m_findAction = new QAction(tr("Find &integrations by URI…"), this);
    m_findAction->setObjectName(QStringLiteral("findIntegrationsAction"));
    connect(m_findAction, &QAction::triggered, this, [this] { findIntegrations(); });
    // The ARN of the integration under the cursor, for tagging elsewhere or IAM.
    m_copyArn = new QAction(tr("Copy &ARN"), this);
    m_copyArn->setObjectName(QStringLiteral("copyIntegrationArnAction"));
    connect(m_copyArn, &QAction::triggered, this, [this] {
        if (m_runner->session() && !currentUri().isEmpty())
            QGuiApplication::clipboard()->setText(
                m_runner->session()->integrationArn(m_domain, currentUri()));
    });
    addContextAction(m_copyArn);
    setPlaceholders(tr("Choose a domain."), tr("No integrations in this domain."));
    connect(this, &ListPane::currentItemChanged, this, &IntegrationsPane::updateActions);
    connect(m_runner, &CommandRunner::sessionChanged, this, &IntegrationsPane::updateActions);
    updateActions();
}

void IntegrationsPane::setDomain(const QString &domain)
{
    m_domain = domain;
    m_types->cancel();
    formissues::showIssue(m_missingTypes, QString());
    if (domain.isEmpty())
        clear();
    else
        setQuery(schema::ops::ListIntegrations, {{kDomain, domain}});
    updateActions();
}

namespace {
// The object types an integration ingests into: ObjectTypeName, or those of its
// ObjectTypeNames (by tag).
QStringList typesOf(const QJsonObject &integration)
{
    QStringList types;
    const QString single = integration.value(QStringLiteral("ObjectTypeName")).toString();
    if (!single.isEmpty())
        types.append(single);
    const QJsonObject byTag = integration.value(QStringLiteral("ObjectTypeNames")).toObject();
    for (auto it = byTag.begin(); it != byTag.end(); ++it)
        types.append(it.value().toString());
    types.removeDuplicates();
    return types;
}
} // namespace

QStringList IntegrationsPane::urisUsing(const QString &type) const
{
    QStringList uris;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QJsonObject integration = model()->item(row);
        if (typesOf(integration).contains(type))
            uris.append(integration.value(kUri).toString());
    }
    return uris;
}

QString IntegrationsPane::missingTypesText() const
{
    return m_missingTypes->text();
}

// Every listing of integrations is checked against the domain's types (all pages).
void IntegrationsPane::checkObjectTypes()
{
    if (!m_runner->client() || m_domain.isEmpty() || model()->rowCount() == 0) {
        formissues::showIssue(m_missingTypes, QString());
        return;
    }
    m_types->setClient(m_runner->client());
    m_types->load(m_domain);
}

void IntegrationsPane::markMissingTypes(const QStringList &existing)
{
    QStringList lines;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QJsonObject integration = model()->item(row);
        for (const QString &type : typesOf(integration)) {
            if (!existing.contains(type))
                lines.append(tr("The integration of %1 names object type %2, which this "
                                "domain does not have: its records cannot be ingested. Edit "
                                "it to choose another type.")
                                 .arg(integration.value(kUri).toString(), type));
        }
    }
    formissues::showIssue(m_missingTypes, lines.join(QLatin1Char('\n')));
}

QString IntegrationsPane::currentUri() const
{
    return currentItem().value(kUri).toString();
}

void IntegrationsPane::updateActions()
{
    const bool connected = m_runner->client() != nullptr;
    const bool domain = connected && !m_domain.isEmpty();
    const bool chosen = domain && !currentUri().isEmpty();
    const QString noConnection = tr("Open a connection first.");
    enableWithReason(m_add, domain, tr("Choose a domain first."));
    for (QWidget *button : {static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_delete),
                            static_cast<QWidget *>(m_tags)})
        enableWithReason(button, chosen,
                         domain ? tr("Choose an integration first.")
                                : tr("Choose a domain first."));
    enableWithReason(m_find, connected, noConnection);
    enableWithReason(m_findAction, connected, noConnection);
    enableWithReason(m_copyArn, chosen, tr("Choose an integration first."));
}

IntegrationDialog *IntegrationsPane::addIntegration()
{
    if (!m_runner->client() || m_domain.isEmpty())
        return nullptr;
    auto *dialog = new IntegrationDialog(m_runner->client(), m_domain, window());
    DialogSubmission::attach(dialog, m_runner,
                             [this, dialog] { putIntegration(dialog->input()); });
    return openDialog(dialog);
}

void IntegrationsPane::editCurrentIntegration(std::function<void(IntegrationDialog *)> opened)
{
    const QString uri = currentUri();
    if (!m_runner->client() || m_domain.isEmpty() || uri.isEmpty())
        return;
    // PutIntegration replaces the integration: the editor starts from all of it.
    m_runner->client()->call(
        schema::ops::GetIntegration, {{kDomain, m_domain}, {kUri, uri}}, this,
        [this, opened = std::move(opened)](const client::Outcome<QJsonObject> &outcome) {
            if (!outcome.ok()) {
                m_runner->showError(outcome.error());
                return;
            }
            auto *dialog = new IntegrationDialog(m_runner->client(), m_domain, window());
            dialog->edit(outcome.value());
            DialogSubmission::attach(dialog, m_runner,
                                     [this, dialog] { putIntegration(dialog->input()); });
            openDialog(dialog);
            if (opened)
                opened(dialog);
        });
}

void IntegrationsPane::putIntegration(const QJsonObject &input)
{
    m_runner->run({schema::ops::PutIntegration, input,
                   tr("The integration of %1 was saved.").arg(input.value(kUri).toString()),
                   [this](const QJsonObject &) { refresh(); }, this});
}

bool IntegrationsPane::deleteCurrentIntegration()
{
    return deleteIntegration(currentUri());
}

bool IntegrationsPane::deleteIntegration(const QString &uri)
{
    const QString domain = m_domain;
    if (!m_runner->client() || domain.isEmpty() || uri.isEmpty())
        return false;
    prompts::confirm(window(), tr("Delete integration"),
                     tr("Delete the integration of %1 from domain %2? Records from this "
                        "source will no longer be ingested.")
                         .arg(uri, domain),
                     [this, domain, uri] {
                         m_runner->run({schema::ops::DeleteIntegration,
                                        {{kDomain, domain}, {kUri, uri}},
                                        tr("The integration of %1 was deleted.").arg(uri),
                                        [this](const QJsonObject &) { refresh(); },
                                        this});
                     });
    return true;
}

TagsDialog *IntegrationsPane::editIntegrationTags()
{
    const QString uri = currentUri();
    if (!m_runner->client() || uri.isEmpty())
        return nullptr;
    return openDialog(new TagsDialog(m_runner->client(),
                                     m_runner->session()->integrationArn(m_domain, uri),
                                     tr("integration %1").arg(uri), window()));
}

AccountIntegrationsDialog *IntegrationsPane::findIntegrations()
{
    if (!m_runner->client())
        return nullptr;
    auto *dialog = new AccountIntegrationsDialog(m_runner->client(), window());
    connect(dialog, &AccountIntegrationsDialog::failed, m_runner->messageBar(),
            &MessageBar::showError);
    if (!currentUri().isEmpty())
        dialog->find(currentUri());
    return openDialog(dialog);
}

} // namespace cp::views
