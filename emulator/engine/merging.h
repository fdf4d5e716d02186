#pragma once

#include "context.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cp::emulator {

// A merge as MergeProfiles documents it: the profiles of mergedIds go into mainId.
// fieldSources is a FieldSourceProfileIds: member -> the profile whose value wins
// (Attributes: attribute name -> profile). Ids must exist and differ (checked before).
struct MergeSpec
{
    QString domain;
    QString mainId;
    QStringList mergedIds;
    QJsonObject fieldSources;
    QString performedBy; // empty: the caller
};

// Keys and objects move to the main profile, fields merge (union; on a conflict the main
// profile's value unless fieldSources names another), the merged profiles are deleted and
// every step is recorded in the history. Runs inside the operation's transaction: an error
// answered undoes all of it.
ApiResult mergeInto(Context &ctx, const MergeSpec &spec);

// Merges the groups rule-based matching queued in ctx.autoMerges (and those the merges
// queue in turn), resolving conflicts as the domain's ConflictResolution says.
ApiResult runAutoMerges(Context &ctx);

} // namespace cp::emulator
