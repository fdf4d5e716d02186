#include "objecttypedetails.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace cp::views {
namespace {

QTreeView *tableView(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->header()->setStretchLastSection(true);
    return view;
}

QString joined(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out.join(QStringLiteral(", "));
}

} // namespace

ObjectTypeDetails::ObjectTypeDetails(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_fields(new QStandardItemModel(0, 4, this))
    , m_keys(new QStandardItemModel(0, 3, this))
{
    m_summary->setObjectName(QStringLiteral("objectTypeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->setHorizontalHeaderLabels(
        {tr("Field"), tr("Source"), tr("Target"), tr("Content type")});
    m_keys->setHorizontalHeaderLabels({tr("Key"), tr("Identifiers"), tr("Fields")});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("<b>Fields</b>"), this));
    m_fieldsView = tableView(m_fields, QStringLiteral("fieldsView"), this);
    m_keysView = tableView(m_keys, QStringLiteral("keysView"), this);
    layout->addWidget(m_fieldsView, 3);
    layout->addWidget(new QLabel(tr("<b>Keys</b>"), this));
    layout->addWidget(m_keysView, 2);
}

void ObjectTypeDetails::clear()
{
    m_summary->clear();
    m_fields->removeRows(0, m_fields->rowCount());
    m_keys->removeRows(0, m_keys->rowCount());
}

void ObjectTypeDetails::show(const QJsonObject &definition)
{
    clear();
    QStringList summary;
    const QString name = definition.value(QStringLiteral("ObjectTypeName")).toString();
    const QString templateId = definition.value(QStringLiteral("TemplateId")).toString();
    summary.append(
        QStringLiteral("<b>%1</b>").arg((name.isEmpty() ? templateId : name).toHtmlEscaped()));
    if (definition.contains(QStringLiteral("Description")))
        summary.append(definition.value(QStringLiteral("Description")).toString().toHtmlEscaped());
    if (!name.isEmpty() && !templateId.isEmpty())
        summary.append(tr("From template %1").arg(templateId.toHtmlEscaped()));
    if (definition.contains(QStringLiteral("SourceName")))
        summary.append(
            tr("Source: %1 / %2")
                .arg(definition.value(QStringLiteral("SourceName")).toString().toHtmlEscaped(),
                     definition.value(QStringLiteral("SourceObject")).toString().toHtmlEscaped()));
    summary.append(definition.value(QStringLiteral("AllowProfileCreation")).toBool()
                       ? tr("Creates a profile when no profile matches.")
                       : tr("Never creates profiles: objects must match an existing profile."));
    if (definition.contains(QStringLiteral("ExpirationDays")))
        summary.append(tr("Data expires after %n day(s).", nullptr,
                          definition.value(QStringLiteral("ExpirationDays")).toInt()));
    m_summary->setText(summary.join(QStringLiteral("<br>")));

    const QJsonObject fields = definition.value(QStringLiteral("Fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        m_fields->appendRow({new QStandardItem(it.key()),
                             new QStandardItem(f.value(QStringLiteral("Source")).toString()),
                             new QStandardItem(f.value(QStringLiteral("Target")).toString()),
                             new QStandardItem(f.value(QStringLiteral("ContentType")).toString())});
    }
    const QJsonObject keys = definition.value(QStringLiteral("Keys")).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &k : list) {
            const QJsonObject key = k.toObject();
            m_keys->appendRow(
                {new QStandardItem(it.key()),
                 new QStandardItem(joined(key.value(QStringLiteral("StandardIdentifiers")))),
                 new QStandardItem(joined(key.value(QStringLiteral("FieldNames"))))});
        }
    }
    for (QTreeView *view : {m_fieldsView, m_keysView}) {
        for (int column = 0; column < view->model()->columnCount() - 1; ++column)
            view->resizeColumnToContents(column);
    }
}

} // namespace cp::views
