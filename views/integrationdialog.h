#pragma once

#include "core/client.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cp::views {

// Add an integration (PutIntegration): a source URI (an AppFlow flow, S3 or EventBridge
// ARN...) and the object type its records are ingested as, picked from the domain's
// object types (ListProfileObjectTypes, every page) or typed. Checked as typed.
class IntegrationDialog : public QDialog
{
    Q_OBJECT
public:
    IntegrationDialog(client::CustomerProfilesClient *client, const QString &domain,
                      QWidget *parent = nullptr);

    // The PutIntegration parameters as entered.
    QJsonObject input() const;
    bool isValid() const { return m_valid; }
    QStringList objectTypes() const;
    bool isLoading() const { return !m_call.isNull(); }

    QLineEdit *uriEdit() const { return m_uri; }
    QComboBox *objectTypeBox() const { return m_objectType; }

Q_SIGNALS:
    void objectTypesLoaded();
    void failed(const cp::client::ServiceError &error);

private:
    void fetchObjectTypes(client::CustomerProfilesClient *client, const QString &nextToken);
    void revalidate();

    QString m_domain;
    QLineEdit *m_uri;
    QComboBox *m_objectType;
    QLabel *m_status;
    QLabel *m_uriError;
    QLabel *m_typeError;
    QDialogButtonBox *m_buttons;
    QPointer<client::Call> m_call;
    bool m_valid = false;
};

} // namespace cp::views
