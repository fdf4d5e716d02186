#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QPlainTextEdit;
class QTabWidget;

namespace cp::client {
class CustomerProfilesClient;
} // namespace cp::client

namespace cp::views {

class ProfileHistoryView;

// One profile, read-only: a form of the fields it has (addresses and attributes
// grouped), the same profile as JSON, and its history.
class ProfileDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileDetails(QWidget *parent = nullptr);

    // Where the history tab lists from.
    void setClient(client::CustomerProfilesClient *client);
    void setDomain(const QString &domain);

    void show(const QJsonObject &profile);
    void clear() { show({}); }
    QString jsonText() const;
    // The form's value for a field path ("FirstName", "BillingAddress.City",
    // "Attributes.tier"); empty when the form does not show it.
    QString formValue(const QString &path) const;
    ProfileHistoryView *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void failed(const cp::client::ServiceError &error);

private:
    QWidget *m_form;
    QFormLayout *m_layout;
    QPlainTextEdit *m_json;
    QTabWidget *m_tabs;
    ProfileHistoryView *m_history;
};

} // namespace cp::views
