#pragma once

#include "core/client.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace cp::models {
class ObjectTypesLoader;
}

namespace cp::views {

// Add or edit an integration (PutIntegration, which replaces the whole integration): a
// source URI (an AppFlow flow, S3, EventBridge or Kinesis ARN...), the object type its
// records are ingested as (picked from every page of the domain's object types, or
// typed), the object type per event type (ObjectTypeNames), the role, the event trigger
// and the scope. Editing starts from GetIntegration's complete answer and sends back the
// members it has no field for (FlowDefinition...) as they were. Adding on a URI that
// already has an integration says so and offers to edit that one; a URI that is not an
// ARN is warned about. Checked as typed.
class IntegrationDialog : public QDialog
{
    Q_OBJECT
public:
    IntegrationDialog(client::CustomerProfilesClient *client, const QString &domain,
                      QWidget *parent = nullptr);

    // Switches to editing `integration` (a GetIntegration answer): its URI is fixed.
    void edit(const QJsonObject &integration);
    // Adding, for this object type (chosen once the domain's types are listed).
    void chooseObjectType(const QString &name);
    bool isEditing() const { return m_editing; }

    // The PutIntegration parameters as entered, with the kept members.
    QJsonObject input() const;
    bool isValid() const { return m_valid; }
    QStringList objectTypes() const;
    bool isLoading() const;
    // The integration that already uses the typed URI (adding), or an empty object.
    QJsonObject existing() const { return m_existing; }

    QLineEdit *uriEdit() const { return m_uri; }
    QComboBox *objectTypeBox() const { return m_objectType; }

Q_SIGNALS:
    void objectTypesLoaded();
    void existingChecked();
    void failed(const cp::client::ServiceError &error);

private:
    void showObjectTypes(const QStringList &names);
    void checkExisting();
    void revalidate();
    void fitHeight();
    QJsonObject objectTypeNames(QString *problem) const;

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    QLineEdit *m_uri;
    QComboBox *m_objectType;
    QString m_chosenType; // chooseObjectType() before the types were listed
    QPlainTextEdit *m_objectTypeNames;
    QLineEdit *m_roleArn;
    QLineEdit *m_eventTrigger;
    QComboBox *m_scope;
    QLabel *m_status;
    QLabel *m_uriError;
    QLabel *m_uriNote;
    QLabel *m_existingNote;
    QPushButton *m_editExisting;
    QLabel *m_typeError;
    QLabel *m_otherError;
    QDialogButtonBox *m_buttons;
    QTimer *m_existingTimer;
    models::ObjectTypesLoader *m_loader;
    QPointer<client::Call> m_existingCall;
    QJsonObject m_existing;
    QJsonObject m_kept; // request members without a field here (FlowDefinition...)
    bool m_editing = false;
    bool m_valid = false;
};

} // namespace cp::views
