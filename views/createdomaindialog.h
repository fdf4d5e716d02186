#pragma once

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cp::views {

// Create a domain: every field is checked against the service's rules as it is typed,
// with the reason under the field, and OK stays disabled until the request is valid.
class CreateDomainDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateDomainDialog(QWidget *parent = nullptr);

    // The CreateDomain parameters as entered.
    QJsonObject input() const;
    bool isValid() const;

private:
    void revalidate();

    QLineEdit *m_name;
    QSpinBox *m_expiration;
    QLineEdit *m_encryptionKey;
    QLineEdit *m_deadLetterQueue;
    QLabel *m_nameError;
    QLabel *m_keyError;
    QLabel *m_queueError;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
};

} // namespace cp::views
