#include "patternwords.h"

#include <QCoreApplication>
#include <QStringList>

namespace cp::schema {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cp::schema", text);
}

// "a, b and c"
QString listed(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")),
                               items.last());
}

// The characters of a bracket expression's body ("a-zA-Z0-9_-"), in words; empty when
// it holds something this does not describe (a negation, a class like [:alpha:]).
QString describeClass(const QString &body)
{
    if (body.startsWith(QLatin1Char('^')) || body.contains(QLatin1String("[:")))
        return {};
    bool lower = false, upper = false, digits = false, spaces = false;
    QStringList literals;
    for (qsizetype i = 0; i < body.size(); ++i) {
        QChar c = body.at(i);
        if (c == QLatin1Char('\\') && i + 1 < body.size()) {
            const QChar e = body.at(++i);
            if (e == QLatin1Char('d')) {
                digits = true;
            } else if (e == QLatin1Char('w')) {
                lower = upper = digits = true;
                literals.append(QStringLiteral("_"));
            } else if (e == QLatin1Char('s')) {
                spaces = true;
            } else if (!e.isLetterOrNumber()) {
                literals.append(e);
            } else {
                return {};
            }
            continue;
        }
        if (i + 2 < body.size() && body.at(i + 1) == QLatin1Char('-')) {
            const QString range = body.mid(i, 3);
            i += 2;
            if (range == QLatin1String("a-z"))
                lower = true;
            else if (range == QLatin1String("A-Z"))
                upper = true;
            else if (range == QLatin1String("0-9"))
                digits = true;
            else if (range.at(0).isLetterOrNumber() && range.at(2).isLetterOrNumber())
                literals.append(tr("%1 to %2").arg(range.at(0), range.at(2)));
            else
                return {}; // a range of punctuation: too subtle to say
            continue;
        }
        literals.append(c);
    }
    literals.removeDuplicates();
    QStringList words;
    if (lower && upper)
        words.append(tr("letters"));
    else if (lower)
        words.append(tr("lowercase letters"));
    else if (upper)
        words.append(tr("uppercase letters"));
    if (digits)
        words.append(tr("digits"));
    if (spaces)
        words.append(tr("spaces"));
    words += literals;
    return listed(words);
}

struct Piece
{
    QString chars; // in words
    QChar quantifier;
    int count = 0; // for {n}
};

// One bracket expression (or \S) and its quantifier at `at`; advances `at`.
bool readPiece(const QString &p, qsizetype &at, Piece *piece)
{
    if (p.mid(at, 2) == QLatin1String("\\S")) {
        piece->chars = QStringLiteral("\\S");
        at += 2;
    } else if (at < p.size() && p.at(at) == QLatin1Char('[')) {
        const qsizetype close = p.indexOf(QLatin1Char(']'), at + 2);
        if (close < 0)
            return false;
        piece->chars = describeClass(p.mid(at + 1, close - at - 1));
        if (piece->chars.isEmpty())
            return false;
        at = close + 1;
    } else {
        return false;
    }
    if (at < p.size() && (p.at(at) == QLatin1Char('+') || p.at(at) == QLatin1Char('*'))) {
        piece->quantifier = p.at(at++);
    } else if (at < p.size() && p.at(at) == QLatin1Char('{')) {
        const qsizetype close = p.indexOf(QLatin1Char('}'), at);
        bool ok = false;
        piece->count = close > 0 ? p.mid(at + 1, close - at - 1).toInt(&ok) : 0;
        if (!ok)
            return false;
        at = close + 1;
    }
    return true;
}

} // namespace

QString describePattern(const QString &pattern)
{
    QString p = pattern;
    const bool anchoredStart = p.startsWith(QLatin1Char('^'));
    const bool anchoredEnd = p.endsWith(QLatin1Char('$')) && !p.endsWith(QLatin1String("\\$"));
    if (anchoredStart)
        p.remove(0, 1);
    if (anchoredEnd)
        p.chop(1);
    QStringList parts;
    // (?!aws:) at the start: a prefix the value must not have.
    if (anchoredStart && p.startsWith(QLatin1String("(?!"))) {
        const qsizetype close = p.indexOf(QLatin1Char(')'));
        if (close < 0)
            return {};
        parts.append(tr("must not start with %1").arg(p.mid(3, close - 3)));
        p.remove(0, close + 1);
    }
    // A literal start (arn:aws:kms:...): the form the value takes.
    qsizetype literal = 0;
    while (literal < p.size() && (p.at(literal).isLetterOrNumber() || p.at(literal) == u':'))
        ++literal;
    if (literal >= 3) {
        const QString prefix = p.left(literal);
        parts.append(anchoredStart ? tr("must start with %1").arg(prefix)
                                   : tr("must have the form %1…").arg(prefix));
        return parts.join(tr(" and "));
    }
    if (p == QLatin1String(".*") || p == QLatin1String(".+") || p.isEmpty())
        return parts.join(tr(" and "));
    // What cannot be put in words leaves the rule said so far (or nothing).
    const QString saidSoFar = parts.join(tr(" and "));
    qsizetype at = 0;
    Piece first, rest;
    if (!readPiece(p, at, &first))
        return saidSoFar;
    const bool hasRest = at < p.size();
    if (hasRest && (!readPiece(p, at, &rest) || at != p.size()))
        return saidSoFar;
    const bool whole = anchoredStart && anchoredEnd;
    if (first.chars == QLatin1String("\\S") && !hasRest) {
        parts.append(tr("must hold a character other than a space"));
    } else if (!hasRest && first.count > 0) {
        parts.append(whole ? tr("must be %1 characters: %2").arg(first.count).arg(first.chars)
                           : tr("must hold %1 characters in a row of: %2")
                                 .arg(first.count)
                                 .arg(first.chars));
    } else if (!hasRest) {
        if (!whole && first.quantifier == QLatin1Char('*'))
            return parts.join(tr(" and ")); // matches anything
        parts.append(whole ? tr("may hold only %1").arg(first.chars)
                           : tr("must hold at least one of: %1").arg(first.chars));
    } else if (rest.count == 0 && rest.chars != QLatin1String("\\S")) {
        if (!whole)
            return saidSoFar;
        parts.append(tr("must start with one of: %1, and may hold only %2")
                         .arg(first.chars, rest.chars));
    } else {
        return saidSoFar;
    }
    return parts.join(tr(" and "));
}

} // namespace cp::schema
