#pragma once

#include "wiremodel.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace cp::emulator {

// Finds the operation an HTTP method and raw path name, from the wire model's URI
// templates, and the path labels' decoded values.
class Router
{
public:
    Router();

    struct Match
    {
        const schema::Operation *operation = nullptr;
        QList<QPair<QString, QString>> labels;
        bool badEncoding = false; // a label was not valid percent-encoded UTF-8
        bool pathKnown = false;   // some operation has this path, with another method
    };
    Match match(const QByteArray &method, const QByteArray &rawPath) const;

private:
    struct Route
    {
        const schema::Operation *operation;
        QByteArray method;
        QList<QByteArray> segments; // "{Label}" for labels
    };
    QList<Route> m_routes;
};

} // namespace cp::emulator
