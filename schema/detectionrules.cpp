#include "detectionrules.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace cp::schema::detection {
namespace {

enum class Shape {
    Text,
    PersonName,
    Email,
    Phone,
    Date,
    PostalCode,
    Identifier,
    Number,
    PartyType
};

struct Rule
{
    const char *member; // without its destination's prefix
    const char *contentType;
    Shape shape;
    QList<const char *> names; // normalized
};

// The rule tables stay one rule a line: they are read as tables.
// clang-format off

// The standard profile's members, by the names sources give them.
const QList<Rule> &profileRules()
{
    static const QList<Rule> rules = {
        {"FirstName", "NAME", Shape::PersonName, {"firstname", "fname", "givenname", "forename", "first"}},
        {"MiddleName", "NAME", Shape::PersonName, {"middlename", "mname", "middleinitial", "middle"}},
        {"LastName", "NAME", Shape::PersonName, {"lastname", "lname", "surname", "familyname", "last"}},
        {"EmailAddress", "EMAIL_ADDRESS", Shape::Email, {"email", "emailaddress", "mail", "emailid"}},
        {"PersonalEmailAddress", "EMAIL_ADDRESS", Shape::Email,
         {"personalemail", "personalemailaddress", "homeemail", "privateemail"}},
        {"BusinessEmailAddress", "EMAIL_ADDRESS", Shape::Email,
         {"workemail", "workemailaddress", "businessemail", "businessemailaddress", "companyemail", "officeemail"}},
        {"PhoneNumber", "PHONE_NUMBER", Shape::Phone,
         {"phone", "phonenumber", "phoneno", "telephone", "telephonenumber", "tel"}},
        {"MobilePhoneNumber", "PHONE_NUMBER", Shape::Phone,
         {"mobile", "mobilephone", "mobilenumber", "mobilephonenumber", "cell", "cellphone", "cellnumber",
          "cellphonenumber"}},
        {"HomePhoneNumber", "PHONE_NUMBER", Shape::Phone,
         {"homephone", "homephonenumber", "hometelephone", "homenumber", "landline"}},
        {"BusinessPhoneNumber", "PHONE_NUMBER", Shape::Phone,
         {"workphone", "workphonenumber", "businessphone", "businessphonenumber", "officephone", "companyphone",
          "worknumber"}},
        {"BirthDate", "STRING", Shape::Date, {"birthdate", "dateofbirth", "dob", "birthday"}},
        {"Gender", "STRING", Shape::Text, {"gender", "sex"}},
        {"AccountNumber", "STRING", Shape::Identifier,
         {"accountnumber", "accountno", "acctno", "acctnumber", "accountnum", "customernumber", "customerno",
          "clientnumber", "membernumber", "membershipnumber", "loyaltynumber"}},
        {"BusinessName", "STRING", Shape::Text,
         {"company", "companyname", "businessname", "organization", "organisation", "organizationname",
          "organisationname", "employer"}},
        {"PartyType", "STRING", Shape::Text, {"partytype"}},
        {"PartyType", "STRING", Shape::PartyType, {"customertype", "accounttype"}},
        {"AdditionalInformation", "STRING", Shape::Text, {"additionalinformation", "additionalinfo"}},
    };
    return rules;
}

const QList<Rule> &addressRules()
{
    static const QList<Rule> rules = {
        {"Address1", "STRING", Shape::Text,
         {"address", "address1", "addressline1", "line1", "street", "streetaddress", "street1", "addr", "addr1"}},
        {"Address2", "STRING", Shape::Text, {"address2", "addressline2", "line2", "street2", "addr2"}},
        {"Address3", "STRING", Shape::Text, {"address3", "addressline3", "line3", "street3"}},
        {"Address4", "STRING", Shape::Text, {"address4", "addressline4", "line4"}},
        {"City", "STRING", Shape::Text, {"city", "town", "locality", "cityname"}},
        {"County", "STRING", Shape::Text, {"county"}},
        {"State", "STRING", Shape::Text, {"state", "statecode"}},
        {"Province", "STRING", Shape::Text, {"province", "provincecode"}},
        {"Country", "STRING", Shape::Text, {"country", "countrycode", "countryname"}},
        {"PostalCode", "STRING", Shape::PostalCode, {"postalcode", "postcode", "zip", "zipcode", "postal"}},
    };
    return rules;
}

// The standard order, case and asset members (top-level names of such records only). The
// first rule of each (the first two of the asset's) names the record's own identifier.
const QList<Rule> &standardRules(RecordKind kind)
{
    static const QList<Rule> order = {
        {"OrderId", "STRING", Shape::Identifier, {"orderid", "ordernumber", "orderno"}},
        {"Status", "STRING", Shape::Text, {"status", "orderstatus"}},
        {"FulfillmentStatus", "STRING", Shape::Text, {"fulfillmentstatus"}},
        {"TotalPrice", "NUMBER", Shape::Number, {"total", "totalprice", "ordertotal", "grandtotal", "amount", "totalamount"}},
        {"TotalTax", "NUMBER", Shape::Number, {"tax", "totaltax"}},
        {"TotalDiscounts", "NUMBER", Shape::Number, {"discount", "discounts", "totaldiscounts"}},
        {"Currency", "STRING", Shape::Text, {"currency", "currencycode"}},
        {"CreatedDate", "STRING", Shape::Date, {"createdat", "createddate", "orderdate", "placedat"}},
        {"UpdatedDate", "STRING", Shape::Date, {"updatedat", "updateddate"}},
        {"ClosedDate", "STRING", Shape::Date, {"closedat", "closeddate"}},
        {"CancelledDate", "STRING", Shape::Date, {"cancelledat", "canceledat", "cancelleddate"}},
        {"CancelReason", "STRING", Shape::Text, {"cancelreason"}},
    };
    static const QList<Rule> standardCase = {
        {"CaseId", "STRING", Shape::Identifier,
         {"caseid", "casenumber", "ticketid", "ticketnumber", "incidentid", "incidentnumber"}},
        {"Title", "STRING", Shape::Text, {"subject", "title", "casetitle"}},
        {"Summary", "STRING", Shape::Text, {"description", "summary", "body"}},
        {"Status", "STRING", Shape::Text, {"status", "state", "casestatus", "ticketstatus"}},
        {"Reason", "STRING", Shape::Text, {"reason", "category"}},
        {"CreatedBy", "STRING", Shape::Text, {"createdby"}},
        {"CreatedDate", "STRING", Shape::Date, {"createdat", "createddate", "openedat", "createdon"}},
        {"UpdatedDate", "STRING", Shape::Date, {"updatedat", "updateddate"}},
        {"ClosedDate", "STRING", Shape::Date, {"closedat", "closeddate", "resolvedat"}},
    };
    static const QList<Rule> asset = {
        {"SerialNumber", "STRING", Shape::Identifier, {"serialnumber", "serialno", "serial"}},
        {"AssetId", "STRING", Shape::Identifier, {"assetid"}},
        {"AssetName", "STRING", Shape::Text, {"assetname", "productname"}},
        {"ModelNumber", "STRING", Shape::Identifier, {"modelnumber", "model"}},
        {"ModelName", "STRING", Shape::Text, {"modelname"}},
        {"ProductSKU", "STRING", Shape::Identifier, {"sku", "productsku"}},
        {"PurchaseDate", "STRING", Shape::Date, {"purchasedate", "purchasedat"}},
        {"Status", "STRING", Shape::Text, {"status"}},
        {"Price", "NUMBER", Shape::Number, {"price"}},
        {"Quantity", "NUMBER", Shape::Number, {"quantity", "qty"}},
        {"Description", "STRING", Shape::Text, {"description"}},
    };
    static const QList<Rule> none;
    switch (kind) {
    case RecordKind::Order: return order;
    case RecordKind::Case: return standardCase;
    case RecordKind::Asset: return asset;
    case RecordKind::Plain: break;
    }
    return none;
}

// clang-format on

// Where an address field goes, by the words around it (a prefix or an enclosing object).
enum class AddressContext { None, Generic, Shipping, Billing, Mailing };

AddressContext addressContext(const QString &normalized)
{
    static const QHash<QString, AddressContext> words = {
        {QStringLiteral("shippingaddress"), AddressContext::Shipping},
        {QStringLiteral("shipping"), AddressContext::Shipping},
        {QStringLiteral("shipto"), AddressContext::Shipping},
        {QStringLiteral("delivery"), AddressContext::Shipping},
        {QStringLiteral("deliveryaddress"), AddressContext::Shipping},
        {QStringLiteral("billingaddress"), AddressContext::Billing},
        {QStringLiteral("billing"), AddressContext::Billing},
        {QStringLiteral("billto"), AddressContext::Billing},
        {QStringLiteral("mailingaddress"), AddressContext::Mailing},
        {QStringLiteral("mailing"), AddressContext::Mailing},
        {QStringLiteral("postaladdress"), AddressContext::Mailing},
        {QStringLiteral("address"), AddressContext::Generic},
        {QStringLiteral("homeaddress"), AddressContext::Generic},
        {QStringLiteral("home"), AddressContext::Generic},
        {QStringLiteral("residence"), AddressContext::Generic},
        {QStringLiteral("location"), AddressContext::Generic},
    };
    return words.value(normalized, AddressContext::None);
}

QString addressMember(AddressContext context)
{
    switch (context) {
    case AddressContext::Shipping:
        return QStringLiteral("ShippingAddress");
    case AddressContext::Billing:
        return QStringLiteral("BillingAddress");
    case AddressContext::Mailing:
        return QStringLiteral("MailingAddress");
    case AddressContext::None:
    case AddressContext::Generic:
        break;
    }
    return QStringLiteral("Address");
}

// Words that say a value belongs to someone other than the customer (the agent, the
// product): such values never go to the customer's profile.
bool namesAnotherParty(const QString &normalized)
{
    static const char *const words[] = {
        "agent",  "assignee", "owner",     "manager",   "employee",  "staff",      "seller",
        "vendor", "supplier", "merchant",  "createdby", "updatedby", "modifiedby", "product",
        "item",   "referrer", "emergency", "spouse",    "parent",    "guardian"};
    for (const char *word : words) {
        if (normalized.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

// "customerEmail" is an e-mail address: the owner's name in front says nothing more.
QString withoutOwner(const QString &normalized)
{
    static const char *const owners[] = {"customer", "contact", "client",  "user", "requester",
                                         "buyer",    "member",  "primary", "main", "person"};
    for (const char *owner : owners) {
        const QLatin1String prefix(owner);
        if (normalized.startsWith(prefix) && normalized.size() > prefix.size())
            return normalized.mid(prefix.size());
    }
    return normalized;
}

const Rule *ruleFor(const QList<Rule> &rules, const QString &normalized)
{
    for (const Rule &rule : rules) {
        for (const char *name : rule.names) {
            if (normalized == QLatin1String(name))
                return &rule;
        }
    }
    return nullptr;
}

std::optional<QString> text(const QJsonValue &value)
{
    if (value.isString() && !value.toString().trimmed().isEmpty())
        return value.toString().trimmed();
    return std::nullopt;
}

bool isEmail(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return value.size() <= 254 && re.match(value).hasMatch();
}

// Digits with the usual separators, 7 to 15 digits, '+' only in front.
bool isPhone(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(R"(^\+?[0-9 ().\-/]+$)"));
    if (!re.match(value).hasMatch())
        return false;
    const qsizetype digits =
        std::count_if(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
    return digits >= 7 && digits <= 15;
}

bool isDate(const QString &value)
{
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4})[-/](\d{2})[-/](\d{2})([T ].*)?$)"));
    static const QRegularExpression local(QStringLiteral(R"(^(\d{1,2})[./](\d{1,2})[./](\d{4})$)"));
    if (const auto m = iso.match(value); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid();
    if (const auto m = local.match(value); m.hasMatch()) // either day or month first
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt())
                   .isValid() ||
               QDate(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt()).isValid();
    return false;
}

bool hasShape(Shape shape, const QJsonValue &value)
{
    const std::optional<QString> t = text(value);
    switch (shape) {
    case Shape::Text:
        return t && t->size() <= 255;
    case Shape::PersonName:
        return t && t->size() <= 100 && !t->contains(QLatin1Char('@')) &&
               std::none_of(t->begin(), t->end(), [](QChar c) { return c.isDigit(); }) &&
               std::any_of(t->begin(), t->end(), [](QChar c) { return c.isLetter(); });
    case Shape::Email:
        return t && isEmail(*t);
    case Shape::Phone:
        return (t && isPhone(*t)) ||
               (value.isDouble() && identifierValue(value) && isPhone(*identifierValue(value)));
    case Shape::Date:
        return t && isDate(*t);
    case Shape::PostalCode: {
        static const QRegularExpression re(QStringLiteral(R"(^(?=.*\d)[A-Za-z0-9 \-]{3,10}$)"));
        const std::optional<QString> code = t ? t : identifierValue(value);
        return code && re.match(*code).hasMatch();
    }
    case Shape::Identifier:
        return identifierValue(value).has_value();
    case Shape::Number:
        if (value.isDouble())
            return true;
        if (t) {
            bool ok = false;
            t->toDouble(&ok);
            return ok;
        }
        return false;
    case Shape::PartyType: {
        static const QStringList types = {QStringLiteral("INDIVIDUAL"), QStringLiteral("BUSINESS"),
                                          QStringLiteral("OTHER")};
        return t && types.contains(t->toUpper());
    }
    }
    return false;
}

Reading readingOf(const QString &prefix, const Rule &rule, const QString &member)
{
    return {prefix + member, QString::fromLatin1(rule.contentType), true};
}

// An address field: by its own name ("city") in an enclosing context, or by a context
// prefix on its name ("shippingCity", "billing_postal_code").
std::optional<Reading> readAddress(const QStringList &path, const QString &name,
                                   const QJsonValue &value, RecordKind kind)
{
    AddressContext context = AddressContext::None;
    const Rule *rule = ruleFor(addressRules(), name);
    if (!rule) {
        for (const QString &prefix :
             {QStringLiteral("shippingaddress"), QStringLiteral("billingaddress"),
              QStringLiteral("mailingaddress"), QStringLiteral("shipping"),
              QStringLiteral("billing"), QStringLiteral("mailing"), QStringLiteral("shipto"),
              QStringLiteral("billto"), QStringLiteral("address"), QStringLiteral("home")}) {
            if (name.startsWith(prefix) &&
                (rule = ruleFor(addressRules(), name.mid(prefix.size())))) {
                context = addressContext(prefix);
                break;
            }
        }
    }
    if (!rule || !hasShape(rule->shape, value))
        return std::nullopt;
    for (qsizetype i = path.size() - 2; i >= 0; --i) {
        const AddressContext outer = addressContext(normalizedName(path.at(i)));
        if (outer == AddressContext::None || outer == AddressContext::Generic)
            continue;
        if (context != AddressContext::None && context != AddressContext::Generic &&
            context != outer)
            return std::nullopt; // "billing" inside "shipping": no telling which
        context = outer;
    }
    // A bare "state" outside any address is a status in cases, orders and assets.
    const bool enclosed =
        path.size() > 1 &&
        addressContext(normalizedName(path.at(path.size() - 2))) != AddressContext::None;
    if (QLatin1String(rule->member) == QLatin1String("State") && context == AddressContext::None &&
        !enclosed && kind != RecordKind::Plain)
        return std::nullopt;
    return readingOf(QStringLiteral("_profile."), *rule,
                     addressMember(context) + QLatin1Char('.') + QLatin1String(rule->member));
}

std::optional<Reading> readProfile(const QStringList &path, const QJsonValue &value,
                                   RecordKind kind)
{
    for (const QString &segment : path) {
        if (namesAnotherParty(normalizedName(segment)))
            return std::nullopt;
    }
    const QString name = normalizedName(path.last());
    for (const QString &candidate : {name, withoutOwner(name)}) {
        if (const Rule *rule = ruleFor(profileRules(), candidate)) {
            if (!hasShape(rule->shape, value))
                return std::nullopt;
            return readingOf(QStringLiteral("_profile."), *rule, QLatin1String(rule->member));
        }
        if (auto address = readAddress(path, candidate, value, kind))
            return address;
    }
    // The value alone: an e-mail address, or an international phone number.
    const std::optional<QString> t = text(value);
    if (t && isEmail(*t))
        return Reading{QStringLiteral("_profile.EmailAddress"), QStringLiteral("EMAIL_ADDRESS"),
                       false};
    if (t && t->startsWith(QLatin1Char('+')) && isPhone(*t) &&
        std::count_if(t->begin(), t->end(), [](QChar c) { return c.isDigit(); }) >= 8)
        return Reading{QStringLiteral("_profile.PhoneNumber"), QStringLiteral("PHONE_NUMBER"),
                       false};
    return std::nullopt;
}

QString prefixOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Order:
        return QStringLiteral("_order.");
    case RecordKind::Case:
        return QStringLiteral("_case.");
    case RecordKind::Asset:
        return QStringLiteral("_asset.");
    case RecordKind::Plain:
        break;
    }
    return {};
}

} // namespace

QString normalizedName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('.') && !c.isSpace())
            out += c.toLower();
    }
    return out;
}

RecordKind recordKind(const QStringList &normalizedTopLevelNames)
{
    QList<RecordKind> found;
    for (const RecordKind kind : {RecordKind::Order, RecordKind::Case, RecordKind::Asset}) {
        for (const QString &name : normalizedTopLevelNames) {
            if (isRecordIdName(kind, name) && !found.contains(kind))
                found.append(kind);
        }
    }
    return found.size() == 1 ? found.first() : RecordKind::Plain;
}

bool isRecordIdName(RecordKind kind, const QString &normalized)
{
    const QList<Rule> &rules = standardRules(kind);
    if (rules.isEmpty())
        return false;
    if (kind == RecordKind::Asset) // an asset is told by either identifier
        return ruleFor(rules.mid(0, 2), normalized) != nullptr;
    return ruleFor(rules.mid(0, 1), normalized) != nullptr;
}

Reading readValue(const QStringList &path, const QJsonValue &value, RecordKind kind)
{
    const QString name = normalizedName(path.last());
    if (path.size() == 1) {
        if (const Rule *rule = ruleFor(standardRules(kind), name)) {
            if (hasShape(rule->shape, value))
                return readingOf(prefixOf(kind), *rule, QLatin1String(rule->member));
        }
    }
    if (std::optional<Reading> reading = readProfile(path, value, kind))
        return *reading;
    return {QString(), value.isDouble() ? QStringLiteral("NUMBER") : QStringLiteral("STRING"),
            false};
}

std::optional<int> identifierRank(const QString &rawName, RecordKind kind)
{
    const QString name = normalizedName(rawName);
    if (isRecordIdName(kind, name))
        return 0;
    static const QStringList exact = {QStringLiteral("id"), QStringLiteral("uuid"),
                                      QStringLiteral("guid")};
    if (exact.contains(name))
        return 1;
    // "contactId", "user_id", "ID": an "id" that starts a word of its own ("paid" does not).
    static const QRegularExpression idSuffix(
        QStringLiteral(R"((Id|ID|[_\- ][iI][dD]|[uU]uid|[gG]uid|UUID|GUID)$)"));
    if (!idSuffix.match(rawName).hasMatch())
        return std::nullopt;
    // An identifier of something the record refers to is a weaker candidate.
    static const char *const references[] = {
        "account", "customer", "user",      "owner",   "parent",  "company", "org",
        "agent",   "assignee", "requester", "product", "session", "tenant",
    };
    for (const char *reference : references) {
        if (name.startsWith(QLatin1String(reference)))
            return 3;
    }
    return 2;
}

std::optional<QString> identifierValue(const QJsonValue &value)
{
    if (value.isString()) {
        const QString t = value.toString().trimmed();
        return t.isEmpty() || t.size() > 255 ? std::nullopt : std::optional<QString>(t);
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (qAbs(d) < 9.0e15 && d == double(qint64(d)))
            return QString::number(qint64(d));
    }
    return std::nullopt;
}

bool isLastUpdatedName(const QString &normalized)
{
    static const QSet<QString> names = [] {
        QSet<QString> out;
        for (const char *name : {"updatedat",
                                 "updated",
                                 "updatedon",
                                 "updatedate",
                                 "updateddate",
                                 "updatedtime",
                                 "updatetime",
                                 "lastupdated",
                                 "lastupdatedat",
                                 "lastupdatedate",
                                 "lastupdateddate",
                                 "lastupdatedtime",
                                 "lastupdatedtimestamp",
                                 "lastupdatetime",
                                 "lastmodified",
                                 "lastmodifiedat",
                                 "lastmodifieddate",
                                 "lastmodifiedtime",
                                 "modified",
                                 "modifiedat",
                                 "modifiedon",
                                 "modifieddate",
                                 "modifiedtime",
                                 "lastchanged",
                                 "changedat",
                                 "timestamp",
                                 "sourcelastupdatedtimestamp",
                                 "systemmodstamp",
                                 "sysupdatedon"})
            out.insert(QString::fromLatin1(name));
        return out;
    }();
    return names.contains(normalized);
}

std::optional<QString> timestampFormat(const QJsonValue &value)
{
    // Epoch seconds or milliseconds: EPOCHMILLI covers both (the model's Range.TimestampFormat).
    static const QRegularExpression digits(QStringLiteral(R"(^\d{9,14}$)"));
    std::optional<double> number;
    if (value.isDouble())
        number = value.toDouble();
    else if (value.isString() && digits.match(value.toString()).hasMatch())
        number = value.toString().toDouble();
    if (number)
        return *number >= 1e8 && *number < 1e14
                   ? std::optional<QString>(QStringLiteral("EPOCHMILLI"))
                   : std::nullopt;
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+\-]\d{2}(?::?\d{2})?)?)?$)"));
    const QRegularExpressionMatch m = iso.match(value.toString());
    if (!value.isString() || !m.hasMatch() ||
        !QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid())
        return std::nullopt;
    QString pattern = QStringLiteral("yyyy-MM-dd");
    if (m.capturedLength(4) == 0)
        return pattern;
    pattern += m.captured(4) == QStringLiteral("T") ? QStringLiteral("'T'HH:mm")
                                                    : QStringLiteral(" HH:mm");
    if (m.capturedLength(7) > 0)
        pattern += QStringLiteral(":ss");
    if (m.capturedLength(8) > 0)
        pattern += QLatin1Char('.') + QString(m.capturedLength(8), QLatin1Char('S'));
    const QString zone = m.captured(9);
    if (zone == QStringLiteral("Z") || zone.size() == 3)
        pattern += QLatin1Char('X'); // "Z" or "+01"
    else if (zone.size() == 5)
        pattern += QLatin1Char('Z'); // "+0100", as SimpleDateFormat's Z reads it
    else if (zone.size() == 6)
        pattern += QStringLiteral("XXX"); // "+01:00"
    return pattern;
}

} // namespace cp::schema::detection
