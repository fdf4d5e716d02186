// Checks of test_jssdk.mjs for the members only today's model has (the SDK's is current):
// a domain's Matching, RuleBasedMatching and DataStore; an object type's SourcePriority,
// MaxProfileObjectCount and MaxAvailableProfileObjectCount; an integration's RoleArn,
// EventTriggerNames and Scope; a profile's ProfileType, GenderString, PartyTypeString and
// EngagementPreferences; the documented predefined keys. Kept apart so that neither file
// grows past what reads well; test_jssdk.mjs passes in its helpers.

export function addCurrentModelChecks({ check, call, withDomain, search, only, eq, ok, expectError, FLOW_URI }) {
    check("today's model: a domain keeps Matching, RuleBasedMatching (ACTIVE) and DataStore", async () => {
        const rules = { Enabled: true, MatchingRules: [{ Rule: ["EmailAddress"] }, { Rule: ["PhoneNumber", "LastName"] }],
                        MaxAllowedRuleLevelForMatching: 2 };
        const matching = { Enabled: true, JobSchedule: { DayOfTheWeek: "FRIDAY", Time: "23:15" } };
        await withDomain("js-matching", { Matching: matching, RuleBasedMatching: rules, DataStore: { Enabled: true } },
                         async (d) => {
            const got = await call("GetDomain", { DomainName: d });
            eq(got.Matching, matching, "Matching");
            eq(got.RuleBasedMatching, { ...rules, Status: "ACTIVE" }, "RuleBasedMatching");
            eq(got.DataStore, { Enabled: true, Readiness: { ProgressPercentage: 100 } }, "DataStore");
            const updated = await call("UpdateDomain", { DomainName: d, Matching: { Enabled: false } });
            eq(updated.Matching, { Enabled: false }, "Matching given replaces");
            eq(updated.RuleBasedMatching, { ...rules, Status: "ACTIVE" }, "RuleBasedMatching not given is kept");
            eq(updated.DataStore.Enabled, true, "DataStore not given is kept");
        });
    });

    check("today's model: SourcePriority, MaxProfileObjectCount and the oldest object pushed out", async () => {
        await withDomain("js-counts", {}, async (d) => {
            const type = {
                DomainName: d, ObjectTypeName: "Visit", Description: "visits", AllowProfileCreation: true,
                SourcePriority: 1, MaxProfileObjectCount: 2,
                Fields: { id: { Source: "_source.id" }, email: { Source: "_source.email",
                          Target: "_profile.EmailAddress", ContentType: "EMAIL_ADDRESS" } },
                Keys: { visitId: [{ StandardIdentifiers: ["UNIQUE"], FieldNames: ["id"] }],
                        email: [{ StandardIdentifiers: ["PROFILE"], FieldNames: ["email"] }] },
            };
            const put = await call("PutProfileObjectType", type);
            const got = await call("GetProfileObjectType", { DomainName: d, ObjectTypeName: "Visit" });
            for (const answer of [put, got]) {
                eq([answer.SourcePriority, answer.MaxProfileObjectCount, answer.MaxAvailableProfileObjectCount],
                   [1, 2, 1000], "SourcePriority, MaxProfileObjectCount, MaxAvailableProfileObjectCount");
            }
            const item = only((await call("ListProfileObjectTypes", { DomainName: d })).Items, "types");
            eq([item.SourcePriority, item.MaxProfileObjectCount], [1, 2], "listed");
            await expectError("BadRequestException", 400, call("PutProfileObjectType",
                              { ...type, ObjectTypeName: "Greedy", MaxProfileObjectCount: 999 }), "past the capacity");
            for (const id of ["v1", "v2", "v3"]) {
                await call("PutProfileObject", { DomainName: d, ObjectTypeName: "Visit",
                                                 Object: JSON.stringify({ id, email: "v@example.com" }) });
            }
            const profile = only(await search(d, "_email", ["v@example.com"]), "profile");
            const objects = (await call("ListProfileObjects", { DomainName: d, ObjectTypeName: "Visit",
                                                                ProfileId: profile.ProfileId })).Items;
            eq(objects.map((o) => JSON.parse(o.Object).id), ["v2", "v3"], "the least recently written went");
        });
    });

    check("today's model: an integration keeps RoleArn, EventTriggerNames and Scope", async () => {
        await withDomain("js-integ-today", {}, async (d) => {
            await call("PutProfileObjectType", { DomainName: d, ObjectTypeName: "Contact",
                                                 TemplateId: "Salesforce-Contact", Description: "contacts" });
            const role = "arn:aws:iam::123456789012:role/Ingest";
            const put = await call("PutIntegration", { DomainName: d, Uri: FLOW_URI, ObjectTypeName: "Contact",
                                                       RoleArn: role, EventTriggerNames: ["Vip"], Scope: "DOMAIN" });
            const answers = [put, await call("GetIntegration", { DomainName: d, Uri: FLOW_URI }),
                             only((await call("ListIntegrations", { DomainName: d })).Items, "integrations"),
                             only((await call("ListAccountIntegrations", { Uri: FLOW_URI })).Items, "account's")];
            for (const answer of answers) {
                eq([answer.RoleArn, answer.EventTriggerNames, answer.Scope], [role, ["Vip"], "DOMAIN"], "members");
            }
        });
    });

    check("today's model: a profile keeps ProfileType, GenderString, PartyTypeString, EngagementPreferences",
          async () => {
        await withDomain("js-profile-today", {}, async (d) => {
            const prefs = { Phone: [{ KeyName: "_phone", KeyValue: "+15550100", ContactType: "MobilePhoneNumber" }] };
            const { ProfileId } = await call("CreateProfile", {
                DomainName: d, FirstName: "Lin", ProfileType: "PROFILE", GenderString: "man",
                PartyTypeString: "Person", EngagementPreferences: prefs });
            let profile = only(await search(d, "_profileId", [ProfileId]), "profile");
            eq([profile.ProfileType, profile.GenderString, profile.PartyTypeString], ["PROFILE", "man", "Person"],
               "members");
            eq(profile.EngagementPreferences, prefs, "EngagementPreferences");
            await call("UpdateProfile", { DomainName: d, ProfileId, GenderString: "", ProfileType: "ACCOUNT_PROFILE" });
            profile = only(await search(d, "_profileId", [ProfileId]), "profile");
            ok(!("GenderString" in profile), `"" clears GenderString: ${JSON.stringify(profile)}`);
            eq([profile.ProfileType, profile.PartyTypeString], ["ACCOUNT_PROFILE", "Person"], "given and kept");
        });
    });

    check("today's model: a documented predefined key nothing holds is an empty page", async () => {
        await withDomain("js-predefined", {}, async (d) => {
            for (const key of ["_salesforceAccountId", "_assetId", "_caseId", "_orderId", "_segmentUserId"]) {
                eq(await search(d, key, ["001X"]), [], key);
            }
            const { ProfileId } = await call("CreateProfile", { DomainName: d, FirstName: "Ola" });
            await call("AddProfileKey", { DomainName: d, ProfileId, KeyName: "_salesforceAccountId", Values: ["001X"] });
            eq((await search(d, "_salesforceAccountId", ["001X"])).map((p) => p.ProfileId), [ProfileId], "found");
        });
    });
}
