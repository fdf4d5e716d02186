#include "profileobjectsview.h"
#include "valuelist.h"

#include "destinations.h"
#include "operations.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

namespace cp::views {
namespace {

namespace destinations = schema::destinations;
using Kind = models::PagedListModel::Kind;

// A type deleted since the types were listed, or a standard object type the endpoint does
// not keep, lists nothing rather than failing the whole table.
const QStringList kSkipped = {QStringLiteral("ResourceNotFoundException")};
const QStringList kSkippedStandard = {QStringLiteral("ResourceNotFoundException"),
                                      QStringLiteral("BadRequestException")};

std::optional<destinations::Kind> standardKind(const QString &typeName)
{
    for (const destinations::Kind kind : destinations::standardObjectKinds()) {
        if (destinations::objectTypeName(kind) == typeName)
            return kind;
    }
    return std::nullopt;
}

} // namespace

ProfileObjectsView::ProfileObjectsView(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_filterKey(new QComboBox(this))
    , m_filterValues(new QLineEdit(this))
    , m_filterNote(new QLabel(this))
    , m_objects(new ListPane(
          QStringLiteral("profileObjects"),
          {{tr("Object type"), QStringLiteral("ObjectTypeName"), Kind::Text},
           {tr("Object key"), QStringLiteral("ProfileObjectUniqueKey"), Kind::Text},
           {tr("Object"), QStringLiteral("Object"), Kind::Text}},
          this))
    , m_json(new QPlainTextEdit(this))
{
    m_type->setObjectName(QStringLiteral("objectTypePicker"));
    m_filterKey->setObjectName(QStringLiteral("objectFilterKey"));
    m_filterValues->setObjectName(QStringLiteral("objectFilterValues"));
    m_filterValues->setPlaceholderText(tr("key value (several: separate with commas)"));
    m_filterValues->setClearButtonEnabled(true);
    m_filterNote->setObjectName(QStringLiteral("objectFilterNote"));
    m_filterNote->setWordWrap(true);
    m_filterNote->setEnabled(false); // greyed: it explains, it is not an error
    m_json->setObjectName(QStringLiteral("objectJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFont(QStringLiteral("monospace")));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_objects->setIdentity(QStringLiteral("ProfileObjectUniqueKey"));
    m_objects->setPlaceholders(tr("Choose a profile to see its objects."),
                               tr("This profile has no objects."));
    m_type->addItem(tr("All object types"), QString());

    auto *typeLabel = new QLabel(tr("&Objects of type:"), this);
    typeLabel->setBuddy(m_type);
    auto *filterLabel = new QLabel(tr("Filte&r by key:"), this);
    filterLabel->setBuddy(m_filterKey);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(typeLabel);
    typeRow->addWidget(m_type, 1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterKey);
    filterRow->addWidget(m_filterValues, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_objects);
    split->addWidget(m_json);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(typeRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_filterNote);
    layout->addWidget(split, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateFilter();
        list();
    });
    connect(m_filterValues, &QLineEdit::returnPressed, this, &ProfileObjectsView::list);
    // Clearing the values (its clear button) shows every object of the type again.
    connect(m_filterValues, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            list();
    });
    connect(m_filterKey, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filterValues->text().trimmed().isEmpty())
            list();
    });
    connect(m_objects, &ListPane::failed, this, &ProfileObjectsView::failed);
    connect(m_objects, &ListPane::currentItemChanged, this, [this](const QJsonObject &item) {
        const QString text = item.value(QStringLiteral("Object")).toString();
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        m_json->setPlainText(doc.isObject() ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented))
                                            : text);
        Q_EMIT currentObjectChanged(item);
    });
    updateFilter();
}

void ProfileObjectsView::setClient(client::CustomerProfilesClient *client)
{
    m_objects->setClient(client);
    setDomain(QString());
}

void ProfileObjectsView::setDomain(const QString &domain)
{
    m_domain = domain;
    m_profileId.clear();
    m_keysByType.clear();
    m_standardTypesUsed.clear();
    setTypes({});
    m_objects->clear();
    m_json->clear();
}

QString ProfileObjectsView::chosenType() const
{
    return m_type->currentData().toString();
}

QStringList ProfileObjectsView::listedTypes() const
{
    QStringList names;
    for (int i = 1; i < m_type->count(); ++i)
        names.append(m_type->itemData(i).toString());
    return names;
}

void ProfileObjectsView::setTypes(const QStringList &names)
{
    const QString kept = chosenType();
    QStringList all = names;
    for (const destinations::Kind kind : destinations::standardObjectKinds()) {
        const QString standard = destinations::objectTypeName(kind);
        if (m_standardTypesUsed.contains(standard) && !all.contains(standard))
            all.append(standard);
    }
    if (all == listedTypes())
        return;
    {
        const QSignalBlocker quiet(m_type);
        while (m_type->count() > 1)
            m_type->removeItem(1);
        for (const QString &name : std::as_const(all))
            m_type->addItem(name, name);
        m_type->setCurrentIndex(std::max(0, m_type->findData(kept)));
    }
    updateFilter();
    list();
}

void ProfileObjectsView::addDefinition(const QJsonObject &type)
{
    const QString name = type.value(QStringLiteral("ObjectTypeName")).toString();
    m_keysByType.insert(name, type.value(QStringLiteral("Keys")).toObject().keys());
    const QJsonObject fields = type.value(QStringLiteral("Fields")).toObject();
    bool newStandard = false;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString target = it.value().toObject().value(QStringLiteral("Target")).toString();
        const auto kind = destinations::kindOf(target);
        if (kind && *kind != destinations::Kind::Profile) {
            const QString standard = destinations::objectTypeName(*kind);
            newStandard |= !m_standardTypesUsed.contains(standard);
            m_standardTypesUsed.insert(standard);
        }
    }
    if (newStandard) {
        QStringList names = listedTypes();
        names.removeIf([](const QString &n) { return standardKind(n).has_value(); });
        setTypes(names);
    }
    if (name == chosenType())
        updateFilter();
}

void ProfileObjectsView::showProfile(const QString &profileId)
{
    m_profileId = profileId;
    list();
}

void ProfileObjectsView::refresh()
{
    if (m_objects->model()->operation().isEmpty())
        list();
    else
        m_objects->refresh();
}

void ProfileObjectsView::updateFilter()
{
    const QString type = chosenType();
    const auto standard = standardKind(type);
    const QStringList keys = standard ? destinations::filterKeys(*standard) : m_keysByType.value(type);
    const QString keptKey = m_filterKey->currentText();
    {
        const QSignalBlocker quiet(m_filterKey);
        m_filterKey->clear();
        m_filterKey->addItems(keys);
        m_filterKey->setCurrentIndex(std::max(0, m_filterKey->findText(keptKey)));
    }
    const bool filterable = !type.isEmpty() && !keys.isEmpty();
    m_filterKey->setEnabled(filterable);
    m_filterValues->setEnabled(filterable);
    if (!filterable) {
        const QSignalBlocker quiet(m_filterValues);
        m_filterValues->clear();
    }
    m_filterNote->setText(type.isEmpty()       ? tr("Choose one object type to filter its "
                                                    "objects by one of its keys.")
                          : !filterable        ? tr("This object type has no keys to filter by.")
                                               : QString());
    m_filterNote->setVisible(!m_filterNote->text().isEmpty());
}

void ProfileObjectsView::setTypesNote(const QString &note)
{
    if (note == m_typesNote)
        return;
    m_typesNote = note;
    if (listedTypes().isEmpty())
        list();
}

void ProfileObjectsView::list()
{
    m_json->clear();
    if (m_domain.isEmpty() || m_profileId.isEmpty()) {
        m_objects->setPlaceholders(tr("Choose a profile to see its objects."), QString());
        m_objects->clear();
        return;
    }
    const QJsonObject base{{QStringLiteral("DomainName"), m_domain},
                           {QStringLiteral("ProfileId"), m_profileId}};
    const auto listing = [&base](const QString &type) {
        QJsonObject input = base;
        input.insert(QStringLiteral("ObjectTypeName"), type);
        return models::PagedListModel::Listing{
            input, standardKind(type) ? kSkippedStandard : kSkipped};
    };
    QList<models::PagedListModel::Listing> listings;
    const QString type = chosenType();
    const QStringList values = commaSeparatedValues(m_filterValues->text());
    if (type.isEmpty()) {
        for (const QString &name : listedTypes())
            listings.append(listing(name));
        m_objects->setPlaceholders(tr("Choose a profile to see its objects."),
                                   tr("This profile has no objects."));
    } else {
        models::PagedListModel::Listing one = listing(type);
        if (!values.isEmpty() && !m_filterKey->currentText().isEmpty()) {
            one.input.insert(QStringLiteral("ObjectFilter"),
                             QJsonObject{{QStringLiteral("KeyName"), m_filterKey->currentText()},
                                         {QStringLiteral("Values"),
                                          QJsonArray::fromStringList(values)}});
        }
        listings.append(one);
        m_objects->setPlaceholders(tr("Choose a profile to see its objects."),
                                   values.isEmpty()
                                       ? tr("This profile has no objects of this type.")
                                       : tr("No object of this type has this key value."));
    }
    if (listings.isEmpty()) {
        // No type to list: the profile is chosen, so say why rather than "choose one".
        m_objects->setPlaceholders(m_typesNote.isEmpty()
                                       ? tr("This domain has no object types yet, so its "
                                            "profiles have no objects.")
                                       : m_typesNote,
                                   QString());
        m_objects->clear();
    } else {
        m_objects->model()->setQueries(schema::ops::ListProfileObjects, listings);
    }
}

} // namespace cp::views
