#include "editactions.h"

#include "accountintegrationsdialog.h"
#include "definitionbrowser.h"
#include "domainoverview.h"
#include "editdomaindialog.h"
#include "integrationdialog.h"
#include "listpane.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "objecttypedesigner.h"
#include "objecttypedocument.h"
#include "prompts.h"
#include "tagsdialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace cp::views {
namespace {
const QString kUri = QStringLiteral("Uri");
}

EditActions::EditActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("editActions"));
    m_menuActions = {
        addAction(tr("Edit &tags…"), QStringLiteral("editTagsAction"),
                  [this] { editDomainTags(); }),
        addAction(tr("Edit do&main…"), QStringLiteral("editDomainAction"),
                  [this] { editDomain(); }),
        addAction(tr("Find &integrations by URI…"), QStringLiteral("findIntegrationsAction"),
                  [this] { findIntegrations(); }),
    };

    QPushButton *typeTags = new QPushButton(tr("Ta&gs…"), m_window);
    typeTags->setObjectName(QStringLiteral("objectTypeTagsButton"));
    typeTags->setEnabled(false);
    connect(typeTags, &QPushButton::clicked, this, [this] { editObjectTypeTags(); });
    m_window->objectTypes()->list()->addButton(typeTags);
    connect(m_window->objectTypes()->list(), &ListPane::currentItemChanged, typeTags,
            [typeTags](const QJsonObject &item) { typeTags->setEnabled(!item.isEmpty()); });

    // The ARN of the object type or integration under the cursor, for tagging elsewhere or IAM.
    auto *copyTypeArn = new QAction(tr("Copy &ARN"), m_window);
    copyTypeArn->setObjectName(QStringLiteral("copyObjectTypeArnAction"));
    connect(copyTypeArn, &QAction::triggered, this, [this] {
        const QString type = m_window->objectTypes()->currentId();
        if (!type.isEmpty())
            QGuiApplication::clipboard()->setText(objectTypeArn(type));
    });
    m_window->objectTypes()->list()->addContextAction(copyTypeArn);
    auto *copyIntegrationArn = new QAction(tr("Copy &ARN"), m_window);
    copyIntegrationArn->setObjectName(QStringLiteral("copyIntegrationArnAction"));
    connect(copyIntegrationArn, &QAction::triggered, this, [this] {
        const QString uri = m_window->integrations()->currentItem().value(kUri).toString();
        if (!uri.isEmpty())
            QGuiApplication::clipboard()->setText(integrationArn(uri));
    });
    m_window->integrations()->addContextAction(copyIntegrationArn);

    QPushButton *newType = new QPushButton(tr("&New object type…"), m_window);
    newType->setObjectName(QStringLiteral("newObjectTypeButton"));
    newType->setEnabled(false);
    connect(newType, &QPushButton::clicked, this, [this] { newObjectType(); });
    m_window->objectTypes()->list()->addButton(newType);
    connect(m_window->domains(), &ListPane::currentItemChanged, newType,
            [newType](const QJsonObject &item) { newType->setEnabled(!item.isEmpty()); });

    QPushButton *editType = new QPushButton(tr("&Edit…"), m_window);
    editType->setObjectName(QStringLiteral("editObjectTypeButton"));
    editType->setEnabled(false);
    connect(editType, &QPushButton::clicked, this, [this] { editCurrentObjectType(); });
    m_window->objectTypes()->list()->addButton(editType);
    connect(m_window->objectTypes()->list(), &ListPane::currentItemChanged, editType,
            [editType](const QJsonObject &item) { editType->setEnabled(!item.isEmpty()); });

    // Deleting an object type takes its objects with it: the user types its name.
    QPushButton *deleteType = new QPushButton(tr("&Delete…"), m_window);
    deleteType->setObjectName(QStringLiteral("deleteObjectTypeButton"));
    deleteType->setEnabled(false);
    connect(deleteType, &QPushButton::clicked, this, [this] { deleteCurrentObjectType(); });
    m_window->objectTypes()->list()->addButton(deleteType);
    connect(m_window->objectTypes()->list(), &ListPane::currentItemChanged, deleteType,
            [deleteType](const QJsonObject &item) { deleteType->setEnabled(!item.isEmpty()); });

    QPushButton *add = addButton(tr("&Add…"), QStringLiteral("addIntegrationButton"),
                                 [this] { addIntegration(); });
    QPushButton *remove = addButton(tr("&Delete…"), QStringLiteral("deleteIntegrationButton"),
                                    [this] { deleteCurrentIntegration(); });
    QPushButton *tags = addButton(tr("Ta&gs…"), QStringLiteral("integrationTagsButton"),
                                  [this] { editIntegrationTags(); });
    addButton(tr("Find &by URI…"), QStringLiteral("findIntegrationsButton"),
              [this] { findIntegrations(); });
    connect(m_window->integrations(), &ListPane::currentItemChanged, this,
            [remove, tags](const QJsonObject &item) {
                remove->setEnabled(!item.isEmpty());
                tags->setEnabled(!item.isEmpty());
            });
    connect(m_window->domains(), &ListPane::currentItemChanged, add,
            [add](const QJsonObject &item) { add->setEnabled(!item.isEmpty()); });
    for (QPushButton *button : {add, remove, tags})
        button->setEnabled(false);
}

QAction *EditActions::addAction(const QString &text, const QString &objectName,
                                std::function<void()> slot)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(objectName);
    connect(action, &QAction::triggered, this, std::move(slot));
    m_window->addAction(action);
    return action;
}

QPushButton *EditActions::addButton(const QString &text, const QString &objectName,
                                    std::function<void()> slot)
{
    auto *button = new QPushButton(text, m_window);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, std::move(slot));
    m_window->integrations()->addButton(button);
    return button;
}

client::CustomerProfilesClient *EditActions::client() const
{
    return m_window->session() ? m_window->session()->client() : nullptr;
}

QString EditActions::domainArn() const
{
    if (!m_window->session() || m_window->currentDomain().isEmpty())
        return {};
    return m_window->session()->domainArn(m_window->currentDomain());
}

QString EditActions::objectTypeArn(const QString &objectType) const
{
    const QString domain = domainArn();
    return domain.isEmpty() || objectType.isEmpty()
               ? QString()
               : domain + QStringLiteral("/object-types/") + objectType;
}

QString EditActions::integrationArn(const QString &uri) const
{
    const QString domain = domainArn();
    return domain.isEmpty() || uri.isEmpty() ? QString()
                                             : domain + QStringLiteral("/integrations/") + uri;
}

template<class Dialog> Dialog *EditActions::show(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TagsDialog *EditActions::editTags(const QString &arn, const QString &subject)
{
    if (arn.isEmpty() || !client())
        return nullptr;
    auto *dialog = new TagsDialog(client(), arn, subject, m_window);
    if (arn == domainArn())
        connect(dialog, &TagsDialog::applied, this, &EditActions::refreshOverview);
    return show(dialog);
}

TagsDialog *EditActions::editDomainTags()
{
    return editTags(domainArn(), tr("domain %1").arg(m_window->currentDomain()));
}

TagsDialog *EditActions::editObjectTypeTags()
{
    const QString type = m_window->objectTypes()->currentId();
    return editTags(objectTypeArn(type), tr("object type %1").arg(type));
}

TagsDialog *EditActions::editIntegrationTags()
{
    const QString uri = m_window->integrations()->currentItem().value(kUri).toString();
    return editTags(integrationArn(uri), tr("integration %1").arg(uri));
}

EditDomainDialog *EditActions::editDomain()
{
    if (!client() || m_window->currentDomain().isEmpty())
        return nullptr;
    auto *dialog = new EditDomainDialog(client(), m_window->currentDomain(), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { updateDomain(dialog->input()); });
    return show(dialog);
}

IntegrationDialog *EditActions::addIntegration()
{
    if (!client() || m_window->currentDomain().isEmpty())
        return nullptr;
    auto *dialog = new IntegrationDialog(client(), m_window->currentDomain(), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { putIntegration(dialog->input()); });
    return show(dialog);
}

AccountIntegrationsDialog *EditActions::findIntegrations()
{
    if (!client())
        return nullptr;
    auto *dialog = new AccountIntegrationsDialog(client(), m_window);
    connect(dialog, &AccountIntegrationsDialog::failed, m_window->messageBar(),
            &MessageBar::showError);
    const QString uri = m_window->integrations()->currentItem().value(kUri).toString();
    if (!uri.isEmpty())
        dialog->find(uri);
    return show(dialog);
}

void EditActions::updateDomain(const QJsonObject &input)
{
    send(QStringLiteral("UpdateDomain"), input,
         tr("Domain %1 was updated.").arg(input.value(QStringLiteral("DomainName")).toString()),
         [this] { refreshOverview(); });
}

void EditActions::putIntegration(const QJsonObject &input)
{
    send(QStringLiteral("PutIntegration"), input,
         tr("The integration of %1 was saved.").arg(input.value(kUri).toString()),
         [this] { refreshIntegrations(); });
}

bool EditActions::deleteCurrentIntegration()
{
    return deleteIntegration(m_window->integrations()->currentItem().value(kUri).toString());
}

bool EditActions::deleteIntegration(const QString &uri)
{
    const QString domain = m_window->currentDomain();
    if (!client() || domain.isEmpty() || uri.isEmpty())
        return false;
    if (!prompts::confirm(
            m_window, tr("Delete integration"),
            tr("Delete the integration of %1 from domain %2? Records from this source will no "
               "longer be ingested.")
                .arg(uri, domain)))
        return false;
    send(QStringLiteral("DeleteIntegration"), {{QStringLiteral("DomainName"), domain}, {kUri, uri}},
         tr("The integration of %1 was deleted.").arg(uri), [this] { refreshIntegrations(); });
    return true;
}

void EditActions::editCurrentObjectType()
{
    const QString domain = m_window->currentDomain();
    const QString type = m_window->objectTypes()->currentId();
    if (!client() || domain.isEmpty() || type.isEmpty())
        return;
    client()->call(
        QStringLiteral("GetProfileObjectType"),
        {{QStringLiteral("DomainName"), domain}, {QStringLiteral("ObjectTypeName"), type}}, this,
        [this](const client::Outcome<QJsonObject> &outcome) {
            if (!outcome.ok()) {
                m_window->messageBar()->showError(outcome.error());
                return;
            }
            // The complete stored request (SourcePriority, MaxProfileObjectCount and what a
            // later release adds included): saving replaces the whole type.
            const QJsonObject stored = client()->model().membersOf(
                u"PutProfileObjectTypeRequest", outcome.value());
            openDesigner(schema::ObjectTypeDefinition::fromJson(stored), true,
                         outcome.value().value(QStringLiteral("Tags")).toObject());
        });
}

ObjectTypeDesigner *EditActions::newObjectType()
{
    if (!client() || m_window->currentDomain().isEmpty())
        return nullptr;
    return openDesigner({}, false);
}

ObjectTypeDesigner *EditActions::openDesigner(const schema::ObjectTypeDefinition &definition,
                                              bool stored, const QJsonObject &tags)
{
    auto *designer = new ObjectTypeDesigner(m_window);
    designer->setAttribute(Qt::WA_DeleteOnClose);
    designer->load(definition, stored, tags);
    connect(designer, &ObjectTypeDesigner::saveRequested, this,
            [this, designer](const QJsonObject &request) {
                // PutProfileObjectType adds tags and never removes one: tags taken out in
                // the designer are removed with UntagResource once it succeeded.
                const QStringList removed = designer->removedTagKeys();
                const QString name = request.value(QStringLiteral("ObjectTypeName")).toString();
                QPointer<ObjectTypeDesigner> guard = designer;
                putObjectType(request, designer, [this, guard, removed, name] {
                    if (removed.isEmpty()) {
                        guard->markSaved();
                        return;
                    }
                    send(QStringLiteral("UntagResource"),
                         {{QStringLiteral("resourceArn"), objectTypeArn(name)},
                          {QStringLiteral("tagKeys"), QJsonArray::fromStringList(removed)}},
                         tr("Object type %1 was saved and its tags %2 removed.")
                             .arg(name, removed.join(QStringLiteral(", "))),
                         [guard] {
                             if (guard)
                                 guard->markSaved();
                         });
                });
            });
    // The catalogue of templates: the picker of a new type, and the check that a kept
    // TemplateId exists.
    loadTemplates(designer, QString(), {});
    if (!stored) {
        connect(designer, &ObjectTypeDesigner::templateRequested, this,
                [this, designer](const QString &id) {
                    if (!client())
                        return;
                    client()->call(QStringLiteral("GetProfileObjectTypeTemplate"),
                                   {{QStringLiteral("TemplateId"), id}}, designer,
                                   [this, designer](const client::Outcome<QJsonObject> &outcome) {
                                       if (outcome.ok())
                                           designer->copyTemplate(outcome.value());
                                       else
                                           m_window->messageBar()->showError(outcome.error());
                                   });
                });
    }
    // The preview looks key values up in the current domain (read-only).
    designer->setPreviewClient(client(), m_window->currentDomain());
    // The domain's other object types, for the warning when a key name means another
    // content type there (every page of the listing).
    loadOtherObjectTypes(designer, m_window->currentDomain(), QString());
    designer->open();
    Q_EMIT designerOpened(designer);
    return designer;
}

void EditActions::loadOtherObjectTypes(ObjectTypeDesigner *designer, const QString &domain,
                                       const QString &token)
{
    if (!client())
        return;
    QJsonObject input{{QStringLiteral("DomainName"), domain}};
    if (m_listPageSize > 0)
        input.insert(QStringLiteral("MaxResults"), m_listPageSize);
    if (!token.isEmpty())
        input.insert(QStringLiteral("NextToken"), token);
    client()->call(
        QStringLiteral("ListProfileObjectTypes"), input, designer,
        [this, designer, domain](const client::Outcome<QJsonObject> &outcome) {
            if (!outcome.ok() || !client())
                return;
            for (const QJsonValue &item :
                 outcome.value().value(QStringLiteral("Items")).toArray()) {
                const QString name =
                    item.toObject().value(QStringLiteral("ObjectTypeName")).toString();
                if (name == designer->document()->general().name)
                    continue;
                client()->call(QStringLiteral("GetProfileObjectType"),
                               {{QStringLiteral("DomainName"), domain},
                                {QStringLiteral("ObjectTypeName"), name}},
                               designer, [designer](const client::Outcome<QJsonObject> &type) {
                                   if (type.ok())
                                       designer->addOtherObjectType(
                                           schema::ObjectTypeDefinition::fromJson(type.value()));
                               });
            }
            const QString next = outcome.value().value(QStringLiteral("NextToken")).toString();
            if (!next.isEmpty())
                loadOtherObjectTypes(designer, domain, next);
        });
}

void EditActions::loadTemplates(ObjectTypeDesigner *designer, const QString &token, QStringList ids)
{
    if (!client())
        return;
    QJsonObject input;
    if (!token.isEmpty())
        input.insert(QStringLiteral("NextToken"), token);
    client()->call(
        QStringLiteral("ListProfileObjectTypeTemplates"), input, designer,
        [this, designer, ids](const client::Outcome<QJsonObject> &outcome) mutable {
            if (!outcome.ok())
                return;
            for (const QJsonValue &item : outcome.value().value(QStringLiteral("Items")).toArray())
                ids.append(item.toObject().value(QStringLiteral("TemplateId")).toString());
            const QString next = outcome.value().value(QStringLiteral("NextToken")).toString();
            if (next.isEmpty() || ids.size() >= 1000)
                designer->setTemplates(ids);
            else
                loadTemplates(designer, next, ids);
        });
}

void EditActions::putObjectType(const QJsonObject &request, QObject *context,
                                std::function<void()> saved)
{
    const QString domain = m_window->currentDomain();
    if (domain.isEmpty())
        return;
    QJsonObject input = request;
    input.insert(QStringLiteral("DomainName"), domain);
    const QString name = request.value(QStringLiteral("ObjectTypeName")).toString();
    QPointer<QObject> guard = context;
    send(QStringLiteral("PutProfileObjectType"), input, tr("Object type %1 was saved.").arg(name),
         [this, guard, context, saved = std::move(saved)] {
             m_window->objectTypes()->refresh();
             if (saved && (!context || guard))
                 saved();
         });
}

bool EditActions::deleteCurrentObjectType()
{
    const QString domain = m_window->currentDomain();
    const QString type = m_window->objectTypes()->currentId();
    if (!client() || domain.isEmpty() || type.isEmpty())
        return false;
    if (!prompts::confirmByTyping(
            m_window, tr("Delete object type"),
            tr("Deleting object type %1 deletes all its objects in domain %2 and clears the "
               "profile fields that only it filled. This cannot be undone.")
                .arg(type, domain),
            type))
        return false;
    send(QStringLiteral("DeleteProfileObjectType"),
         {{QStringLiteral("DomainName"), domain}, {QStringLiteral("ObjectTypeName"), type}},
         tr("Object type %1 was deleted.").arg(type),
         [this] { m_window->objectTypes()->refresh(); });
    return true;
}

void EditActions::send(const QString &operation, const QJsonObject &input, const QString &success,
                       std::function<void()> after)
{
    if (!client())
        return;
    client()->call(operation, input, this,
                   [this, operation, success,
                    after = std::move(after)](const client::Outcome<QJsonObject> &outcome) {
                       if (!outcome.ok()) {
                           m_window->messageBar()->showError(outcome.error()); // cancelled too
                       } else {
                           m_window->messageBar()->showInfo(success);
                           after();
                       }
                       Q_EMIT finished(operation, outcome.ok());
                   });
}

void EditActions::refreshOverview()
{
    m_window->overview()->refresh();
}

void EditActions::refreshIntegrations()
{
    m_window->integrations()->refresh();
}

} // namespace cp::views
