#pragma once

#include <QString>
#include <QStringList>

namespace cp::views {

// What the user typed in a "value (several: separate with commas)" field: the values,
// trimmed, empty ones left out.
inline QStringList commaSeparatedValues(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            values.append(part.trimmed());
    }
    return values;
}

} // namespace cp::views
