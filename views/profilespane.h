#pragma once

#include "listpane.h"

#include <QPointer>
#include "keydialog.h"

#include <QJsonArray>
#include <QWidget>
#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace cp::models {
class ObjectTypesLoader;
}

namespace cp::views {

class CommandRunner;
class FlowLayout;
class ProfileDetails;
class MoreSearchKeys;
class ProfileObjectsView;

// Find profiles by key (a predefined key or one the domain's object types define) and
// inspect one: its fields and its objects (ProfileObjectsView). Owns the
// commands on profiles, keys and objects; each is disabled, saying why, while it cannot
// run, and runs through the main window's CommandRunner.
class ProfilesPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilesPane(CommandRunner *runner, QWidget *parent = nullptr);

    void setClient(client::CustomerProfilesClient *client);
    void setDomain(const QString &domain);
    // SearchProfiles; with additional keys, LogicalOperator ("AND", "OR") joins them.
    void search(const QString &keyName, const QStringList &values,
                const QJsonArray &additionalKeys = {}, const QString &logicalOperator = {});
    // Lists again what is shown (the search, the object types, the objects), keeping
    // the chosen profile, object type and object where they still exist.
    void refresh();
    // The domain's object types changed (a type saved or deleted): Put object… and the
    // key list offer them at once.
    void reloadObjectTypes();

    // What the buttons do once their dialog is answered (tests call these directly).
    void createProfile(const QJsonObject &fields);
    void updateProfile(const QString &profileId, const QJsonObject &changes);
    void deleteProfile(const QString &profileId);
    void addKey(const QString &profileId, const QString &keyName, const QStringList &values);
    void deleteKey(const QString &profileId, const QString &keyName, const QStringList &values);
    void putObject(const QString &objectType, const QString &objectJson);
    // Add key… / Delete key…: the dialog for the current profile (null without one).
    KeyDialog *openKeyDialog(KeyDialog::Mode mode);
    void deleteObject(const QString &profileId, const QString &objectType,
                      const QString &objectKey);

    ListPane *results() const { return m_results; }
    ListPane *objects() const;
    QComboBox *keyPicker() const { return m_key; }
    MoreSearchKeys *moreKeys() const { return m_moreKeys; }
    QString profileText() const;
    ProfileDetails *profileDetails() const { return m_profile; }
    QComboBox *objectTypePicker() const;
    ProfileObjectsView *objectsView() const { return m_objects; }
    // The domain's object types, every page (their names and key names).
    models::ObjectTypesLoader *objectTypesLoader() const { return m_loader; }

Q_SIGNALS:
    void failed(const cp::client::ServiceError &error);
    // "Find duplicates" on the current profile: the main window opens its match group.
    void findDuplicatesRequested(const QString &profileId);
    // A profile was saved, or deleted, here: other views showing it read it again.
    void profileSaved(const QString &profileId);
    void profileDeleted(const QString &profileId);

private:
    void showProfile(const QJsonObject &profile);
    void buildActions(FlowLayout *row);
    void updateActions();
    // While the object types are unknown: why (reading, or failed), else empty.
    QString objectTypesNote() const;
    void openPutObjectDialog();
    QString currentProfileId() const;
    void tellWhereStored(const QString &objectType, const QString &objectJson);
    void showStoredOn(const QString &profileId);
    void run(const QString &operation, QJsonObject input, const QString &doneMessage,
             std::function<void(const QJsonObject &)> then = {});

    CommandRunner *m_runner;
    models::ObjectTypesLoader *m_loader;
    QString m_domain;
    QComboBox *m_key;
    QLineEdit *m_values;
    QPushButton *m_search;
    ListPane *m_results;
    MoreSearchKeys *m_moreKeys;
    ProfileDetails *m_profile;
    ProfileObjectsView *m_objects;
    QList<QPushButton *> m_domainButtons;  // need a domain
    QList<QPushButton *> m_profileButtons; // need a profile
    QPushButton *m_deleteObject = nullptr;
    quint64 m_generation = 0;
    QString m_reselect; // the profile to select again once the results are back
};

} // namespace cp::views
