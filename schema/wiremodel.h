#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <optional>

namespace cp::schema {

// The wire model of the Customer Profiles API (2020-08-15): every operation's HTTP
// binding, errors and paginator, and every shape's members and constraints. It is data,
// read from the project's model file (scripts/generate-model.py makes it from botocore's
// service-2.json): a new service release is a new file, not new code. The client
// (before sending), the local endpoint (on receipt) and the console's forms validate
// against it, so the rules live once.

enum class ShapeKind {
    Structure,
    String,
    Integer,
    Long,
    Float,
    Double,
    Boolean,
    Timestamp,
    Blob,
    List,
    Map
};
// Where a member travels: the JSON body, a URI label, the query string, a header, a
// prefix of headers (Headers), or the response's HTTP status (StatusCode).
enum class Location { Body, Uri, Query, Header, Headers, StatusCode };

struct Member
{
    QString name;  // the member's name in the operation's parameters
    QString shape; // name of its Shape
    bool required = false;
    Location location = Location::Body;
    QString locationName; // path label, query or header name; the JSON key in a body
    bool idempotencyToken = false;
    bool jsonValue = false; // a string holding JSON

    // The member's key in a JSON body (the model may rename it with locationName).
    const QString &jsonName() const { return locationName.isEmpty() ? name : locationName; }
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
    bool sensitive = false; // kept out of logs
    bool isUnion = false;   // exactly one member is set
    bool isError = false;   // an exception shape
    int httpStatus = 0;     // of an exception shape
    bool deprecated = false;

    const Member *findMember(QStringView name) const;
};

struct Paginator
{
    QString inputToken;  // e.g. "NextToken"
    QString outputToken; // e.g. "NextToken"
    QString limitKey;    // e.g. "MaxResults"; may be empty
    QString resultKey;   // e.g. "Items"; may be empty
};

struct Operation
{
    QString name;   // e.g. "SearchProfiles"
    QString method; // "GET", "POST", "PUT", "DELETE", "PATCH"
    QString uri;    // e.g. "/domains/{DomainName}/profiles/search"
    QString input;  // shape name
    QString output; // shape name
    int successCode = 200;
    QStringList errors; // exception shape names
    std::optional<Paginator> paginator;
    bool readOnly = false;
    bool idempotent = false;
};

struct ServiceMetadata
{
    QString apiVersion;     // "2020-08-15"
    QString signingName;    // "profile"
    QString endpointPrefix; // "profile"
    QString serviceId;      // "Customer Profiles"
    QString protocol;       // "rest-json"
    QString source;         // where the model file came from (botocore release)
};

struct ValidationIssue
{
    QString path;       // member path as the user knows it, e.g. "Keys.email[0].FieldNames[1]"
    QString message;    // a full sentence for the user
    QString awsMessage; // the service's own form: "Value 'x' at 'domainName' failed to satisfy
                        // constraint: ..."
};

// What validation makes of a member the model does not define: a sender refuses it by
// name (nothing is dropped silently); a receiver ignores it, as the service does.
enum class UnknownMembers { Refuse, Ignore };

class WireModel
{
public:
    // Reads a model file (format "cp-service-model/1"). Gives nothing, and the reason in
    // `error`, for a file that is not one or whose references do not resolve.
    static std::optional<WireModel> fromJson(const QByteArray &json, QString *error = nullptr);
    // The model compiled into the program (schema/model/customer-profiles.json). Loaded
    // once, on first use; never changes, so any thread may read it.
    static const WireModel &bundled();

    const ServiceMetadata &metadata() const { return m_metadata; }
    const Operation *operation(QStringView name) const;
    const Shape *shape(QStringView name) const;
    const QList<Operation> &operations() const { return m_operations; }
    const QList<Shape> &shapes() const { return m_shapes; }
    // The shape of an operation's input member, or nullptr.
    const Shape *memberShape(QStringView shapeName, QStringView memberName) const;

    // Checks a value (parameters as JSON, all members by their model names, whatever
    // their location) against a shape: required members, types, lengths, ranges,
    // patterns, enums, unions, and members the model does not define.
    QList<ValidationIssue> validate(QStringView shapeName, const QJsonValue &value,
                                    UnknownMembers unknown = UnknownMembers::Refuse) const;

    // The members of `resource` that the structure `shapeName` defines (body members and
    // labels alike): what a read-modify-write sends back of a resource it read, so that
    // answer-only members (CreatedAt, Stats...) stay behind and nothing else is lost.
    QJsonObject membersOf(QStringView shapeName, const QJsonObject &resource) const;
    // The same at every depth: a value read with one shape (RuleBasedMatchingResponse)
    // made a value of another (RuleBasedMatchingRequest), members the target shape lacks
    // (Status) left out.
    QJsonValue conformed(QStringView shapeName, const QJsonValue &value) const;

    // The value with every member of a sensitive shape replaced by a marker: what logs
    // may show of a request or an answer.
    QJsonValue redacted(QStringView shapeName, const QJsonValue &value) const;

private:
    WireModel() = default;
    void index();

    ServiceMetadata m_metadata;
    QList<Operation> m_operations;
    QList<Shape> m_shapes;
    // Built once when loaded and never changed: safe to read from any thread.
    QHash<QString, qsizetype> m_operationIndex;
    QHash<QString, qsizetype> m_shapeIndex;
    QHash<QString, QRegularExpression> m_patterns; // by pattern text, compiled and optimized
};

} // namespace cp::schema
