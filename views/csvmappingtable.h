#pragma once

#include "csvimport.h"

#include <QTableWidget>

class QComboBox;

namespace cp::views {

// A CSV file's first rows under its header, with a choice above each column of the
// profile field it goes to ("Don't import", a member of the standard profile, an address
// field such as "ShippingAddress.City", or "Attributes.NAME", which can be typed).
class CsvMappingTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit CsvMappingTable(QWidget *parent = nullptr);

    // Shows the file's head and the suggested targets (an empty preview clears it).
    void setPreview(const models::CsvFilePreview &preview, const models::UploadMapping &mapping);
    // The target of each column as chosen ("_profile.…", empty: not imported).
    QStringList targets() const;
    // The choice above a column (its objectName is "uploadTarget_N").
    QComboBox *targetCombo(int column) const;
    // Chooses a target for a column: "_profile.X", or empty for "Don't import".
    void setTarget(int column, const QString &target);
    // Marks the unique key's column in the header; its values are kept (as the profile's
    // key) even when it goes to no field, so it is never greyed.
    void setUniqueKeyColumn(int column);

Q_SIGNALS:
    void targetsChanged();

private:
    QComboBox *makeCombo(int column, const QString &columnName);
    void greyUnimported();

    QStringList m_header;
    int m_uniqueKey = -1;
};

} // namespace cp::views
