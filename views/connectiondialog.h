#pragma once

#include "connectionconfig.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace cp::views {

// Define a connection: a name, an AWS profile or access keys, a region and an
// optional endpoint URL. Checked as typed; the secret is handed back, never stored here.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(const QStringList &awsProfiles, const QStringList &takenNames,
                     QWidget *parent = nullptr);

    models::ConnectionConfig config() const;
    QString secret() const;
    bool isValid() const { return m_valid; }

private:
    void revalidate();

    QStringList m_takenNames;
    QLineEdit *m_name;
    QRadioButton *m_useProfile;
    QRadioButton *m_useKeys;
    QComboBox *m_profile;
    QLineEdit *m_accessKeyId;
    QLineEdit *m_secret;
    QComboBox *m_region;
    QLineEdit *m_endpoint;
    QCheckBox *m_skipTlsCheck;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
};

} // namespace cp::views
