#include "shapes_domain.h"

#include "codec.h"

namespace cp::api {
namespace {

using codec::field;

constexpr auto scheduleTable = codec::fields(field("DayOfTheWeek", &JobSchedule::dayOfTheWeek),
                                             field("Time", &JobSchedule::time));
constexpr auto consolidationTable =
    codec::fields(field("MatchingAttributesList", &Consolidation::matchingAttributesList));
constexpr auto conflictTable =
    codec::fields(field("ConflictResolvingModel", &ConflictResolution::conflictResolvingModel),
                  field("SourceName", &ConflictResolution::sourceName));
constexpr auto autoMergingTable = codec::fields(
    field("Enabled", &AutoMerging::enabled), field("Consolidation", &AutoMerging::consolidation),
    field("ConflictResolution", &AutoMerging::conflictResolution),
    field("MinAllowedConfidenceScoreForMerging",
          &AutoMerging::minAllowedConfidenceScoreForMerging));
constexpr auto s3Table = codec::fields(field("S3BucketName", &S3ExportingConfig::s3BucketName),
                                       field("S3KeyName", &S3ExportingConfig::s3KeyName));
constexpr auto exportingTable = codec::fields(field("S3Exporting", &ExportingConfig::s3Exporting));

template<class M> constexpr auto matchingTable()
{
    return codec::fields(field("Enabled", &M::enabled), field("JobSchedule", &M::jobSchedule),
                         field("AutoMerging", &M::autoMerging),
                         field("ExportingConfig", &M::exportingConfig));
}

constexpr auto statsTable = codec::fields(
    field("ProfileCount", &DomainStats::profileCount),
    field("MeteringProfileCount", &DomainStats::meteringProfileCount),
    field("ObjectCount", &DomainStats::objectCount), field("TotalSize", &DomainStats::totalSize));
constexpr auto domainItemTable = codec::fields(
    field("DomainName", &ListDomainItem::domainName),
    field("CreatedAt", &ListDomainItem::createdAt),
    field("LastUpdatedAt", &ListDomainItem::lastUpdatedAt), field("Tags", &ListDomainItem::tags));

} // namespace

CP_API_SHAPE_CODEC(JobSchedule, scheduleTable)
CP_API_SHAPE_CODEC(Consolidation, consolidationTable)
CP_API_SHAPE_CODEC(ConflictResolution, conflictTable)
CP_API_SHAPE_CODEC(AutoMerging, autoMergingTable)
CP_API_SHAPE_CODEC(S3ExportingConfig, s3Table)
CP_API_SHAPE_CODEC(ExportingConfig, exportingTable)
CP_API_SHAPE_CODEC(MatchingRequest, matchingTable<MatchingRequest>())
CP_API_SHAPE_CODEC(MatchingResponse, matchingTable<MatchingResponse>())
CP_API_SHAPE_CODEC(DomainStats, statsTable)
CP_API_SHAPE_CODEC(ListDomainItem, domainItemTable)

} // namespace cp::api
