#pragma once

#include "wiremodel.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace cp::emulator {

// Finds the operation an HTTP method and raw path name, from the wire model's URI
// templates, and the path labels' decoded values. Where two templates fit a path (a
// literal segment and a label), the one with more literal segments wins.
class Router
{
public:
    explicit Router(const schema::WireModel &model = schema::WireModel::bundled());

    struct Match
    {
        const schema::Operation *operation = nullptr;
        QList<QPair<QString, QString>> labels;
        bool badEncoding = false; // a label was not valid percent-encoded UTF-8
        bool pathKnown = false;   // some operation has this path, with another method
    };
    Match match(const QByteArray &method, const QByteArray &rawPath) const;

    // Whether a raw path has a "." or ".." segment, as sent or percent-encoded ("%2e").
    // SigV4 removes them before signing while routing would not, so such a path is
    // refused rather than routed: the SDKs never send one.
    static bool hasDotSegment(QByteArrayView rawPath);

private:
    struct Route
    {
        const schema::Operation *operation;
        QByteArray method;
        QList<QByteArray> segments; // "{Label}" for labels
        int literals = 0;           // segments that are not labels
        bool greedyTail = false;    // the last label takes the rest of the path
    };
    QList<Route> m_routes;
};

} // namespace cp::emulator
