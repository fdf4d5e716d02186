#pragma once

#include <QString>
#include <QStringList>

// What rule-based matching compares, as the MatchingRule and AttributeTypesSelector
// documentation lists it: the attributes a rule may name, and the profile members that
// may stand for the email, phone and address types. Shared by cplocal's checks and the
// console's rule editor, so both accept the same names.
namespace cp::schema::matchingattributes {

// The attributes a rule may name, in the documentation's order; any "Attributes.NAME"
// is allowed besides (see isRuleAttribute).
QStringList ruleAttributes();
bool isRuleAttribute(const QString &name);

// The member names the AttributeTypesSelector accepts for each type, spelt as the
// documentation spells them ("MaillingAddress" included).
QStringList emailTypes();
QStringList phoneTypes();
QStringList addressTypes();

} // namespace cp::schema::matchingattributes
