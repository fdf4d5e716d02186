#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cp::models {

// Records a user pastes or opens to design from: JSON objects (one, an array of them, JSON
// Lines, or several objects one after another, pretty-printed or not), or CSV whose first
// row names the columns and whose next rows become flat objects of strings. Which one is
// told from the first character that is not white space ('{' or '[': JSON, else CSV).
struct SampleRecords
{
    Q_DECLARE_TR_FUNCTIONS(cp::models::SampleRecords)
public:
    enum class Format { None, Json, Csv };

    QList<QJsonObject> records; // at most the limit given to read()
    Format format = Format::None;
    int total = 0;    // records found, including those past the limit
    QString problem;  // one sentence when nothing usable was found, else empty

    // Reads up to `limit` records. A JSON value that is not an object, or text that is not
    // JSON where JSON started, is a problem naming the record and what is wrong.
    static SampleRecords read(const QByteArray &data, int limit);
};

} // namespace cp::models
