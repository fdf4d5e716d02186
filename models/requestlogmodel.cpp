#include "requestlogmodel.h"

#include "clicommand.h"

#include <QColor>
#include <QJsonDocument>
#include <QLocale>

namespace cp::models {

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RequestLogModel::append(const client::RequestLogEntry &entry, const QString &region)
{
    if (m_capacity <= 0)
        return;
    trim(m_capacity - 1); // the oldest go first
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append({entry, region});
    endInsertRows();
}

void RequestLogModel::setCapacity(int capacity)
{
    m_capacity = capacity;
    trim(qMax(capacity, 0));
}

void RequestLogModel::trim(int keep)
{
    if (m_entries.size() <= keep)
        return;
    const int drop = int(m_entries.size()) - keep;
    beginRemoveRows({}, 0, drop - 1);
    m_entries.remove(0, drop);
    endRemoveRows();
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString RequestLogModel::cliCommand(int row) const
{
    const Row &r = m_entries.at(row);
    QUrl endpoint = r.entry.url;
    endpoint.setPath(QString());
    endpoint.setQuery(QString()); // the call's query (max-results, next-token) is in its input
    endpoint.setFragment(QString());
    return awsCliCommand(r.entry.operation, r.entry.input, r.region, endpoint);
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const client::RequestLogEntry &e = m_entries.at(index.row()).entry;
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Time:
        if (role == RawValueRole)
            return e.started;
        if (display)
            return QLocale().toString(e.started.toLocalTime().time(),
                                      QStringLiteral("HH:mm:ss.zzz"));
        break;
    case Operation:
        if (display || role == RawValueRole)
            return e.operation;
        break;
    case Status:
        if (role == RawValueRole)
            return e.status;
        if (display) {
            if (e.cancelled)
                return tr("cancelled");
            if (e.status == 0)
                return e.errorType.isEmpty() ? tr("no answer") : e.errorType;
            return e.errorType.isEmpty() ? QString::number(e.status)
                                         : QStringLiteral("%1 %2").arg(e.status).arg(e.errorType);
        }
        if (role == Qt::ToolTipRole && e.cancelled)
            return tr("Cancelled before its answer was read; the endpoint may still have "
                      "carried it out.");
        if (role == Qt::ToolTipRole && e.expectedError)
            return tr("An answer the console expected (for example a lookup that found "
                      "nothing), not a problem.");
        if (role == Qt::ForegroundRole && (e.cancelled || e.expectedError))
            return QColor(Qt::gray);
        if (role == Qt::ForegroundRole && (e.status == 0 || e.status >= 400))
            return QColor(Qt::red);
        break;
    case Duration:
        if (role == RawValueRole)
            return e.durationMs;
        if (display)
            return tr("%1 ms").arg(e.durationMs);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Attempts:
        if (display || role == RawValueRole)
            return e.attempts;
        break;
    case RequestId:
        if (display || role == RawValueRole)
            return e.requestId;
        break;
    case Parameters:
        // The masked parameters only: the whole ones are for cliCommand().
        if (e.redactedInput.isEmpty())
            break;
        if (display || role == RawValueRole)
            return QString::fromUtf8(QJsonDocument(e.redactedInput).toJson(QJsonDocument::Compact));
        if (role == Qt::ToolTipRole)
            return QString::fromUtf8(QJsonDocument(e.redactedInput).toJson(QJsonDocument::Indented))
                .trimmed();
        break;
    default:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Operation:
        return tr("Operation");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Attempts:
        return tr("Attempts");
    case RequestId:
        return tr("Request id");
    case Parameters:
        return tr("Parameters");
    default:
        return {};
    }
}

} // namespace cp::models
