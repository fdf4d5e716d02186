#pragma once

#include "apiresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cp::emulator {

// A domain's RuleBasedMatching as matching uses it: the rule levels that match (level 1
// first, up to MaxAllowedRuleLevelForMatching), how far matches merge by themselves, and
// which profile members stand for the email, phone and address types.
struct RuleSet
{
    bool enabled = false;
    QList<QStringList> rules; // rules[0] is level 1
    int mergeLevel = 0;       // MaxAllowedRuleLevelForMerging; 0: nothing merges by itself
    bool manyToMany = false;  // AttributeMatchingModel MANY_TO_MANY
    QStringList emails, phones, addresses;
    QString conflictModel; // RECENCY (the default) or SOURCE
    QString sourceName;    // the object type SOURCE prefers
    QString config;        // the member as stored: what an index built from it remembers

    static RuleSet parse(const QString &configText);
};

// One signature of a profile at a rule level: profiles holding the same one match there.
struct Signature
{
    int level = 0; // 1-based
    QString hash;
    bool operator==(const Signature &o) const { return level == o.level && hash == o.hash; }
};

// Every signature of a profile with these fields (at most a few per level: one per
// combination of the email, phone and address members the selector names).
QList<Signature> signaturesOf(const RuleSet &rules, const QJsonObject &fields);

// Checks a RuleBasedMatching member of CreateDomain/UpdateDomain beyond what the model
// checks: attribute names, the selector's member names, SOURCE with its SourceName.
std::optional<ApiResult> checkRuleBasedMatching(const QJsonObject &rules);

} // namespace cp::emulator
