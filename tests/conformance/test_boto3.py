"""cplocal driven by boto3: every one of the 28 operations, errors as botocore parses
them, paging, tags by ARN and an ingestion story. CTest runs it twice: conformance_boto3
under Debian's python3-boto3 (botocore 1.29) and conformance_boto3_current under a newer
python3 with a current botocore, when configure found one."""

import base64
import datetime
import json
import os
import shutil
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cplocal_fixture as fx  # noqa: E402  (isolates the AWS environment on import)

from botocore.exceptions import ClientError  # noqa: E402

OPERATIONS = {
    "CreateDomain", "GetDomain", "UpdateDomain", "DeleteDomain", "ListDomains",
    "PutProfileObjectType", "GetProfileObjectType", "DeleteProfileObjectType", "ListProfileObjectTypes",
    "ListProfileObjectTypeTemplates", "GetProfileObjectTypeTemplate",
    "CreateProfile", "UpdateProfile", "DeleteProfile", "AddProfileKey", "DeleteProfileKey", "SearchProfiles",
    "PutProfileObject", "ListProfileObjects", "DeleteProfileObject",
    "PutIntegration", "GetIntegration", "DeleteIntegration", "ListIntegrations", "ListAccountIntegrations",
    "TagResource", "UntagResource", "ListTagsForResource",
}
CALLED = set()
SERVER = None
CLIENT = None
FLOW_URI = "arn:aws:appflow:us-east-1:123456789012:flow/ConformanceFlow"


def setUpModule():
    global SERVER, CLIENT
    SERVER = fx.Cplocal().start()
    CLIENT = SERVER.client()
    CLIENT.meta.events.register(
        "before-call.customer-profiles", lambda model, **kwargs: CALLED.add(model.name))


def tearDownModule():
    try:
        SERVER.stop()
    finally:
        SERVER.cleanup()
    missing = OPERATIONS - CALLED
    if missing:
        raise AssertionError("operations never called: %s" % ", ".join(sorted(missing)))


class Case(unittest.TestCase):
    def assertError(self, code, status, call, *args, **kwargs):
        with self.assertRaises(ClientError) as caught:
            call(*args, **kwargs)
        error = caught.exception.response
        self.assertEqual(error["Error"]["Code"], code, error)
        self.assertEqual(error["ResponseMetadata"]["HTTPStatusCode"], status, error)
        self.assertTrue(error["Error"]["Message"], error)
        self.assertTrue(error["ResponseMetadata"].get("RequestId"), error)
        return error

    def domain(self, name, **kwargs):
        CLIENT.create_domain(DomainName=name, DefaultExpirationDays=kwargs.pop("DefaultExpirationDays", 30), **kwargs)
        self.addCleanup(self.deleteDomainQuietly, name)
        return name

    @staticmethod
    def deleteDomainQuietly(name):
        try:
            CLIENT.delete_domain(DomainName=name)
        except ClientError:
            pass

    def search(self, domain, key, *values, **kwargs):
        return CLIENT.search_profiles(DomainName=domain, KeyName=key, Values=list(values), **kwargs)["Items"]


class DomainTests(Case):
    def test_create_get_update_delete(self):
        created = CLIENT.create_domain(DomainName="dom-crud", DefaultExpirationDays=30, Tags={"team": "blue"})
        self.assertEqual(created["DomainName"], "dom-crud")
        self.assertEqual(created["DefaultExpirationDays"], 30)
        self.assertEqual(created["Tags"], {"team": "blue"})
        self.assertIsInstance(created["CreatedAt"], datetime.datetime)
        self.assertIsInstance(created["LastUpdatedAt"], datetime.datetime)

        got = CLIENT.get_domain(DomainName="dom-crud")
        self.assertEqual(got["DefaultExpirationDays"], 30)
        self.assertEqual(got["Stats"], {"ProfileCount": 0, "MeteringProfileCount": 0, "ObjectCount": 0,
                                        "TotalSize": 0})
        self.assertEqual(got["CreatedAt"], created["CreatedAt"])

        updated = CLIENT.update_domain(DomainName="dom-crud", DefaultExpirationDays=90,
                                       DeadLetterQueueUrl="https://sqs.us-east-1.amazonaws.com/123456789012/dlq")
        self.assertEqual(updated["DefaultExpirationDays"], 90)
        self.assertEqual(updated["DeadLetterQueueUrl"], "https://sqs.us-east-1.amazonaws.com/123456789012/dlq")
        self.assertEqual(updated["Tags"], {"team": "blue"})
        got = CLIENT.get_domain(DomainName="dom-crud")
        self.assertEqual(got["DefaultExpirationDays"], 90)
        self.assertGreaterEqual(got["LastUpdatedAt"], got["CreatedAt"])

        deleted = CLIENT.delete_domain(DomainName="dom-crud")
        self.assertIn("dom-crud", deleted["Message"])
        self.assertError("ResourceNotFoundException", 404, CLIENT.get_domain, DomainName="dom-crud")
        self.assertError("ResourceNotFoundException", 404, CLIENT.delete_domain, DomainName="dom-crud")

    def test_create_existing_domain_is_refused(self):
        self.domain("dom-twice")
        self.assertError("BadRequestException", 400, CLIENT.create_domain, DomainName="dom-twice",
                         DefaultExpirationDays=30)

    def test_validation_errors(self):
        # Checks botocore leaves to the service: patterns and maximums.
        self.assertError("BadRequestException", 400, CLIENT.create_domain, DomainName="bad name!",
                         DefaultExpirationDays=30)
        self.assertError("BadRequestException", 400, CLIENT.create_domain, DomainName="dom-days",
                         DefaultExpirationDays=100000)
        self.assertError("ResourceNotFoundException", 404, CLIENT.get_domain, DomainName="dom-days")

    def test_list_domains_pages_of_two(self):
        names = {self.domain("page-%d" % i) for i in range(5)}
        seen, pages, token = [], [], None
        while True:
            kwargs = {"MaxResults": 2}
            if token:
                kwargs["NextToken"] = token
            page = CLIENT.list_domains(**kwargs)
            items = page["Items"]
            self.assertLessEqual(len(items), 2)
            pages.append(len(items))
            for item in items:
                self.assertIsInstance(item["CreatedAt"], datetime.datetime)
                seen.append(item["DomainName"])
            token = page.get("NextToken")
            if not token:
                break
            self.assertEqual(len(items), 2, "a page before the last is full")
        self.assertEqual(len(seen), len(set(seen)), "no domain twice")
        self.assertTrue(names <= set(seen), seen)
        self.assertGreaterEqual(len(pages), 3)
        self.assertError("BadRequestException", 400, CLIENT.list_domains, NextToken="not-a-token")


class TemplateTests(Case):
    def test_list_and_get_templates(self):
        items = CLIENT.list_profile_object_type_templates()["Items"]
        by_id = {item["TemplateId"]: item for item in items}
        self.assertIn("Salesforce-Contact", by_id)
        self.assertEqual(by_id["Salesforce-Contact"]["SourceName"], "Salesforce")
        self.assertEqual(by_id["Salesforce-Contact"]["SourceObject"], "Contact")

        template = CLIENT.get_profile_object_type_template(TemplateId="Salesforce-Contact")
        self.assertEqual(template["TemplateId"], "Salesforce-Contact")
        self.assertEqual(template["Keys"]["_salesforceContactId"][0]["StandardIdentifiers"], ["PROFILE", "UNIQUE"])
        self.assertEqual(template["Fields"]["firstName"]["Target"], "_profile.FirstName")
        self.assertError("ResourceNotFoundException", 404, CLIENT.get_profile_object_type_template,
                         TemplateId="No-Such-Template")


NOTE_TYPE = {
    "Description": "Notes from the CRM, keyed by the Salesforce contact they are about",
    "AllowProfileCreation": False,
    "Fields": {
        "noteId": {"Source": "_source.noteId", "Target": "_profile.Attributes.lastNoteId", "ContentType": "STRING"},
        "contactId": {"Source": "_source.contactId", "ContentType": "STRING"},
        "email": {"Source": "_source.email", "Target": "_profile.PersonalEmailAddress",
                  "ContentType": "EMAIL_ADDRESS"},
    },
    "Keys": {
        "_crmNoteId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["noteId"]}],
        "_salesforceContactId": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["contactId"]}],
    },
}


class IngestionStoryTests(Case):
    """A template type and a custom one sharing the _salesforceContactId key."""

    def put(self, domain, type_name, obj):
        key = CLIENT.put_profile_object(DomainName=domain, ObjectTypeName=type_name, Object=json.dumps(obj))
        self.assertTrue(key["ProfileObjectUniqueKey"])
        return key["ProfileObjectUniqueKey"]

    def objects(self, domain, type_name, profile_id):
        return CLIENT.list_profile_objects(DomainName=domain, ObjectTypeName=type_name, ProfileId=profile_id)["Items"]

    def only(self, items):
        self.assertEqual(len(items), 1, items)
        return items[0]

    def test_story(self):
        d = self.domain("story")
        sf = CLIENT.put_profile_object_type(DomainName=d, ObjectTypeName="SalesforceContact",
                                            TemplateId="Salesforce-Contact", Description="Salesforce contacts")
        self.assertEqual(sf["ObjectTypeName"], "SalesforceContact")
        self.assertEqual(sf["TemplateId"], "Salesforce-Contact")
        self.assertIn("_salesforceContactId", sf["Keys"])
        self.assertEqual(sf["Fields"]["email"]["ContentType"], "EMAIL_ADDRESS")
        note = CLIENT.put_profile_object_type(DomainName=d, ObjectTypeName="CrmNote", **NOTE_TYPE)
        self.assertEqual(note["Keys"], NOTE_TYPE["Keys"])
        self.assertEqual(note["AllowProfileCreation"], False)
        got = CLIENT.get_profile_object_type(DomainName=d, ObjectTypeName="CrmNote")
        self.assertEqual(got["Description"], NOTE_TYPE["Description"])
        self.assertEqual(got["Fields"], NOTE_TYPE["Fields"])
        types = CLIENT.list_profile_object_types(DomainName=d)["Items"]
        self.assertEqual([t["ObjectTypeName"] for t in types], ["CrmNote", "SalesforceContact"])
        self.assertEqual(types[1]["Description"], "Salesforce contacts")

        # Ada: a Salesforce contact and a note merge into one profile through the shared key.
        ada_contact = {"Id": "003A", "AccountId": "001X", "FirstName": "Ada", "LastName": "Lovelace",
                       "Phone": "+1 (206) 555-0100", "Email": "Ada@Example.com", "MailingCity": "London"}
        ada_contact_key = self.put(d, "SalesforceContact", ada_contact)
        ada_note_key = self.put(d, "CrmNote", {"noteId": "N-1", "contactId": "003A", "email": "ada@home.example"})
        ada = self.only(self.search(d, "_salesforceContactId", "003A"))
        self.assertEqual(ada["FirstName"], "Ada")
        self.assertEqual(ada["LastName"], "Lovelace")
        self.assertEqual(ada["EmailAddress"], "Ada@Example.com")
        self.assertEqual(ada["PersonalEmailAddress"], "ada@home.example")
        self.assertEqual(ada["MailingAddress"]["City"], "London")
        self.assertEqual(ada["Attributes"], {"sfdcContactId": "003A", "sfdcAccountId": "001X", "lastNoteId": "N-1"})
        self.assertEqual(self.only(self.search(d, "_crmNoteId", "N-1"))["ProfileId"], ada["ProfileId"])

        # Grace: a different key value makes a second profile.
        self.put(d, "SalesforceContact", {"Id": "003B", "FirstName": "Grace", "LastName": "Hopper"})
        grace_note_key = self.put(d, "CrmNote", {"noteId": "N-2", "contactId": "003B"})
        grace = self.only(self.search(d, "_salesforceContactId", "003B"))
        self.assertNotEqual(grace["ProfileId"], ada["ProfileId"])
        self.assertEqual(grace["Attributes"]["lastNoteId"], "N-2")

        # Objects per profile and type, as sent.
        listed = self.only(self.objects(d, "SalesforceContact", ada["ProfileId"]))
        self.assertEqual(listed["ProfileObjectUniqueKey"], ada_contact_key)
        self.assertEqual(listed["ObjectTypeName"], "SalesforceContact")
        self.assertEqual(json.loads(listed["Object"]), ada_contact)
        self.assertEqual(self.only(self.objects(d, "CrmNote", ada["ProfileId"]))["ProfileObjectUniqueKey"],
                         ada_note_key)
        self.assertEqual(self.only(self.objects(d, "CrmNote", grace["ProfileId"]))["ProfileObjectUniqueKey"],
                         grace_note_key)
        filtered = CLIENT.list_profile_objects(DomainName=d, ObjectTypeName="CrmNote", ProfileId=ada["ProfileId"],
                                               ObjectFilter={"KeyName": "_crmNoteId", "Values": ["N-9"]})
        self.assertEqual(filtered["Items"], [])

        # The same UNIQUE value replaces the object instead of adding one.
        ada_contact["LastName"] = "King"
        self.assertEqual(self.put(d, "SalesforceContact", ada_contact), ada_contact_key)
        self.assertEqual(self.only(self.search(d, "_salesforceContactId", "003A"))["LastName"], "King")
        self.assertEqual(len(self.objects(d, "SalesforceContact", ada["ProfileId"])), 1)

        stats = CLIENT.get_domain(DomainName=d)["Stats"]
        self.assertEqual(stats["ProfileCount"], 2)
        self.assertEqual(stats["ObjectCount"], 4)
        self.assertGreater(stats["TotalSize"], 0)

        # Deleting an object; deleting it again is a 404.
        deleted = CLIENT.delete_profile_object(DomainName=d, ObjectTypeName="CrmNote", ProfileId=grace["ProfileId"],
                                               ProfileObjectUniqueKey=grace_note_key)
        self.assertTrue(deleted["Message"])
        self.assertEqual(self.objects(d, "CrmNote", grace["ProfileId"]), [])
        self.assertError("ResourceNotFoundException", 404, CLIENT.delete_profile_object, DomainName=d,
                         ObjectTypeName="CrmNote", ProfileId=grace["ProfileId"], ProfileObjectUniqueKey=grace_note_key)

        # Deleting the custom type deletes its objects and the keys they brought.
        self.assertTrue(CLIENT.delete_profile_object_type(DomainName=d, ObjectTypeName="CrmNote")["Message"])
        self.assertError("ResourceNotFoundException", 404, CLIENT.get_profile_object_type, DomainName=d,
                         ObjectTypeName="CrmNote")
        self.assertError("ResourceNotFoundException", 404, CLIENT.list_profile_objects, DomainName=d,
                         ObjectTypeName="CrmNote", ProfileId=ada["ProfileId"])
        CLIENT.put_profile_object_type(DomainName=d, ObjectTypeName="CrmNote", **NOTE_TYPE)
        self.assertEqual(self.objects(d, "CrmNote", ada["ProfileId"]), [])
        self.assertEqual(self.search(d, "_crmNoteId", "N-1"), [])
        self.assertEqual(self.only(self.search(d, "_salesforceContactId", "003A"))["ProfileId"], ada["ProfileId"])
        self.assertEqual(CLIENT.get_domain(DomainName=d)["Stats"]["ObjectCount"], 2)

        # Deleting a profile deletes its objects; its keys find nothing any more.
        self.assertTrue(CLIENT.delete_profile(DomainName=d, ProfileId=grace["ProfileId"])["Message"])
        self.assertEqual(self.search(d, "_salesforceContactId", "003B"), [])
        self.assertEqual(self.objects(d, "SalesforceContact", grace["ProfileId"]), [])
        self.assertError("ResourceNotFoundException", 404, CLIENT.delete_profile, DomainName=d,
                         ProfileId=grace["ProfileId"])
        self.assertEqual(CLIENT.get_domain(DomainName=d)["Stats"]["ProfileCount"], 1)

        self.assertTrue(CLIENT.delete_domain(DomainName=d)["Message"])
        self.assertError("ResourceNotFoundException", 404, CLIENT.search_profiles, DomainName=d,
                         KeyName="_profileId", Values=[ada["ProfileId"]])

    def test_object_errors(self):
        d = self.domain("story-errors")
        CLIENT.put_profile_object_type(DomainName=d, ObjectTypeName="CrmNote", **NOTE_TYPE)
        self.assertError("ResourceNotFoundException", 404, CLIENT.put_profile_object, DomainName=d,
                         ObjectTypeName="Missing", Object="{}")
        self.assertError("BadRequestException", 400, CLIENT.put_profile_object, DomainName=d,
                         ObjectTypeName="CrmNote", Object="{not json")
        self.assertError("BadRequestException", 400, CLIENT.put_profile_object_type, DomainName=d,
                         ObjectTypeName="NoTemplate", TemplateId="No-Such-Template", Description="x")
        self.assertError("ResourceNotFoundException", 404, CLIENT.delete_profile_object_type, DomainName=d,
                         ObjectTypeName="Missing")


class ProfileTests(Case):
    def test_predefined_keys_follow_create_and_update(self):
        d = self.domain("profiles")
        pid = CLIENT.create_profile(
            DomainName=d, AccountNumber="ACC-7", FirstName="Alan", MiddleName="Mathison", LastName="Turing",
            PhoneNumber="+44 20 7946 0000", EmailAddress="alan@example.com", BusinessEmailAddress="at@work.example",
            Address={"City": "Wilmslow", "Country": "UK"}, Attributes={"tier": "gold"})["ProfileId"]
        self.assertTrue(pid)
        self.assertEqual(len(self.search(d, "_profileId", pid)), 1)
        for key, value in (("_account", "ACC-7"), ("_phone", "+442079460000"), ("_email", "ALAN@example.com"),
                           ("_email", "at@work.example"), ("_fullName", "alan mathison  turing")):
            found = self.search(d, key, value)
            self.assertEqual([p["ProfileId"] for p in found], [pid], (key, value))
        profile = self.search(d, "_profileId", pid)[0]
        self.assertNotIn("FoundByItems", profile)
        self.assertEqual(profile["Address"], {"City": "Wilmslow", "Country": "UK"})

        # Several keys: AND needs all of them, OR any; FoundByItems says which found the profile.
        other = CLIENT.create_profile(DomainName=d, AccountNumber="ACC-8", FirstName="Other")["ProfileId"]
        extra = [{"KeyName": "_account", "Values": ["ACC-7", "ACC-8"]}]
        both = self.search(d, "_email", "alan@example.com", AdditionalSearchKeys=extra, LogicalOperator="AND")
        self.assertEqual([p["ProfileId"] for p in both], [pid])
        self.assertEqual(both[0]["FoundByItems"], [{"KeyName": "_email", "Values": ["alan@example.com"]},
                                                   {"KeyName": "_account", "Values": ["ACC-7", "ACC-8"]}])
        either = {p["ProfileId"]: p for p in self.search(d, "_email", "alan@example.com", AdditionalSearchKeys=extra)}
        self.assertEqual(set(either), {pid, other})
        self.assertEqual(either[other]["FoundByItems"], [{"KeyName": "_account", "Values": ["ACC-8"]}])
        self.assertEqual(either[pid]["FoundByItems"], [{"KeyName": "_email", "Values": ["alan@example.com"]},
                                                       {"KeyName": "_account", "Values": ["ACC-7"]}])
        CLIENT.delete_profile(DomainName=d, ProfileId=other)
        self.assertEqual(profile["Attributes"], {"tier": "gold"})

        # "" clears a field, an absent one is kept, a new value replaces.
        self.assertEqual(CLIENT.update_profile(DomainName=d, ProfileId=pid, MiddleName="", PhoneNumber="+1 555 0101",
                                               EmailAddress="alan@new.example", AccountNumber="ACC-9",
                                               Address={"City": "Manchester"})["ProfileId"], pid)
        profile = self.search(d, "_profileId", pid)[0]
        self.assertNotIn("MiddleName", profile)
        self.assertEqual(profile["AccountNumber"], "ACC-9")
        self.assertEqual(profile["LastName"], "Turing")
        self.assertEqual(profile["BusinessEmailAddress"], "at@work.example")
        self.assertEqual(profile["PhoneNumber"], "+1 555 0101")
        self.assertEqual(profile["Address"], {"City": "Manchester", "Country": "UK"})
        self.assertEqual(self.search(d, "_fullName", "Alan Mathison Turing"), [])
        self.assertEqual(len(self.search(d, "_fullName", "Alan Turing")), 1)
        self.assertEqual(self.search(d, "_phone", "+442079460000"), [])
        self.assertEqual(len(self.search(d, "_phone", "+15550101")), 1)
        self.assertEqual(self.search(d, "_account", "ACC-7"), [])
        self.assertEqual(len(self.search(d, "_account", "ACC-9")), 1)
        self.assertEqual(self.search(d, "_email", "alan@example.com"), [])
        self.assertEqual(len(self.search(d, "_email", "Alan@New.Example")), 1)
        self.assertEqual(len(self.search(d, "_email", "at@work.example")), 1, "an absent member is kept")

        self.assertError("ResourceNotFoundException", 404, CLIENT.update_profile, DomainName=d,
                         ProfileId="0" * 32, FirstName="X")
        self.assertError("BadRequestException", 400, CLIENT.search_profiles, DomainName=d, KeyName="_noSuchKey",
                         Values=["x"])

    def test_add_and_delete_profile_key(self):
        d = self.domain("profile-keys")
        CLIENT.put_profile_object_type(DomainName=d, ObjectTypeName="CrmNote", **NOTE_TYPE)
        pid = CLIENT.create_profile(DomainName=d, FirstName="Joan")["ProfileId"]
        added = CLIENT.add_profile_key(DomainName=d, ProfileId=pid, KeyName="_salesforceContactId",
                                       Values=["003J", "003K"])
        self.assertEqual(added, {"KeyName": "_salesforceContactId", "Values": ["003J", "003K"],
                                 "ResponseMetadata": added["ResponseMetadata"]})
        self.assertEqual([p["ProfileId"] for p in self.search(d, "_salesforceContactId", "003K")], [pid])
        # An object with that key value now lands on the profile (its type cannot create one).
        CLIENT.put_profile_object(DomainName=d, ObjectTypeName="CrmNote",
                                  Object=json.dumps({"noteId": "N-J", "contactId": "003J"}))
        objects = CLIENT.list_profile_objects(DomainName=d, ObjectTypeName="CrmNote", ProfileId=pid)["Items"]
        self.assertEqual([json.loads(o["Object"])["noteId"] for o in objects], ["N-J"])

        self.assertTrue(CLIENT.delete_profile_key(DomainName=d, ProfileId=pid, KeyName="_salesforceContactId",
                                                  Values=["003K"])["Message"])
        self.assertEqual(self.search(d, "_salesforceContactId", "003K"), [])
        self.assertError("BadRequestException", 400, CLIENT.add_profile_key, DomainName=d, ProfileId=pid,
                         KeyName="_unknownKey", Values=["1"])
        self.assertError("ResourceNotFoundException", 404, CLIENT.add_profile_key, DomainName=d,
                         ProfileId="f" * 32, KeyName="_salesforceContactId", Values=["1"])

    def test_search_pages_over_45_profiles(self):
        d = self.domain("search-pages")
        ids = {CLIENT.create_profile(DomainName=d, AccountNumber="SHARED", FirstName="P%d" % i)["ProfileId"]
               for i in range(45)}
        CLIENT.create_profile(DomainName=d, AccountNumber="OTHER")
        seen, sizes, token = [], [], None
        while True:
            kwargs = {"NextToken": token} if token else {}
            page = CLIENT.search_profiles(DomainName=d, KeyName="_account", Values=["SHARED"], **kwargs)
            sizes.append(len(page["Items"]))
            seen += [p["ProfileId"] for p in page["Items"]]
            token = page.get("NextToken")
            if not token:
                break
        self.assertEqual(sizes, [20, 20, 5])
        self.assertEqual(len(seen), 45)
        self.assertEqual(set(seen), ids)
        both = CLIENT.search_profiles(DomainName=d, KeyName="_account", Values=["SHARED", "OTHER"], MaxResults=100)
        self.assertEqual(len(both["Items"]), 46)
        self.assertNotIn("NextToken", both)


class PredefinedKeyTests(Case):
    def test_every_documented_key_is_searchable(self):
        # KeyName's documentation lists 21; one nothing holds finds nothing (no 400).
        d = self.domain("predefined")
        for key in ("_salesforceAccountId", "_assetId", "_caseId", "_orderId", "_ctrContactId",
                    "_zendeskTicketId", "_serviceNowIncidentId", "_shopifyOrderId"):
            self.assertEqual(self.search(d, key, "nothing"), [], key)
        pid = CLIENT.create_profile(DomainName=d, FirstName="Shop")["ProfileId"]
        CLIENT.add_profile_key(DomainName=d, ProfileId=pid, KeyName="_shopifyCustomerId", Values=["SC-1"])
        self.assertEqual([p["ProfileId"] for p in self.search(d, "_shopifyCustomerId", "SC-1")], [pid])
        CLIENT.delete_profile_key(DomainName=d, ProfileId=pid, KeyName="_shopifyCustomerId", Values=["SC-1"])
        self.assertEqual(self.search(d, "_shopifyCustomerId", "SC-1"), [])


def model_has(operation, member):
    return member in CLIENT.meta.service_model.operation_model(operation).input_shape.members


class CurrentModelTests(Case):
    """Members only today's model has: run under botocore 1.43 (conformance_boto3_current),
    skipped under Debian's 1.29, whose 2020 model lacks them (botocore refuses them)."""

    def setUp(self):
        if not model_has("CreateDomain", "RuleBasedMatching"):
            import botocore
            if tuple(int(p) for p in botocore.__version__.split(".")[:2]) >= (1, 40):
                self.fail("botocore %s has no RuleBasedMatching in CreateDomain" % botocore.__version__)
            self.skipTest("botocore %s's model predates these members" % botocore.__version__)

    def test_domain_matching_members(self):
        rules = {"Enabled": True, "MatchingRules": [{"Rule": ["EmailAddress"]}, {"Rule": ["LastName", "BirthDate"]}],
                 "AttributeTypesSelector": {"AttributeMatchingModel": "ONE_TO_ONE", "EmailAddress": ["EmailAddress"]}}
        matching = {"Enabled": True, "JobSchedule": {"DayOfTheWeek": "MONDAY", "Time": "02:00"}}
        created = CLIENT.create_domain(DomainName="dom-matching", DefaultExpirationDays=30, Matching=matching,
                                       RuleBasedMatching=rules, DataStore={"Enabled": True})
        self.addCleanup(self.deleteDomainQuietly, "dom-matching")
        for answer in (created, CLIENT.get_domain(DomainName="dom-matching")):
            self.assertEqual(answer["Matching"], matching)
            self.assertEqual(answer["RuleBasedMatching"], dict(rules, Status="ACTIVE"))
            self.assertEqual(answer["DataStore"], {"Enabled": True, "Readiness": {"ProgressPercentage": 100}})
        updated = CLIENT.update_domain(DomainName="dom-matching", RuleBasedMatching={"Enabled": False})
        self.assertEqual(updated["RuleBasedMatching"], {"Enabled": False})
        self.assertEqual(updated["Matching"], matching, "a member not given is kept")
        self.assertEqual(CLIENT.get_domain(DomainName="dom-matching")["DataStore"]["Enabled"], True)

    def test_object_type_counts_and_priority(self):
        d = self.domain("counts")
        visit = dict(NOTE_TYPE, AllowProfileCreation=True, SourcePriority=3, MaxProfileObjectCount=2)
        put = CLIENT.put_profile_object_type(DomainName=d, ObjectTypeName="Visit", **visit)
        got = CLIENT.get_profile_object_type(DomainName=d, ObjectTypeName="Visit")
        for answer in (put, got):
            self.assertEqual((answer["SourcePriority"], answer["MaxProfileObjectCount"]), (3, 2))
            self.assertEqual(answer["MaxAvailableProfileObjectCount"], 1000)
        item = CLIENT.list_profile_object_types(DomainName=d)["Items"][0]
        self.assertEqual((item["SourcePriority"], item["MaxProfileObjectCount"]), (3, 2))
        self.assertError("BadRequestException", 400, CLIENT.put_profile_object_type, DomainName=d,
                         ObjectTypeName="Other", **dict(visit, MaxProfileObjectCount=999))
        # A third object on the profile pushes out the least recently written.
        for note in ("N-1", "N-2", "N-3"):
            CLIENT.put_profile_object(DomainName=d, ObjectTypeName="Visit",
                                      Object=json.dumps({"noteId": note, "contactId": "003V"}))
        pid = self.search(d, "_salesforceContactId", "003V")[0]["ProfileId"]
        objects = CLIENT.list_profile_objects(DomainName=d, ObjectTypeName="Visit", ProfileId=pid)["Items"]
        self.assertEqual([json.loads(o["Object"])["noteId"] for o in objects], ["N-2", "N-3"])

    def test_integration_members(self):
        d = self.domain("integ-current")
        CLIENT.put_profile_object_type(DomainName=d, ObjectTypeName="Note", **NOTE_TYPE)
        role = "arn:aws:iam::123456789012:role/Ingest"
        put = CLIENT.put_integration(DomainName=d, Uri=FLOW_URI, ObjectTypeName="Note", RoleArn=role,
                                     EventTriggerNames=["VipCaller"], Scope="PROFILE")
        for answer in (put, CLIENT.get_integration(DomainName=d, Uri=FLOW_URI),
                       CLIENT.list_integrations(DomainName=d)["Items"][0],
                       CLIENT.list_account_integrations(Uri=FLOW_URI)["Items"][0]):
            self.assertEqual((answer["RoleArn"], answer["EventTriggerNames"], answer["Scope"]),
                             (role, ["VipCaller"], "PROFILE"))

    def test_profile_members(self):
        d = self.domain("profiles-current")
        prefs = {"Email": [{"KeyName": "_email", "KeyValue": "a@example.com", "ContactType": "EmailAddress"}]}
        pid = CLIENT.create_profile(DomainName=d, FirstName="Ann", ProfileType="ACCOUNT_PROFILE",
                                    GenderString="woman", PartyTypeString="Household",
                                    EngagementPreferences=prefs)["ProfileId"]
        profile = self.search(d, "_profileId", pid)[0]
        self.assertEqual((profile["ProfileType"], profile["GenderString"], profile["PartyTypeString"]),
                         ("ACCOUNT_PROFILE", "woman", "Household"))
        self.assertEqual(profile["EngagementPreferences"], prefs)
        CLIENT.update_profile(DomainName=d, ProfileId=pid, GenderString="", PartyTypeString="Company")
        profile = self.search(d, "_profileId", pid)[0]
        self.assertNotIn("GenderString", profile)
        self.assertEqual(profile["PartyTypeString"], "Company")
        self.assertEqual(profile["ProfileType"], "ACCOUNT_PROFILE", "a member not given is kept")
        self.assertEqual(profile["EngagementPreferences"], prefs)


UPLOAD_FIELDS = {
    "email": {"Source": "_source.email", "Target": "_profile.EmailAddress", "ContentType": "EMAIL_ADDRESS"},
    "first": {"Source": "_source.first", "Target": "_profile.FirstName"},
    "city": {"Source": "_source.city", "Target": "_profile.Address.City"},
}


def upload_csv(rows, start=0):
    lines = ["email,first,city"] + ["user%d@example.com,First%d,\"Köln, DE\"" % (i, i)
                                    for i in range(start, start + rows)]
    return ("\n".join(lines) + "\n").encode()


class UploadJobTests(Case):
    """Upload jobs end to end through boto3 and a PUT as to S3 with SSE-C (today's model:
    skipped under Debian's botocore 1.29, which has no upload jobs)."""

    def setUp(self):
        if "CreateUploadJob" not in CLIENT.meta.service_model.operation_names:
            import botocore
            if tuple(int(p) for p in botocore.__version__.split(".")[:2]) >= (1, 40):
                self.fail("botocore %s has no CreateUploadJob" % botocore.__version__)
            self.skipTest("botocore %s's model has no upload jobs" % botocore.__version__)

    def create(self, client, domain, **kwargs):
        return client.create_upload_job(DomainName=domain, DisplayName="customers.csv", Fields=UPLOAD_FIELDS,
                                        UniqueKey="email", **kwargs)["JobId"]

    def wait(self, client, domain, job, timeout=120):
        deadline = time.monotonic() + timeout
        while True:
            got = client.get_upload_job(DomainName=domain, JobId=job)
            if got["Status"] not in ("CREATED", "IN_PROGRESS") or time.monotonic() > deadline:
                return got
            time.sleep(0.1)

    def test_upload_job_end_to_end(self):
        d = self.domain("upload-e2e")
        job = self.create(CLIENT, d, DataExpiry=30)
        self.assertRegex(job, r"^[a-f0-9]{32}$")
        got = CLIENT.get_upload_job(DomainName=d, JobId=job)
        self.assertEqual((got["Status"], got["DisplayName"], got["DataExpiry"], got["UniqueKey"]),
                         ("CREATED", "customers.csv", 30, "email"))
        self.assertEqual(got["Fields"], UPLOAD_FIELDS)
        self.assertIsInstance(got["CreatedAt"], datetime.datetime)
        self.assertError("BadRequestException", 400, CLIENT.start_upload_job, DomainName=d, JobId=job)

        path = CLIENT.get_upload_job_path(DomainName=d, JobId=job)
        self.assertTrue(path["Url"].startswith(SERVER.url + "/"), path["Url"])
        self.assertEqual(len(base64.b64decode(path["ClientToken"])), 32)
        self.assertGreater(path["ValidUntil"], datetime.datetime.now(datetime.timezone.utc))
        # 3 rows, the third updating the first (its email in another case).
        csv = b"email,first,city\nanna@example.com,Anna,Berlin\nben@example.com,Ben,\nANNA@example.com,Annabel,\n"
        status, body = fx.put_upload(path["Url"], path["ClientToken"], csv)
        self.assertEqual(status, 200, body)

        CLIENT.start_upload_job(DomainName=d, JobId=job)
        got = self.wait(CLIENT, d, job)
        self.assertEqual(got["Status"], "SUCCEEDED", got)
        self.assertNotIn("StatusReason", got)
        self.assertIsInstance(got["CompletedAt"], datetime.datetime)
        self.assertEqual(got["ResultsSummary"], {"CreatedRecords": 2, "UpdatedRecords": 1, "FailedRecords": 0})
        [anna] = self.search(d, "_email", "anna@example.com")
        self.assertEqual((anna["FirstName"], anna["Address"]["City"]), ("Annabel", "Berlin"))

        listed = CLIENT.list_upload_jobs(DomainName=d)["Items"]
        self.assertEqual([(i["JobId"], i["Status"]) for i in listed], [(job, "SUCCEEDED")])
        self.assertError("BadRequestException", 400, CLIENT.stop_upload_job, DomainName=d, JobId=job)
        self.assertError("ResourceNotFoundException", 404, CLIENT.get_upload_job, DomainName=d,
                         JobId="0123456789abcdef0123456789abcdef")

    def test_wrong_client_token_and_missing_headers_are_refused(self):
        d = self.domain("upload-keys")
        job = self.create(CLIENT, d)
        path = CLIENT.get_upload_job_path(DomainName=d, JobId=job)
        other = base64.b64encode(os.urandom(32)).decode()
        status, body = fx.put_upload(path["Url"], other, upload_csv(1))
        self.assertEqual(status, 403, body)
        self.assertIn(b"<Code>AccessDenied</Code>", body)
        status, body = fx.put_upload(path["Url"], path["ClientToken"], upload_csv(1),
                                     key_md5=base64.b64encode(b"0" * 16).decode())
        self.assertEqual(status, 400, body)
        self.assertIn(b"<Code>InvalidArgument</Code>", body)
        status, body = fx.put_upload(path["Url"] + "x", path["ClientToken"], upload_csv(1))
        self.assertEqual(status, 403, body)
        # Nothing was taken: the job has no file to start with.
        self.assertError("BadRequestException", 400, CLIENT.start_upload_job, DomainName=d, JobId=job)

    def test_malformed_csv_counts_failed_rows(self):
        d = self.domain("upload-bad")
        cases = {
            # bad quoting on line 3, a missing column on line 4, no unique key on line 5
            b"email,first,city\na@x.com,A,B\nb@x.com,B\"ad,C\nc@x.com,C\n,D,E\nf@x.com,F,G\n":
                ("PARTIALLY_SUCCEEDED", "VALIDATION_FAILURE", 2, 3),
            b"email,first,city\n": ("FAILED", "VALIDATION_FAILURE", 0, 0),
            b"mail,first,city\na@x.com,A,B\n": ("FAILED", "VALIDATION_FAILURE", 0, 1),
        }
        for csv, (status, reason, created, failed) in cases.items():
            with self.subTest(csv=csv[:30]):
                job = self.create(CLIENT, d)
                path = CLIENT.get_upload_job_path(DomainName=d, JobId=job)
                self.assertEqual(fx.put_upload(path["Url"], path["ClientToken"], csv)[0], 200)
                CLIENT.start_upload_job(DomainName=d, JobId=job)
                got = self.wait(CLIENT, d, job)
                self.assertEqual((got["Status"], got.get("StatusReason")), (status, reason), got)
                summary = got["ResultsSummary"]
                self.assertEqual((summary["CreatedRecords"], summary["FailedRecords"]), (created, failed), got)

    def test_stopped_job(self):
        d = self.domain("upload-stop")
        job = self.create(CLIENT, d)
        CLIENT.stop_upload_job(DomainName=d, JobId=job)
        got = CLIENT.get_upload_job(DomainName=d, JobId=job)
        self.assertEqual(got["Status"], "STOPPED")
        self.assertIn("CompletedAt", got)
        self.assertError("BadRequestException", 400, CLIENT.start_upload_job, DomainName=d, JobId=job)
        self.assertError("BadRequestException", 400, CLIENT.get_upload_job_path, DomainName=d, JobId=job)

    def test_expired_url_is_refused(self):
        server = fx.Cplocal(extra_args=["--upload-url-validity", "1"]).start()
        try:
            client = server.client()
            client.create_domain(DomainName="expiry", DefaultExpirationDays=30)
            job = self.create(client, "expiry")
            path = client.get_upload_job_path(DomainName="expiry", JobId=job)
            time.sleep(1.5)
            status, body = fx.put_upload(path["Url"], path["ClientToken"], upload_csv(1))
            self.assertEqual(status, 403, body)
            self.assertIn(b"Request has expired", body)
        finally:
            server.stop()
            server.cleanup()

    def test_restart_while_a_job_runs(self):
        """cplocal killed (-9) while a job runs: started again on the same folder, the job
        resumes after the last batch it stored and counts every row once."""
        data = tempfile.mkdtemp(prefix="cplocal-upload-")
        self.addCleanup(shutil.rmtree, data, True)
        rows = 40000
        server = fx.Cplocal(data_dir=data).start()
        try:
            client = server.client()
            client.create_domain(DomainName="restart", DefaultExpirationDays=30)
            job = self.create(client, "restart")
            path = client.get_upload_job_path(DomainName="restart", JobId=job)
            with tempfile.TemporaryFile() as f:
                f.write(upload_csv(rows))
                f.seek(0)
                self.assertEqual(fx.put_upload(path["Url"], path["ClientToken"], f)[0], 200)
            client.start_upload_job(DomainName="restart", JobId=job)
            deadline = time.monotonic() + 120
            while True:  # until a batch is stored, the job still running
                got = client.get_upload_job(DomainName="restart", JobId=job)
                if got["Status"] != "IN_PROGRESS" or got["ResultsSummary"]["CreatedRecords"] > 0:
                    break
                self.assertLess(time.monotonic(), deadline)
                time.sleep(0.02)
            if got["Status"] != "IN_PROGRESS":
                self.skipTest("the job ended before it could be interrupted")
            server.kill()
        finally:
            server.cleanup()
        server = fx.Cplocal(data_dir=data).start()
        try:
            client = server.client()
            got = self.wait(client, "restart", job)
            self.assertEqual(got["Status"], "SUCCEEDED", got)
            self.assertEqual(got["ResultsSummary"], {"CreatedRecords": rows, "UpdatedRecords": 0, "FailedRecords": 0})
            self.assertEqual(client.get_domain(DomainName="restart")["Stats"]["ProfileCount"], rows)
        finally:
            server.stop()
            server.cleanup()


def has_operation(name):
    return name in CLIENT.meta.service_model.operation_names


class IdentityResolutionTests(Case):
    """Issue 16: rule-based matching, MergeProfiles, history, BatchGetProfile and the ML
    operations through botocore 1.43 (conformance_boto3_current); skipped under Debian's
    1.29, whose 2020 model lacks most of them."""

    RULES = {"Enabled": True, "MatchingRules": [{"Rule": ["EmailAddress"]}, {"Rule": ["PhoneNumber"]}]}

    def setUp(self):
        if not has_operation("GetSimilarProfiles"):
            import botocore
            if tuple(int(p) for p in botocore.__version__.split(".")[:2]) >= (1, 40):
                self.fail("botocore %s has no GetSimilarProfiles" % botocore.__version__)
            self.skipTest("botocore %s's model predates rule-based matching" % botocore.__version__)

    def test_rule_based_matches_and_similar_profiles(self):
        d = self.domain("ir-match", RuleBasedMatching=self.RULES)
        a = CLIENT.create_profile(DomainName=d, EmailAddress="ann@example.com")["ProfileId"]
        b = CLIENT.create_profile(DomainName=d, EmailAddress=" ANN@example.com ",
                                  PhoneNumber="+1 (555) 010-0001")["ProfileId"]
        c = CLIENT.create_profile(DomainName=d, PhoneNumber="+15550100001")["ProfileId"]
        CLIENT.create_profile(DomainName=d, EmailAddress="someone@example.com")
        match_ids = CLIENT.list_rule_based_matches(DomainName=d)["MatchIds"]
        self.assertEqual(len(match_ids), 1)
        for key, value in (("_profileId", a), ("profileId", c), ("_matchId", match_ids[0]),
                           ("matchId", match_ids[0])):
            similar = CLIENT.get_similar_profiles(DomainName=d, MatchType="RULE_BASED_MATCHING",
                                                  SearchKey=key, SearchValue=value)
            self.assertEqual(sorted(similar["ProfileIds"]), sorted([a, b, c]), key)
            self.assertEqual((similar["MatchId"], similar["RuleLevel"], similar["MatchType"]),
                             (match_ids[0], 2, "RULE_BASED_MATCHING"))
        page = CLIENT.get_similar_profiles(DomainName=d, MatchType="RULE_BASED_MATCHING",
                                           SearchKey="_profileId", SearchValue=a, MaxResults=2)
        self.assertEqual(len(page["ProfileIds"]), 2)
        rest = CLIENT.get_similar_profiles(DomainName=d, MatchType="RULE_BASED_MATCHING", SearchKey="_profileId",
                                           SearchValue=a, MaxResults=2, NextToken=page["NextToken"])
        self.assertEqual(len(rest["ProfileIds"]), 1)
        self.assertError("BadRequestException", 400, CLIENT.get_similar_profiles, DomainName=d,
                         MatchType="RULE_BASED_MATCHING", SearchKey="_email", SearchValue="ann@example.com")
        self.assertError("ResourceNotFoundException", 404, CLIENT.get_similar_profiles, DomainName=d,
                         MatchType="RULE_BASED_MATCHING", SearchKey="_matchId", SearchValue="nope")
        ml = CLIENT.get_similar_profiles(DomainName=d, MatchType="ML_BASED_MATCHING",
                                         SearchKey="_profileId", SearchValue=a)
        self.assertEqual(ml["ProfileIds"], [])

    def test_auto_merge_and_history(self):
        rules = dict(self.RULES, MaxAllowedRuleLevelForMerging=1)
        d = self.domain("ir-auto", RuleBasedMatching=rules)
        older = CLIENT.create_profile(DomainName=d, EmailAddress="m@example.com", FirstName="Ann")["ProfileId"]
        newer = CLIENT.create_profile(DomainName=d, EmailAddress="M@example.com", LastName="Lee")["ProfileId"]
        found = self.search(d, "_email", "m@example.com")
        self.assertEqual([p["ProfileId"] for p in found], [older])
        self.assertEqual((found[0]["FirstName"], found[0]["LastName"]), ("Ann", "Lee"))
        records = CLIENT.list_profile_history_records(DomainName=d, ProfileId=older)["ProfileHistoryRecords"]
        self.assertEqual([r["ActionType"] for r in records], ["MERGED", "CREATED"])
        self.assertEqual(records[0]["PerformedBy"], "profile.amazonaws.com")
        self.assertIsInstance(records[0]["CreatedAt"], datetime.datetime)
        gone = CLIENT.list_profile_history_records(DomainName=d, ProfileId=newer)["ProfileHistoryRecords"]
        self.assertEqual(gone[0]["ActionType"], "DELETED_BY_MERGE")
        record = CLIENT.get_profile_history_record(DomainName=d, ProfileId=newer, Id=gone[0]["Id"])
        self.assertEqual(json.loads(record["Content"])["MainProfileId"], older)

    def test_merge_profiles_with_field_sources(self):
        d = self.domain("ir-merge")
        CLIENT.put_profile_object_type(DomainName=d, ObjectTypeName="CrmNote", **NOTE_TYPE)
        main = CLIENT.create_profile(DomainName=d, FirstName="Ann", LastName="Lee")["ProfileId"]
        other = CLIENT.create_profile(DomainName=d, FirstName="Anne", PhoneNumber="+15550100002")["ProfileId"]
        CLIENT.add_profile_key(DomainName=d, ProfileId=other, KeyName="_salesforceContactId", Values=["003X"])
        key = CLIENT.put_profile_object(DomainName=d, ObjectTypeName="CrmNote",
                                        Object=json.dumps({"noteId": "N-9", "contactId": "003X"}))
        merged = CLIENT.merge_profiles(DomainName=d, MainProfileId=main, ProfileIdsToBeMerged=[other],
                                       FieldSourceProfileIds={"FirstName": other})
        self.assertTrue(merged["Message"])
        batch = CLIENT.batch_get_profile(DomainName=d, ProfileIds=[main, other])
        self.assertEqual([p["ProfileId"] for p in batch["Profiles"]], [main])
        profile = batch["Profiles"][0]
        self.assertEqual((profile["FirstName"], profile["LastName"], profile["PhoneNumber"]),
                         ("Anne", "Lee", "+15550100002"))
        self.assertEqual(batch["Errors"], [{"Code": "404", "ProfileId": other,
                                            "Message": batch["Errors"][0]["Message"]}])
        self.assertEqual([p["ProfileId"] for p in self.search(d, "_salesforceContactId", "003X")], [main])
        objects = CLIENT.list_profile_objects(DomainName=d, ObjectTypeName="CrmNote", ProfileId=main)["Items"]
        self.assertEqual([o["ProfileObjectUniqueKey"] for o in objects], [key["ProfileObjectUniqueKey"]])
        ingested = CLIENT.list_profile_history_records(DomainName=d, ProfileId=other, ActionType="INGESTED")
        self.assertEqual(ingested["ProfileHistoryRecords"][0]["ObjectTypeName"], "CrmNote")
        self.assertError("BadRequestException", 400, CLIENT.merge_profiles, DomainName=d, MainProfileId=main,
                         ProfileIdsToBeMerged=[main])
        self.assertError("ResourceNotFoundException", 404, CLIENT.merge_profiles, DomainName=d,
                         MainProfileId=main, ProfileIdsToBeMerged=[other])

    def test_ml_matching_has_not_run(self):
        d = self.domain("ir-ml", Matching={"Enabled": True})
        matches = CLIENT.get_matches(DomainName=d)
        self.assertEqual((matches["Matches"], matches["PotentialMatches"]), ([], 0))
        preview = CLIENT.get_auto_merging_preview(
            DomainName=d, Consolidation={"MatchingAttributesList": [["EmailAddress"]]},
            ConflictResolution={"ConflictResolvingModel": "RECENCY"})
        self.assertEqual(preview["NumberOfProfilesWillBeMerged"], 0)
        plain = self.domain("ir-plain")
        self.assertError("BadRequestException", 400, CLIENT.get_matches, DomainName=plain)


class DetectionTests(Case):
    """DetectProfileObjectType (issue 10): a type detected from samples is put as it came, the
    samples are ingested with it and the profile is found by the detected key. botocore 1.43
    has the operation (conformance_boto3_current); Debian's 1.29 does not (skipped there)."""

    SAMPLES = [
        {"Id": "003A1", "FirstName": "Ana", "LastName": "Silva", "Email": "ana@example.com",
         "Phone": "+1 206 555 0100", "MailingCity": "Seattle", "Tags": ["vip"],
         "LastModifiedDate": "2024-03-01T10:00:00.000+0000"},
        {"Id": "003A2", "FirstName": "Raj", "LastName": "Iyer", "Email": "raj@example.com",
         "Phone": "+1 206 555 0101", "MailingCity": "Tacoma",
         "LastModifiedDate": "2024-03-02T11:30:00.000+0000"},
    ]

    def setUp(self):
        if "DetectProfileObjectType" not in CLIENT.meta.service_model.operation_names:
            import botocore
            if tuple(int(p) for p in botocore.__version__.split(".")[:2]) >= (1, 40):
                self.fail("botocore %s has no DetectProfileObjectType" % botocore.__version__)
            self.skipTest("botocore %s's model has no DetectProfileObjectType" % botocore.__version__)

    def test_detect_put_and_ingest(self):
        d = self.domain("detect")
        answer = CLIENT.detect_profile_object_type(DomainName=d, Objects=[json.dumps(s) for s in self.SAMPLES])
        self.assertEqual(len(answer["DetectedProfileObjectTypes"]), 1)
        detected = answer["DetectedProfileObjectTypes"][0]
        self.assertEqual(detected["Fields"]["FirstName"],
                         {"Source": "_source.FirstName", "Target": "_profile.FirstName", "ContentType": "NAME"})
        self.assertEqual(detected["Fields"]["MailingCity"]["Target"], "_profile.MailingAddress.City")
        self.assertNotIn("Tags", detected["Fields"], "a list is not mapped")
        self.assertEqual(detected["Keys"], {
            "Id": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["Id"]}],
            "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["Email"]}],
            "_phone": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["Phone"]}]})
        self.assertEqual(detected["SourceLastUpdatedTimestampFormat"], "yyyy-MM-dd'T'HH:mm:ss.SSSZ")
        self.assertEqual(detected["Fields"]["sourceLastUpdatedTimestamp"]["Source"], "_source.LastModifiedDate")

        CLIENT.put_profile_object_type(DomainName=d, ObjectTypeName="Contact", Description="Detected",
                                       AllowProfileCreation=True, **detected)
        for sample in self.SAMPLES:
            CLIENT.put_profile_object(DomainName=d, ObjectTypeName="Contact", Object=json.dumps(sample))
        found = self.search(d, "_email", "ANA@example.com")
        self.assertEqual([p["FirstName"] for p in found], ["Ana"])
        self.assertEqual(found[0]["MailingAddress"]["City"], "Seattle")
        self.assertEqual([p["LastName"] for p in self.search(d, "_phone", "+12065550101")], ["Iyer"])
        self.assertEqual(CLIENT.get_domain(DomainName=d)["Stats"]["ObjectCount"], 2)

    def test_detect_errors(self):
        d = self.domain("detect-errors")
        error = self.assertError("BadRequestException", 400, CLIENT.detect_profile_object_type,
                                 DomainName=d, Objects=['{"id": "1"}', "[1, 2]"])
        self.assertIn("Sample 2", error["Error"]["Message"])
        self.assertError("BadRequestException", 400, CLIENT.detect_profile_object_type,
                         DomainName=d, Objects=['{"id": "%d"}' % i for i in range(6)])
        self.assertError("ResourceNotFoundException", 404, CLIENT.detect_profile_object_type,
                         DomainName="no-such-domain", Objects=['{"id": "1"}'])


class IntegrationTests(Case):
    def test_integrations(self):
        d1, d2 = self.domain("integ-a"), self.domain("integ-b")
        for d in (d1, d2):
            CLIENT.put_profile_object_type(DomainName=d, ObjectTypeName="Contact", TemplateId="Salesforce-Contact",
                                           Description="contacts")
        put = CLIENT.put_integration(DomainName=d1, Uri=FLOW_URI, ObjectTypeName="Contact", Tags={"env": "test"})
        self.assertEqual((put["DomainName"], put["Uri"], put["ObjectTypeName"]), (d1, FLOW_URI, "Contact"))
        self.assertEqual(put["Tags"], {"env": "test"})
        self.assertIsInstance(put["CreatedAt"], datetime.datetime)
        CLIENT.put_integration(DomainName=d2, Uri=FLOW_URI, ObjectTypeNames={"Contact": "Contact"})

        got = CLIENT.get_integration(DomainName=d1, Uri=FLOW_URI)
        self.assertEqual((got["Uri"], got["ObjectTypeName"]), (FLOW_URI, "Contact"))
        listed = CLIENT.list_integrations(DomainName=d2)["Items"]
        self.assertEqual([(i["Uri"], i["ObjectTypeNames"]) for i in listed], [(FLOW_URI, {"Contact": "Contact"})])
        account = CLIENT.list_account_integrations(Uri=FLOW_URI)["Items"]
        self.assertEqual(sorted(i["DomainName"] for i in account), [d1, d2])
        first = CLIENT.list_account_integrations(Uri=FLOW_URI, MaxResults=1)
        self.assertEqual(len(first["Items"]), 1)
        second = CLIENT.list_account_integrations(Uri=FLOW_URI, MaxResults=1, NextToken=first["NextToken"])
        self.assertEqual(len(second["Items"]), 1)
        self.assertNotEqual(first["Items"][0]["DomainName"], second["Items"][0]["DomainName"])

        self.assertTrue(CLIENT.delete_integration(DomainName=d1, Uri=FLOW_URI)["Message"])
        self.assertError("ResourceNotFoundException", 404, CLIENT.get_integration, DomainName=d1, Uri=FLOW_URI)
        self.assertEqual([i["DomainName"] for i in CLIENT.list_account_integrations(Uri=FLOW_URI)["Items"]], [d2])
        self.assertError("BadRequestException", 400, CLIENT.put_integration, DomainName=d1, Uri=FLOW_URI,
                         ObjectTypeName="NoSuchType")


class TagTests(Case):
    def test_tags_by_arn(self):
        d = self.domain("tagged", Tags={"owner": "ops"})
        CLIENT.put_profile_object_type(DomainName=d, ObjectTypeName="Contact", TemplateId="Salesforce-Contact",
                                       Description="contacts")
        domain_arn, type_arn = fx.arn(d), fx.arn(d, "object-types", "Contact")
        self.assertEqual(CLIENT.list_tags_for_resource(resourceArn=domain_arn)["tags"], {"owner": "ops"})
        self.assertEqual(CLIENT.list_tags_for_resource(resourceArn=type_arn)["tags"], {})

        CLIENT.tag_resource(resourceArn=domain_arn, tags={"cost": "42", "owner": "dev"})
        CLIENT.tag_resource(resourceArn=type_arn, tags={"pii": "yes"})
        self.assertEqual(CLIENT.list_tags_for_resource(resourceArn=domain_arn)["tags"], {"cost": "42", "owner": "dev"})
        self.assertEqual(CLIENT.get_domain(DomainName=d)["Tags"], {"cost": "42", "owner": "dev"})
        self.assertEqual(CLIENT.list_tags_for_resource(resourceArn=type_arn)["tags"], {"pii": "yes"})
        self.assertEqual(CLIENT.get_profile_object_type(DomainName=d, ObjectTypeName="Contact")["Tags"], {"pii": "yes"})

        CLIENT.untag_resource(resourceArn=domain_arn, tagKeys=["cost", "absent"])
        self.assertEqual(CLIENT.list_tags_for_resource(resourceArn=domain_arn)["tags"], {"owner": "dev"})
        CLIENT.untag_resource(resourceArn=type_arn, tagKeys=["pii"])
        self.assertEqual(CLIENT.list_tags_for_resource(resourceArn=type_arn)["tags"], {})

        self.assertError("ResourceNotFoundException", 404, CLIENT.list_tags_for_resource,
                         resourceArn=fx.arn("no-such-domain"))
        self.assertError("ResourceNotFoundException", 404, CLIENT.tag_resource,
                         resourceArn=fx.arn(d, "object-types", "Missing"), tags={"a": "b"})

        # A domain deleted and created again does not get its old tags back.
        CLIENT.delete_domain(DomainName=d)
        CLIENT.create_domain(DomainName=d, DefaultExpirationDays=30)
        self.assertEqual(CLIENT.list_tags_for_resource(resourceArn=domain_arn)["tags"], {})


class ProtocolTests(Case):
    def test_wrong_secret_is_an_invalid_signature(self):
        client = SERVER.client(secret_access_key="not-the-secret")
        self.assertError("InvalidSignatureException", 403, client.list_domains)

    def test_unknown_key_is_unrecognized(self):
        client = SERVER.client(access_key_id="AKIAUNKNOWN000000000")
        self.assertError("UnrecognizedClientException", 403, client.list_domains)

    def test_unknown_route_is_404(self):
        status, headers, _ = fx.signed_request(SERVER, "GET", "/no/such/route")
        self.assertEqual(status, 404)
        self.assertTrue(headers.get("x-amzn-errortype"))
        self.assertTrue(headers.get("x-amzn-requestid"))

    def test_malformed_json_is_400(self):
        self.domain("raw-json")
        status, headers, body = fx.signed_request(SERVER, "POST", "/domains/raw-json/profiles/search",
                                                  body=b'{"KeyName": "_account", "Values": [')
        self.assertEqual(status, 400, body)
        self.assertTrue(headers.get("x-amzn-errortype"))
        self.assertTrue(json.loads(body)["Message"])

    def test_two_mebibyte_body_is_refused_and_server_lives(self):
        body = b'{"Object": "' + b"x" * (2 * 1024 * 1024) + b'"}'
        status, _, _ = fx.signed_request(SERVER, "PUT", "/domains/huge/profiles/objects", body=body)
        self.assertIn(status, (400, 413))
        self.assertTrue(SERVER.alive())
        self.assertIn("Items", CLIENT.list_domains())


if __name__ == "__main__":
    import boto3
    import botocore

    print("test_boto3: botocore %s, boto3 %s, Python %s (%s)" % (
        botocore.__version__, boto3.__version__, sys.version.split()[0], sys.executable), file=sys.stderr, flush=True)
    fx.main()
