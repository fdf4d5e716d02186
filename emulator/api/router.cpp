#include "router.h"

#include "sigv4/sigv4.h"

namespace cp::emulator {

Router::Router()
{
    for (const schema::Operation &op : schema::WireModel::instance().operations()) {
        Route route{&op, op.method.toLatin1(), op.uri.toUtf8().split('/')};
        m_routes.append(route);
    }
}

Router::Match Router::match(const QByteArray &method, const QByteArray &rawPath) const
{
    Match out;
    QList<QByteArray> segments = rawPath.split('/');
    if (segments.size() > 1 && segments.last().isEmpty())
        segments.removeLast(); // a trailing slash names the same resource
    // Exact segment counts first; then the tag operations' ARN label may take the rest
    // of the path, for an ARN sent with its slashes unencoded.
    for (const bool greedy : {false, true}) {
        for (const Route &route : m_routes) {
            const bool greedyTail =
                greedy && route.segments.size() == 3 && route.segments[1] == "tags";
            if (greedy ? !(greedyTail && segments.size() > route.segments.size())
                       : segments.size() != route.segments.size())
                continue;
            QList<QPair<QString, QString>> labels;
            bool matched = true;
            bool badEncoding = false;
            for (qsizetype i = 0; i < route.segments.size() && matched; ++i) {
                const QByteArray &expected = route.segments[i];
                if (!expected.startsWith('{')) {
                    matched = expected == segments[i];
                    continue;
                }
                const bool last = i == route.segments.size() - 1;
                const QByteArray raw = last ? segments.mid(i).join('/') : segments[i];
                bool ok = true;
                const QByteArray decoded = sigv4::percentDecode(raw, &ok);
                const QString text = QString::fromUtf8(decoded);
                if (!ok || text.toUtf8() != decoded)
                    badEncoding = true;
                matched = !raw.isEmpty();
                labels.append({QString::fromUtf8(expected.mid(1, expected.size() - 2)), text});
            }
            if (!matched)
                continue;
            if (route.method != method) {
                out.pathKnown = true;
                continue;
            }
            out.operation = route.operation;
            out.labels = labels;
            out.badEncoding = badEncoding;
            return out;
        }
    }
    return out;
}

} // namespace cp::emulator
