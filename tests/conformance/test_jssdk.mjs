// cplocal driven by the AWS SDK for JavaScript v3 (@aws-sdk/client-customer-profiles,
// pinned by js/package-lock.json, installed by scripts/install-deps.sh with npm ci):
// every one of the 28 emulated operations, errors as the SDK parses them, paging, tags by
// ARN and the ingestion story of test_boto3.py, the third real client after boto3 and the CLI.
//
//   CPLOCAL=/path/to/cplocal node tests/conformance/test_jssdk.mjs   (or --cplocal PATH)
//
// Plain node, no test framework: one line per check, a summary, exit code 1 when anything
// failed. It starts cplocal itself, exactly as cplocal_fixture.py does (127.0.0.1, port 0,
// the URL read from its one stdout line, --in-memory, the fixture's keys, region and
// account; SIGTERM at the end must give exit code 0 and no sanitizer report) rather than
// through a Python launcher around the fixture: the suite then needs node and nothing
// else, and the SDK's own process is the one whose environment is isolated below. The
// launcher and the check helpers are in jssdk_support.mjs, the checks of the members only
// today's model has in jssdk_current.mjs.

import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

import { addCurrentModelChecks } from "./jssdk_current.mjs";
import {
    ACCESS_KEY_ID, ACCOUNT_ID, CheckFailure, Cplocal, REGION, SECRET_ACCESS_KEY, eq, expectError, ok, show,
} from "./jssdk_support.mjs";

const FLOW_URI = "arn:aws:appflow:us-east-1:123456789012:flow/ConformanceFlow";
const OPERATIONS = [
    "CreateDomain", "GetDomain", "UpdateDomain", "DeleteDomain", "ListDomains",
    "PutProfileObjectType", "GetProfileObjectType", "DeleteProfileObjectType", "ListProfileObjectTypes",
    "ListProfileObjectTypeTemplates", "GetProfileObjectTypeTemplate",
    "CreateProfile", "UpdateProfile", "DeleteProfile", "AddProfileKey", "DeleteProfileKey", "SearchProfiles",
    "PutProfileObject", "ListProfileObjects", "DeleteProfileObject",
    "PutIntegration", "GetIntegration", "DeleteIntegration", "ListIntegrations", "ListAccountIntegrations",
    "TagResource", "UntagResource", "ListTagsForResource",
];

// --- Isolation from the host's AWS setup, as cplocal_fixture.py does on import: no AWS_*
// variable, empty config and credentials files, no instance metadata.
const blankDir = fs.mkdtempSync(path.join(os.tmpdir(), "cplocal-awsenv-"));
for (const name of Object.keys(process.env)) {
    if (name.startsWith("AWS_")) delete process.env[name];
}
for (const [name, file] of [["AWS_CONFIG_FILE", "config"], ["AWS_SHARED_CREDENTIALS_FILE", "credentials"]]) {
    fs.writeFileSync(path.join(blankDir, file), "");
    process.env[name] = path.join(blankDir, file);
}
process.env.AWS_EC2_METADATA_DISABLED = "true";

// The SDK lives in js/node_modules, next to its package.json and lock file.
const requireSdk = createRequire(new URL("./js/package.json", import.meta.url));
let sdk;
try {
    sdk = requireSdk("@aws-sdk/client-customer-profiles");
} catch (err) {
    console.error(`test_jssdk: cannot load @aws-sdk/client-customer-profiles from ${requireSdk.resolve.paths("x")[0]}`
                  + ` (scripts/install-deps.sh installs it): ${err.message}`);
    process.exit(1);
}
const sdkVersion = JSON.parse(fs.readFileSync(requireSdk.resolve("@aws-sdk/client-customer-profiles/package.json"),
                                              "utf8")).version;
const C = sdk;

let server;
let client;
const called = new Set();

function newClient(accessKeyId = ACCESS_KEY_ID, secretAccessKey = SECRET_ACCESS_KEY) {
    return new C.CustomerProfilesClient({
        endpoint: server.url,
        region: REGION,
        credentials: { accessKeyId, secretAccessKey },
        maxAttempts: 1,
        requestHandler: { connectionTimeout: 5000, requestTimeout: 30000 },
    });
}

// call("CreateDomain", {...}) sends CreateDomainCommand with the shared client.
function call(operation, input = {}, through = client) {
    return through.send(new C[`${operation}Command`](input));
}

async function deleteDomainQuietly(name) {
    try {
        await call("DeleteDomain", { DomainName: name });
    } catch {
        // already gone
    }
}

async function withDomain(name, input, body) {
    await call("CreateDomain", { DomainName: name, DefaultExpirationDays: 30, ...input });
    try {
        return await body(name);
    } finally {
        await deleteDomainQuietly(name);
    }
}

async function search(domain, key, values, extra = {}) {
    return (await call("SearchProfiles", { DomainName: domain, KeyName: key, Values: values, ...extra })).Items ?? [];
}

function only(items, what) {
    ok(items.length === 1, `${what}: expected one item, got ${show(items)}`);
    return items[0];
}

const NOTE_TYPE = {
    Description: "Notes from the CRM, keyed by the Salesforce contact they are about",
    AllowProfileCreation: false,
    Fields: {
        noteId: { Source: "_source.noteId", Target: "_profile.Attributes.lastNoteId", ContentType: "STRING" },
        contactId: { Source: "_source.contactId", ContentType: "STRING" },
        email: { Source: "_source.email", Target: "_profile.PersonalEmailAddress", ContentType: "EMAIL_ADDRESS" },
    },
    Keys: {
        _crmNoteId: [{ StandardIdentifiers: ["UNIQUE"], FieldNames: ["noteId"] }],
        _salesforceContactId: [{ StandardIdentifiers: ["PROFILE"], FieldNames: ["contactId"] }],
    },
};

const arn = (...parts) => `arn:aws:profile:${REGION}:${ACCOUNT_ID}:domains/${parts.join("/")}`;

const checks = [];
const check = (name, body) => checks.push({ name, body });

check("domain: create, get, update, delete; 404 afterwards", async () => {
    const created = await call("CreateDomain", { DomainName: "dom-crud", DefaultExpirationDays: 30,
                                                 Tags: { team: "blue" } });
    try {
        eq(created.DomainName, "dom-crud", "DomainName");
        eq(created.DefaultExpirationDays, 30, "DefaultExpirationDays");
        eq(created.Tags, { team: "blue" }, "Tags");
        ok(created.CreatedAt instanceof Date, `CreatedAt is a Date: ${show(created.CreatedAt)}`);
        ok(created.LastUpdatedAt instanceof Date, `LastUpdatedAt is a Date: ${show(created.LastUpdatedAt)}`);
        eq(created.$metadata.httpStatusCode, 200, "status");
        ok(created.$metadata.requestId, "request id");

        let got = await call("GetDomain", { DomainName: "dom-crud" });
        eq(got.DefaultExpirationDays, 30, "GetDomain DefaultExpirationDays");
        eq(got.Stats, { ProfileCount: 0, MeteringProfileCount: 0, ObjectCount: 0, TotalSize: 0 }, "Stats");
        eq(got.CreatedAt.getTime(), created.CreatedAt.getTime(), "CreatedAt");

        const dlq = "https://sqs.us-east-1.amazonaws.com/123456789012/dlq";
        const updated = await call("UpdateDomain", { DomainName: "dom-crud", DefaultExpirationDays: 90,
                                                     DeadLetterQueueUrl: dlq });
        eq(updated.DefaultExpirationDays, 90, "UpdateDomain DefaultExpirationDays");
        eq(updated.DeadLetterQueueUrl, dlq, "DeadLetterQueueUrl");
        eq(updated.Tags, { team: "blue" }, "Tags kept");
        got = await call("GetDomain", { DomainName: "dom-crud" });
        eq(got.DefaultExpirationDays, 90, "GetDomain after update");
        ok(got.LastUpdatedAt >= got.CreatedAt, "LastUpdatedAt >= CreatedAt");

        const deleted = await call("DeleteDomain", { DomainName: "dom-crud" });
        ok(deleted.Message?.includes("dom-crud"), `DeleteDomain message: ${show(deleted.Message)}`);
    } finally {
        await deleteDomainQuietly("dom-crud");
    }
    const err = await expectError("ResourceNotFoundException", 404, call("GetDomain", { DomainName: "dom-crud" }));
    ok(err instanceof C.ResourceNotFoundException, "the SDK's modeled ResourceNotFoundException class");
    eq(err.$fault, "client", "$fault");
    await expectError("ResourceNotFoundException", 404, call("DeleteDomain", { DomainName: "dom-crud" }));
});

check("domain: validation and duplicates are 400 BadRequestException", async () => {
    const err = await expectError("BadRequestException", 400,
                                  call("CreateDomain", { DomainName: "bad name!", DefaultExpirationDays: 30 }));
    ok(err instanceof C.BadRequestException, "the SDK's modeled BadRequestException class");
    await expectError("BadRequestException", 400,
                      call("CreateDomain", { DomainName: "dom-days", DefaultExpirationDays: 100000 }));
    await expectError("ResourceNotFoundException", 404, call("GetDomain", { DomainName: "dom-days" }));
    await withDomain("dom-twice", {}, async (d) => {
        await expectError("BadRequestException", 400, call("CreateDomain", { DomainName: d, DefaultExpirationDays: 30 }),
                          "CreateDomain of an existing domain");
    });
});

check("domain: ListDomains in pages of two (NextToken; the SDK has no paginateListDomains)", async () => {
    // The service model gives ListDomains no paginator, so the SDK has none: pages by hand.
    ok(!("paginateListDomains" in C), "paginateListDomains is absent from the SDK");
    const names = ["page-0", "page-1", "page-2", "page-3", "page-4"];
    for (const name of names) await call("CreateDomain", { DomainName: name, DefaultExpirationDays: 30 });
    try {
        const seen = [];
        const pages = [];
        let token;
        for (;;) {
            const page = await call("ListDomains", { MaxResults: 2, ...(token ? { NextToken: token } : {}) });
            const items = page.Items ?? [];
            ok(items.length <= 2, `a page of at most 2: ${items.length}`);
            pages.push(items.length);
            for (const item of items) {
                ok(item.CreatedAt instanceof Date, `CreatedAt is a Date: ${show(item)}`);
                seen.push(item.DomainName);
            }
            token = page.NextToken;
            if (!token) break;
            eq(items.length, 2, "a page before the last is full");
        }
        eq(new Set(seen).size, seen.length, "no domain twice");
        for (const name of names) ok(seen.includes(name), `${name} listed: ${show(seen)}`);
        ok(pages.length >= 3, `at least three pages: ${show(pages)}`);
    } finally {
        for (const name of names) await deleteDomainQuietly(name);
    }
    await expectError("BadRequestException", 400, call("ListDomains", { NextToken: "not-a-token" }));
});

check("templates: ListProfileObjectTypeTemplates, GetProfileObjectTypeTemplate", async () => {
    const items = (await call("ListProfileObjectTypeTemplates")).Items;
    const sf = items.find((t) => t.TemplateId === "Salesforce-Contact");
    ok(sf, `Salesforce-Contact listed among ${items.length}`);
    eq([sf.SourceName, sf.SourceObject], ["Salesforce", "Contact"], "source");
    const template = await call("GetProfileObjectTypeTemplate", { TemplateId: "Salesforce-Contact" });
    eq(template.TemplateId, "Salesforce-Contact", "TemplateId");
    eq(template.Keys._salesforceContactId[0].StandardIdentifiers, ["PROFILE", "UNIQUE"], "key");
    eq(template.Fields.firstName.Target, "_profile.FirstName", "field");
    await expectError("ResourceNotFoundException", 404,
                      call("GetProfileObjectTypeTemplate", { TemplateId: "No-Such-Template" }));
});

check("ingestion: UNIQUE and PROFILE keys merge objects into one profile, found by key", async () => {
    await withDomain("story", {}, async (d) => {
        const put = async (type, obj) => {
            const key = (await call("PutProfileObject", { DomainName: d, ObjectTypeName: type,
                                                          Object: JSON.stringify(obj) })).ProfileObjectUniqueKey;
            ok(key, "ProfileObjectUniqueKey");
            return key;
        };
        const objects = async (type, profileId, extra = {}) =>
            (await call("ListProfileObjects", { DomainName: d, ObjectTypeName: type, ProfileId: profileId,
                                                ...extra })).Items ?? [];

        const sf = await call("PutProfileObjectType", { DomainName: d, ObjectTypeName: "SalesforceContact",
                                                        TemplateId: "Salesforce-Contact",
                                                        Description: "Salesforce contacts" });
        eq([sf.ObjectTypeName, sf.TemplateId], ["SalesforceContact", "Salesforce-Contact"], "template type");
        ok("_salesforceContactId" in sf.Keys, "template key");
        eq(sf.Fields.email.ContentType, "EMAIL_ADDRESS", "template field");
        const note = await call("PutProfileObjectType", { DomainName: d, ObjectTypeName: "CrmNote", ...NOTE_TYPE });
        eq(note.Keys, NOTE_TYPE.Keys, "custom keys");
        eq(note.AllowProfileCreation, false, "AllowProfileCreation");
        const got = await call("GetProfileObjectType", { DomainName: d, ObjectTypeName: "CrmNote" });
        eq(got.Description, NOTE_TYPE.Description, "Description");
        eq(got.Fields, NOTE_TYPE.Fields, "Fields");
        const types = (await call("ListProfileObjectTypes", { DomainName: d })).Items;
        eq(types.map((t) => t.ObjectTypeName), ["CrmNote", "SalesforceContact"], "types");
        eq(types[1].Description, "Salesforce contacts", "listed Description");

        // Ada: a Salesforce contact and a note merge into one profile through the shared key.
        const adaContact = { Id: "003A", AccountId: "001X", FirstName: "Ada", LastName: "Lovelace",
                             Phone: "+1 (206) 555-0100", Email: "Ada@Example.com", MailingCity: "London" };
        const adaContactKey = await put("SalesforceContact", adaContact);
        const adaNoteKey = await put("CrmNote", { noteId: "N-1", contactId: "003A", email: "ada@home.example" });
        const ada = only(await search(d, "_salesforceContactId", ["003A"]), "Ada by contact id");
        eq([ada.FirstName, ada.LastName], ["Ada", "Lovelace"], "name");
        eq(ada.EmailAddress, "Ada@Example.com", "EmailAddress");
        eq(ada.PersonalEmailAddress, "ada@home.example", "PersonalEmailAddress (from the note)");
        eq(ada.MailingAddress?.City, "London", "MailingAddress.City");
        eq(ada.Attributes, { sfdcContactId: "003A", sfdcAccountId: "001X", lastNoteId: "N-1" }, "Attributes");
        eq(only(await search(d, "_crmNoteId", ["N-1"]), "Ada by note id").ProfileId, ada.ProfileId, "same profile");

        // Grace: another key value, another profile.
        await put("SalesforceContact", { Id: "003B", FirstName: "Grace", LastName: "Hopper" });
        const graceNoteKey = await put("CrmNote", { noteId: "N-2", contactId: "003B" });
        const grace = only(await search(d, "_salesforceContactId", ["003B"]), "Grace");
        ok(grace.ProfileId !== ada.ProfileId, "Grace has a profile of her own");
        eq(grace.Attributes.lastNoteId, "N-2", "Grace's note");

        // Objects per profile and type, as sent.
        const listed = only(await objects("SalesforceContact", ada.ProfileId), "Ada's contacts");
        eq([listed.ProfileObjectUniqueKey, listed.ObjectTypeName], [adaContactKey, "SalesforceContact"], "object");
        eq(JSON.parse(listed.Object), adaContact, "object as sent");
        eq(only(await objects("CrmNote", ada.ProfileId), "Ada's notes").ProfileObjectUniqueKey, adaNoteKey, "note");
        eq(only(await objects("CrmNote", grace.ProfileId), "Grace's notes").ProfileObjectUniqueKey, graceNoteKey,
           "Grace's note key");
        eq(await objects("CrmNote", ada.ProfileId, { ObjectFilter: { KeyName: "_crmNoteId", Values: ["N-9"] } }), [],
           "ObjectFilter matching nothing");

        // The same UNIQUE value replaces the object instead of adding one.
        adaContact.LastName = "King";
        eq(await put("SalesforceContact", adaContact), adaContactKey, "the same unique key");
        eq(only(await search(d, "_salesforceContactId", ["003A"]), "Ada").LastName, "King", "replaced");
        eq((await objects("SalesforceContact", ada.ProfileId)).length, 1, "still one contact");

        const stats = (await call("GetDomain", { DomainName: d })).Stats;
        eq([stats.ProfileCount, stats.ObjectCount], [2, 4], "profiles and objects");
        ok(stats.TotalSize > 0, "TotalSize");

        // Deleting an object; deleting it again is a 404.
        const deleteNote = { DomainName: d, ObjectTypeName: "CrmNote", ProfileId: grace.ProfileId,
                             ProfileObjectUniqueKey: graceNoteKey };
        ok((await call("DeleteProfileObject", deleteNote)).Message, "DeleteProfileObject message");
        eq(await objects("CrmNote", grace.ProfileId), [], "Grace's notes after delete");
        await expectError("ResourceNotFoundException", 404, call("DeleteProfileObject", deleteNote),
                          "DeleteProfileObject again");

        // Deleting the custom type deletes its objects and the keys they brought.
        ok((await call("DeleteProfileObjectType", { DomainName: d, ObjectTypeName: "CrmNote" })).Message,
           "DeleteProfileObjectType message");
        await expectError("ResourceNotFoundException", 404,
                          call("GetProfileObjectType", { DomainName: d, ObjectTypeName: "CrmNote" }));
        await expectError("ResourceNotFoundException", 404, objects("CrmNote", ada.ProfileId), "ListProfileObjects");
        await call("PutProfileObjectType", { DomainName: d, ObjectTypeName: "CrmNote", ...NOTE_TYPE });
        eq(await objects("CrmNote", ada.ProfileId), [], "no notes after the type came back");
        eq(await search(d, "_crmNoteId", ["N-1"]), [], "the note key finds nothing");
        eq(only(await search(d, "_salesforceContactId", ["003A"]), "Ada").ProfileId, ada.ProfileId, "Ada stays");
        eq((await call("GetDomain", { DomainName: d })).Stats.ObjectCount, 2, "ObjectCount");

        // Deleting a profile deletes its objects; its keys find nothing any more.
        ok((await call("DeleteProfile", { DomainName: d, ProfileId: grace.ProfileId })).Message, "DeleteProfile");
        eq(await search(d, "_salesforceContactId", ["003B"]), [], "Grace's key finds nothing");
        eq(await objects("SalesforceContact", grace.ProfileId), [], "Grace's objects");
        await expectError("ResourceNotFoundException", 404,
                          call("DeleteProfile", { DomainName: d, ProfileId: grace.ProfileId }), "DeleteProfile again");
        eq((await call("GetDomain", { DomainName: d })).Stats.ProfileCount, 1, "ProfileCount");

        ok((await call("DeleteDomain", { DomainName: d })).Message, "DeleteDomain message");
        await expectError("ResourceNotFoundException", 404, search(d, "_profileId", [ada.ProfileId]),
                          "SearchProfiles in a deleted domain");
    });
});

check("ingestion: errors of objects and object types", async () => {
    await withDomain("story-errors", {}, async (d) => {
        await call("PutProfileObjectType", { DomainName: d, ObjectTypeName: "CrmNote", ...NOTE_TYPE });
        await expectError("ResourceNotFoundException", 404,
                          call("PutProfileObject", { DomainName: d, ObjectTypeName: "Missing", Object: "{}" }));
        await expectError("BadRequestException", 400,
                          call("PutProfileObject", { DomainName: d, ObjectTypeName: "CrmNote", Object: "{not json" }));
        await expectError("BadRequestException", 400,
                          call("PutProfileObjectType", { DomainName: d, ObjectTypeName: "NoTemplate",
                                                         TemplateId: "No-Such-Template", Description: "x" }));
        await expectError("ResourceNotFoundException", 404,
                          call("DeleteProfileObjectType", { DomainName: d, ObjectTypeName: "Missing" }));
    });
});

check("profiles: CreateProfile, UpdateProfile and the predefined keys in SearchProfiles", async () => {
    await withDomain("profiles", {}, async (d) => {
        const pid = (await call("CreateProfile", {
            DomainName: d, AccountNumber: "ACC-7", FirstName: "Alan", MiddleName: "Mathison", LastName: "Turing",
            PhoneNumber: "+44 20 7946 0000", EmailAddress: "alan@example.com", BusinessEmailAddress: "at@work.example",
            Address: { City: "Wilmslow", Country: "UK" }, Attributes: { tier: "gold" },
        })).ProfileId;
        ok(pid, "ProfileId");
        for (const [key, value] of [["_profileId", pid], ["_account", "ACC-7"], ["_phone", "+442079460000"],
                                    ["_email", "ALAN@example.com"], ["_email", "at@work.example"],
                                    ["_fullName", "alan mathison  turing"]]) {
            eq((await search(d, key, [value])).map((p) => p.ProfileId), [pid], `${key} ${value}`);
        }
        const profile = (await search(d, "_profileId", [pid]))[0];
        ok(!("FoundByItems" in profile), "no FoundByItems for one key");
        eq(profile.Address, { City: "Wilmslow", Country: "UK" }, "Address");
        eq(profile.Attributes, { tier: "gold" }, "Attributes");

        // Several keys: AND needs all, OR any; FoundByItems says which found the profile.
        const other = (await call("CreateProfile", { DomainName: d, AccountNumber: "ACC-8", FirstName: "Other" }))
            .ProfileId;
        const extra = { AdditionalSearchKeys: [{ KeyName: "_account", Values: ["ACC-7", "ACC-8"] }] };
        const both = await search(d, "_email", ["alan@example.com"], { ...extra, LogicalOperator: "AND" });
        eq(both.map((p) => p.ProfileId), [pid], "AND");
        eq(both[0].FoundByItems, [{ KeyName: "_email", Values: ["alan@example.com"] },
                                  { KeyName: "_account", Values: ["ACC-7", "ACC-8"] }], "AND FoundByItems");
        const either = Object.fromEntries((await search(d, "_email", ["alan@example.com"], extra))
            .map((p) => [p.ProfileId, p]));
        eq(Object.keys(either).sort(), [pid, other].sort(), "OR");
        eq(either[other].FoundByItems, [{ KeyName: "_account", Values: ["ACC-8"] }], "OR FoundByItems");
        await call("DeleteProfile", { DomainName: d, ProfileId: other });

        // "" clears a field, an absent one is kept, a new value replaces.
        eq((await call("UpdateProfile", { DomainName: d, ProfileId: pid, MiddleName: "", PhoneNumber: "+1 555 0101",
                                          EmailAddress: "alan@new.example", AccountNumber: "ACC-9",
                                          Address: { City: "Manchester" } })).ProfileId, pid, "UpdateProfile");
        const updated = (await search(d, "_profileId", [pid]))[0];
        ok(!("MiddleName" in updated), `MiddleName cleared: ${show(updated)}`);
        eq([updated.AccountNumber, updated.LastName, updated.BusinessEmailAddress, updated.PhoneNumber],
           ["ACC-9", "Turing", "at@work.example", "+1 555 0101"], "updated fields");
        eq(updated.Address, { City: "Manchester", Country: "UK" }, "Address merged");
        eq(await search(d, "_fullName", ["Alan Mathison Turing"]), [], "old full name");
        eq((await search(d, "_fullName", ["Alan Turing"])).length, 1, "new full name");
        eq(await search(d, "_phone", ["+442079460000"]), [], "old phone");
        eq((await search(d, "_phone", ["+15550101"])).length, 1, "new phone");
        eq(await search(d, "_email", ["alan@example.com"]), [], "old email");
        eq((await search(d, "_email", ["Alan@New.Example"])).length, 1, "new email");
        eq((await search(d, "_email", ["at@work.example"])).length, 1, "an absent member is kept");

        await expectError("ResourceNotFoundException", 404,
                          call("UpdateProfile", { DomainName: d, ProfileId: "0".repeat(32), FirstName: "X" }));
        await expectError("BadRequestException", 400, search(d, "_noSuchKey", ["x"]), "SearchProfiles, unknown key");
    });
});

check("profiles: AddProfileKey, DeleteProfileKey", async () => {
    await withDomain("profile-keys", {}, async (d) => {
        await call("PutProfileObjectType", { DomainName: d, ObjectTypeName: "CrmNote", ...NOTE_TYPE });
        const pid = (await call("CreateProfile", { DomainName: d, FirstName: "Joan" })).ProfileId;
        const added = await call("AddProfileKey", { DomainName: d, ProfileId: pid, KeyName: "_salesforceContactId",
                                                    Values: ["003J", "003K"] });
        eq([added.KeyName, added.Values], ["_salesforceContactId", ["003J", "003K"]], "AddProfileKey");
        eq((await search(d, "_salesforceContactId", ["003K"])).map((p) => p.ProfileId), [pid], "the added key");
        // An object with that key value now lands on the profile (its type cannot create one).
        await call("PutProfileObject", { DomainName: d, ObjectTypeName: "CrmNote",
                                         Object: JSON.stringify({ noteId: "N-J", contactId: "003J" }) });
        const notes = (await call("ListProfileObjects", { DomainName: d, ObjectTypeName: "CrmNote", ProfileId: pid }))
            .Items;
        eq(notes.map((o) => JSON.parse(o.Object).noteId), ["N-J"], "the note landed on Joan");

        ok((await call("DeleteProfileKey", { DomainName: d, ProfileId: pid, KeyName: "_salesforceContactId",
                                             Values: ["003K"] })).Message, "DeleteProfileKey message");
        eq(await search(d, "_salesforceContactId", ["003K"]), [], "the deleted key value finds nothing");
        await expectError("BadRequestException", 400,
                          call("AddProfileKey", { DomainName: d, ProfileId: pid, KeyName: "_unknownKey",
                                                  Values: ["1"] }));
        await expectError("ResourceNotFoundException", 404,
                          call("AddProfileKey", { DomainName: d, ProfileId: "f".repeat(32),
                                                  KeyName: "_salesforceContactId", Values: ["1"] }));
    });
});

check("profiles: SearchProfiles pages over 45 profiles (20, 20, 5)", async () => {
    await withDomain("search-pages", {}, async (d) => {
        const ids = new Set();
        for (let i = 0; i < 45; i++) {
            ids.add((await call("CreateProfile", { DomainName: d, AccountNumber: "SHARED", FirstName: `P${i}` }))
                .ProfileId);
        }
        await call("CreateProfile", { DomainName: d, AccountNumber: "OTHER" });
        const seen = [];
        const sizes = [];
        let token;
        for (;;) {
            const page = await call("SearchProfiles", { DomainName: d, KeyName: "_account", Values: ["SHARED"],
                                                        ...(token ? { NextToken: token } : {}) });
            sizes.push(page.Items.length);
            seen.push(...page.Items.map((p) => p.ProfileId));
            token = page.NextToken;
            if (!token) break;
        }
        eq(sizes, [20, 20, 5], "page sizes");
        eq(seen.length, 45, "45 seen");
        eq([...new Set(seen)].sort(), [...ids].sort(), "each once");
        const all = await call("SearchProfiles", { DomainName: d, KeyName: "_account", Values: ["SHARED", "OTHER"],
                                                   MaxResults: 100 });
        eq(all.Items.length, 46, "MaxResults 100");
        ok(!all.NextToken, "no NextToken");
    });
});

check("integrations: PutIntegration, GetIntegration, ListIntegrations, ListAccountIntegrations, DeleteIntegration",
      async () => {
    await withDomain("integ-a", {}, (d1) => withDomain("integ-b", {}, async (d2) => {
        for (const d of [d1, d2]) {
            await call("PutProfileObjectType", { DomainName: d, ObjectTypeName: "Contact",
                                                 TemplateId: "Salesforce-Contact", Description: "contacts" });
        }
        const put = await call("PutIntegration", { DomainName: d1, Uri: FLOW_URI, ObjectTypeName: "Contact",
                                                   Tags: { env: "test" } });
        eq([put.DomainName, put.Uri, put.ObjectTypeName], [d1, FLOW_URI, "Contact"], "PutIntegration");
        eq(put.Tags, { env: "test" }, "Tags");
        ok(put.CreatedAt instanceof Date, "CreatedAt is a Date");
        await call("PutIntegration", { DomainName: d2, Uri: FLOW_URI, ObjectTypeNames: { Contact: "Contact" } });

        const got = await call("GetIntegration", { DomainName: d1, Uri: FLOW_URI });
        eq([got.Uri, got.ObjectTypeName], [FLOW_URI, "Contact"], "GetIntegration");
        const listed = (await call("ListIntegrations", { DomainName: d2 })).Items;
        eq(listed.map((i) => [i.Uri, i.ObjectTypeNames]), [[FLOW_URI, { Contact: "Contact" }]], "ListIntegrations");
        const account = (await call("ListAccountIntegrations", { Uri: FLOW_URI })).Items;
        eq(account.map((i) => i.DomainName).sort(), [d1, d2], "ListAccountIntegrations");
        const first = await call("ListAccountIntegrations", { Uri: FLOW_URI, MaxResults: 1 });
        eq(first.Items.length, 1, "first page");
        const second = await call("ListAccountIntegrations", { Uri: FLOW_URI, MaxResults: 1,
                                                               NextToken: first.NextToken });
        eq(second.Items.length, 1, "second page");
        ok(first.Items[0].DomainName !== second.Items[0].DomainName, "two different domains");

        ok((await call("DeleteIntegration", { DomainName: d1, Uri: FLOW_URI })).Message, "DeleteIntegration");
        await expectError("ResourceNotFoundException", 404, call("GetIntegration", { DomainName: d1, Uri: FLOW_URI }));
        eq((await call("ListAccountIntegrations", { Uri: FLOW_URI })).Items.map((i) => i.DomainName), [d2],
           "after delete");
        await expectError("BadRequestException", 400,
                          call("PutIntegration", { DomainName: d1, Uri: FLOW_URI, ObjectTypeName: "NoSuchType" }));
    }));
});

check("tags: TagResource, ListTagsForResource, UntagResource by ARN", async () => {
    await withDomain("tagged", { Tags: { owner: "ops" } }, async (d) => {
        await call("PutProfileObjectType", { DomainName: d, ObjectTypeName: "Contact",
                                             TemplateId: "Salesforce-Contact", Description: "contacts" });
        const domainArn = arn(d);
        const typeArn = arn(d, "object-types", "Contact");
        const tags = async (resourceArn) => (await call("ListTagsForResource", { resourceArn })).tags ?? {};
        eq(await tags(domainArn), { owner: "ops" }, "domain tags");
        eq(await tags(typeArn), {}, "type tags");

        await call("TagResource", { resourceArn: domainArn, tags: { cost: "42", owner: "dev" } });
        await call("TagResource", { resourceArn: typeArn, tags: { pii: "yes" } });
        eq(await tags(domainArn), { cost: "42", owner: "dev" }, "domain tagged");
        eq((await call("GetDomain", { DomainName: d })).Tags, { cost: "42", owner: "dev" }, "GetDomain Tags");
        eq(await tags(typeArn), { pii: "yes" }, "type tagged");
        eq((await call("GetProfileObjectType", { DomainName: d, ObjectTypeName: "Contact" })).Tags, { pii: "yes" },
           "GetProfileObjectType Tags");

        await call("UntagResource", { resourceArn: domainArn, tagKeys: ["cost", "absent"] });
        eq(await tags(domainArn), { owner: "dev" }, "domain untagged");
        await call("UntagResource", { resourceArn: typeArn, tagKeys: ["pii"] });
        eq(await tags(typeArn), {}, "type untagged");

        await expectError("ResourceNotFoundException", 404,
                          call("ListTagsForResource", { resourceArn: arn("no-such-domain") }));
        await expectError("ResourceNotFoundException", 404,
                          call("TagResource", { resourceArn: arn(d, "object-types", "Missing"), tags: { a: "b" } }));

        // A domain deleted and created again does not get its old tags back.
        await call("DeleteDomain", { DomainName: d });
        await call("CreateDomain", { DomainName: d, DefaultExpirationDays: 30 });
        eq(await tags(domainArn), {}, "tags of the new domain");
    });
});

check("protocol: a wrong secret is 403 InvalidSignatureException", async () => {
    const wrong = newClient(ACCESS_KEY_ID, "not-the-secret");
    try {
        await expectError("InvalidSignatureException", 403, call("ListDomains", {}, wrong));
    } finally {
        wrong.destroy();
    }
});

check("protocol: an unknown access key is 403 UnrecognizedClientException", async () => {
    const stranger = newClient("AKIAUNKNOWN000000000", SECRET_ACCESS_KEY);
    try {
        await expectError("UnrecognizedClientException", 403, call("ListDomains", {}, stranger));
    } finally {
        stranger.destroy();
    }
});

check("protocol: an operation cplocal does not emulate is 501 NotEmulatedException naming it", async () => {
    await withDomain("not-emulated", {}, async (d) => {
        const err = await expectError("NotEmulatedException", 501,
                                      call("ListCalculatedAttributeDefinitions", { DomainName: d }));
        ok(err.message.includes("ListCalculatedAttributeDefinitions"), `the message names it: ${err.message}`);
        eq(err.$fault, "server", "$fault");
    });
});

addCurrentModelChecks({ check, call, withDomain, search, only, eq, ok, expectError, FLOW_URI });

// --- Run ------------------------------------------------------------------------------

async function main() {
    const started = Date.now();
    console.log(`test_jssdk: @aws-sdk/client-customer-profiles ${sdkVersion}, node ${process.version}`);
    server = await new Cplocal().start();
    console.log(`test_jssdk: cplocal at ${server.url}`);
    client = newClient();
    client.middlewareStack.add((next, context) => (args) => {
        called.add(context.commandName.replace(/Command$/, ""));
        return next(args);
    }, { step: "initialize", name: "conformanceRecordOperation" });

    let failed = 0;
    for (const { name, body } of checks) {
        const t0 = Date.now();
        try {
            await body();
            console.log(`ok   ${name} (${Date.now() - t0} ms)`);
        } catch (err) {
            failed++;
            const detail = err instanceof CheckFailure ? err.message : (err.stack ?? String(err));
            console.log(`FAIL ${name} (${Date.now() - t0} ms)\n     ${detail.replace(/\n/g, "\n     ")}`);
        }
    }
    let total = checks.length;

    total++;
    const missing = OPERATIONS.filter((op) => !called.has(op));
    if (missing.length) {
        failed++;
        console.log(`FAIL every emulated operation called: never called ${missing.join(", ")}`);
    } else {
        console.log(`ok   every emulated operation called (${OPERATIONS.length})`);
    }

    client.destroy();
    total++;
    try {
        await server.stop();
        console.log("ok   cplocal stops on SIGTERM with exit code 0 and no sanitizer report");
    } catch (err) {
        failed++;
        console.log(`FAIL cplocal stop: ${err.message}`);
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\ntest_jssdk: ${total - failed} of ${total} checks passed in ${seconds} s${failed ? `, ${failed} FAILED` : ""}`);
    return failed ? 1 : 0;
}

let exitCode = 1;
try {
    exitCode = await main();
} catch (err) {
    console.log(`FAIL ${err.stack ?? err}`);
    if (server?.stderrText) console.log(`cplocal's stderr:\n${server.stderrText}`);
} finally {
    if (server?.process && server.process.exitCode === null && server.process.signalCode === null) {
        server.process.kill("SIGKILL");
    }
    fs.rmSync(blankDir, { recursive: true, force: true });
}
process.exit(exitCode);
