#include "keydialog.h"
#include "valuelist.h"

#include "standardprofile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cp::views {
namespace {

// The key values a profile is known to hold: those its own members feed (_email from
// its addresses, _fullName from its names...) and those it was found by.
QMap<QString, QStringList> keysOf(const QJsonObject &profile)
{
    QMap<QString, QStringList> held;
    for (const schema::standardprofile::PredefinedKey &key :
         schema::standardprofile::profileFedKeys()) {
        QStringList values;
        for (const QString &member : key.members) {
            const QString value = profile.value(member).toString().trimmed();
            if (!value.isEmpty())
                values.append(value);
        }
        if (key.joined && !values.isEmpty())
            values = QStringList{values.join(QLatin1Char(' '))};
        if (!values.isEmpty())
            held.insert(key.name, values);
    }
    for (const QJsonValue &found : profile.value(QStringLiteral("FoundByItems")).toArray()) {
        const QJsonObject item = found.toObject();
        QStringList &values = held[item.value(QStringLiteral("KeyName")).toString()];
        for (const QJsonValue &value : item.value(QStringLiteral("Values")).toArray()) {
            if (!values.contains(value.toString()))
                values.append(value.toString());
        }
    }
    held.remove(QString());
    return held;
}

} // namespace

KeyDialog::KeyDialog(Mode mode, const QStringList &keyNames, const QJsonObject &profile,
                     const QString &preferredKey, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_held(keysOf(profile))
    , m_key(new QComboBox(this))
    , m_values(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QString id = profile.value(QStringLiteral("ProfileId")).toString();
    setObjectName(QStringLiteral("keyValueDialog"));
    setWindowTitle(mode == Mode::Add ? tr("Add key to profile %1").arg(id)
                                     : tr("Remove key from profile %1").arg(id));
    m_key->setObjectName(QStringLiteral("keyName"));
    m_key->setEditable(true); // a key the domain does not list yet can be typed
    QStringList names = mode == Mode::Delete ? m_held.keys() : QStringList();
    for (const QString &name : keyNames) {
        if (!names.contains(name))
            names.append(name);
    }
    m_key->addItems(names);
    const QString first = mode == Mode::Delete && !m_held.isEmpty() && !m_held.contains(preferredKey)
                              ? m_held.firstKey()
                              : preferredKey;
    m_key->setCurrentText(first);
    m_values->setObjectName(QStringLiteral("keyValues"));
    m_values->setPlaceholderText(tr("one or more values, separated by commas"));
    m_hint->setObjectName(QStringLiteral("keyHint"));
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Add ? tr("Add") : tr("Remove"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Values:"), m_values);
    form->addRow(QString(), m_hint);
    form->addRow(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_key, &QComboBox::currentTextChanged, this, &KeyDialog::keyChosen);
    connect(m_values, &QLineEdit::textChanged, this, &KeyDialog::revalidate);
    keyChosen();
}

QString KeyDialog::keyName() const
{
    return m_key->currentText().trimmed();
}

QStringList KeyDialog::values() const
{
    return commaSeparatedValues(m_values->text());
}

// For removal, the values the profile holds of the chosen key are filled in.
void KeyDialog::keyChosen()
{
    const QStringList held = m_held.value(keyName());
    if (m_mode == Mode::Delete)
        m_values->setText(held.join(QStringLiteral(", ")));
    if (m_mode == Mode::Delete && held.isEmpty())
        m_hint->setText(tr("The profile is not known to hold this key: type the values to "
                           "remove."));
    else if (m_mode == Mode::Delete)
        m_hint->setText(tr("The profile holds these values of the key; remove the ones to "
                           "keep from the list."));
    else
        m_hint->setText(m_held.contains(keyName())
                            ? tr("The profile already holds %1.")
                                  .arg(m_held.value(keyName()).join(QStringLiteral(", ")))
                            : QString());
    revalidate();
}

void KeyDialog::revalidate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!keyName().isEmpty() && !values().isEmpty());
}

} // namespace cp::views
