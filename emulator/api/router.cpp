#include "router.h"

#include "sigv4/sigv4.h"

#include <algorithm>

namespace cp::emulator {

Router::Router(const schema::WireModel &model)
{
    for (const schema::Operation &op : model.operations()) {
        QString uri = op.uri;
        uri.truncate(uri.indexOf(QLatin1Char('?')) < 0 ? uri.size() : uri.indexOf(QLatin1Char('?')));
        Route route{&op, op.method.toLatin1(), uri.toUtf8().split('/')};
        for (QByteArray &segment : route.segments) {
            if (!segment.startsWith('{')) {
                ++route.literals;
                continue;
            }
            // {Label+} is greedy by the model; an ARN label takes the rest of the path
            // too, for an ARN sent with its slashes unencoded.
            const bool last = &segment == &route.segments.last();
            if (segment.endsWith("+}")) {
                segment.remove(segment.size() - 2, 1);
                route.greedyTail = last;
            } else if (last && segment.endsWith("Arn}")) {
                route.greedyTail = true;
            }
        }
        m_routes.append(route);
    }
    // Most literal segments first: /workflows/integrations before /workflows/{WorkflowId}.
    std::stable_sort(m_routes.begin(), m_routes.end(),
                     [](const Route &a, const Route &b) { return a.literals > b.literals; });
}

Router::Match Router::match(const QByteArray &method, const QByteArray &rawPath) const
{
    Match out;
    QList<QByteArray> segments = rawPath.split('/');
    if (segments.size() > 1 && segments.last().isEmpty())
        segments.removeLast(); // a trailing slash names the same resource
    // Exact segment counts first; then a greedy label may take the rest of the path.
    for (const bool greedy : {false, true}) {
        for (const Route &route : m_routes) {
            if (greedy ? !(route.greedyTail && segments.size() > route.segments.size())
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

bool Router::hasDotSegment(QByteArrayView rawPath)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= rawPath.size(); ++i) {
        if (i < rawPath.size() && rawPath[i] != '/')
            continue;
        QByteArrayView segment = rawPath.sliced(start, i - start);
        start = i + 1;
        // At most two dots, each "." or "%2e"/"%2E": at most 6 bytes.
        if (segment.isEmpty() || segment.size() > 6)
            continue;
        int dots = 0;
        while (!segment.isEmpty()) {
            if (segment.front() == '.') {
                segment = segment.sliced(1);
            } else if (segment.size() >= 3 && segment.first(3).compare("%2e", Qt::CaseInsensitive) == 0) {
                segment = segment.sliced(3);
            } else {
                dots = 0;
                break;
            }
            ++dots;
        }
        if (dots == 1 || dots == 2)
            return true;
    }
    return false;
}

} // namespace cp::emulator
