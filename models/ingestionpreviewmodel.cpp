#include "ingestionpreviewmodel.h"

#include <QColor>
#include <QFont>

namespace cp::models {
namespace {

using Decision = schema::IngestionPlan::Decision;

// internalId of a section header; a row's internalId is its section + 1.
constexpr quintptr kTopLevel = 0;

bool stores(const schema::IngestionPlan &plan, const QString &keyName)
{
    return std::any_of(plan.keysToStore.begin(), plan.keysToStore.end(),
                       [&](const schema::ExtractedKey &k) { return k.keyName == keyName; });
}

} // namespace

IngestionPreviewModel::IngestionPreviewModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_sections(SectionCount)
{}

QString IngestionPreviewModel::decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Replace:
        return tr("Replace");
    case Decision::Match:
        return tr("Match");
    case Decision::Create:
        return tr("Create");
    case Decision::Refuse:
        return tr("Refuse");
    }
    return {};
}

QString IngestionPreviewModel::sectionTitle(Section section)
{
    switch (section) {
    case DecisionSection:
        return tr("Decision");
    case KeysSection:
        return tr("Keys");
    case FieldsSection:
        return tr("Fields");
    case ProfileSection:
        return tr("Profile fields");
    case StandardObjectsSection:
        return tr("Asset, case and order");
    case SectionCount:
        break;
    }
    return {};
}

void IngestionPreviewModel::clear()
{
    beginResetModel();
    m_sections = QList<QList<Row>>(SectionCount);
    m_decisionName.clear();
    m_decision = -1;
    m_result.reset();
    endResetModel();
}

void IngestionPreviewModel::setMapping(const schema::ObjectTypeDefinition &type,
                                       const schema::MappingResult &mapping)
{
    beginResetModel();
    m_sections = QList<QList<Row>>(SectionCount);
    m_decisionName.clear();
    m_decision = -1;
    m_result.reset();
    fillMapping(type, mapping, nullptr);
    m_sections[DecisionSection].append(
        {tr("Decision"), tr("Looking up the key values…"), QString(), {}, true});
    endResetModel();
}

void IngestionPreviewModel::setStopped(const QString &message)
{
    beginResetModel();
    m_decisionName.clear();
    m_decision = -1;
    m_result.reset();
    m_sections[DecisionSection] = {{tr("Decision"), tr("None"), message, {}, true}};
    endResetModel();
}

void IngestionPreviewModel::setResult(const schema::ObjectTypeDefinition &type,
                                      const PreviewResult &result)
{
    beginResetModel();
    m_sections = QList<QList<Row>>(SectionCount);
    m_result = result;
    const schema::IngestionPlan &plan = result.plan;
    m_decision = int(plan.decision);
    m_decisionName = decisionName(plan.decision);
    fillMapping(type, plan.mapping, &result);

    QList<Row> &rows = m_sections[DecisionSection];
    rows.append({tr("Decision"), m_decisionName, plan.reason, m_decision});
    if (!plan.profileId.isEmpty())
        rows.append({tr("Profile"), plan.profileId,
                     plan.decision == Decision::Replace ? tr("holds the object it replaces")
                                                        : tr("the object is added to it"),
                     plan.profileId});
    if (!plan.matchedByKey.isEmpty())
        rows.append({tr("Matched by"), plan.matchedByKey,
                     tr("normalized value: %1").arg(plan.matchedByValue), plan.matchedByKey});
    for (const schema::ValidationIssue &error : plan.mapping.errors)
        rows.append({tr("Refused because"), error.message, error.path, error.message});
    if (!plan.ambiguousKeys.isEmpty())
        rows.append({tr("Passed over"), plan.ambiguousKeys.join(QStringLiteral(", ")),
                     tr("several profiles hold these values: they decide nothing"),
                     plan.ambiguousKeys});
    if (!result.unknownKeys.isEmpty())
        rows.append({tr("Unknown to the domain"), result.unknownKeys.join(QStringLiteral(", ")),
                     tr("no object type of the domain has these keys yet: no profile holds "
                        "their values"),
                     result.unknownKeys});
    if (!result.lookedUp)
        rows.append({tr("Not looked up"),
                     tr("no connection"),
                     tr("the decision assumes that no profile holds the key values"),
                     {},
                     true});
    if (!plan.refused()) {
        QStringList stored;
        for (const schema::ExtractedKey &key : plan.keysToStore)
            stored.append(key.keyName);
        rows.append({tr("Keys stored"),
                     stored.isEmpty() ? tr("none") : stored.join(QStringLiteral(", ")),
                     tr("what a search by key finds the profile with afterwards"), stored,
                     stored.isEmpty()});
    }
    endResetModel();
}

void IngestionPreviewModel::fillMapping(const schema::ObjectTypeDefinition &type,
                                        const schema::MappingResult &mapping,
                                        const PreviewResult *result)
{
    for (auto it = mapping.fieldValues.begin(); it != mapping.fieldValues.end(); ++it) {
        const schema::FieldDefinition field = type.fields.value(it.key());
        QString details = field.source;
        if (!field.target.isEmpty())
            details += QStringLiteral(" → ") + field.target;
        if (!field.contentType.isEmpty())
            details += QStringLiteral(" (%1)").arg(field.contentType);
        const bool missing = !it.value().has_value();
        m_sections[FieldsSection].append({it.key(), missing ? tr("no value") : *it.value(), details,
                                          missing ? QVariant() : QVariant(*it.value()), missing});
    }
    for (auto it = mapping.profileFields.begin(); it != mapping.profileFields.end(); ++it) {
        QStringList from; // the fields whose Target is this profile field
        for (auto f = type.fields.begin(); f != type.fields.end(); ++f) {
            if (f.value().target == QStringLiteral("_profile.") + it.key())
                from.append(f.key());
        }
        m_sections[ProfileSection].append(
            {it.key(), it.value(),
             from.isEmpty() ? QString() : tr("from %1").arg(from.join(QStringLiteral(", "))),
             it.value()});
    }
    if (mapping.profileFields.isEmpty())
        m_sections[ProfileSection].append(
            {tr("None"), tr("the sample fills no profile field"), QString(), {}, true});
    fillStandardObjects(type, mapping);

    for (const schema::ExtractedKey &key : mapping.keys) {
        QStringList details{key.standardIdentifiers.join(QStringLiteral(", "))};
        details.append(tr("normalized: %1").arg(key.normalized));
        if (result) {
            if (result->unknownKeys.contains(key.keyName))
                details.append(tr("unknown to the domain"));
            if (result->plan.ambiguousKeys.contains(key.keyName))
                details.append(tr("held by several profiles"));
            if (!result->plan.refused())
                details.append(stores(result->plan, key.keyName) ? tr("stored") : tr("not stored"));
        }
        m_sections[KeysSection].append(
            {key.keyName, key.value, details.join(QStringLiteral(" · ")), key.normalized});
    }
    if (mapping.keys.isEmpty())
        m_sections[KeysSection].append(
            {tr("None"), tr("the sample gives no key a value"), QString(), {}, true});
}

QString IngestionPreviewModel::text(Section section, const QString &item, Column column) const
{
    for (const Row &row : m_sections.at(section)) {
        if (row.item == item)
            return column == Item ? row.item : column == Value ? row.value : row.details;
    }
    return {};
}

QModelIndex IngestionPreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < SectionCount ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.column() != 0 ||
        row >= m_sections.at(parent.row()).size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex IngestionPreviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int IngestionPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return SectionCount;
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_sections.at(parent.row()).size());
}

int IngestionPreviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant IngestionPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == kTopLevel) {
        const auto section = Section(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Item)
                return sectionTitle(section);
            if (index.column() == Value && section == DecisionSection)
                return m_decisionName;
            return {};
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case SectionRole:
            return int(section);
        case DecisionRole:
            return section == DecisionSection ? QVariant(m_decision) : QVariant();
        default:
            return {};
        }
    }
    const Row &row = m_sections.at(int(index.internalId() - 1)).at(index.row());
    const QString &text = index.column() == Item    ? row.item
                          : index.column() == Value ? row.value
                                                    : row.details;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text.isEmpty() ? QVariant() : QVariant(text);
    case RawValueRole:
        return index.column() == Value ? row.raw : QVariant(text);
    case SectionRole:
        return int(index.internalId() - 1);
    case Qt::ForegroundRole:
        return row.missing && index.column() != Item ? QVariant(QColor(0x77, 0x77, 0x77))
                                                     : QVariant();
    case Qt::FontRole:
        if (row.missing && index.column() == Value) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant IngestionPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Item");
    case Value:
        return tr("Value");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

Qt::ItemFlags IngestionPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

// Beside the profile, the standard objects the record brings along: "Asset: SerialNumber"
// and so on, each with the fields it comes from.
void IngestionPreviewModel::fillStandardObjects(const schema::ObjectTypeDefinition &type,
                                                const schema::MappingResult &mapping)
{
    const QHash<QString, QString> names = {{QStringLiteral("_asset"), tr("Asset")},
                                           {QStringLiteral("_case"), tr("Case")},
                                           {QStringLiteral("_order"), tr("Order")}};
    for (auto object = mapping.standardObjectFields.begin();
         object != mapping.standardObjectFields.end(); ++object) {
        for (auto it = object->begin(); it != object->end(); ++it) {
            const QString target = object.key() + QLatin1Char('.') + it.key();
            QStringList from;
            for (auto f = type.fields.begin(); f != type.fields.end(); ++f) {
                if (f.value().target == target)
                    from.append(f.key());
            }
            m_sections[StandardObjectsSection].append(
                {tr("%1: %2").arg(names.value(object.key(), object.key()), it.key()), it.value(),
                 from.isEmpty() ? QString() : tr("from %1").arg(from.join(QStringLiteral(", "))),
                 it.value()});
        }
    }
    if (m_sections[StandardObjectsSection].isEmpty())
        m_sections[StandardObjectsSection].append(
            {tr("None"), tr("the sample makes no standard asset, case or order"), QString(), {},
             true});
}

} // namespace cp::models
