// Values of shapes the model marks sensitive (names, e-mail addresses, phone numbers,
// addresses, attributes, field mappings...) stay out of the request log's text, as in
// botocore's debug log: the entry keeps them only in `input`, for "Copy as AWS CLI
// command". The request itself goes out whole.
#include "client.h"
#include "transporttest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>

using namespace transporttest;

namespace {

QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

const QStringList kPersonal = {
    QStringLiteral("Ada"),        QStringLiteral("Lovelace"),    QStringLiteral("ada@example.com"),
    QStringLiteral("+15550100"),  QStringLiteral("Rämistrasse"), QStringLiteral("Zurich-8001"),
    QStringLiteral("gold-77319"), QStringLiteral("ACC-99172"),
};

QJsonObject createProfileInput()
{
    return {{QStringLiteral("DomainName"), QStringLiteral("shop")},
            {QStringLiteral("FirstName"), QStringLiteral("Ada")},
            {QStringLiteral("LastName"), QStringLiteral("Lovelace")},
            {QStringLiteral("EmailAddress"), QStringLiteral("ada@example.com")},
            {QStringLiteral("PhoneNumber"), QStringLiteral("+15550100")},
            {QStringLiteral("AccountNumber"), QStringLiteral("ACC-99172")},
            {QStringLiteral("Address"),
             QJsonObject{{QStringLiteral("Address1"), QStringLiteral("Rämistrasse 1")},
                         {QStringLiteral("City"), QStringLiteral("Zurich-8001")}}},
            {QStringLiteral("Attributes"),
             QJsonObject{{QStringLiteral("loyalty"), QStringLiteral("gold-77319")}}}};
}

QString marker()
{
    return cp::schema::WireModel::bundled()
        .redacted(u"sensitiveString1To255", QStringLiteral("x"))
        .toString();
}

// Whether a shape is sensitive or holds one (structure members, list and map values).
bool holdsSensitive(const cp::schema::WireModel &model, const QString &name, QStringList &seen)
{
    const cp::schema::Shape *shape = model.shape(name);
    if (!shape || seen.contains(name))
        return false;
    if (shape->sensitive)
        return true;
    seen.append(name);
    for (const cp::schema::Member &member : shape->members) {
        if (holdsSensitive(model, member.shape, seen))
            return true;
    }
    return (!shape->member.isEmpty() && holdsSensitive(model, shape->member, seen)) ||
           (!shape->key.isEmpty() && holdsSensitive(model, shape->key, seen));
}

} // namespace

class TstRequestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sensitiveValuesMaskedInTheLog();
    void fieldMappingsMaskedInTheLog();
    void rawSendLogsNoBody();
    void noSensitiveMemberInPathQueryOrHeaders();

private:
    RequestLogEntry callAndLog(const QString &operation, const QJsonObject &input);

    FaultServer *m_server = nullptr;
};

void TstRequestRedaction::init()
{
    m_server = new FaultServer(this);
    QVERIFY(m_server->listen());
}

void TstRequestRedaction::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

RequestLogEntry TstRequestRedaction::callAndLog(const QString &operation, const QJsonObject &input)
{
    auto transport = makeTransport(*m_server);
    CustomerProfilesClient client(transport.get());
    QList<RequestLogEntry> entries;
    connect(transport.get(), &Transport::requestLogged, this,
            [&entries](const RequestLogEntry &e) { entries.append(e); });
    std::optional<Outcome<QJsonObject>> out;
    QObject context;
    client.call(operation, input, &context, [&out](const Outcome<QJsonObject> &o) { out = o; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWait); }();
    if (!out || !out->ok() || entries.size() != 1) {
        qWarning("%s: no answer, a failure or not one log entry", qPrintable(operation));
        return {};
    }
    return entries.first();
}

void TstRequestRedaction::sensitiveValuesMaskedInTheLog()
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages.clear();
    }
    g_previous = qInstallMessageHandler(capture);
    m_server->reply(200, "{\"ProfileId\":\"p-1\"}");
    const QJsonObject input = createProfileInput();
    const RequestLogEntry entry = callAndLog(QStringLiteral("CreateProfile"), input);
    qInstallMessageHandler(g_previous);
    g_previous = nullptr;
    QCOMPARE(entry.operation, QStringLiteral("CreateProfile"));

    // Sent whole.
    QCOMPARE(m_server->requestCount(), 1);
    const QJsonObject sent = QJsonDocument::fromJson(m_server->requests().first().body).object();
    QCOMPARE(sent.value(QStringLiteral("EmailAddress")).toString(),
             QStringLiteral("ada@example.com"));
    QCOMPARE(sent.value(QStringLiteral("Address")).toObject().value(QStringLiteral("City")),
             QStringLiteral("Zurich-8001"));

    // Whole in `input` only, for "Copy as AWS CLI command".
    QCOMPARE(entry.input, input);

    // Masked everywhere the log keeps text: the parameters it shows, the body, the URL.
    QVERIFY(!marker().isEmpty());
    const QJsonObject shown = entry.redactedInput;
    QCOMPARE(shown.value(QStringLiteral("DomainName")).toString(), QStringLiteral("shop"));
    for (const char *member : {"FirstName", "LastName", "EmailAddress", "PhoneNumber",
                               "AccountNumber", "Address", "Attributes"})
        QCOMPARE(shown.value(QLatin1String(member)).toString(), marker());
    QCOMPARE(shown.keys(), input.keys()); // nothing dropped: each member shows it was sent
    const QJsonObject body = QJsonDocument::fromJson(entry.requestBody).object();
    QVERIFY(!body.isEmpty());
    QCOMPARE(body.keys(), sent.keys());
    QCOMPARE(body.value(QStringLiteral("EmailAddress")).toString(), marker());
    const QString shownText = QString::fromUtf8(QJsonDocument(shown).toJson()) +
                              QString::fromUtf8(entry.requestBody) + entry.url.toString() +
                              entry.operation + entry.errorType + entry.requestId;
    for (const QString &value : kPersonal)
        QVERIFY2(!shownText.contains(value), qPrintable(value));

    // And the client writes none of it to qDebug/qWarning.
    QMutexLocker lock(&g_mutex);
    for (const QString &message : std::as_const(g_messages)) {
        for (const QString &value : kPersonal)
            QVERIFY2(!message.contains(value), qPrintable(message));
    }
}

void TstRequestRedaction::fieldMappingsMaskedInTheLog()
{
    // An object type's Fields and Keys (FieldMap, KeyMap) are sensitive in the model too.
    m_server->reply(200, "{\"ObjectTypeName\":\"Ticket\"}");
    const QJsonObject input{
        {QStringLiteral("DomainName"), QStringLiteral("shop")},
        {QStringLiteral("ObjectTypeName"), QStringLiteral("Ticket")},
        {QStringLiteral("Description"), QStringLiteral("Support tickets")},
        {QStringLiteral("Fields"),
         QJsonObject{
             {QStringLiteral("email"),
              QJsonObject{{QStringLiteral("Source"), QStringLiteral("_source.secretmail")},
                          {QStringLiteral("Target"), QStringLiteral("_profile.EmailAddress")}}}}},
        {QStringLiteral("Keys"),
         QJsonObject{
             {QStringLiteral("ticketkey"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("StandardIdentifiers"), QJsonArray{QStringLiteral("PROFILE")}},
                  {QStringLiteral("FieldNames"), QJsonArray{QStringLiteral("email")}}}}}}}};
    const RequestLogEntry entry = callAndLog(QStringLiteral("PutProfileObjectType"), input);
    QCOMPARE(entry.input, input);
    QCOMPARE(entry.redactedInput.value(QStringLiteral("ObjectTypeName")).toString(),
             QStringLiteral("Ticket"));
    QCOMPARE(entry.redactedInput.value(QStringLiteral("Description")).toString(), marker());
    QCOMPARE(entry.redactedInput.value(QStringLiteral("Fields")).toString(), marker());
    QCOMPARE(entry.redactedInput.value(QStringLiteral("Keys")).toString(), marker());
    QVERIFY(!entry.requestBody.contains("secretmail"));
    QVERIFY(!entry.requestBody.contains("ticketkey"));
    QVERIFY(m_server->requests().first().body.contains("secretmail"));
}

void TstRequestRedaction::rawSendLogsNoBody()
{
    // Below the client the transport cannot tell what is sensitive: it keeps no body.
    auto transport = makeTransport(*m_server);
    QSignalSpy logged(transport.get(), &Transport::requestLogged);
    CallOptions options;
    options.operation = QStringLiteral("TagResource");
    QVERIFY(sendAndWait(*transport, jsonPost(kArnPath, "{\"tags\":{\"owner\":\"ada\"}}"), options));
    QCOMPARE(logged.size(), 1);
    const auto entry = logged.first().first().value<RequestLogEntry>();
    QVERIFY(entry.requestBody.isEmpty());
    QVERIFY(entry.redactedInput.isEmpty());
}

void TstRequestRedaction::noSensitiveMemberInPathQueryOrHeaders()
{
    // The log keeps the URL as sent: that is only safe while the model binds every
    // sensitive member to the body. A model release that changes it fails here.
    const cp::schema::WireModel &model = cp::schema::WireModel::bundled();
    int located = 0;
    for (const cp::schema::Operation &operation : model.operations()) {
        const cp::schema::Shape *input = model.shape(operation.input);
        QVERIFY(input);
        for (const cp::schema::Member &member : input->members) {
            if (member.location == cp::schema::Location::Body)
                continue;
            ++located;
            QStringList seen;
            QVERIFY2(!holdsSensitive(model, member.shape, seen),
                     qPrintable(operation.name + QLatin1Char('.') + member.name));
        }
    }
    QVERIFY(located > 100); // the check saw the labels, queries and headers
}

QTEST_GUILESS_MAIN(TstRequestRedaction)
#include "tst_request_redaction.moc"
