#include "profileeditor.h"

#include "windowsize.h"
#include "standardprofile.h"
#include "wiremodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cp::views {
namespace {
namespace sp = cp::schema::standardprofile;
}

ProfileEditor::ProfileEditor(const QJsonObject &profile, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_attributes(new QTableWidget(0, 2, this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("profileEditor"));
    setWindowTitle(
        isCreating()
            ? tr("New profile")
            : tr("Edit profile %1").arg(profile.value(QStringLiteral("ProfileId")).toString()));
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    auto *general = new QFormLayout;
    // Every string member of the request as the model has it today (GenderString,
    // PartyTypeString, ProfileType... included); a new release's members appear as fields.
    const auto &model = schema::WireModel::bundled();
    const schema::Shape *request = model.shape(u"UpdateProfileRequest");
    for (const schema::Member &member : request ? request->members : QList<schema::Member>()) {
        const schema::Shape *shape = model.shape(member.shape);
        if (member.location != schema::Location::Body || !shape ||
            shape->kind != schema::ShapeKind::String)
            continue;
        const QString label = shape->deprecated ? tr("%1 (deprecated):").arg(member.name)
                                                : member.name + QLatin1Char(':');
        if (shape->enumValues.isEmpty())
            addField(general, member.name, label);
        else
            addChoice(general, member.name, label, shape->enumValues);
    }
    contentLayout->addLayout(general);
    for (const QString &address : sp::addressMembers()) {
        auto *box = new QGroupBox(address, content);
        box->setCheckable(false);
        auto *form = new QFormLayout(box);
        for (const QString &line : sp::addressFields())
            addField(form, address + QLatin1Char('.') + line, line + QLatin1Char(':'));
        contentLayout->addWidget(box);
    }
    m_attributes->setObjectName(QStringLiteral("profileAttributes"));
    m_attributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    const QJsonObject attributes = profile.value(QStringLiteral("Attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        auto *name = new QTableWidgetItem(it.key());
        name->setFlags(name->flags() &
                       ~Qt::ItemIsEditable); // existing names are fixed; remove and add instead
        m_attributes->setItem(row, 0, name);
        m_attributes->setItem(row, 1, new QTableWidgetItem(it.value().toString()));
    }
    auto *addAttribute = new QPushButton(tr("Add attribute"), content);
    auto *removeAttribute = new QPushButton(tr("Remove attribute"), content);
    removeAttribute->setObjectName(QStringLiteral("removeAttributeButton"));
    auto *attributeButtons = new QHBoxLayout;
    attributeButtons->addWidget(addAttribute);
    attributeButtons->addWidget(removeAttribute);
    attributeButtons->addStretch();
    contentLayout->addWidget(new QLabel(tr("<b>Attributes</b>"), content));
    contentLayout->addWidget(m_attributes);
    contentLayout->addLayout(attributeButtons);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    m_problems->setObjectName(QStringLiteral("profileProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isCreating() ? tr("Create") : tr("Save"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    keepWindowSize(this, QStringLiteral("sizes/profileEditor"), QSize(600, 680));

    connect(addAttribute, &QPushButton::clicked, this, [this] {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        m_attributes->setItem(row, 0, new QTableWidgetItem);
        m_attributes->setItem(row, 1, new QTableWidgetItem);
        m_attributes->editItem(m_attributes->item(row, 0));
    });
    connect(removeAttribute, &QPushButton::clicked, this, [this] {
        const int row = m_attributes->currentRow();
        if (row < 0)
            return;
        const QString name = m_attributes->item(row, 0)->text();
        if (m_original.value(QStringLiteral("Attributes")).toObject().contains(name))
            m_removedAttributes.append(name);
        m_attributes->removeRow(row);
        revalidate();
    });
    connect(m_attributes, &QTableWidget::itemChanged, this, &ProfileEditor::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

QString ProfileEditor::originalValue(const QString &path) const
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return m_original.value(path).toString();
    return m_original.value(path.left(dot)).toObject().value(path.mid(dot + 1)).toString();
}

void ProfileEditor::addField(QFormLayout *form, const QString &path, const QString &label)
{
    auto *edit = new QLineEdit(originalValue(path));
    m_fields.insert(path, edit);
    addRow(form, path, label, edit);
    connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::revalidate);
}

void ProfileEditor::addChoice(QFormLayout *form, const QString &path, const QString &label,
                              const QStringList &values)
{
    auto *box = new QComboBox;
    box->addItem(isCreating() ? tr("(not set)") : tr("(unchanged)"), QString());
    for (const QString &value : values)
        box->addItem(value, value);
    const QString stored = originalValue(path);
    if (!stored.isEmpty() && !values.contains(stored))
        box->addItem(stored, stored); // a value of a newer release: kept, offered
    box->setCurrentIndex(std::max(0, box->findData(stored)));
    m_choices.insert(path, box);
    addRow(form, path, label, box);
    connect(box, &QComboBox::currentIndexChanged, this, &ProfileEditor::revalidate);
}

void ProfileEditor::addRow(QFormLayout *form, const QString &path, const QString &label,
                           QWidget *editor)
{
    editor->setObjectName(QStringLiteral("profileField_") +
                          QString(path).replace(QLatin1Char('.'), QLatin1Char('_')));
    auto *clear = new QToolButton;
    clear->setText(QStringLiteral("✕"));
    clear->setToolTip(tr("Clear this field when saving"));
    clear->setCheckable(true);
    clear->setVisible(!isCreating() && !originalValue(path).isEmpty());
    auto *row = new QHBoxLayout;
    row->addWidget(editor);
    row->addWidget(clear);
    form->addRow(label, row);
    connect(clear, &QToolButton::toggled, this, [this, path](bool on) { markCleared(path, on); });
}

QString ProfileEditor::currentValue(const QString &path) const
{
    if (const QComboBox *box = m_choices.value(path))
        return box->currentData().toString();
    const QLineEdit *edit = m_fields.value(path);
    return edit ? edit->text().trimmed() : QString();
}

void ProfileEditor::markCleared(const QString &path, bool cleared)
{
    if (QComboBox *box = m_choices.value(path)) {
        if (cleared)
            m_cleared.insert(path);
        else
            m_cleared.remove(path);
        box->setCurrentIndex(cleared ? 0 : std::max(0, box->findData(originalValue(path))));
        box->setItemText(0, cleared ? tr("will be cleared") : tr("(unchanged)"));
        box->setEnabled(!cleared);
        revalidate();
        return;
    }
    QLineEdit *edit = m_fields.value(path);
    if (!edit)
        return;
    if (cleared) {
        m_cleared.insert(path);
        edit->clear();
        edit->setPlaceholderText(tr("will be cleared"));
    } else {
        m_cleared.remove(path);
        edit->setText(originalValue(path));
        edit->setPlaceholderText(QString());
    }
    edit->setEnabled(!cleared);
    revalidate();
}

QJsonObject ProfileEditor::changes() const
{
    QJsonObject out;
    const auto put = [&out](const QString &path, const QString &value) {
        const qsizetype dot = path.indexOf(QLatin1Char('.'));
        if (dot < 0) {
            out.insert(path, value);
            return;
        }
        QJsonObject nested = out.value(path.left(dot)).toObject();
        nested.insert(path.mid(dot + 1), value);
        out.insert(path.left(dot), nested);
    };
    QStringList paths = m_fields.keys();
    paths += m_choices.keys();
    for (const QString &path : std::as_const(paths)) {
        const QString text = currentValue(path);
        if (m_cleared.contains(path))
            put(path, QString()); // "" clears on UpdateProfile
        else if (isCreating() ? !text.isEmpty() : text != originalValue(path) && !text.isEmpty())
            put(path, text);
    }
    QJsonObject attributes;
    const QJsonObject originalAttributes =
        m_original.value(QStringLiteral("Attributes")).toObject();
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QString name =
            m_attributes->item(row, 0) ? m_attributes->item(row, 0)->text().trimmed() : QString();
        const QString value =
            m_attributes->item(row, 1) ? m_attributes->item(row, 1)->text() : QString();
        if (!name.isEmpty() && !value.isEmpty() &&
            originalAttributes.value(name).toString() != value)
            attributes.insert(name, value);
    }
    if (!isCreating()) {
        for (const QString &name : m_removedAttributes)
            attributes.insert(name, QString());
    }
    if (!attributes.isEmpty())
        out.insert(QStringLiteral("Attributes"), attributes);
    return out;
}

void ProfileEditor::revalidate()
{
    QJsonObject input = changes();
    input.insert(QStringLiteral("DomainName"), QStringLiteral("d"));
    if (!isCreating())
        input.insert(QStringLiteral("ProfileId"),
                     QStringLiteral("00000000000000000000000000000000"));
    const auto issues = schema::WireModel::bundled().validate(
        isCreating() ? QStringLiteral("CreateProfileRequest")
                     : QStringLiteral("UpdateProfileRequest"),
        input);
    QStringList messages;
    for (const auto &issue : issues)
        messages.append(issue.message);
    const bool nothing = changes().isEmpty() && !isCreating();
    if (nothing)
        messages.append(tr("Nothing has changed yet."));
    m_problems->setText(messages.join(QLatin1Char('\n')));
    m_valid = issues.isEmpty() && !nothing;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace cp::views
