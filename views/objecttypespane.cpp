#include "objecttypespane.h"
#include "operations.h"

#include "actionstate.h"
#include "commandrunner.h"
#include "core/paginator.h"
#include "messagebar.h"
#include "objectimportdialog.h"
#include "objecttypedesigner.h"
#include "objecttypedocument.h"
#include "objecttypesloader.h"
#include "prompts.h"
#include "session.h"
#include "tagsdialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPointer>
#include <QPushButton>

namespace cp::views {
namespace {
using Kind = models::PagedListModel::Kind;
const QString kDomain = QStringLiteral("DomainName");
const QString kName = QStringLiteral("ObjectTypeName");

DefinitionBrowser::Spec spec()
{
    return {QStringLiteral("objectTypes"),
            schema::ops::ListProfileObjectTypes,
            schema::ops::GetProfileObjectType,
            kName,
            {{ObjectTypesPane::tr("Object type"), kName, Kind::Text},
             {ObjectTypesPane::tr("Description"), QStringLiteral("Description"), Kind::Text},
             {ObjectTypesPane::tr("Created"), QStringLiteral("CreatedAt"), Kind::Time},
             {ObjectTypesPane::tr("Updated"), QStringLiteral("LastUpdatedAt"), Kind::Time}},
            true};
}
} // namespace

ObjectTypesPane::ObjectTypesPane(CommandRunner *runner, QWidget *parent)
    : DefinitionBrowser(spec(), parent)
    , m_runner(runner)
{
    const auto button = [this](const QString &text, const QString &name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        list()->addButton(b);
        return b;
    };
    m_tags = button(tr("Ta&gs…"), QStringLiteral("objectTypeTagsButton"),
                    [this] { editObjectTypeTags(); });
    m_new = button(tr("&New object type…"), QStringLiteral("newObjectTypeButton"),
                   [this] { newObjectType(); });
    m_edit = button(tr("&Edit…"), QStringLiteral("editObjectTypeButton"),
                    [this] { editCurrentObjectType(); });
    // Deleting an object type takes its objects with it: the user types its name.
    m_delete = button(tr("&Delete…"), QStringLiteral("deleteObjectTypeButton"),
                      [this] { deleteCurrentObjectType(); });
    m_import = button(tr("Import o&bjects…"), QStringLiteral("importObjectsButton"),
                      [this] { importObjects(); });
    m_importAction = new QAction(tr("Import o&bjects…"), this);
    m_importAction->setObjectName(QStringLiteral("importObjectsAction"));
    connect(m_importAction, &QAction::triggered, this, [this] { importObjects(); });
    // The ARN of the object type under the cursor, for tagging elsewhere or IAM.
    m_copyArn = new QAction(tr("Copy &ARN"), this);
    m_copyArn->setObjectName(QStringLiteral("copyObjectTypeArnAction"));
    connect(m_copyArn, &QAction::triggered, this, [this] {
        if (m_runner->session() && !currentId().isEmpty())
            QGuiApplication::clipboard()->setText(
                m_runner->session()->objectTypeArn(domain(), currentId()));
    });
    list()->addContextAction(m_copyArn);
    list()->setPlaceholders(
        tr("Choose a domain."),
        tr("No object types in this domain. Design one with New object type…, or start from "
           "a template."));
    connect(this, &DefinitionBrowser::failed, m_runner, &CommandRunner::showError);
    connect(list(), &ListPane::currentItemChanged, this, &ObjectTypesPane::updateActions);
    connect(m_runner, &CommandRunner::sessionChanged, this, &ObjectTypesPane::updateActions);
    updateActions();
}

void ObjectTypesPane::setDomain(const QString &domain)
{
    DefinitionBrowser::setDomain(domain);
    updateActions();
}

void ObjectTypesPane::updateActions()
{
    const bool domain = m_runner->client() && !this->domain().isEmpty();
    const bool chosen = domain && !currentId().isEmpty();
    const QString reason =
        domain ? tr("Choose an object type first.") : tr("Choose a domain first.");
    enableWithReason(m_new, domain, tr("Choose a domain first."));
    for (QPushButton *button : {m_edit, m_delete, m_tags})
        enableWithReason(button, chosen, reason);
    enableWithReason(m_copyArn, chosen, reason);
    enableWithReason(m_import, chosen, reason,
                     tr("Put the objects of a JSON Lines or CSV file through this type."));
    enableWithReason(m_importAction, domain, tr("Choose a domain first."));
}

ObjectImportDialog *ObjectTypesPane::importObjects()
{
    if (!m_runner->client() || domain().isEmpty())
        return nullptr;
    auto *dialog = openDialog(
        new ObjectImportDialog(m_runner->client(), domain(), currentId(), window()));
    Q_EMIT importDialogOpened(dialog);
    return dialog;
}

TagsDialog *ObjectTypesPane::editObjectTypeTags()
{
    const QString type = currentId();
    if (!m_runner->client() || type.isEmpty())
        return nullptr;
    return openDialog(new TagsDialog(m_runner->client(),
                                     m_runner->session()->objectTypeArn(domain(), type),
                                     tr("object type %1").arg(type), window()));
}

void ObjectTypesPane::editCurrentObjectType()
{
    client::CustomerProfilesClient *client = m_runner->client();
    const QString type = currentId();
    if (!client || domain().isEmpty() || type.isEmpty())
        return;
    client->call(schema::ops::GetProfileObjectType, {{kDomain, domain()}, {kName, type}}, this,
                 [this](const client::Outcome<QJsonObject> &outcome) {
                     if (!outcome.ok() || !m_runner->client()) {
                         if (!outcome.ok())
                             m_runner->showError(outcome.error());
                         return;
                     }
                     // The complete stored request (SourcePriority, MaxProfileObjectCount and
                     // what a later release adds included): saving replaces the whole type.
                     const QJsonObject stored = m_runner->client()->model().membersOf(
                         u"PutProfileObjectTypeRequest", outcome.value());
                     openDesigner(schema::ObjectTypeDefinition::fromJson(stored), true,
                                  outcome.value().value(QStringLiteral("Tags")).toObject());
                 });
}

ObjectTypeDesigner *ObjectTypesPane::newObjectType()
{
    if (!m_runner->client() || domain().isEmpty())
        return nullptr;
    return openDesigner({}, false);
}

ObjectTypeDesigner *ObjectTypesPane::openDesigner(const schema::ObjectTypeDefinition &definition,
                                                  bool stored, const QJsonObject &tags)
{
    auto *designer = new ObjectTypeDesigner(window());
    designer->setAttribute(Qt::WA_DeleteOnClose);
    designer->load(definition, stored, tags);
    connect(designer, &ObjectTypeDesigner::saveRequested, this,
            [this, designer](const QJsonObject &request) { save(designer, request); });
    // The catalogue of templates: the picker of a new type, and the check that a kept
    // TemplateId exists.
    loadTemplates(designer);
    if (!stored) {
        connect(designer, &ObjectTypeDesigner::templateRequested, this,
                [this, designer](const QString &id) {
                    if (!m_runner->client())
                        return;
                    m_runner->client()->call(
                        schema::ops::GetProfileObjectTypeTemplate,
                        {{QStringLiteral("TemplateId"), id}}, designer,
                        [this, designer](const client::Outcome<QJsonObject> &outcome) {
                            if (outcome.ok())
                                designer->copyTemplate(outcome.value());
                            else
                                m_runner->messageBar()->showError(outcome.error());
                        });
                });
    }
    // The preview looks key values up in the current domain (read-only).
    designer->setPreviewClient(m_runner->client(), domain());
    // The domain's other object types, for the warning when a key name means another
    // content type there.
    loadOtherObjectTypes(designer);
    designer->open();
    Q_EMIT designerOpened(designer);
    return designer;
}

void ObjectTypesPane::save(ObjectTypeDesigner *designer, const QJsonObject &request)
{
    // PutProfileObjectType adds tags and never removes one: tags taken out in the designer
    // are removed with UntagResource once it succeeded.
    const QStringList removed = designer->removedTagKeys();
    const QString name = request.value(kName).toString();
    const QString arn =
        m_runner->session() ? m_runner->session()->objectTypeArn(domain(), name) : QString();
    QPointer<ObjectTypeDesigner> guard = designer;
    const bool isNew = !designer->document()->isStored();
    const QString savedIn = domain(); // the answer may come once another is chosen
    putObjectType(request, designer, [this, guard, removed, name, arn, isNew, savedIn] {
        if (isNew) // the next step the AWS console teaches: feed the type from a source
            m_runner->messageBar()->showInfo(
                tr("Object type %1 was saved.").arg(name),
                tr("Add an integration for this type…"),
                [this, name] { Q_EMIT integrationRequested(name); }, savedIn);
        if (removed.isEmpty()) {
            guard->markSaved();
            return;
        }
        m_runner->run({schema::ops::UntagResource,
                       {{QStringLiteral("resourceArn"), arn},
                        {QStringLiteral("tagKeys"), QJsonArray::fromStringList(removed)}},
                       tr("Object type %1 was saved and its tags %2 removed.")
                           .arg(name, removed.join(QStringLiteral(", "))),
                       [guard](const QJsonObject &) { guard->markSaved(); },
                       guard});
    });
}

void ObjectTypesPane::loadOtherObjectTypes(ObjectTypeDesigner *designer)
{
    auto *loader = new models::ObjectTypesLoader(designer); // ends with the designer
    loader->setClient(m_runner->client());
    loader->setFetchDefinitions(true);
    loader->setPageSize(m_listPageSize);
    connect(loader, &models::ObjectTypesLoader::definitionLoaded, designer,
            [designer](const QJsonObject &type) {
                if (type.value(kName).toString() != designer->document()->general().name)
                    designer->addOtherObjectType(schema::ObjectTypeDefinition::fromJson(type));
            });
    loader->load(domain());
}

void ObjectTypesPane::loadTemplates(ObjectTypeDesigner *designer)
{
    if (!m_runner->client())
        return;
    client::fetchAll(m_runner->client(), schema::ops::ListProfileObjectTypeTemplates, {}, 1000,
                     designer, [designer](const client::Outcome<client::FetchAllResult> &outcome) {
                         if (!outcome.ok())
                             return;
                         QStringList ids;
                         for (const QJsonValue &item : outcome->items)
                             ids.append(
                                 item.toObject().value(QStringLiteral("TemplateId")).toString());
                         designer->setTemplates(ids);
                     });
}

void ObjectTypesPane::putObjectType(const QJsonObject &request, QObject *context,
                                    std::function<void()> saved)
{
    if (domain().isEmpty())
        return;
    QJsonObject input = request;
    input.insert(kDomain, domain());
    const QString name = request.value(kName).toString();
    QPointer<QObject> guard = context;
    m_runner->run({schema::ops::PutProfileObjectType, input,
                   tr("Object type %1 was saved.").arg(name),
                   [this, guard, context, saved = std::move(saved)](const QJsonObject &) {
                       refresh();
                       Q_EMIT objectTypesChanged();
                       if (saved && (!context || guard))
                           saved();
                   },
                   this});
}

bool ObjectTypesPane::deleteCurrentObjectType()
{
    const QString type = currentId();
    if (!m_runner->client() || domain().isEmpty() || type.isEmpty())
        return false;
    const QString domainName = domain();
    QString text = tr("Deleting object type %1 deletes all its objects in domain %2 and clears "
                      "the profile fields that only it filled. This cannot be undone.")
                       .arg(type, domainName);
    const QStringList users = m_integrationsUsing ? m_integrationsUsing(type) : QStringList();
    if (!users.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("%n integration(s) ingest into it and will name a type that no longer "
                   "exists: %1.",
                   nullptr, int(users.size()))
                    .arg(users.join(QStringLiteral(", ")));
    prompts::confirmByTyping(
        window(), tr("Delete object type"), text, type, [this, domainName, type] {
            m_runner->run({schema::ops::DeleteProfileObjectType,
                           {{kDomain, domainName}, {kName, type}},
                           tr("Object type %1 was deleted.").arg(type),
                           [this](const QJsonObject &) {
                               refresh();
                               Q_EMIT objectTypesChanged();
                           },
                           this});
        });
    return true;
}

} // namespace cp::views
