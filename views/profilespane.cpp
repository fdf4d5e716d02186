#include "profilespane.h"

#include "actionstate.h"
#include "commandrunner.h"
#include "dialogsubmission.h"
#include "flowlayout.h"
#include "jsonobjectdialog.h"
#include "keydialog.h"
#include "mapping.h"
#include "messagebar.h"
#include "moresearchkeys.h"
#include "objecttype.h"
#include "objecttypesloader.h"
#include "operations.h"
#include "profiledetails.h"
#include "profileeditor.h"
#include "profileobjectsview.h"
#include "prompts.h"
#include "standardprofile.h"
#include "valuelist.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace cp::views {
namespace {

using Column = models::PagedListModel::Column;
using Kind = models::PagedListModel::Kind;

} // namespace

ProfilesPane::ProfilesPane(CommandRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_loader(new models::ObjectTypesLoader(this))
    , m_key(new QComboBox(this))
    , m_values(new QLineEdit(this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_results(new ListPane(QStringLiteral("profileResults"),
                             {{tr("Profile id"), QStringLiteral("ProfileId"), Kind::Text},
                              {tr("First name"), QStringLiteral("FirstName"), Kind::Text},
                              {tr("Last name"), QStringLiteral("LastName"), Kind::Text},
                              // The first address or number the profile has.
                              {tr("Email"), QStringLiteral("EmailAddress"), Kind::Text,
                               {QStringLiteral("PersonalEmailAddress"),
                                QStringLiteral("BusinessEmailAddress")}},
                              {tr("Phone"), QStringLiteral("PhoneNumber"), Kind::Text,
                               {QStringLiteral("MobilePhoneNumber"),
                                QStringLiteral("HomePhoneNumber"),
                                QStringLiteral("BusinessPhoneNumber")}},
                              {tr("Account"), QStringLiteral("AccountNumber"), Kind::Text},
                              // Which key and value found it: several keys may be searched.
                              {tr("Found by"), QStringLiteral("FoundByItems"), Kind::KeyValues}},
                             this))
    , m_moreKeys(new MoreSearchKeys(this))
    , m_profile(new ProfileDetails(this))
    , m_objects(new ProfileObjectsView(this))
{
    setObjectName(QStringLiteral("profilesPane"));
    m_key->setObjectName(QStringLiteral("searchKey"));
    m_key->setEditable(true);
    m_key->setMinimumContentsLength(14);
    m_values->setObjectName(QStringLiteral("searchValues"));
    m_values->setPlaceholderText(tr("value (several: separate with commas)"));
    m_search->setObjectName(QStringLiteral("searchButton"));

    m_results->setPlaceholders(
        tr("Profiles are found by their keys: choose a key, type a value and press Search. "
           "An email address, a phone number, a full name or a profile id will do; separate "
           "several values with commas."),
        tr("No profile holds this value."));

    auto *bar = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_key);
    bar->addWidget(keyLabel);
    bar->addWidget(m_key);
    bar->addWidget(m_values, 1);
    bar->addWidget(m_search);

    auto *actions = new FlowLayout; // wraps when the tab is narrow
    buildActions(actions);

    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_profile);
    details->addWidget(m_objects);
    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(m_results);
    main->addWidget(details);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_moreKeys);
    layout->addLayout(actions);
    layout->addWidget(main);

    connect(m_search, &QPushButton::clicked, this, [this] {
        search(m_key->currentText().trimmed(), commaSeparatedValues(m_values->text()),
               m_moreKeys->additionalKeys(), m_moreKeys->logicalOperator());
    });
    connect(m_values, &QLineEdit::returnPressed, m_search, &QPushButton::click);
    connect(m_moreKeys, &MoreSearchKeys::returnPressed, m_search, &QPushButton::click);
    m_moreKeys->setKeyModel(m_key->model());
    connect(m_results, &ListPane::failed, this, &ProfilesPane::failed);
    connect(m_profile, &ProfileDetails::failed, this, &ProfilesPane::failed);
    connect(m_objects, &ProfileObjectsView::failed, this, &ProfilesPane::failed);
    connect(this, &ProfilesPane::failed, m_runner, &CommandRunner::showError);
    m_results->setIdentity(QStringLiteral("ProfileId"));
    connect(m_results, &ListPane::currentItemChanged, this, &ProfilesPane::showProfile);
    connect(m_results, &ListPane::currentItemChanged, this, &ProfilesPane::updateActions);
    connect(m_objects, &ProfileObjectsView::currentObjectChanged, this,
            &ProfilesPane::updateActions);
    // The domain's own key names come from its object types' definitions, every page.
    m_loader->setFetchDefinitions(true);
    connect(m_loader, &models::ObjectTypesLoader::namesLoaded, this,
            [this](const QStringList &names) {
                m_objects->setTypesNote(QString());
                m_objects->setTypes(names);
            });
    // The Object types tab reports the same listing's failure; here it is only a note.
    connect(m_loader, &models::ObjectTypesLoader::failed, this,
            [this] { m_objects->setTypesNote(objectTypesNote()); });
    connect(m_loader, &models::ObjectTypesLoader::definitionLoaded, this,
            [this](const QJsonObject &type) {
                m_objects->addDefinition(type);
                const QStringList keys = type.value(QStringLiteral("Keys")).toObject().keys();
                for (const QString &key : keys) {
                    if (m_key->findText(key) < 0)
                        m_key->addItem(key);
                }
            });
    connect(m_results, &ListPane::pageLoaded, this, [this] {
        if (!m_reselect.isEmpty() && m_results->selectRow(QStringLiteral("ProfileId"), m_reselect))
            m_reselect.clear();
    });
}

QString ProfilesPane::profileText() const
{
    return m_profile->jsonText();
}

void ProfilesPane::setClient(client::CustomerProfilesClient *client)
{
    m_loader->setClient(client);
    m_results->setClient(client);
    m_objects->setClient(client);
    m_profile->setClient(client);
    setDomain(QString());
}

void ProfilesPane::setDomain(const QString &domain)
{
    m_domain = domain;
    ++m_generation;
    m_results->clear();
    m_objects->setDomain(domain);
    m_profile->setDomain(domain);
    m_profile->clear();
    m_key->clear();
    m_key->addItems(schema::standardprofile::predefinedKeyNames());
    m_key->setCurrentIndex(
        std::max(0, m_key->findText(QStringLiteral("_email")))); // the usual start
    setEnabled(!domain.isEmpty());
    m_loader->load(domain);
    m_objects->setTypesNote(objectTypesNote());
    updateActions();
}

void ProfilesPane::refresh()
{
    m_results->refresh();
    m_objects->refresh();
    reloadObjectTypes();
}

void ProfilesPane::reloadObjectTypes()
{
    if (m_domain.isEmpty())
        return;
    m_loader->load(m_domain);
    // The listed types stay until the new listing answers; only "none" needs a word.
    m_objects->setTypesNote(objectTypesNote());
}

QString ProfilesPane::objectTypesNote() const
{
    if (m_loader->namesKnown() || m_domain.isEmpty())
        return {};
    if (m_loader->hasFailed())
        return tr("The domain's object types could not be listed, so neither can the "
                  "profile's objects. Press Refresh (F5) to try again.");
    return tr("Reading the domain's object types…");
}

// The types may still be arriving (or have failed): the dialog is told, and takes them
// when they come, instead of saying the domain has none.
void ProfilesPane::openPutObjectDialog()
{
    auto *dialog = new JsonObjectDialog(m_loader->names(), window());
    dialog->setTypesNote(objectTypesNote());
    connect(m_loader, &models::ObjectTypesLoader::namesLoaded, dialog,
            [dialog](const QStringList &names) { dialog->setObjectTypes(names); });
    connect(m_loader, &models::ObjectTypesLoader::failed, dialog,
            [this, dialog] { dialog->setTypesNote(objectTypesNote()); });
    DialogSubmission::attach(dialog, m_runner, [this, dialog] {
        putObject(dialog->objectType(), dialog->objectText());
    });
    openDialog(dialog);
}

void ProfilesPane::search(const QString &keyName, const QStringList &values,
                          const QJsonArray &additionalKeys, const QString &logicalOperator)
{
    // Nothing to search for: nothing is sent, and the profile on show stays.
    if (m_domain.isEmpty() || keyName.isEmpty() || values.isEmpty())
        return;
    m_profile->clear();
    m_objects->showProfile(QString());
    QJsonObject input{{QStringLiteral("DomainName"), m_domain},
                      {QStringLiteral("KeyName"), keyName},
                      {QStringLiteral("Values"), QJsonArray::fromStringList(values)}};
    if (!additionalKeys.isEmpty()) {
        input.insert(QStringLiteral("AdditionalSearchKeys"), additionalKeys);
        input.insert(QStringLiteral("LogicalOperator"), logicalOperator);
    }
    m_results->setQuery(schema::ops::SearchProfiles, input);
}

void ProfilesPane::showProfile(const QJsonObject &profile)
{
    m_profile->show(profile);
    m_objects->showProfile(profile.value(QStringLiteral("ProfileId")).toString());
}

} // namespace cp::views

namespace cp::views {

void ProfilesPane::buildActions(FlowLayout *row)
{
    const auto button = [this, row](const QString &text, const QString &name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    m_domainButtons.append(button(tr("&New profile…"), QStringLiteral("newProfileButton"), [this] {
        auto *editor = new ProfileEditor({}, window());
        DialogSubmission::attach(editor, m_runner,
                                 [this, editor] { createProfile(editor->changes()); });
        openDialog(editor);
    }));
    m_profileButtons.append(button(tr("E&dit…"), QStringLiteral("editProfileButton"), [this] {
        const QJsonObject profile = m_results->currentItem();
        if (profile.isEmpty())
            return;
        const QString id = profile.value(QStringLiteral("ProfileId")).toString();
        auto *editor = new ProfileEditor(profile, window());
        DialogSubmission::attach(editor, m_runner,
                                 [this, editor, id] { updateProfile(id, editor->changes()); });
        openDialog(editor);
    }));
    m_profileButtons.append(
        button(tr("De&lete profile"), QStringLiteral("deleteProfileButton"), [this] {
            const QString id = currentProfileId();
            if (!id.isEmpty())
                prompts::confirm(window(), tr("Delete profile"),
                                 tr("Delete profile %1 with its objects and keys?").arg(id),
                                 [this, id] { deleteProfile(id); });
        }));
    m_profileButtons.append(button(tr("&Add key…"), QStringLiteral("addKeyButton"),
                                   [this] { openKeyDialog(KeyDialog::Mode::Add); }));
    m_profileButtons.append(button(tr("Delete ke&y…"), QStringLiteral("deleteKeyButton"),
                                   [this] { openKeyDialog(KeyDialog::Mode::Delete); }));
    m_domainButtons.append(button(tr("P&ut object…"), QStringLiteral("putObjectButton"),
                                  [this] { openPutObjectDialog(); }));
    m_deleteObject = button(tr("Delete o&bject"), QStringLiteral("deleteObjectButton"), [this] {
        const QString id = currentProfileId();
        const QJsonObject object = m_objects->currentObject();
        const QString key = object.value(QStringLiteral("ProfileObjectUniqueKey")).toString();
        // Every type's objects may be listed: the row says which type this one has.
        const QString type = object.value(QStringLiteral("ObjectTypeName")).toString();
        if (!id.isEmpty() && !key.isEmpty())
            prompts::confirm(window(), tr("Delete object"),
                             tr("Delete object %1 of this profile?").arg(key),
                             [this, id, type, key] { deleteObject(id, type, key); });
    });
    m_profileButtons.append(
        button(tr("Find duplicates"), QStringLiteral("findDuplicatesButton"), [this] {
            const QString id = currentProfileId();
            if (!id.isEmpty())
                Q_EMIT findDuplicatesRequested(id);
        }));
}

QString ProfilesPane::currentProfileId() const
{
    return m_results->currentItem().value(QStringLiteral("ProfileId")).toString();
}

void ProfilesPane::updateActions()
{
    const bool domain = !m_domain.isEmpty();
    const bool profile = domain && !currentProfileId().isEmpty();
    const QString chooseDomain = tr("Choose a domain first.");
    const QString chooseProfile = domain ? tr("Find a profile and choose it first.") : chooseDomain;
    for (QPushButton *button : std::as_const(m_domainButtons))
        enableWithReason(button, domain, chooseDomain);
    for (QPushButton *button : std::as_const(m_profileButtons))
        enableWithReason(button, profile, chooseProfile);
    const bool object = profile && !m_objects->currentObject()
                                        .value(QStringLiteral("ProfileObjectUniqueKey"))
                                        .toString()
                                        .isEmpty();
    enableWithReason(m_deleteObject, object,
                     profile ? tr("Choose one of the profile's objects first.") : chooseProfile);
}

// The key is chosen in the dialog (the search's key first); it stays open until the
// service has answered.
KeyDialog *ProfilesPane::openKeyDialog(KeyDialog::Mode mode)
{
    const QJsonObject profile = m_results->currentItem();
    const QString id = profile.value(QStringLiteral("ProfileId")).toString();
    if (id.isEmpty())
        return nullptr;
    QStringList keys;
    for (int i = 0; i < m_key->count(); ++i)
        keys.append(m_key->itemText(i));
    auto *dialog = new KeyDialog(mode, keys, profile, m_key->currentText(), window());
    DialogSubmission::attach(dialog, m_runner, [this, dialog, id, mode] {
        if (mode == KeyDialog::Mode::Add)
            addKey(id, dialog->keyName(), dialog->values());
        else
            deleteKey(id, dialog->keyName(), dialog->values());
    });
    return openDialog(dialog);
}

void ProfilesPane::run(const QString &operation, QJsonObject input, const QString &doneMessage,
                       std::function<void(const QJsonObject &)> then)
{
    if (m_domain.isEmpty())
        return;
    input.insert(QStringLiteral("DomainName"), m_domain);
    const quint64 generation = m_generation;
    // The message shows even if the user moved on; what follows only on the same domain.
    m_runner->run({operation, input, doneMessage,
                   [this, generation, then = std::move(then)](const QJsonObject &answer) {
                       if (generation == m_generation && then)
                           then(answer);
                   },
                   this});
}

void ProfilesPane::createProfile(const QJsonObject &fields)
{
    run(schema::ops::CreateProfile, fields, tr("The profile was created."),
        [this](const QJsonObject &answer) {
            const QString id = answer.value(QStringLiteral("ProfileId")).toString();
            m_key->setCurrentText(QStringLiteral("_profileId"));
            m_values->setText(id);
            search(QStringLiteral("_profileId"), {id});
        });
}

void ProfilesPane::updateProfile(const QString &profileId, const QJsonObject &changes)
{
    QJsonObject input = changes;
    input.insert(QStringLiteral("ProfileId"), profileId);
    run(schema::ops::UpdateProfile, input, tr("The profile was saved."),
        [this, profileId](const QJsonObject &) {
            m_reselect = profileId; // show the saved profile as the service now has it
            refresh();
            Q_EMIT profileSaved(profileId);
        });
}

void ProfilesPane::deleteProfile(const QString &profileId)
{
    run(schema::ops::DeleteProfile, {{QStringLiteral("ProfileId"), profileId}},
        tr("The profile was deleted."), [this, profileId](const QJsonObject &) {
            refresh();
            Q_EMIT profileDeleted(profileId);
        });
}

void ProfilesPane::addKey(const QString &profileId, const QString &keyName,
                          const QStringList &values)
{
    run(schema::ops::AddProfileKey,
        {{QStringLiteral("ProfileId"), profileId},
         {QStringLiteral("KeyName"), keyName},
         {QStringLiteral("Values"), QJsonArray::fromStringList(values)}},
        tr("Key %1 was added to the profile.").arg(keyName));
}

void ProfilesPane::deleteKey(const QString &profileId, const QString &keyName,
                             const QStringList &values)
{
    run(schema::ops::DeleteProfileKey,
        {{QStringLiteral("ProfileId"), profileId},
         {QStringLiteral("KeyName"), keyName},
         {QStringLiteral("Values"), QJsonArray::fromStringList(values)}},
        tr("Key %1 was removed from the profile.").arg(keyName));
}

void ProfilesPane::putObject(const QString &objectType, const QString &objectJson)
{
    run(schema::ops::PutProfileObject,
        {{QStringLiteral("ObjectTypeName"), objectType}, {QStringLiteral("Object"), objectJson}},
        tr("The object was stored."), [this, objectType, objectJson](const QJsonObject &) {
            m_objects->refresh();
            tellWhereStored(objectType, objectJson);
        });
}

// The answer names no profile: the type's UNIQUE key, evaluated on the object as the
// service does, finds the profile that now holds it; the message then says which, with a
// link that shows it. Where that cannot be told, the plain message stays.
void ProfilesPane::tellWhereStored(const QString &objectType, const QString &objectJson)
{
    client::CustomerProfilesClient *client = m_runner->client();
    if (!client)
        return;
    const QString domain = m_domain;
    const quint64 generation = m_generation;
    client->call(
        schema::ops::GetProfileObjectType,
        {{QStringLiteral("DomainName"), domain}, {QStringLiteral("ObjectTypeName"), objectType}},
        this, [this, client, domain, generation, objectJson](const client::Outcome<QJsonObject> &type) {
            if (!type.ok() || generation != m_generation)
                return;
            const schema::MappingResult mapping = schema::evaluateMapping(
                schema::ObjectTypeDefinition::fromJson(type.value()),
                QJsonDocument::fromJson(objectJson.toUtf8()).object());
            if (!mapping.uniqueKeyValue || mapping.uniqueKeyName.isEmpty())
                return;
            client->call(schema::ops::SearchProfiles,
                         {{QStringLiteral("DomainName"), domain},
                          {QStringLiteral("KeyName"), mapping.uniqueKeyName},
                          {QStringLiteral("Values"), QJsonArray{*mapping.uniqueKeyValue}}},
                         this, [this, generation](const client::Outcome<QJsonObject> &found) {
                             const QJsonArray items =
                                 found.ok() ? found->value(QStringLiteral("Items")).toArray()
                                            : QJsonArray();
                             if (generation != m_generation || items.size() != 1)
                                 return;
                             showStoredOn(
                                 items.first().toObject().value(QStringLiteral("ProfileId")).toString());
                         });
        });
}

void ProfilesPane::showStoredOn(const QString &profileId)
{
    m_runner->messageBar()->showInfo(tr("The object was stored on profile %1.").arg(profileId),
                                     tr("Show the profile"), [this, profileId] {
                                         m_key->setCurrentText(QStringLiteral("_profileId"));
                                         m_values->setText(profileId);
                                         m_reselect = profileId;
                                         search(QStringLiteral("_profileId"), {profileId});
                                     },
                                     m_domain);
}

void ProfilesPane::deleteObject(const QString &profileId, const QString &objectType,
                                const QString &objectKey)
{
    run(schema::ops::DeleteProfileObject,
        {{QStringLiteral("ProfileId"), profileId},
         {QStringLiteral("ObjectTypeName"), objectType},
         {QStringLiteral("ProfileObjectUniqueKey"), objectKey}},
        tr("The object was deleted."), [this](const QJsonObject &) { m_objects->refresh(); });
}

} // namespace cp::views

namespace cp::views {

ListPane *ProfilesPane::objects() const
{
    return m_objects->objects();
}

QComboBox *ProfilesPane::objectTypePicker() const
{
    return m_objects->typePicker();
}

} // namespace cp::views
