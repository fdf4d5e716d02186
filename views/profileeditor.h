#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;
class QToolButton;

namespace cp::views {

// Create or edit a profile: a field for every string member the model's request has, the
// four addresses and the attributes. UpdateProfile tells "absent" (keep) from "" (clear),
// so clearing is an explicit act per field: its ✕ button marks the field to be cleared,
// and the form shows it; a field left as it was is not sent at all, so members the form
// does not show (EngagementPreferences) stay as they are. A member whose shape is an enum
// (Gender, PartyType, ProfileType) is a choice of the model's values, plus the stored
// value when a newer release gave it one the model lacks: what is stored is never lost.
class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    // profile: the current profile (empty to create one).
    explicit ProfileEditor(const QJsonObject &profile, QWidget *parent = nullptr);

    bool isCreating() const { return m_original.isEmpty(); }
    // CreateProfile or UpdateProfile parameters (without DomainName and ProfileId).
    QJsonObject changes() const;
    bool isValid() const { return m_valid; }

    // For tests and keyboard users: the editor of a field path ("FirstName",
    // "BillingAddress.City") and marking it to be cleared.
    QLineEdit *field(const QString &path) const { return m_fields.value(path); }
    // The choice of an enum member ("Gender"); its first entry means "not set".
    QComboBox *choice(const QString &path) const { return m_choices.value(path); }
    void markCleared(const QString &path, bool cleared = true);
    bool isMarkedCleared(const QString &path) const { return m_cleared.contains(path); }

private:
    void addField(QFormLayout *form, const QString &path, const QString &label);
    void addChoice(QFormLayout *form, const QString &path, const QString &label,
                   const QStringList &values);
    void addRow(QFormLayout *form, const QString &path, const QString &label, QWidget *editor);
    // What a field or choice holds now ("" for a choice left at "not set").
    QString currentValue(const QString &path) const;
    QString originalValue(const QString &path) const;
    void revalidate();

    QJsonObject m_original;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QComboBox *> m_choices;
    QSet<QString> m_cleared;
    QTableWidget *m_attributes;
    QStringList m_removedAttributes;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
};

} // namespace cp::views
