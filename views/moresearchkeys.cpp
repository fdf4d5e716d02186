#include "moresearchkeys.h"
#include "valuelist.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace cp::views {

MoreSearchKeys::MoreSearchKeys(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_operator(new QComboBox(this))
    , m_add(new QPushButton(tr("&More keys"), this))
{
    setObjectName(QStringLiteral("moreSearchKeys"));
    m_operator->setObjectName(QStringLiteral("searchOperator"));
    m_operator->addItem(tr("a profile holds every key's value (AND)"), QStringLiteral("AND"));
    m_operator->addItem(tr("a profile holds any of them (OR)"), QStringLiteral("OR"));
    m_add->setObjectName(QStringLiteral("moreKeysButton"));
    m_add->setToolTip(tr("Search by up to %1 more keys at once.").arg(kMaxRows));
    m_add->setAutoDefault(false);
    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_add);
    controls->addWidget(m_operator);
    controls->addStretch();
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(controls);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (QLineEdit *values = addRow())
            values->setFocus();
    });
    updateControls();
}

void MoreSearchKeys::setKeyModel(QAbstractItemModel *keys)
{
    m_keys = keys;
    for (const Row &row : std::as_const(m_rows))
        row.key->setModel(keys);
}

QLineEdit *MoreSearchKeys::addRow(const QString &keyName, const QString &values)
{
    if (m_rows.size() >= kMaxRows)
        return nullptr;
    auto *widget = new QWidget(this);
    auto *key = new QComboBox(widget);
    key->setObjectName(QStringLiteral("moreSearchKey"));
    key->setEditable(true);
    key->setInsertPolicy(QComboBox::NoInsert); // the list is shared with the search's own
    key->setMinimumContentsLength(14);
    if (m_keys)
        key->setModel(m_keys);
    key->setCurrentText(keyName);
    auto *edit = new QLineEdit(values, widget);
    edit->setObjectName(QStringLiteral("moreSearchValues"));
    edit->setPlaceholderText(tr("value (several: separate with commas)"));
    auto *remove = new QToolButton(widget);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this key from the search"));
    auto *label = new QLabel(tr("Key:"), widget);
    label->setBuddy(key);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(key);
    layout->addWidget(edit, 1);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(widget);
    m_rows.append({widget, key, edit});
    connect(edit, &QLineEdit::returnPressed, this, &MoreSearchKeys::returnPressed);
    connect(remove, &QToolButton::clicked, this, [this, widget] { removeRow(widget); });
    updateControls();
    return edit;
}

void MoreSearchKeys::removeRow(QWidget *row)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == row) {
            m_rows.removeAt(i);
            row->deleteLater();
            break;
        }
    }
    updateControls();
}

void MoreSearchKeys::clear()
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.last().widget);
}

QJsonArray MoreSearchKeys::additionalKeys() const
{
    QJsonArray keys;
    for (const Row &row : m_rows) {
        const QString name = row.key->currentText().trimmed();
        const QStringList values = commaSeparatedValues(row.values->text());
        if (!name.isEmpty() && !values.isEmpty())
            keys.append(QJsonObject{{QStringLiteral("KeyName"), name},
                                    {QStringLiteral("Values"), QJsonArray::fromStringList(values)}});
    }
    return keys;
}

QString MoreSearchKeys::logicalOperator() const
{
    return m_operator->currentData().toString();
}

void MoreSearchKeys::updateControls()
{
    m_add->setEnabled(m_rows.size() < kMaxRows);
    m_operator->setVisible(!m_rows.isEmpty());
}

} // namespace cp::views
