#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QMap>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace cp::views {

// Merge… for the profiles of a match group: which profile stays (the main one, whose id
// is kept), and for each field the profiles disagree on, which profile supplies it (a
// checkable cell per profile, one per row; MergeProfiles' FieldSourceProfileIds). A
// summary says what will happen: the others' keys and objects move to the main profile,
// which then holds the chosen values, and the others are deleted. What is sent is
// request(); the caller confirms and sends it (DialogSubmission keeps the dialog, with
// every choice, until the service has answered).
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    // `profiles` as BatchGetProfile answers them (2 to 20); `why` says why they match.
    MergeDialog(const QList<QJsonObject> &profiles, const QString &why,
                QWidget *parent = nullptr);

    QString mainProfileId() const;
    void setMainProfile(const QString &profileId);
    QStringList mergedProfileIds() const;
    // The field sources that can be chosen ("FirstName", "Address", "Attributes.tier"),
    // in the table's order.
    QStringList choosableSources() const;
    // The profile chosen for a source, empty when it cannot be chosen.
    QString sourceProfile(const QString &source) const;
    void chooseSource(const QString &source, const QString &profileId);
    // MergeProfiles' input without DomainName.
    QJsonObject request() const;
    // What the merge will do, in sentences (also the confirmation's text).
    QString summary() const;

    QTableWidget *fieldsTable() const { return m_fields; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void buildFields();
    void onItemChanged(QTableWidgetItem *item);
    void updateSummary();
    QString label(const QString &profileId) const;

    QList<QJsonObject> m_profiles;
    QStringList m_ids;
    QButtonGroup *m_main;
    QTableWidget *m_fields;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QStringList m_sources;            // row -> field source
    QMap<QString, bool> m_chosenByUser; // sources the user chose (the others follow the main)
    bool m_updating = false;
};

} // namespace cp::views
