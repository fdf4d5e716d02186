#pragma once

#include "listpane.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cp::views {

// A profile's objects: of every object type of the domain at once (one ListProfileObjects
// per type, shown as one table with the type in a column; the standard asset, case and
// order objects too once a type maps to them), or of one type, then filtered by one of
// its keys (ObjectFilter) where the service allows it. The chosen object shows as JSON.
class ProfileObjectsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileObjectsView(QWidget *parent = nullptr);

    void setClient(client::CustomerProfilesClient *client);
    void setDomain(const QString &domain);
    // The domain's object types; the chosen one stays chosen when it still exists.
    void setTypes(const QStringList &names);
    // Why no type is listed while the types are unknown ("Reading…", "could not be
    // listed"); empty once they are known, when no type means the domain has none.
    void setTypesNote(const QString &note);
    // A type's definition: its keys become filters, its targets tell which standard
    // objects the domain can hold.
    void addDefinition(const QJsonObject &type);
    // Lists the objects of this profile (none: empties the table).
    void showProfile(const QString &profileId);
    // Lists again, keeping the chosen object where it still exists.
    void refresh();

    // The chosen object's row (ObjectTypeName, ProfileObjectUniqueKey, Object).
    QJsonObject currentObject() const { return m_objects->currentItem(); }
    ListPane *objects() const { return m_objects; }
    // "All object types" (empty data) first, then the domain's types.
    QComboBox *typePicker() const { return m_type; }
    QComboBox *filterKeyPicker() const { return m_filterKey; }
    QLineEdit *filterValues() const { return m_filterValues; }
    // The type listed (empty: every type).
    QString chosenType() const;

Q_SIGNALS:
    void currentObjectChanged(const QJsonObject &item);
    void failed(const cp::client::ServiceError &error);

private:
    void list();
    void updateFilter();
    QStringList listedTypes() const;

    QString m_domain;
    QString m_profileId;
    QComboBox *m_type;
    QComboBox *m_filterKey;
    QLineEdit *m_filterValues;
    QLabel *m_filterNote;
    ListPane *m_objects;
    QPlainTextEdit *m_json;
    QHash<QString, QStringList> m_keysByType;
    QSet<QString> m_standardTypesUsed; // "_asset"... that some type maps to
    QString m_typesNote;
};

} // namespace cp::views
