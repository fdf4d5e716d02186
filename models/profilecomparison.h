#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace cp::models {

// Profiles of one match group side by side: one row per field any of them has (nested
// addresses and attributes flattened: "Address.City", "Attributes.tier"), the value of
// each profile, and whether they differ. Also what MergeProfiles' FieldSourceProfileIds
// can choose for a field: a member of the request's shape (an address and
// EngagementPreferences are one member each), or one attribute.
namespace comparison {

struct Field
{
    QString path;        // "FirstName", "Address.City", "Attributes.tier"
    QString source;      // the FieldSourceProfileIds member: "FirstName", "Address", "Attributes.tier"
    QStringList values;  // one per profile, as text; empty where the profile has none
    bool differs = false;
};

// Every field the profiles hold, in the order of the model's Profile shape (members it
// does not know last); ProfileId and FoundByItems are left out.
QList<Field> compare(const QList<QJsonObject> &profiles);
// The FieldSourceProfileIds member a field path belongs to.
QString sourceOf(const QString &path);
// Whether MergeProfiles lets the caller choose where `source` comes from (the model's
// FieldSourceProfileIds lists it, or it is an attribute).
bool isChoosable(const QString &source);
// A profile's value of a source member as text ("Address": its parts joined).
QString sourceValue(const QJsonObject &profile, const QString &source);
// {"FirstName": id, "Attributes": {"tier": id}} from source -> profile id.
QJsonObject fieldSourceProfileIds(const QMap<QString, QString> &choices);
// A value as shown: text as it is, anything else as compact JSON.
QString text(const QJsonValue &value);
// A profile in a column header: its name and the start of its id ("Ana Silva · d845e6df").
QString columnLabel(const QJsonObject &profile);

} // namespace comparison

// The side-by-side table: column 0 the field (with a "≠" marker where the profiles
// differ), then one column per profile. Differing rows have a background, a bold font
// and a tooltip saying so (not colour alone).
class ProfileComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { DiffersRole = Qt::UserRole + 1, PathRole };

    explicit ProfileComparisonModel(QObject *parent = nullptr);

    void setProfiles(const QList<QJsonObject> &profiles);
    const QList<QJsonObject> &profiles() const { return m_profiles; }
    const QList<comparison::Field> &fields() const { return m_fields; }
    // The row of a field path, -1 when no profile has it.
    int rowOf(const QString &path) const;
    int differingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_profiles;
    QList<comparison::Field> m_fields;
};

} // namespace cp::models
