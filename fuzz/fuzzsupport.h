#pragma once

// Shared by the harnesses: turning fuzz bytes into Qt values, and failing loudly.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sanitizer/allocator_interface.h>

namespace cp::fuzz {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    // A deep copy: libFuzzer's buffer is only valid during the call, and some callees
    // keep what they are given.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property the code under test must keep. abort() is what libFuzzer reports as a
// crash, with the input saved as the reproducer.
[[noreturn]] inline void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz property violated: %s\n%s\n", what, detail.constData());
    std::abort();
}

inline void check(bool condition, const char *what, const QByteArray &detail = {})
{
    if (!condition)
        fail(what, detail);
}

// Qt's warnings (a JSON parse error, a bad regular expression...) are expected by the
// thousand and only slow the run down; fatal messages still abort.
inline void silenceQtWarnings()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(msg));
            std::abort();
        }
    });
}

// With FUZZ_HEAP_EVERY=N in the environment, prints the live heap (bytes allocated and
// not freed) and the allocator's heap every N inputs: in a long run it tells a growing
// live heap (a cache, a leak still referenced) from the sanitizer allocator's own growth.
inline void countInput()
{
    static const long every = [] {
        const char *text = std::getenv("FUZZ_HEAP_EVERY");
        return text ? std::strtol(text, nullptr, 10) : 0L;
    }();
    static long inputs = 0;
    if (every > 0 && ++inputs % every == 0)
        std::fprintf(stderr, "fuzz heap: %ld inputs, live %zu kB, heap %zu kB\n", inputs,
                     __sanitizer_get_current_allocated_bytes() / 1024,
                     __sanitizer_get_heap_size() / 1024);
}

// The simple split the request harnesses share, so seeds stay readable HTTP:
// a first line "METHOD TARGET[ ...]", "name: value" lines up to an empty line, then the
// body. Nothing is checked: the code under test gets whatever bytes the fuzzer wrote.
struct LooseRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

inline LooseRequest splitLoosely(const QByteArray &text)
{
    LooseRequest out;
    qsizetype pos = 0;
    const auto nextLine = [&](QByteArray &line) {
        if (pos >= text.size())
            return false;
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        line = text.mid(pos, nl - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = nl + 1;
        return true;
    };
    QByteArray line;
    if (!nextLine(line))
        return out;
    const qsizetype sp = line.indexOf(' ');
    out.method = sp < 0 ? line : line.left(sp);
    QByteArray target = sp < 0 ? QByteArray() : line.mid(sp + 1);
    const qsizetype sp2 = target.indexOf(' ');
    if (sp2 >= 0)
        target.truncate(sp2);
    const qsizetype q = target.indexOf('?');
    out.path = q < 0 ? target : target.left(q);
    out.query = q < 0 ? QByteArray() : target.mid(q + 1);
    while (nextLine(line) && !line.isEmpty()) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            out.headers.append({line, QByteArray()});
        else
            out.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    out.body = pos < text.size() ? text.mid(pos) : QByteArray();
    return out;
}

} // namespace cp::fuzz
