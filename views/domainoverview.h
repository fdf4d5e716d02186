#pragma once

#include "core/client.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QFormLayout;
class QHBoxLayout;
class QLabel;

namespace cp::views {

// A domain's settings and statistics (GetDomain), fetched when the domain changes.
class DomainOverview : public QWidget
{
    Q_OBJECT
public:
    explicit DomainOverview(QWidget *parent = nullptr);

    void setClient(client::CustomerProfilesClient *client);
    void setDomain(const QString &domain);
    void refresh();
    // A button under the values for a command on the domain (Edit domain…, Edit tags…).
    void addCommand(QAction *action);
    QJsonObject domain() const { return m_domain; }
    QString valueText(const QString &objectName) const;

Q_SIGNALS:
    void failed(const cp::client::ServiceError &error);

private:
    void show(const QJsonObject &domain);
    QLabel *addRow(const QString &label, const QString &objectName);
    QHBoxLayout *m_commands = nullptr;

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_name;
    QJsonObject m_domain;
    QFormLayout *m_form;
    QList<QLabel *> m_values;
    QPointer<client::Call> m_call;
    quint64 m_generation = 0;
};

} // namespace cp::views
