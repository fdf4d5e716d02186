#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <optional>

namespace cp::schema {

// The wire model of the Customer Profiles API (2020-08-15) for the operations this
// product covers: each operation's HTTP binding and the constraints of its input and
// output shapes. Both the client (before sending) and the local endpoint (on receipt)
// validate against it, so the rules live once.

enum class ShapeKind { Structure, String, Integer, Long, Double, Boolean, Timestamp, List, Map };
enum class Location { Body, Uri, Query, Header };

struct Member
{
    QString name;  // the member's name in the operation's parameters
    QString shape; // name of its Shape
    bool required = false;
    Location location = Location::Body;
    QString locationName; // the path label, query or header name when not Body
};

struct Shape
{
    QString name;
    ShapeKind kind = ShapeKind::String;
    std::optional<qint64> min; // length for strings, lists and maps; value for numbers
    std::optional<qint64> max;
    QString pattern; // ECMAScript/PCRE pattern as the model gives it
    QStringList enumValues;
    QString member;        // List: element shape; Map: value shape
    QString key;           // Map: key shape
    QList<Member> members; // Structure
};

struct Operation
{
    QString name;   // e.g. "SearchProfiles"
    QString method; // "GET", "POST", "PUT", "DELETE"
    QString uri;    // e.g. "/domains/{DomainName}/profiles/search"
    QString input;  // shape name
    QString output; // shape name
    int successCode = 200;
};

struct ValidationIssue
{
    QString path;       // member path as the user knows it, e.g. "Keys.email[0].FieldNames[1]"
    QString message;    // a full sentence for the user
    QString awsMessage; // the service's own form: "Value 'x' at 'domainName' failed to satisfy
                        // constraint: ..."
};

class WireModel
{
public:
    static const WireModel &instance();

    const Operation *operation(QStringView name) const;
    const Shape *shape(QStringView name) const;
    const QList<Operation> &operations() const;
    // Every shape reachable from the operations' input and output shapes.
    const QList<Shape> &shapes() const;

    // Checks a value (parameters as JSON, all members by their model names, whatever
    // their location) against a shape: required members, types, lengths, ranges,
    // patterns, enums. Members the model does not know are ignored, never rejected.
    QList<ValidationIssue> validate(QStringView shapeName, const QJsonValue &value) const;

private:
    WireModel();
    QList<Operation> m_operations;
    QList<Shape> m_shapes;
    // Built once in the constructor and never changed: safe to read from any thread.
    QHash<QString, qsizetype> m_operationIndex;
    QHash<QString, qsizetype> m_shapeIndex;
    QHash<QString, QRegularExpression> m_patterns; // by pattern text, compiled and optimized
};

} // namespace cp::schema
