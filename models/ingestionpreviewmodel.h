#pragma once

#include "ingestionpreview.h"

#include <QAbstractItemModel>

namespace cp::models {

// The ingestion preview as a tree: five sections (Decision, Keys, Fields, Profile fields, and
// the standard asset, case and order objects the record would bring along),
// each with one row per item and three columns (item, value, details). Rebuilt as a whole
// (a model reset) for each state of a preview: the mapping alone while the lookups run, then
// the decision, or the error that stopped it.
class IngestionPreviewModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Item, Value, Details, ColumnCount };
    enum Section {
        DecisionSection,
        KeysSection,
        FieldsSection,
        ProfileSection,
        StandardObjectsSection,
        SectionCount
    };
    // RawValueRole: the value as computed (invalid for "no value"); SectionRole: the Section
    // of a row or section header; DecisionRole (on the Decision section's header): the
    // schema::IngestionPlan::Decision as an int, or -1 while there is none.
    enum Role { RawValueRole = Qt::UserRole + 1, SectionRole, DecisionRole };

    explicit IngestionPreviewModel(QObject *parent = nullptr);

    void clear();
    // The mapping of a preview whose lookups are still running.
    void setMapping(const schema::ObjectTypeDefinition &type, const schema::MappingResult &mapping);
    void setResult(const schema::ObjectTypeDefinition &type, const PreviewResult &result);
    // The preview stopped: `message` says why (a service error, cancelled).
    void setStopped(const QString &message);

    // The decision's name ("Match", "Create", ...) translated, or empty while there is none.
    QString decisionName() const { return m_decisionName; }
    std::optional<PreviewResult> result() const { return m_result; }
    static QString decisionName(schema::IngestionPlan::Decision decision);

    // The text of `column` in the row of `section` whose Item is `item` (tests, the page).
    QString text(Section section, const QString &item, Column column = Value) const;
    int rowCount(Section section) const { return int(m_sections.at(section).size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QString item;
        QString value;
        QString details;
        QVariant raw;
        bool missing = false; // shown dimmed: no value
    };
    void fillStandardObjects(const schema::ObjectTypeDefinition &type,
                             const schema::MappingResult &mapping);
    void fillMapping(const schema::ObjectTypeDefinition &type, const schema::MappingResult &mapping,
                     const PreviewResult *result);
    static QString sectionTitle(Section section);

    QList<QList<Row>> m_sections;
    QString m_decisionName;
    int m_decision = -1;
    std::optional<PreviewResult> m_result;
};

} // namespace cp::models
