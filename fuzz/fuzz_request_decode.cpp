// How cplocal reads a request once it is authentic (emulator/api/dispatcher): the router
// finds the operation from the method and raw path, the query is percent-decoded, the
// body parsed as JSON, schema::deserializeRequest puts labels, query, headers and body
// members together, and the model validates the result as a receiver does. Input: loose
// HTTP text (see fuzzsupport.h). A path no operation has still decodes, against an
// operation picked from the method and path, so every operation's binding is reached.
//
// Property: what validates as a sender would send it survives the trip through the
// client's serializeRequest and back (the client and cplocal read the binding alike).

#include "api/router.h"
#include "fuzzsupport.h"
#include "protocol.h"
#include "sigv4/sigv4.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace schema = cp::schema;

namespace {

const schema::WireModel &model()
{
    return schema::WireModel::bundled();
}

const cp::emulator::Router &router()
{
    static const cp::emulator::Router r(model());
    return r;
}

// As the dispatcher decodes a query (its helper is private to it): name=value pairs,
// nullopt on bad percent-encoding.
std::optional<schema::NameValues> decodeQuery(const QByteArray &raw)
{
    schema::NameValues out;
    for (const QByteArray &piece : raw.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        bool nameOk = true, valueOk = true;
        const QByteArray name = cp::sigv4::percentDecode(eq < 0 ? piece : piece.left(eq), &nameOk);
        const QByteArray value =
            eq < 0 ? QByteArray() : cp::sigv4::percentDecode(piece.mid(eq + 1), &valueOk);
        if (!nameOk || !valueOk)
            return std::nullopt;
        out.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    }
    return out;
}

std::optional<QJsonObject> parseBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Sends the parameters as the client would and reads them back as cplocal would.
void roundTrip(const schema::Operation &operation, const QJsonObject &input)
{
    const schema::HttpRequest sent = schema::serializeRequest(model(), operation, input);
    const cp::emulator::Router::Match route = router().match(sent.method, sent.path);
    // A label whose value is another operation's literal segment ("objects") routes
    // there on the service too: the binding is ambiguous, not this code.
    if (route.operation != &operation)
        return;
    cp::fuzz::check(!route.badEncoding, "serializeRequest encodes labels validly",
                    sent.path);
    const auto query = decodeQuery(sent.query);
    cp::fuzz::check(query.has_value(), "serializeRequest encodes the query validly", sent.query);
    const auto body = parseBody(sent.body);
    cp::fuzz::check(body.has_value(), "serializeRequest writes a JSON object body", sent.body);
    const QJsonObject back =
        schema::deserializeRequest(model(), operation, route.labels, *query, sent.headers, *body);
    if (back != input)
        cp::fuzz::fail("parameters change on the way from the client to cplocal",
                       operation.name.toUtf8() + "\nsent: " + text(input) +
                           "\nread: " + text(back) + "\nwire: " + sent.method + ' ' +
                           sent.path + '?' + sent.query + ' ' + sent.body);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cp::fuzz::silenceQtWarnings();
    router();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cp::fuzz::countInput();
    const cp::fuzz::LooseRequest request = cp::fuzz::splitLoosely(cp::fuzz::bytes(data, size));
    const cp::emulator::Router::Match route = router().match(request.method, request.path);
    const schema::Operation *operation = route.operation;
    if (!operation) {
        const auto &all = model().operations();
        const std::size_t pick = qHash(request.method + request.path, 0) % std::size_t(all.size());
        operation = &all[qsizetype(pick)];
    }
    const auto query = decodeQuery(request.query);
    const auto body = parseBody(request.body);
    if (!query || !body)
        return 0; // cplocal answers 400 before decoding

    const QJsonObject input = schema::deserializeRequest(model(), *operation, route.labels,
                                                         *query, request.headers, *body);
    const auto received = model().validate(operation->input, input, schema::UnknownMembers::Ignore);
    const auto sent = model().validate(operation->input, input, schema::UnknownMembers::Refuse);
    cp::fuzz::check(received.size() <= sent.size(),
                    "a receiver finds no more problems than a sender");
    for (const schema::ValidationIssue &issue : sent)
        cp::fuzz::check(!issue.message.isEmpty() && !issue.awsMessage.isEmpty(),
                        "every issue says what is wrong, in both forms");
    model().redacted(operation->input, input);
    if (route.operation && sent.isEmpty())
        roundTrip(*operation, input);
    return 0;
}
