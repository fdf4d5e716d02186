#pragma once

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QPlainTextEdit;
class QTabWidget;

namespace cp::views {

// One profile, read-only: a form of the fields it has (addresses and attributes
// grouped), and the same profile as JSON.
class ProfileDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileDetails(QWidget *parent = nullptr);

    void show(const QJsonObject &profile);
    void clear() { show({}); }
    QString jsonText() const;
    // The form's value for a field path ("FirstName", "BillingAddress.City",
    // "Attributes.tier"); empty when the form does not show it.
    QString formValue(const QString &path) const;

private:
    QWidget *m_form;
    QFormLayout *m_layout;
    QPlainTextEdit *m_json;
    QTabWidget *m_tabs;
};

} // namespace cp::views
