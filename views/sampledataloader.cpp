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

struct Customer
{
    QString first, last, contactId, email, phone;
};

Customer customer(int i)
{
    Customer c;
    c.first = kFirstNames.at(i % kFirstNames.size());
    c.last = kLastNames.at((i / kFirstNames.size()) % kLastNames.size());
    c.contactId = QStringLiteral("003%1").arg(i, 6, 10, QLatin1Char('0'));
    c.email = QStringLiteral("%1.%2%3@example.com").arg(c.first.toLower(), c.last.toLower()).arg(i);
    c.phone = QStringLiteral("+1555%1").arg(1000000 + i);
    return c;
}

// A Salesforce contact record, as the CrmContact type (the template) reads it.
QJsonObject contact(const Customer &c)
{
    QJsonObject record{{QStringLiteral("Id"), c.contactId},
                       {QStringLiteral("FirstName"), c.first},
                       {QStringLiteral("LastName"), c.last},
                       {QStringLiteral("Email"), c.email}};
    if (!c.phone.isEmpty())
        record.insert(QStringLiteral("MobilePhone"), c.phone);
    return record;
}

// Duplicates: the same email, or the same name and mobile number. Nothing merges by itself.
QJsonObject ruleBasedMatching()
{
    const auto rule = [](const QStringList &attributes) {
        return QJsonObject{{QStringLiteral("Rule"), QJsonArray::fromStringList(attributes)}};
    };
    return {{QStringLiteral("Enabled"), true},
            {QStringLiteral("MatchingRules"),
             QJsonArray{rule({QStringLiteral("EmailAddress")}),
                        rule({QStringLiteral("FirstName"), QStringLiteral("LastName"),
                              QStringLiteral("PhoneNumber")})}},
            {QStringLiteral("AttributeTypesSelector"),
             QJsonObject{
                 {QStringLiteral("AttributeMatchingModel"), QStringLiteral("ONE_TO_ONE")},
                 {QStringLiteral("PhoneNumber"), QJsonArray{QStringLiteral("MobilePhoneNumber")}},
                 {QStringLiteral("EmailAddress"), QJsonArray{QStringLiteral("EmailAddress")}}}}};
}

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
                     {QStringLiteral("RuleBasedMatching"), ruleBasedMatching()},
                     {QStringLiteral("Tags"),
                      QJsonObject{{QStringLiteral("purpose"), QStringLiteral("sample")}}}},
                    true});
    // A domain made by an earlier version of this loader had no matching: turned on here.
    m_steps.append({schema::ops::UpdateDomain,
                    {{QStringLiteral("DomainName"), domain},
                     {QStringLiteral("RuleBasedMatching"), ruleBasedMatching()}},
                    true,
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
        const Customer c = customer(i);
        m_steps.append({schema::ops::PutProfileObject,
                        {{QStringLiteral("DomainName"), domain},
                         {QStringLiteral("ObjectTypeName"), QStringLiteral("CrmContact")},
                         {QStringLiteral("Object"), compact(contact(c))}}});
        const QJsonObject order{
            {QStringLiteral("id"), QStringLiteral("o-%1").arg(i)},
            {QStringLiteral("crmContactId"), c.contactId},
            {QStringLiteral("customer"), QJsonObject{{QStringLiteral("email"), c.email}}},
            {QStringLiteral("shipTo"),
             QJsonObject{{QStringLiteral("city"), cities.at(i % cities.size())}}},
            {QStringLiteral("total"), 20 + (i * 37) % 400}};
        m_steps.append({schema::ops::PutProfileObject,
                        {{QStringLiteral("DomainName"), domain},
                         {QStringLiteral("ObjectTypeName"), QStringLiteral("WebOrder")},
                         {QStringLiteral("Object"), compact(order)}}});
    }
    // Customers entered a second time in the CRM under another contact id, so that the
    // Duplicates tab has groups to show: every other one with the same email in other
    // capitals (rule 1), the others with a work email but the same name and mobile number,
    // written another way (rule 2).
    for (int n = 0; n < kEnteredTwice; ++n) {
        const int i = 7 + 23 * n; // 12 different names
        Customer again = customer(i);
        again.contactId = QStringLiteral("003D%1").arg(n, 5, 10, QLatin1Char('0'));
        if (n % 2 == 0) {
            again.email = again.email.left(1).toUpper() + again.email.mid(1);
            again.phone.clear();
        } else {
            again.email = QStringLiteral("%1%2%3@work.example.com")
                              .arg(again.first.left(1).toLower(), again.last.toLower())
                              .arg(i);
            again.phone =
                QStringLiteral("+1 (555) %1-%2").arg(again.phone.mid(5, 3), again.phone.mid(8));
        }
        m_steps.append({schema::ops::PutProfileObject,
                        {{QStringLiteral("DomainName"), domain},
                         {QStringLiteral("ObjectTypeName"), QStringLiteral("CrmContact")},
                         {QStringLiteral("Object"), compact(contact(again))}}});
    }
}

void SampleDataLoader::load(client::CustomerProfilesClient *client, QWidget *progressParent)
{
    if (isRunning())
        return;
    m_client = client;
    m_lastWasThere = false;
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
    while (!m_steps.isEmpty() && m_steps.first().onlyIfThere && !m_lastWasThere) {
        m_steps.removeFirst();
        Q_EMIT progress(m_total - int(m_steps.size()), m_total);
    }
    if (m_steps.isEmpty()) {
        // Profiles are found by a key's value: name one that is there.
        Q_EMIT finished(true, tr("Sample data is in domain %1: %2 profiles. Search _email for "
                                 "%3; the Duplicates tab shows the %4 customers entered twice.")
                                  .arg(domainName())
                                  .arg(kCustomers + kEnteredTwice)
                                  .arg(customer(0).email)
                                  .arg(kEnteredTwice));
        return;
    }
    const Step step = m_steps.first();
    m_call = m_client->call(step.operation, step.input, this,
                            [this, step](const client::Outcome<QJsonObject> &outcome) {
                                if (m_steps.isEmpty())
                                    return; // cancelled meanwhile
                                const bool alreadyThere = !outcome.ok() && step.mayBeRefused &&
                                                          outcome.error().httpStatus == 400;
                                if (!outcome.ok() && !alreadyThere) {
                                    m_steps.clear();
                                    Q_EMIT finished(false, outcome.error().summary());
                                    return;
                                }
                                m_lastWasThere = alreadyThere;
                                m_steps.removeFirst();
                                Q_EMIT progress(m_total - int(m_steps.size()), m_total);
                                next();
                            });
}

} // namespace cp::views
