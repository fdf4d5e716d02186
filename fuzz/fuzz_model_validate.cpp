// WireModel's walks over a value (schema/wiremodel*.cpp) on arbitrary JSON against any
// shape of the bundled model: validate (as a sender and as a receiver), conformed,
// redacted and membersOf. Input: the shape's name on the first line (a name the model
// lacks picks a shape by its hash, so every shape is reached), then the JSON text; text
// that is not JSON is validated as a string value. An operation's input is also
// serialized as the client would (schema::serializeRequest), valid or not.

#include "fuzzsupport.h"
#include "protocol.h"
#include "wiremodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace schema = cp::schema;

namespace {

const schema::WireModel &model()
{
    return schema::WireModel::bundled();
}

// The operation whose input a shape is, or nullptr.
const schema::Operation *operationFor(const QString &shapeName)
{
    static const QHash<QString, const schema::Operation *> byInput = [] {
        QHash<QString, const schema::Operation *> out;
        for (const schema::Operation &operation : model().operations())
            out.insert(operation.input, &operation);
        return out;
    }();
    return byInput.value(shapeName);
}

QJsonValue valueOf(const QByteArray &text)
{
    QJsonParseError error;
    // Qt reads any JSON value at the top level only inside an array: wrap it.
    const QJsonDocument document = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().first();
    return QString::fromUtf8(text);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cp::fuzz::silenceQtWarnings();
    operationFor({});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cp::fuzz::countInput();
    const QByteArray input = cp::fuzz::bytes(data, size);
    const qsizetype nl = input.indexOf('\n');
    const QString name = QString::fromUtf8(nl < 0 ? input : input.left(nl)).trimmed();
    const QByteArray json = nl < 0 ? QByteArray() : input.mid(nl + 1);

    const schema::Shape *shape = model().shape(name);
    if (!shape) {
        const auto &shapes = model().shapes();
        shape = &shapes[qsizetype(qHash(name, 0) % std::size_t(shapes.size()))];
    }
    const QJsonValue value = valueOf(json);

    const auto sent = model().validate(shape->name, value, schema::UnknownMembers::Refuse);
    const auto received = model().validate(shape->name, value, schema::UnknownMembers::Ignore);
    cp::fuzz::check(received.size() <= sent.size(),
                    "a receiver finds no more problems than a sender");
    for (const schema::ValidationIssue &issue : sent)
        cp::fuzz::check(!issue.message.isEmpty() && !issue.awsMessage.isEmpty(),
                        "every issue says what is wrong, in both forms");

    const QJsonValue conformed = model().conformed(shape->name, value);
    // Conforming drops what the shape does not define, so a conformed value has no
    // unknown members left for a sender to refuse.
    const auto again = model().validate(shape->name, conformed, schema::UnknownMembers::Refuse);
    const auto againReceived =
        model().validate(shape->name, conformed, schema::UnknownMembers::Ignore);
    cp::fuzz::check(again.size() == againReceived.size(),
                    "a conformed value has no members the model does not define",
                    shape->name.toUtf8() + ": " +
                        QJsonDocument(QJsonArray{conformed}).toJson(QJsonDocument::Compact));

    const QJsonValue redacted = model().redacted(shape->name, value);
    cp::fuzz::check(redacted.type() == value.type() || shape->sensitive,
                    "redacting keeps the value's type");
    if (value.isObject()) {
        model().membersOf(shape->name, value.toObject());
        if (const schema::Operation *operation = operationFor(shape->name))
            schema::serializeRequest(model(), *operation, value.toObject());
    }
    return 0;
}
