// WireModel::validate: checks parameters against the model's constraints and reports each
// failure twice, as a sentence for the user and in the service's own wording.

#include "patternwords.h"
#include "wiremodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace cp::schema {
namespace {

// Where a value sits: as the user names it ("Keys.email[0]") and as AWS does ("keys.email[0]").
struct Path
{
    QString user;
    QString aws;

    Path member(const QString &name) const
    {
        QString lowered = name;
        if (!lowered.isEmpty())
            lowered[0] = lowered.at(0).toLower();
        return {join(user, name), join(aws, lowered)};
    }
    // Map keys are data, not member names: both forms keep them as they are.
    Path key(const QString &key) const { return {join(user, key), join(aws, key)}; }
    Path index(qsizetype i) const
    {
        const QString suffix = QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        return {user + suffix, aws + suffix};
    }

private:
    static QString join(const QString &parent, const QString &name)
    {
        return parent.isEmpty() ? name : parent + QLatin1Char('.') + name;
    }
};

QString numberText(double d)
{
    if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// Java's toString() of the value, which is how the service quotes what it received.
QString javaText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(javaText(item));
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        QStringList entries;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            entries.append(it.key() + QLatin1Char('=') + javaText(it.value()));
        return QLatin1Char('{') + entries.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

QString quotedValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    return QLatin1Char('\'') + javaText(value) + QLatin1Char('\'');
}

// Smithy counts string length in Unicode code points, not UTF-16 units.
qsizetype codePoints(QStringView s)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < s.size(); ++i, ++count) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
    }
    return count;
}

class Validator
{
public:
    Validator(const WireModel &model, const QHash<QString, QRegularExpression> &patterns,
              UnknownMembers unknown)
        : m_model(model)
        , m_patterns(patterns)
        , m_unknown(unknown)
    {}

    QList<ValidationIssue> issues;

    void check(const Shape &shape, const QJsonValue &value, const Path &path);

private:
    // What a failure is about: the path of the value and how a sentence names it.
    struct Subject
    {
        Path path;
        QString name;
        QString constraintPrefix; // "Map keys must satisfy constraint: [" for keys
        QJsonValue reported;      // the value the service quotes
        QString shapeName;        // its shape: what the model marks sensitive is masked
    };

    Subject subjectOf(const Path &path, const QJsonValue &value) const
    {
        const QString name = path.user.isEmpty()
                                 ? QCoreApplication::translate("cp::schema::WireModel", "The input")
                                 : path.user;
        return {path, name, QString(), value, QString()};
    }

    void add(const Subject &s, const QString &message, const QString &constraint)
    {
        // A value the model marks sensitive (a name, a sample record), or one holding such
        // a member, is not quoted back, as AWS words it ("Value at 'password' failed..."):
        // the message may reach a log. Checked only here, when a message is made.
        const bool sensitive = !s.shapeName.isEmpty() &&
                               m_model.redacted(s.shapeName, s.reported) != s.reported;
        QString aws = QStringLiteral("Value ") +
                      (sensitive ? QString() : quotedValue(s.reported) + QLatin1Char(' ')) +
                      QStringLiteral("at '") +
                      s.path.aws + QStringLiteral("' failed to satisfy constraint: ");
        aws += s.constraintPrefix.isEmpty() ? constraint
                                            : s.constraintPrefix + constraint + QLatin1Char(']');
        issues.append({s.path.user, message, aws});
    }

    void missing(const Path &path);
    void wrongType(const Subject &s, const Shape &shape);
    void checkString(const Shape &shape, const QString &text, const Subject &s);
    void checkNumber(const Shape &shape, double number, const Subject &s);
    void checkSize(const Shape &shape, qsizetype size, const Subject &s);
    void checkList(const Shape &shape, const QJsonArray &items, const Path &path);
    void checkMap(const Shape &shape, const QJsonObject &entries, const Path &path);
    void checkStructure(const Shape &shape, const QJsonObject &object, const Path &path);
    bool hasType(const Shape &shape, const QJsonValue &value) const;

    const WireModel &m_model;
    const QHash<QString, QRegularExpression> &m_patterns;
    const UnknownMembers m_unknown;
};

void Validator::missing(const Path &path)
{
    add(subjectOf(path, QJsonValue()),
        QCoreApplication::translate("cp::schema::WireModel", "%1 is required.").arg(path.user),
        QStringLiteral("Member must not be null"));
}

bool Validator::hasType(const Shape &shape, const QJsonValue &value) const
{
    switch (shape.kind) {
    case ShapeKind::String:
        return value.isString();
    case ShapeKind::Integer:
    case ShapeKind::Long: {
        const double d = value.toDouble();
        const double limit =
            shape.kind == ShapeKind::Integer ? 2147483648.0 : 9223372036854775808.0;
        return value.isDouble() && d == std::trunc(d) && d >= -limit && d < limit;
    }
    case ShapeKind::Float:
    case ShapeKind::Double:
    case ShapeKind::Timestamp: // epoch seconds in JSON bodies
        return value.isDouble();
    case ShapeKind::Blob: // base64 text in JSON bodies
        return value.isString();
    case ShapeKind::Boolean:
        return value.isBool();
    case ShapeKind::List:
        return value.isArray();
    case ShapeKind::Map:
    case ShapeKind::Structure:
        return value.isObject();
    }
    return false;
}

void Validator::wrongType(const Subject &s, const Shape &shape)
{
    QString message;
    QString type;
    switch (shape.kind) {
    case ShapeKind::String:
        message = QCoreApplication::translate("cp::schema::WireModel", "%1 must be a string.");
        type = QStringLiteral("string");
        break;
    case ShapeKind::Integer:
        message = QCoreApplication::translate(
            "cp::schema::WireModel",
            "%1 must be a whole number between -2147483648 and 2147483647.");
        type = QStringLiteral("integer");
        break;
    case ShapeKind::Long:
        message =
            QCoreApplication::translate("cp::schema::WireModel", "%1 must be a whole number.");
        type = QStringLiteral("long");
        break;
    case ShapeKind::Float:
    case ShapeKind::Double:
        message = QCoreApplication::translate("cp::schema::WireModel", "%1 must be a number.");
        type = QStringLiteral("double");
        break;
    case ShapeKind::Blob:
        message = QCoreApplication::translate("cp::schema::WireModel",
                                              "%1 must be base64-encoded text.");
        type = QStringLiteral("blob");
        break;
    case ShapeKind::Timestamp:
        message = QCoreApplication::translate(
            "cp::schema::WireModel",
            "%1 must be a timestamp given as a number of seconds since 1970.");
        type = QStringLiteral("timestamp");
        break;
    case ShapeKind::Boolean:
        message = QCoreApplication::translate("cp::schema::WireModel", "%1 must be true or false.");
        type = QStringLiteral("boolean");
        break;
    case ShapeKind::List:
        message = QCoreApplication::translate("cp::schema::WireModel", "%1 must be a list.");
        type = QStringLiteral("list");
        break;
    case ShapeKind::Map:
    case ShapeKind::Structure:
        message = QCoreApplication::translate("cp::schema::WireModel", "%1 must be an object.");
        type = QStringLiteral("object");
        break;
    }
    add(s, message.arg(s.name), QStringLiteral("Member must be of type ") + type);
}

void Validator::checkString(const Shape &shape, const QString &text, const Subject &s)
{
    const qsizetype length = codePoints(text);
    if (shape.min && length < *shape.min) {
        const QString message =
            *shape.min == 1
                ? QCoreApplication::translate("cp::schema::WireModel", "%1 must not be empty.")
                      .arg(s.name)
                : QCoreApplication::translate("cp::schema::WireModel",
                                              "%1 must be at least %n characters long (it has %2).",
                                              nullptr, int(*shape.min))
                      .arg(s.name, QString::number(length));
        add(s, message,
            QStringLiteral("Member must have length greater than or equal to ") +
                QString::number(*shape.min));
    }
    if (shape.max && length > *shape.max) {
        add(s,
            QCoreApplication::translate("cp::schema::WireModel",
                                        "%1 must be at most %n characters long (it has %2).",
                                        nullptr, int(*shape.max))
                .arg(s.name, QString::number(length)),
            QStringLiteral("Member must have length less than or equal to ") +
                QString::number(*shape.max));
    }
    const auto re = m_patterns.constFind(shape.pattern);
    if (re != m_patterns.cend() && !re->match(text).hasMatch()) { // a search, as in Smithy
        // In words where the pattern allows; the expression itself only in the service's form.
        const QString words = describePattern(shape.pattern);
        add(s,
            words.isEmpty()
                ? QCoreApplication::translate("cp::schema::WireModel",
                                              "%1 is not in the expected format.")
                      .arg(s.name)
                : QCoreApplication::translate("cp::schema::WireModel", "%1 %2.").arg(s.name, words),
            QStringLiteral("Member must satisfy regular expression pattern: ") + shape.pattern);
    }
    if (!shape.enumValues.isEmpty() && !shape.enumValues.contains(text)) {
        const QString values = shape.enumValues.join(QStringLiteral(", "));
        add(s,
            QCoreApplication::translate("cp::schema::WireModel",
                                        "%1 must be one of %2 (it is '%3').")
                .arg(s.name, values, text),
            QStringLiteral("Member must satisfy enum value set: [") + values + QLatin1Char(']'));
    }
}

void Validator::checkNumber(const Shape &shape, double number, const Subject &s)
{
    if (shape.min && number < double(*shape.min)) {
        add(s,
            QCoreApplication::translate("cp::schema::WireModel",
                                        "%1 must be at least %2 (it is %3).")
                .arg(s.name, QString::number(*shape.min), numberText(number)),
            QStringLiteral("Member must have value greater than or equal to ") +
                QString::number(*shape.min));
    }
    if (shape.max && number > double(*shape.max)) {
        add(s,
            QCoreApplication::translate("cp::schema::WireModel",
                                        "%1 must be at most %2 (it is %3).")
                .arg(s.name, QString::number(*shape.max), numberText(number)),
            QStringLiteral("Member must have value less than or equal to ") +
                QString::number(*shape.max));
    }
}

void Validator::checkSize(const Shape &shape, qsizetype size, const Subject &s)
{
    const bool isList = shape.kind == ShapeKind::List;
    const QString count = QString::number(size);
    if (shape.min && size < *shape.min) {
        const int min = int(*shape.min);
        QString message;
        if (min == 1)
            message = isList ? QCoreApplication::translate("cp::schema::WireModel",
                                                           "%1 must not be an empty list.")
                             : QCoreApplication::translate("cp::schema::WireModel",
                                                           "%1 must not be empty.");
        else if (isList)
            message = QCoreApplication::translate("cp::schema::WireModel",
                                                  "%1 must have at least %n items (it has %2).",
                                                  nullptr, min);
        else
            message = QCoreApplication::translate("cp::schema::WireModel",
                                                  "%1 must have at least %n entries (it has %2).",
                                                  nullptr, min);
        add(s, min == 1 ? message.arg(s.name) : message.arg(s.name, count),
            QStringLiteral("Member must have length greater than or equal to ") +
                QString::number(min));
    }
    if (shape.max && size > *shape.max) {
        const int max = int(*shape.max);
        const QString message =
            isList ? QCoreApplication::translate("cp::schema::WireModel",
                                                 "%1 must have at most %n items (it has %2).",
                                                 nullptr, max)
                   : QCoreApplication::translate("cp::schema::WireModel",
                                                 "%1 must have at most %n entries (it has %2).",
                                                 nullptr, max);
        add(s, message.arg(s.name, count),
            QStringLiteral("Member must have length less than or equal to ") +
                QString::number(max));
    }
}

void Validator::checkList(const Shape &shape, const QJsonArray &items, const Path &path)
{
    const Shape *element = m_model.shape(shape.member);
    for (qsizetype i = 0; element && i < items.size(); ++i) {
        if (items.at(i).isNull()) {
            add(subjectOf(path.index(i), QJsonValue()),
                QCoreApplication::translate("cp::schema::WireModel", "%1 must not be null.")
                    .arg(path.index(i).user),
                QStringLiteral("Member must not be null"));
            continue;
        }
        check(*element, items.at(i), path.index(i));
    }
}

void Validator::checkMap(const Shape &shape, const QJsonObject &entries, const Path &path)
{
    const Shape *keyShape = m_model.shape(shape.key);
    const Shape *valueShape = m_model.shape(shape.member);
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const Path entryPath = path.key(it.key());
        if (keyShape) {
            // The service reports a bad key against the whole map.
            Subject s{entryPath,
                      QCoreApplication::translate("cp::schema::WireModel", "The key '%1' in %2")
                          .arg(it.key(), path.user),
                      QStringLiteral("Map keys must satisfy constraint: ["), QJsonValue(entries),
                      shape.name};
            s.path.aws = path.aws;
            checkString(*keyShape, it.key(), s);
        }
        if (!valueShape)
            continue;
        if (it.value().isNull()) {
            add(subjectOf(entryPath, QJsonValue()),
                QCoreApplication::translate("cp::schema::WireModel", "%1 must not be null.")
                    .arg(entryPath.user),
                QStringLiteral("Member must not be null"));
            continue;
        }
        check(*valueShape, it.value(), entryPath);
    }
}

void Validator::checkStructure(const Shape &shape, const QJsonObject &object, const Path &path)
{
    int set = 0;
    for (const Member &member : shape.members) {
        const QJsonValue value = object.value(member.name);
        const Path memberPath = path.member(member.name);
        if (value.isUndefined() || value.isNull()) { // SDKs omit unset members; null means unset
            if (member.required)
                missing(memberPath);
            continue;
        }
        ++set;
        if (const Shape *memberShape = m_model.shape(member.shape))
            check(*memberShape, value, memberPath);
    }
    if (m_unknown == UnknownMembers::Refuse) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (shape.findMember(it.key()))
                continue;
            const Path unknownPath = path.member(it.key());
            issues.append({unknownPath.user,
                           QCoreApplication::translate("cp::schema::WireModel",
                                                       "%1 is not a member the service knows.")
                               .arg(unknownPath.user),
                           QStringLiteral("Unknown member ") + unknownPath.user});
        }
    }
    if (shape.isUnion && set != 1) {
        const Subject s = subjectOf(path, QJsonValue(object));
        QStringList names;
        for (const Member &member : shape.members)
            names.append(member.name);
        add(s,
            QCoreApplication::translate("cp::schema::WireModel",
                                        "%1 must set exactly one of %2 (it sets %n).", nullptr,
                                        set)
                .arg(s.name, names.join(QStringLiteral(", "))),
            QStringLiteral("Member must set exactly one union member"));
    }
}

void Validator::check(const Shape &shape, const QJsonValue &value, const Path &path)
{
    Subject s = subjectOf(path, value);
    s.shapeName = shape.name;
    if (!hasType(shape, value)) {
        wrongType(s, shape);
        return;
    }
    switch (shape.kind) {
    case ShapeKind::String:
        checkString(shape, value.toString(), s);
        break;
    case ShapeKind::Integer:
    case ShapeKind::Long:
    case ShapeKind::Float:
    case ShapeKind::Double:
        checkNumber(shape, value.toDouble(), s);
        break;
    case ShapeKind::List:
        checkSize(shape, value.toArray().size(), s);
        checkList(shape, value.toArray(), path);
        break;
    case ShapeKind::Map:
        checkSize(shape, value.toObject().size(), s);
        checkMap(shape, value.toObject(), path);
        break;
    case ShapeKind::Structure:
        checkStructure(shape, value.toObject(), path);
        break;
    case ShapeKind::Boolean:
    case ShapeKind::Timestamp:
    case ShapeKind::Blob:
        break;
    }
}

} // namespace

QList<ValidationIssue> WireModel::validate(QStringView shapeName, const QJsonValue &value,
                                           UnknownMembers unknown) const
{
    const Shape *root = shape(shapeName);
    if (!root) {
        const QString message =
            QCoreApplication::translate("cp::schema::WireModel", "No shape named %1 is known.")
                .arg(shapeName.toString());
        return {{QString(), message, message}};
    }
    Validator validator(*this, m_patterns, unknown);
    // A request without a body (GET, DELETE) has no members beyond its path and query.
    const bool absent = value.isUndefined() || value.isNull();
    validator.check(*root, absent && root->kind == ShapeKind::Structure ? QJsonObject() : value,
                    Path());
    return validator.issues;
}

} // namespace cp::schema
