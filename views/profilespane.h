#pragma once

#include "listpane.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cp::views {

class ProfileDetails;

// Find profiles by key (a predefined key or one the domain's object types define) and
// inspect one: its fields and, per object type, its objects as pretty JSON.
class ProfilesPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilesPane(QWidget *parent = nullptr);

    void setClient(client::CustomerProfilesClient *client);
    void setDomain(const QString &domain);
    void search(const QString &keyName, const QStringList &values);
    void refresh();

    // What the buttons do once their dialog is answered (tests call these directly).
    void createProfile(const QJsonObject &fields);
    void updateProfile(const QString &profileId, const QJsonObject &changes);
    void deleteProfile(const QString &profileId);
    void addKey(const QString &profileId, const QString &keyName, const QStringList &values);
    void deleteKey(const QString &profileId, const QString &keyName, const QStringList &values);
    void putObject(const QString &objectType, const QString &objectJson);
    void deleteObject(const QString &profileId, const QString &objectType,
                      const QString &objectKey);

    ListPane *results() const { return m_results; }
    ListPane *objects() const { return m_objects; }
    QComboBox *keyPicker() const { return m_key; }
    QString profileText() const;
    ProfileDetails *profileDetails() const { return m_profile; }

Q_SIGNALS:
    void failed(const cp::client::ServiceError &error);
    void done(const QString &message);

private:
    void loadKeyNames();
    void showProfile(const QJsonObject &profile);
    void listObjects();
    void buildActions(QHBoxLayout *row);
    void run(const QString &operation, QJsonObject input, const QString &doneMessage,
             std::function<void(const QJsonObject &)> then = {});

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    QComboBox *m_key;
    QLineEdit *m_values;
    QPushButton *m_search;
    ListPane *m_results;
    ProfileDetails *m_profile;
    QComboBox *m_objectType;
    ListPane *m_objects;
    QPlainTextEdit *m_object;
    quint64 m_generation = 0;
    QString m_reselect; // the profile to select again once the results are back
};

} // namespace cp::views
