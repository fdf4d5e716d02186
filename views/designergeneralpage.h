#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cp::models {
class ObjectTypeDocument;
}

namespace cp::views {

// The designer's General tab: name (fixed once saved, checked as typed with the reason under
// it), description, template, expiration days, encryption key and AllowProfileCreation. Each
// edit goes to the document (and its undo stack); the document's changes come back here.
class DesignerGeneralPage : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerGeneralPage(models::ObjectTypeDocument *document, QWidget *parent = nullptr);

    // Why the name typed is not allowed, or an empty string.
    QString nameProblem() const;

private:
    void refresh();

    models::ObjectTypeDocument *m_document;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLineEdit *m_description;
    QLabel *m_templateId;
    QSpinBox *m_expirationDays;
    QLineEdit *m_encryptionKey;
    QCheckBox *m_allowProfileCreation;
};

} // namespace cp::views
