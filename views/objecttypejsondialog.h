#pragma once

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace cp::views {

// Edit an object type as the PutProfileObjectType request it is (JSON), checked as
// typed against the service's rules; the form-based designer builds on the same request.
class ObjectTypeJsonDialog : public QDialog
{
    Q_OBJECT
public:
    // definition: the object type as GetProfileObjectType returned it (or empty for a new one).
    explicit ObjectTypeJsonDialog(const QJsonObject &definition, QWidget *parent = nullptr);

    // The PutProfileObjectType parameters (without DomainName).
    QJsonObject request() const;
    bool isValid() const { return m_valid; }
    QString problems() const;
    QPlainTextEdit *editor() const { return m_editor; }

    // The editable request of a stored object type: read-only members removed.
    static QJsonObject editableRequest(const QJsonObject &definition);

private:
    void revalidate();

    QString m_fixedName; // an object type's name cannot change once it exists
    QPlainTextEdit *m_editor;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
};

} // namespace cp::views
