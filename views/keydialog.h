#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cp::views {

// Add a key to a profile, or remove one: the key is chosen in the dialog (any key of the
// domain; for removal the keys the profile is known to hold come first, each with its
// values filled in) and the values are typed, separated by commas.
class KeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Delete };

    // `keyNames`: the domain's keys; `profile`: the profile as SearchProfiles gave it
    // (its members, and FoundByItems: the keys it was found by).
    KeyDialog(Mode mode, const QStringList &keyNames, const QJsonObject &profile,
              const QString &preferredKey, QWidget *parent = nullptr);

    QString keyName() const;
    QStringList values() const;
    // The keys the profile is known to hold, with their values.
    QMap<QString, QStringList> heldKeys() const { return m_held; }

private:
    void keyChosen();
    void revalidate();

    Mode m_mode;
    QMap<QString, QStringList> m_held;
    QComboBox *m_key;
    QLineEdit *m_values;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace cp::views
