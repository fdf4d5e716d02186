#include "sampledataloader.h"
#include "operations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProgressDialog>

namespace cp::views {
namespace {

const QStringList kFirstNames = {QStringLiteral("Ana"),   QStringLiteral("Ben"),
                                 QStringLiteral("Chloé"), QStringLiteral("Dmitri"),
                                 QStringLiteral("Emma"),  QStringLiteral("Farid"),
                                 QStringLiteral("Grace"), QStringLiteral("Hiro"),
                                 QStringLiteral("Ines"),  QStringLiteral("Jonas")};
const QStringList kLastNames = {QStringLiteral("Silva"),    QStringLiteral("Okafor"),
                                QStringLiteral("Martin"),   QStringLiteral("Ivanov"),
                                QStringLiteral("Schmidt"),  QStringLiteral("Haddad"),
                                QStringLiteral("Nakamura"), QStringLiteral("Rossi"),
                                QStringLiteral("Kowalski"), QStringLiteral("Dubois")};

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

SampleDataLoader::SampleDataLoader(QObject *parent)
    : QObject(parent)
{}

void SampleDataLoader::plan()
{
    const QString domain = domainName();
    m_steps.append({schema::ops::CreateDomain,
                    {{QStringLiteral("DomainName"), domain},
                     {QStringLiteral("DefaultExpirationDays"), 366},
                     {QStringLiteral("Tags"),
                      QJsonObject{{QStringLiteral("purpose"), QStringLiteral("sample")}}}},
                    true});
    m_steps.append({schema::ops::PutProfileObjectType,
                    {{QStringLiteral("DomainName"), domain},
                     {QStringLiteral("ObjectTypeName"), QStringLiteral("CrmContact")},
                     {QStringLiteral("Description"),
                      QStringLiteral("Contacts from the CRM (Salesforce template)")},
                     {QStringLiteral("TemplateId"), QStringLiteral("Salesforce-Contact")}}});
    const QJsonObject fields{
        {QStringLiteral("orderId"),
         QJsonObject{{QStringLiteral("Source"), QStringLiteral("_source.id")}}},
        {QStringLiteral("contactId"),
         QJsonObject{{QStringLiteral("Source"), QStringLiteral("_source.crmContactId")}}},
        {QStringLiteral("email"),
         QJsonObject{{QStringLiteral("Source"), QStringLiteral("_source.customer.email")},
                     {QStringLiteral("Target"), QStringLiteral("_profile.PersonalEmailAddress")},
                     {QStringLiteral("ContentType"), QStringLiteral("EMAIL_ADDRESS")}}},
        {QStringLiteral("city"),
         QJsonObject{{QStringLiteral("Source"), QStringLiteral("_source.shipTo.city")},
                     {QStringLiteral("Target"), QStringLiteral("_profile.ShippingAddress.City")}}},
        {QStringLiteral("total"),
         QJsonObject{{QStringLiteral("Source"), QStringLiteral("_source.total")},
                     {QStringLiteral("ContentType"), QStringLiteral("NUMBER")}}}};
    const auto key = [](QStringList identifiers, QString field) {
        return QJsonArray{QJsonObject{
            {QStringLiteral("StandardIdentifiers"), QJsonArray::fromStringList(identifiers)},
            {QStringLiteral("FieldNames"), QJsonArray{field}}}};
    };
    const QJsonObject keys{
        {QStringLiteral("orderId"), key({QStringLiteral("UNIQUE")}, QStringLiteral("orderId"))},
        {QStringLiteral("_salesforceContactId"),
         key({QStringLiteral("PROFILE")}, QStringLiteral("contactId"))},
        {QStringLiteral("_email"),
         key({QStringLiteral("PROFILE"), QStringLiteral("SECONDARY")}, QStringLiteral("email"))}};
    m_steps.append({schema::ops::PutProfileObjectType,
                    {{QStringLiteral("DomainName"), domain},
                     {QStringLiteral("ObjectTypeName"), QStringLiteral("WebOrder")},
                     {QStringLiteral("Description"), QStringLiteral("Orders from the web shop")},
                     {QStringLiteral("AllowProfileCreation"), true},
                     {QStringLiteral("Fields"), fields},
                     {QStringLiteral("Keys"), keys},
                     {QStringLiteral("Tags"),
                      QJsonObject{{QStringLiteral("source"), QStringLiteral("shop")}}}}});
    m_steps.append({schema::ops::PutIntegration,
                    {{QStringLiteral("DomainName"), domain},
                     {QStringLiteral("Uri"),
                      QStringLiteral("arn:aws:appflow:us-east-1:123456789012:flow/shop-orders")},
                     {QStringLiteral("ObjectTypeName"), QStringLiteral("WebOrder")}}});
    const QStringList cities = {QStringLiteral("Lisbon"), QStringLiteral("Lagos"),
                                QStringLiteral("Lyon"), QStringLiteral("Berlin"),
                                QStringLiteral("Osaka")};
    for (int i = 0; i < kCustomers; ++i) {
        const QString first = kFirstNames.at(i % kFirstNames.size());
        const QString last = kLastNames.at((i / kFirstNames.size()) % kLastNames.size());
        const QString contactId = QStringLiteral("003%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString email =
            QStringLiteral("%1.%2%3@example.com").arg(first.toLower(), last.toLower()).arg(i);
        const QJsonObject contact{
            {QStringLiteral("Id"), contactId},
            {QStringLiteral("FirstName"), first},
            {QStringLiteral("LastName"), last},
            {QStringLiteral("Email"), email},
            {QStringLiteral("MobilePhone"), QStringLiteral("+1555%1").arg(1000000 + i)}};
        m_steps.append({schema::ops::PutProfileObject,
                        {{QStringLiteral("DomainName"), domain},
                         {QStringLiteral("ObjectTypeName"), QStringLiteral("CrmContact")},
                         {QStringLiteral("Object"), compact(contact)}}});
        const QJsonObject order{
            {QStringLiteral("id"), QStringLiteral("o-%1").arg(i)},
            {QStringLiteral("crmContactId"), contactId},
            {QStringLiteral("customer"), QJsonObject{{QStringLiteral("email"), email}}},
            {QStringLiteral("shipTo"),
             QJsonObject{{QStringLiteral("city"), cities.at(i % cities.size())}}},
            {QStringLiteral("total"), 20 + (i * 37) % 400}};
        m_steps.append({schema::ops::PutProfileObject,
                        {{QStringLiteral("DomainName"), domain},
                         {QStringLiteral("ObjectTypeName"), QStringLiteral("WebOrder")},
                         {QStringLiteral("Object"), compact(order)}}});
    }
}

void SampleDataLoader::load(client::CustomerProfilesClient *client, QWidget *progressParent)
{
    if (isRunning())
        return;
    m_client = client;
    plan();
    m_total = int(m_steps.size());
    auto *dialog = new QProgressDialog(tr("Loading sample data into %1…").arg(domainName()),
                                       tr("Cancel"), 0, m_total, progressParent);
    dialog->setObjectName(QStringLiteral("sampleDataProgress"));
    dialog->setWindowModality(Qt::NonModal);
    dialog->setMinimumDuration(300);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &SampleDataLoader::progress, dialog, &QProgressDialog::setValue);
    connect(this, &SampleDataLoader::finished, dialog, &QProgressDialog::close);
    connect(dialog, &QProgressDialog::canceled, this, &SampleDataLoader::cancel);
    next();
}

void SampleDataLoader::cancel()
{
    if (!isRunning())
        return; // closing the finished progress dialog also says "canceled"
    m_steps.clear();
    if (m_call)
        m_call->cancel();
    Q_EMIT finished(false, tr("Loading sample data was cancelled."));
}

void SampleDataLoader::next()
{
    if (!m_client) { // the connection went away meanwhile
        m_steps.clear();
        Q_EMIT finished(false, tr("Loading sample data stopped: the connection was closed."));
        return;
    }
    if (m_steps.isEmpty()) {
        Q_EMIT finished(true, tr("Sample data is in domain %1.").arg(domainName()));
        return;
    }
    const Step step = m_steps.first();
    m_call = m_client->call(step.operation, step.input, this,
                            [this, step](const client::Outcome<QJsonObject> &outcome) {
                                if (m_steps.isEmpty())
                                    return; // cancelled meanwhile
                                const bool alreadyThere = !outcome.ok() && step.mayExist &&
                                                          outcome.error().httpStatus == 400;
                                if (!outcome.ok() && !alreadyThere) {
                                    m_steps.clear();
                                    Q_EMIT finished(false, outcome.error().summary());
                                    return;
                                }
                                m_steps.removeFirst();
                                Q_EMIT progress(m_total - int(m_steps.size()), m_total);
                                next();
                            });
}

} // namespace cp::views
