#pragma once

#include <QString>
#include <QStringList>

// The names of the operations the console and the client call, once. Each is checked
// against the loaded model (tests/schema/tst_modelfile.cpp): a name that a new release
// of the model no longer has fails there, not at run time.
namespace cp::schema::ops {

inline const QString AddProfileKey = QStringLiteral("AddProfileKey");
inline const QString BatchGetProfile = QStringLiteral("BatchGetProfile");
inline const QString CreateDomain = QStringLiteral("CreateDomain");
inline const QString CreateProfile = QStringLiteral("CreateProfile");
inline const QString CreateUploadJob = QStringLiteral("CreateUploadJob");
inline const QString DeleteDomain = QStringLiteral("DeleteDomain");
inline const QString DeleteIntegration = QStringLiteral("DeleteIntegration");
inline const QString DeleteProfile = QStringLiteral("DeleteProfile");
inline const QString DeleteProfileKey = QStringLiteral("DeleteProfileKey");
inline const QString DeleteProfileObject = QStringLiteral("DeleteProfileObject");
inline const QString DeleteProfileObjectType = QStringLiteral("DeleteProfileObjectType");
inline const QString DetectProfileObjectType = QStringLiteral("DetectProfileObjectType");
inline const QString GetDomain = QStringLiteral("GetDomain");
inline const QString GetIntegration = QStringLiteral("GetIntegration");
inline const QString GetProfileHistoryRecord = QStringLiteral("GetProfileHistoryRecord");
inline const QString GetProfileObjectType = QStringLiteral("GetProfileObjectType");
inline const QString GetProfileObjectTypeTemplate = QStringLiteral("GetProfileObjectTypeTemplate");
inline const QString GetSimilarProfiles = QStringLiteral("GetSimilarProfiles");
inline const QString GetUploadJob = QStringLiteral("GetUploadJob");
inline const QString GetUploadJobPath = QStringLiteral("GetUploadJobPath");
inline const QString ListAccountIntegrations = QStringLiteral("ListAccountIntegrations");
inline const QString ListDomains = QStringLiteral("ListDomains");
inline const QString ListIntegrations = QStringLiteral("ListIntegrations");
inline const QString ListProfileHistoryRecords = QStringLiteral("ListProfileHistoryRecords");
inline const QString ListProfileObjectTypeTemplates =
    QStringLiteral("ListProfileObjectTypeTemplates");
inline const QString ListProfileObjectTypes = QStringLiteral("ListProfileObjectTypes");
inline const QString ListProfileObjects = QStringLiteral("ListProfileObjects");
inline const QString ListRuleBasedMatches = QStringLiteral("ListRuleBasedMatches");
inline const QString ListTagsForResource = QStringLiteral("ListTagsForResource");
inline const QString ListUploadJobs = QStringLiteral("ListUploadJobs");
inline const QString MergeProfiles = QStringLiteral("MergeProfiles");
inline const QString PutIntegration = QStringLiteral("PutIntegration");
inline const QString PutProfileObject = QStringLiteral("PutProfileObject");
inline const QString PutProfileObjectType = QStringLiteral("PutProfileObjectType");
inline const QString SearchProfiles = QStringLiteral("SearchProfiles");
inline const QString StartUploadJob = QStringLiteral("StartUploadJob");
inline const QString StopUploadJob = QStringLiteral("StopUploadJob");
inline const QString TagResource = QStringLiteral("TagResource");
inline const QString UntagResource = QStringLiteral("UntagResource");
inline const QString UpdateDomain = QStringLiteral("UpdateDomain");
inline const QString UpdateProfile = QStringLiteral("UpdateProfile");

// Every name above, for the test.
inline QStringList all()
{
    return {AddProfileKey,
            BatchGetProfile,
            CreateDomain,
            CreateProfile,
            CreateUploadJob,
            DeleteDomain,
            DeleteIntegration,
            DeleteProfile,
            DeleteProfileKey,
            DeleteProfileObject,
            DeleteProfileObjectType,
            DetectProfileObjectType,
            GetDomain,
            GetIntegration,
            GetProfileHistoryRecord,
            GetProfileObjectType,
            GetProfileObjectTypeTemplate,
            GetSimilarProfiles,
            GetUploadJob,
            GetUploadJobPath,
            ListAccountIntegrations,
            ListDomains,
            ListIntegrations,
            ListProfileHistoryRecords,
            ListProfileObjectTypeTemplates,
            ListProfileObjectTypes,
            ListProfileObjects,
            ListRuleBasedMatches,
            ListTagsForResource,
            ListUploadJobs,
            MergeProfiles,
            PutIntegration,
            PutProfileObject,
            PutProfileObjectType,
            SearchProfiles,
            StartUploadJob,
            StopUploadJob,
            TagResource,
            UntagResource,
            UpdateDomain,
            UpdateProfile};
}

} // namespace cp::schema::ops
