// The rules of rule-based matching: which values of a profile a rule level compares,
// normalised as ingestion normalises keys (emails and names ignore case and spaces, phones
// keep digits and a leading +, address parts compare as names), hashed into signatures.
#include "matchrules.h"

#include "mapping.h"
#include "matchingattributes.h"
#include "standardprofile.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace cp::emulator {
namespace {

namespace sp = cp::schema::standardprofile;

const QString kEmail = QStringLiteral("EmailAddress");
const QString kPhone = QStringLiteral("PhoneNumber");
const QString kAddressPrefix = QStringLiteral("Address.");
const QString kAttributesPrefix = QStringLiteral("Attributes.");

// The documentation spells two address types otherwise than the profile's members.
QString addressMember(const QString &name)
{
    if (name == QStringLiteral("BusinessAddress"))
        return QStringLiteral("BillingAddress");
    if (name == QStringLiteral("MaillingAddress"))
        return QStringLiteral("MailingAddress");
    return name;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QString normalised(const QString &contentType, const QString &value)
{
    return schema::normalizeKeyValue(contentType, value);
}

// One value of a type (email, phone, address) a profile holds: the member it came from
// (compared too with ONE_TO_ONE) and the normalised value.
using Alternatives = QList<QString>;

Alternatives typeValues(const RuleSet &rules, const QStringList &members,
                        const QString &contentType, const QJsonObject &fields)
{
    Alternatives out;
    for (const QString &member : members) {
        const QString value = normalised(contentType, fields.value(member).toString());
        if (value.isEmpty())
            continue;
        const QString tagged = rules.manyToMany ? value : member + QLatin1Char('=') + value;
        if (!out.contains(tagged))
            out.append(tagged);
    }
    return out;
}

// An address rule compares the named parts of one address ("Address.Address" is its
// four lines); each selected address member that has them all is one alternative.
Alternatives addressValues(const RuleSet &rules, const QStringList &parts,
                           const QJsonObject &fields)
{
    Alternatives out;
    for (const QString &member : rules.addresses) {
        const QJsonObject address = fields.value(member).toObject();
        QStringList values;
        for (const QString &part : parts) {
            QString value;
            if (part == QStringLiteral("Address")) {
                QStringList lines;
                for (const char *line : {"Address1", "Address2", "Address3", "Address4"})
                    lines.append(address.value(QLatin1String(line)).toString());
                value = lines.join(QLatin1Char(' '));
            } else {
                value = address.value(part).toString();
            }
            value = normalised(QStringLiteral("NAME"), value);
            if (value.isEmpty())
                break;
            values.append(value);
        }
        if (values.size() != parts.size())
            continue;
        const QString joined = values.join(QChar(0x1f));
        const QString tagged = rules.manyToMany ? joined : member + QLatin1Char('=') + joined;
        if (!out.contains(tagged))
            out.append(tagged);
    }
    return out;
}

QString scalarValue(const QString &attribute, const QJsonObject &fields)
{
    if (attribute.startsWith(kAttributesPrefix))
        return normalised(QStringLiteral("NAME"),
                          fields.value(QStringLiteral("Attributes"))
                              .toObject()
                              .value(attribute.mid(kAttributesPrefix.size()))
                              .toString());
    QString value = fields.value(attribute).toString();
    if (value.isEmpty() && attribute == QStringLiteral("Gender"))
        value = fields.value(QStringLiteral("GenderString")).toString();
    return normalised(QStringLiteral("NAME"), value);
}

// The values one rule level compares, each attribute with its alternatives; empty when
// the profile lacks one of them (a missing value never matches).
QList<Alternatives> ruleValues(const RuleSet &rules, const QStringList &rule,
                               const QJsonObject &fields)
{
    QList<Alternatives> out;
    QStringList addressParts;
    for (const QString &attribute : rule) {
        if (attribute.startsWith(kAddressPrefix)) {
            addressParts.append(attribute.mid(kAddressPrefix.size()));
            continue;
        }
        Alternatives values;
        if (attribute == kEmail)
            values = typeValues(rules, rules.emails, QStringLiteral("EMAIL_ADDRESS"), fields);
        else if (attribute == kPhone)
            values = typeValues(rules, rules.phones, QStringLiteral("PHONE_NUMBER"), fields);
        else if (const QString value = scalarValue(attribute, fields); !value.isEmpty())
            values = {value};
        if (values.isEmpty())
            return {};
        out.append(values);
    }
    if (!addressParts.isEmpty()) {
        const Alternatives values = addressValues(rules, addressParts, fields);
        if (values.isEmpty())
            return {};
        out.append(values);
    }
    return out;
}

QString hashOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

RuleSet RuleSet::parse(const QString &configText)
{
    RuleSet out;
    out.config = configText;
    const QJsonObject config = QJsonDocument::fromJson(configText.toUtf8()).object();
    out.enabled = config.value(QStringLiteral("Enabled")).toBool();
    const QJsonArray rules = config.value(QStringLiteral("MatchingRules")).toArray();
    const int maxLevel = config.value(QStringLiteral("MaxAllowedRuleLevelForMatching")).toInt(15);
    for (const QJsonValue &rule : rules) {
        if (out.rules.size() >= maxLevel)
            break;
        out.rules.append(strings(rule.toObject().value(QStringLiteral("Rule"))));
    }
    out.mergeLevel = config.value(QStringLiteral("MaxAllowedRuleLevelForMerging")).toInt(0);
    const QJsonObject selector = config.value(QStringLiteral("AttributeTypesSelector")).toObject();
    out.manyToMany = selector.value(QStringLiteral("AttributeMatchingModel")).toString() ==
                     QStringLiteral("MANY_TO_MANY");
    // Without a selector each type is its own member alone (ONE_TO_ONE).
    out.emails = selector.contains(kEmail) ? strings(selector.value(kEmail)) : QStringList{kEmail};
    out.phones = selector.contains(kPhone) ? strings(selector.value(kPhone)) : QStringList{kPhone};
    const QString address = QStringLiteral("Address");
    for (const QString &name :
         selector.contains(address) ? strings(selector.value(address)) : QStringList{address})
        out.addresses.append(addressMember(name));
    const QJsonObject conflict = config.value(QStringLiteral("ConflictResolution")).toObject();
    out.conflictModel = conflict.value(QStringLiteral("ConflictResolvingModel"))
                            .toString(QStringLiteral("RECENCY"));
    out.sourceName = conflict.value(QStringLiteral("SourceName")).toString();
    return out;
}

QList<Signature> signaturesOf(const RuleSet &rules, const QJsonObject &fields)
{
    QList<Signature> out;
    for (qsizetype level = 0; level < rules.rules.size(); ++level) {
        const QList<Alternatives> values = ruleValues(rules, rules.rules.at(level), fields);
        if (values.isEmpty())
            continue;
        // Every combination of the alternatives (a handful: 3 emails x 4 phones x 4 addresses
        // at most) is one signature.
        QStringList combinations{QString()};
        for (const Alternatives &alternatives : values) {
            QStringList next;
            for (const QString &prefix : std::as_const(combinations))
                for (const QString &value : alternatives)
                    next.append(prefix + QChar(0x1e) + value);
            combinations = next;
        }
        for (const QString &combination : std::as_const(combinations))
            out.append({int(level) + 1, hashOf(combination)});
    }
    return out;
}

std::optional<ApiResult> checkRuleBasedMatching(const QJsonObject &rules)
{
    const QJsonArray levels = rules.value(QStringLiteral("MatchingRules")).toArray();
    for (qsizetype i = 0; i < levels.size(); ++i) {
        for (const QString &attribute :
             strings(levels.at(i).toObject().value(QStringLiteral("Rule")))) {
            if (!schema::matchingattributes::isRuleAttribute(attribute))
                return ApiResult::badRequest(
                    QStringLiteral("MatchingRules level %1 names %2, which is not an attribute "
                                   "rule-based matching compares (AccountNumber, Address.City "
                                   "and the other Address parts, BirthDate, BusinessName, "
                                   "EmailAddress, FirstName, Gender, LastName, MiddleName, "
                                   "PhoneNumber, Attributes.NAME).")
                        .arg(i + 1)
                        .arg(attribute));
        }
    }
    const QJsonObject selector = rules.value(QStringLiteral("AttributeTypesSelector")).toObject();
    const QList<std::pair<QString, QStringList>> types = {
        {kEmail, sp::emailMembers()},
        {kPhone, sp::phoneMembers()},
        {QStringLiteral("Address"), sp::addressMembers()}};
    for (const auto &[type, members] : types) {
        for (const QString &name : strings(selector.value(type))) {
            if (!members.contains(type == kEmail || type == kPhone ? name : addressMember(name)))
                return ApiResult::badRequest(
                    QStringLiteral("AttributeTypesSelector %1 names %2; it may name %3.")
                        .arg(type, name, members.join(QStringLiteral(", "))));
        }
    }
    const QJsonObject conflict = rules.value(QStringLiteral("ConflictResolution")).toObject();
    if (conflict.value(QStringLiteral("ConflictResolvingModel")).toString() ==
            QStringLiteral("SOURCE") &&
        conflict.value(QStringLiteral("SourceName")).toString().isEmpty())
        return ApiResult::badRequest(QStringLiteral(
            "ConflictResolution SOURCE needs a SourceName (the object type to prefer)."));
    return std::nullopt;
}

} // namespace cp::emulator
