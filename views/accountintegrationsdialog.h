#pragma once

#include "core/client.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cp::views {

class ListPane;

// The integrations of one source URI across every domain of the account
// (ListAccountIntegrations), paged like every other listing.
class AccountIntegrationsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountIntegrationsDialog(client::CustomerProfilesClient *client,
                                       QWidget *parent = nullptr);

    // Lists the integrations of `uri`; does nothing (and says why) when it is not valid.
    bool find(const QString &uri);
    QLineEdit *uriEdit() const { return m_uri; }
    ListPane *results() const { return m_results; }

Q_SIGNALS:
    void failed(const cp::client::ServiceError &error);

private:
    QString revalidate();

    QLineEdit *m_uri;
    QPushButton *m_find;
    QLabel *m_uriError;
    ListPane *m_results;
};

} // namespace cp::views
