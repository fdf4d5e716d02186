#pragma once

#include "listpane.h"

#include <QPointer>
#include <QWidget>

class QPlainTextEdit;

namespace cp::views {

// A profile's history (ListProfileHistoryRecords), newest first as the service lists it:
// when, what was done, to which object, by whom. The chosen record's content
// (GetProfileHistoryRecord) shows as JSON under the list.
class ProfileHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileHistoryView(QWidget *parent = nullptr);

    void setClient(client::CustomerProfilesClient *client);
    void setDomain(const QString &domain);
    // Lists the history of this profile of the domain (none: empties the list).
    void showProfile(const QString &profileId);

    ListPane *records() const { return m_records; }
    // The chosen record's content as shown, empty while none is chosen or loaded.
    QString contentText() const;

Q_SIGNALS:
    void failed(const cp::client::ServiceError &error);

private:
    void open(const QJsonObject &record);

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    QString m_profileId;
    ListPane *m_records;
    QPlainTextEdit *m_content;
    QPointer<client::Call> m_call;
    quint64 m_generation = 0; // answers for an earlier choice are dropped
};

} // namespace cp::views
