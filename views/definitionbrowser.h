#pragma once

#include "listpane.h"

#include <QPointer>
#include <QWidget>

namespace cp::views {

class ObjectTypeDetails;

// A list of object types (or of templates) beside the selected one's fields and keys,
// which are fetched when the selection changes (an older answer is dropped).
class DefinitionBrowser : public QWidget
{
    Q_OBJECT
public:
    struct Spec
    {
        QString objectName;
        QString listOperation; // ListProfileObjectTypes / ListProfileObjectTypeTemplates
        QString getOperation;  // GetProfileObjectType / GetProfileObjectTypeTemplate
        QString idMember;      // ObjectTypeName / TemplateId
        QList<models::PagedListModel::Column> columns;
        bool perDomain = true;
    };
    explicit DefinitionBrowser(Spec spec, QWidget *parent = nullptr);

    void setClient(client::CustomerProfilesClient *client);
    void setDomain(const QString &domain);
    void refresh();
    ListPane *list() const { return m_list; }
    ObjectTypeDetails *details() const { return m_details; }
    QString currentId() const;
    QString domain() const { return m_domain; }

Q_SIGNALS:
    void failed(const cp::client::ServiceError &error);

private:
    void load(const QJsonObject &item);

    Spec m_spec;
    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    ListPane *m_list;
    ObjectTypeDetails *m_details;
    QPointer<client::Call> m_call;
    quint64 m_generation = 0;
};

} // namespace cp::views
