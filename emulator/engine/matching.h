#pragma once

#include "context.h"
#include "matchrules.h"

#include <QJsonObject>
#include <QString>

namespace cp::emulator {

// The domain's RuleBasedMatching (cached per thread against the stored text).
RuleSet domainRules(Context &ctx, const QString &domain);

// Keeps rule-based matches up to date as a profile's fields change (`before`: the fields as
// stored, empty for a new profile): its signatures in the index, then the groups it leaves
// and joins. Groups within the merging level are queued in ctx.autoMerges. False on a store
// error.
bool matchProfileSaved(Context &ctx, const QString &domain, const QString &profileId,
                       const QJsonObject &before, const QJsonObject &after, bool isNew);
// Before a profile's rows go: out of the index and its group, whose others are regrouped.
bool matchProfileDeleted(Context &ctx, const QString &domain, const QString &profileId);
// Rebuilds a domain's matches when its rules differ from those its index was built with
// (UpdateDomain, and the purge for stores indexed by an older cplocal). False on an error.
bool refreshDomainMatches(Context &ctx, const QString &domain);

} // namespace cp::emulator
