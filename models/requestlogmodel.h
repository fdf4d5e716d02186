#pragma once

#include "core/transport.h"

#include <QAbstractTableModel>

namespace cp::models {

// Every call the console made on a connection, newest last, for the request log dock.
// What it shows of a call's parameters has every value of a sensitive shape masked (as
// botocore's debug log); cliCommand() alone uses them whole, because the user asked for
// the request itself.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Operation, Status, Duration, Attempts, RequestId, Parameters, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit RequestLogModel(QObject *parent = nullptr);

    void append(const client::RequestLogEntry &entry, const QString &region);
    const client::RequestLogEntry &entry(int row) const { return m_entries.at(row).entry; }
    // "Copy as AWS CLI command": the whole request, sensitive values included.
    QString cliCommand(int row) const;
    // At most this many entries, the oldest dropped first; 0 keeps none.
    void setCapacity(int capacity);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void trim(int keep);

    struct Row
    {
        client::RequestLogEntry entry;
        QString region;
    };
    QList<Row> m_entries;
    int m_capacity = 2000;
};

} // namespace cp::models
