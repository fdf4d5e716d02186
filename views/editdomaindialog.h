#pragma once

#include "core/client.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cp::views {
class DomainMatchingPage;
}

namespace cp::views {

// Edit a domain's settings (UpdateDomain), prefilled from GetDomain: expiration, encryption
// key and dead-letter queue on the General tab, the identity-resolution settings
// (RuleBasedMatching, Matching, DataStore) on their own. Only the members the user changed
// are sent, whole; emptying the encryption key or the dead-letter queue removes it (sends
// "") and says so under the field. Checked as typed; OK waits for a valid change.
class EditDomainDialog : public QDialog
{
    Q_OBJECT
public:
    EditDomainDialog(client::CustomerProfilesClient *client, const QString &domain,
                     QWidget *parent = nullptr);

    // Prefills from a GetDomain answer (what the constructor's call does).
    void setDomain(const QJsonObject &domain);
    bool isLoaded() const { return m_loaded; }
    // The UpdateDomain parameters: DomainName and the changed members only.
    QJsonObject input() const;
    bool hasChanges() const;
    bool isValid() const { return m_valid; }

Q_SIGNALS:
    void loaded();
    void failed(const cp::client::ServiceError &error);

private:
    void revalidate();

    QString m_name;
    QJsonObject m_original;
    QSpinBox *m_expiration;
    QLineEdit *m_encryptionKey;
    QLineEdit *m_deadLetterQueue;
    QLabel *m_status;
    QLabel *m_keyError;
    QLabel *m_keyNote;
    QLabel *m_queueError;
    QLabel *m_queueNote;
    DomainMatchingPage *m_matching;
    QDialogButtonBox *m_buttons;
    QPointer<client::Call> m_call;
    bool m_loaded = false;
    bool m_valid = false;
};

} // namespace cp::views
