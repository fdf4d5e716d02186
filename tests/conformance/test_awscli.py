"""cplocal driven by the AWS CLI (Debian's /usr/bin/aws): every one of the 28 operations
through `aws customer-profiles ...`, JSON output, and service errors on stderr with
exit code 254."""

import json
import os
import re
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cplocal_fixture as fx  # noqa: E402  (isolates the AWS environment on import)

AWS = os.environ.get("AWS_CLI", "/usr/bin/aws")
SERVICE_ERROR_EXIT = 254
COMMANDS = {
    "create-domain", "get-domain", "update-domain", "delete-domain", "list-domains",
    "put-profile-object-type", "get-profile-object-type", "delete-profile-object-type",
    "list-profile-object-types", "list-profile-object-type-templates", "get-profile-object-type-template",
    "create-profile", "update-profile", "delete-profile", "add-profile-key", "delete-profile-key",
    "search-profiles", "put-profile-object", "list-profile-objects", "delete-profile-object",
    "put-integration", "get-integration", "delete-integration", "list-integrations", "list-account-integrations",
    "tag-resource", "untag-resource", "list-tags-for-resource",
}
CALLED = set()
SERVER = None
BOTO3 = None
FLOW_URI = "arn:aws:appflow:us-east-1:123456789012:flow/CliFlow"


def setUpModule():
    global SERVER, BOTO3
    SERVER = fx.Cplocal().start()
    BOTO3 = SERVER.client()


def delete_quietly(domain):
    try:
        BOTO3.delete_domain(DomainName=domain)
    except BOTO3.exceptions.ResourceNotFoundException:
        pass


def tearDownModule():
    try:
        SERVER.stop()
    finally:
        SERVER.cleanup()
    missing = COMMANDS - CALLED
    if missing:
        raise AssertionError("commands never run: %s" % ", ".join(sorted(missing)))


def run_cli(command, *args, secret=None):
    """Runs `aws customer-profiles COMMAND ARGS`; returns the CompletedProcess."""
    CALLED.add(command)
    env = dict(os.environ, AWS_ACCESS_KEY_ID=SERVER.keys[0], AWS_SECRET_ACCESS_KEY=secret or SERVER.keys[1],
               AWS_DEFAULT_REGION=fx.REGION, AWS_PAGER="")
    argv = [AWS, "--endpoint-url", SERVER.url, "--output", "json", "--cli-read-timeout", "30",
            "customer-profiles", command, *args]
    return subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)


class Case(unittest.TestCase):
    def aws(self, command, *args):
        done = run_cli(command, *args)
        self.assertEqual(done.returncode, 0, "aws %s %s\nstderr: %s" % (command, " ".join(args), done.stderr))
        return json.loads(done.stdout) if done.stdout.strip() else {}

    def aws_fails(self, error_type, command, *args, secret=None):
        """Asserts a service error: exit code 254 and "An error occurred (TYPE) when calling
        the OPERATION operation: MESSAGE" on stderr; returns the message."""
        done = run_cli(command, *args, secret=secret)
        self.assertEqual(done.returncode, SERVICE_ERROR_EXIT, done.stderr)
        self.assertEqual(done.stdout, "")
        operation = "".join(word.capitalize() for word in command.split("-"))
        match = re.search(r"An error occurred \((\w+)\) when calling the (\w+) operation"
                          r"(?: \(reached max retries: \d+\))?: (.+)", done.stderr)
        self.assertTrue(match, done.stderr)
        self.assertEqual(match.group(1, 2), (error_type, operation), done.stderr)
        return match.group(3)

    def domain(self, name, cli=True):
        """Creates a domain (by the CLI, or by boto3 where the CLI is not the point) and
        deletes it after the test by boto3: every CLI run costs the best part of a second."""
        if cli:
            self.aws("create-domain", "--domain-name", name, "--default-expiration-days", "30")
        else:
            BOTO3.create_domain(DomainName=name, DefaultExpirationDays=30)
        self.addCleanup(delete_quietly, name)
        return name


NOTE_FIELDS = {
    "noteId": {"Source": "_source.noteId", "Target": "_profile.Attributes.lastNoteId", "ContentType": "STRING"},
    "contactId": {"Source": "_source.contactId", "ContentType": "STRING"},
}
NOTE_KEYS = {
    "_crmNoteId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["noteId"]}],
    "_salesforceContactId": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["contactId"]}],
}


def cli_knowing(command):
    """The first AWS CLI (AWS_CLI, then any aws on PATH) that knows a customer-profiles
    command, or None: Debian's CLI v2.9 predates upload jobs; a current v1 knows them."""
    import shutil
    for candidate in (AWS, shutil.which("aws")):
        if candidate and subprocess.run([candidate, "customer-profiles", command, "help"], env=dict(
                os.environ, AWS_PAGER="", PAGER="cat"), stdin=subprocess.DEVNULL, capture_output=True,
                timeout=60).returncode == 0:
            return candidate
    return None


class IdentityResolutionCliTests(Case):
    """Issue 16 through the CLI: Debian's v2.9 knows merge-profiles, get-matches and
    get-auto-merging-preview; rule-based matching, history and batch-get-profile need a
    current CLI (skipped without one)."""

    def test_merge_and_ml_operations(self):
        d = self.domain("cli-merge", cli=False)
        main = BOTO3.create_profile(DomainName=d, FirstName="Ann", LastName="Lee")["ProfileId"]
        other = BOTO3.create_profile(DomainName=d, FirstName="Anne", EmailAddress="ann@example.com")["ProfileId"]
        merged = self.aws("merge-profiles", "--domain-name", d, "--main-profile-id", main,
                          "--profile-ids-to-be-merged", other, "--field-source-profile-ids",
                          "FirstName=" + other)
        self.assertTrue(merged["Message"])
        profile = BOTO3.search_profiles(DomainName=d, KeyName="_profileId", Values=[main])["Items"][0]
        self.assertEqual((profile["FirstName"], profile["LastName"], profile["EmailAddress"]),
                         ("Anne", "Lee", "ann@example.com"))
        self.aws_fails("ResourceNotFoundException", "merge-profiles", "--domain-name", d, "--main-profile-id",
                       main, "--profile-ids-to-be-merged", other)
        self.aws_fails("BadRequestException", "get-matches", "--domain-name", d)
        BOTO3.update_domain(DomainName=d, Matching={"Enabled": True})
        self.assertEqual(self.aws("get-matches", "--domain-name", d)["Matches"], [])
        preview = self.aws("get-auto-merging-preview", "--domain-name", d, "--consolidation",
                           '{"MatchingAttributesList": [["EmailAddress"]]}', "--conflict-resolution",
                           "ConflictResolvingModel=RECENCY")
        self.assertEqual(preview["NumberOfProfilesWillBeMerged"], 0)

    def test_rule_based_matching_with_a_current_cli(self):
        cli = cli_knowing("get-similar-profiles")
        if not cli:
            self.skipTest("no AWS CLI here knows get-similar-profiles")
        env = dict(os.environ, AWS_ACCESS_KEY_ID=SERVER.keys[0], AWS_SECRET_ACCESS_KEY=SERVER.keys[1],
                   AWS_DEFAULT_REGION=fx.REGION, AWS_PAGER="")

        def current(command, *args):
            done = subprocess.run([cli, "--endpoint-url", SERVER.url, "--output", "json", "customer-profiles",
                                   command, *args], env=env, stdin=subprocess.DEVNULL, capture_output=True,
                                  text=True, timeout=120)
            self.assertEqual(done.returncode, 0, "aws %s\nstderr: %s" % (command, done.stderr))
            return json.loads(done.stdout) if done.stdout.strip() else {}

        d = self.domain("cli-rules", cli=False)
        current("update-domain", "--domain-name", d, "--rule-based-matching",
                '{"Enabled": true, "MatchingRules": [{"Rule": ["EmailAddress"]}]}')
        a = BOTO3.create_profile(DomainName=d, EmailAddress="dup@example.com")["ProfileId"]
        b = BOTO3.create_profile(DomainName=d, EmailAddress="DUP@example.com")["ProfileId"]
        match_ids = current("list-rule-based-matches", "--domain-name", d)["MatchIds"]
        self.assertEqual(len(match_ids), 1)
        similar = current("get-similar-profiles", "--domain-name", d, "--match-type", "RULE_BASED_MATCHING",
                          "--search-key", "_profileId", "--search-value", a)
        self.assertEqual((sorted(similar["ProfileIds"]), similar["MatchId"], similar["RuleLevel"]),
                         (sorted([a, b]), match_ids[0], 1))
        batch = current("batch-get-profile", "--domain-name", d, "--profile-ids", a, b)
        self.assertEqual(sorted(p["ProfileId"] for p in batch["Profiles"]), sorted([a, b]))
        history = current("list-profile-history-records", "--domain-name", d, "--profile-id", a)
        self.assertEqual([r["ActionType"] for r in history["ProfileHistoryRecords"]], ["CREATED"])


class UploadJobCliTests(Case):
    def setUp(self):
        self.cli = cli_knowing("create-upload-job")
        if not self.cli:
            self.skipTest("no AWS CLI here knows create-upload-job")

    def upload_cli(self, command, *args):
        env = dict(os.environ, AWS_ACCESS_KEY_ID=SERVER.keys[0], AWS_SECRET_ACCESS_KEY=SERVER.keys[1],
                   AWS_DEFAULT_REGION=fx.REGION, AWS_PAGER="")
        done = subprocess.run([self.cli, "--endpoint-url", SERVER.url, "--output", "json", "customer-profiles",
                               command, *args], env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=120)
        self.assertEqual(done.returncode, 0, "aws %s\nstderr: %s" % (command, done.stderr))
        return json.loads(done.stdout) if done.stdout.strip() else {}

    def test_upload_job(self):
        d = self.domain("cli-upload", cli=False)
        fields = json.dumps({
            "email": {"Source": "_source.email", "Target": "_profile.EmailAddress", "ContentType": "EMAIL_ADDRESS"},
            "name": {"Source": "_source.name", "Target": "_profile.FirstName"}})
        job = self.upload_cli("create-upload-job", "--domain-name", d, "--display-name", "people.csv",
                              "--fields", fields, "--unique-key", "email")["JobId"]
        path = self.upload_cli("get-upload-job-path", "--domain-name", d, "--job-id", job)
        csv = b"email,name\nx@example.com,X\ny@example.com,Y\nX@example.com,Xavier\n"
        status, body = fx.put_upload(path["Url"], path["ClientToken"], csv)
        self.assertEqual(status, 200, body)
        self.upload_cli("start-upload-job", "--domain-name", d, "--job-id", job)
        for _ in range(600):
            got = self.upload_cli("get-upload-job", "--domain-name", d, "--job-id", job)
            if got["Status"] not in ("CREATED", "IN_PROGRESS"):
                break
            time.sleep(0.1)
        self.assertEqual(got["Status"], "SUCCEEDED", got)
        self.assertEqual(got["ResultsSummary"], {"CreatedRecords": 2, "UpdatedRecords": 1, "FailedRecords": 0})
        listed = self.upload_cli("list-upload-jobs", "--domain-name", d)["Items"]
        self.assertEqual([i["JobId"] for i in listed], [job])

        stopped = self.upload_cli("create-upload-job", "--domain-name", d, "--display-name", "later.csv",
                                  "--fields", fields, "--unique-key", "email")["JobId"]
        self.upload_cli("stop-upload-job", "--domain-name", d, "--job-id", stopped)
        got = self.upload_cli("get-upload-job", "--domain-name", d, "--job-id", stopped)
        self.assertEqual(got["Status"], "STOPPED")


class CliTests(Case):
    def test_domains(self):
        created = self.aws("create-domain", "--domain-name", "cli-dom", "--default-expiration-days", "30",
                           "--tags", "team=blue")
        self.assertEqual((created["DomainName"], created["DefaultExpirationDays"]), ("cli-dom", 30))
        self.assertEqual(created["Tags"], {"team": "blue"})
        self.assertIsInstance(created["CreatedAt"], str)  # the CLI prints timestamps as ISO 8601
        got = self.aws("get-domain", "--domain-name", "cli-dom")
        self.assertEqual(got["Stats"]["ProfileCount"], 0)
        updated = self.aws("update-domain", "--domain-name", "cli-dom", "--default-expiration-days", "45")
        self.assertEqual(updated["DefaultExpirationDays"], 45)
        for name in ("cli-page-1", "cli-page-2", "cli-page-3"):
            self.domain(name, cli=False)

        # The model defines no paginator for ListDomains, so the CLI pages by hand.
        seen, token, pages = [], None, 0
        while True:
            page = self.aws("list-domains", "--max-results", "2", *(["--next-token", token] if token else []))
            pages += 1
            self.assertLessEqual(len(page["Items"]), 2)
            seen += [item["DomainName"] for item in page["Items"]]
            token = page.get("NextToken")
            if not token:
                break
        self.assertGreaterEqual(pages, 2)
        self.assertEqual(len(seen), len(set(seen)))
        self.assertTrue({"cli-dom", "cli-page-1", "cli-page-2", "cli-page-3"} <= set(seen), seen)

        self.assertIn("cli-dom", self.aws("delete-domain", "--domain-name", "cli-dom")["Message"])
        message = self.aws_fails("ResourceNotFoundException", "get-domain", "--domain-name", "cli-dom")
        self.assertIn("cli-dom", message)

    def test_validation_error_exit_code(self):
        message = self.aws_fails("BadRequestException", "create-domain", "--domain-name", "bad name!",
                                 "--default-expiration-days", "30")
        self.assertIn("bad name!", message)
        self.aws_fails("InvalidSignatureException", "list-domains", secret="not-the-secret")

    def test_templates(self):
        items = self.aws("list-profile-object-type-templates")["Items"]
        self.assertIn("Salesforce-Contact", [i["TemplateId"] for i in items])
        template = self.aws("get-profile-object-type-template", "--template-id", "Salesforce-Contact")
        self.assertEqual(template["SourceName"], "Salesforce")
        self.assertIn("_salesforceContactId", template["Keys"])

    def test_ingestion_and_profiles(self):
        d = self.domain("cli-story")
        sf = self.aws("put-profile-object-type", "--domain-name", d, "--object-type-name", "Contact",
                      "--template-id", "Salesforce-Contact", "--description", "Salesforce contacts")
        self.assertEqual(sf["TemplateId"], "Salesforce-Contact")
        note = self.aws("put-profile-object-type", "--domain-name", d, "--object-type-name", "Note",
                        "--description", "CRM notes", "--no-allow-profile-creation",
                        "--fields", json.dumps(NOTE_FIELDS), "--keys", json.dumps(NOTE_KEYS))
        self.assertEqual(note["Keys"], NOTE_KEYS)
        got = self.aws("get-profile-object-type", "--domain-name", d, "--object-type-name", "Note")
        self.assertEqual(got["Fields"], NOTE_FIELDS)
        types = self.aws("list-profile-object-types", "--domain-name", d)["Items"]
        self.assertEqual([t["ObjectTypeName"] for t in types], ["Contact", "Note"])

        contact = {"Id": "003C", "FirstName": "Katherine", "LastName": "Johnson", "Email": "kj@example.com"}
        contact_key = self.aws("put-profile-object", "--domain-name", d, "--object-type-name", "Contact",
                               "--object", json.dumps(contact))["ProfileObjectUniqueKey"]
        note_key = self.aws("put-profile-object", "--domain-name", d, "--object-type-name", "Note",
                            "--object", json.dumps({"noteId": "N-C", "contactId": "003C"}))["ProfileObjectUniqueKey"]
        found = self.aws("search-profiles", "--domain-name", d, "--key-name", "_salesforceContactId",
                         "--values", "003C")["Items"]
        self.assertEqual(len(found), 1)
        kj = found[0]
        self.assertEqual((kj["FirstName"], kj["EmailAddress"]), ("Katherine", "kj@example.com"))
        self.assertEqual(kj["Attributes"]["lastNoteId"], "N-C")
        objects = self.aws("list-profile-objects", "--domain-name", d, "--object-type-name", "Contact",
                           "--profile-id", kj["ProfileId"])["Items"]
        self.assertEqual([(o["ProfileObjectUniqueKey"], json.loads(o["Object"])) for o in objects],
                         [(contact_key, contact)])

        pid = self.aws("create-profile", "--domain-name", d, "--first-name", "Dorothy", "--last-name", "Vaughan",
                       "--account-number", "ACC-1", "--phone-number", "+1 757 555 0100",
                       "--email-address", "dv@example.com")["ProfileId"]
        # Every predefined key at once: all must match (AND), in their own spellings.
        additional = [{"KeyName": key, "Values": [value]} for key, value in (
            ("_account", "ACC-1"), ("_phone", "+17575550100"), ("_email", "DV@example.com"),
            ("_fullName", "dorothy vaughan"))]
        items = self.aws("search-profiles", "--domain-name", d, "--key-name", "_profileId", "--values", pid,
                         "--additional-search-keys", json.dumps(additional), "--logical-operator", "AND")["Items"]
        self.assertEqual([p["ProfileId"] for p in items], [pid])
        self.assertEqual(len(items[0]["FoundByItems"]), 5)
        items = self.aws("search-profiles", "--domain-name", d, "--key-name", "_fullName", "--values", "Nobody",
                         "--additional-search-keys", json.dumps(additional), "--logical-operator", "OR")["Items"]
        self.assertEqual([p["ProfileId"] for p in items], [pid])
        self.assertEqual(self.aws("update-profile", "--domain-name", d, "--profile-id", pid, "--last-name", "",
                                  "--middle-name", "J")["ProfileId"], pid)
        profile = self.aws("search-profiles", "--domain-name", d, "--key-name", "_profileId",
                           "--values", pid)["Items"][0]
        self.assertNotIn("LastName", profile)
        self.assertEqual((profile["MiddleName"], profile["AccountNumber"]), ("J", "ACC-1"))

        added = self.aws("add-profile-key", "--domain-name", d, "--profile-id", pid,
                         "--key-name", "_salesforceContactId", "--values", "003D")
        self.assertEqual(added, {"KeyName": "_salesforceContactId", "Values": ["003D"]})
        items = self.aws("search-profiles", "--domain-name", d, "--key-name", "_salesforceContactId",
                         "--values", "003D")["Items"]
        self.assertEqual([p["ProfileId"] for p in items], [pid])
        self.assertTrue(self.aws("delete-profile-key", "--domain-name", d, "--profile-id", pid,
                                 "--key-name", "_salesforceContactId", "--values", "003D")["Message"])
        self.assertEqual(self.aws("search-profiles", "--domain-name", d, "--key-name", "_salesforceContactId",
                                  "--values", "003D")["Items"], [])

        self.assertTrue(self.aws("delete-profile-object", "--domain-name", d, "--object-type-name", "Note",
                                 "--profile-id", kj["ProfileId"], "--profile-object-unique-key", note_key)["Message"])
        self.assertEqual(self.aws("list-profile-objects", "--domain-name", d, "--object-type-name", "Note",
                                  "--profile-id", kj["ProfileId"])["Items"], [])
        self.assertTrue(self.aws("delete-profile-object-type", "--domain-name", d,
                                 "--object-type-name", "Note")["Message"])
        self.aws_fails("ResourceNotFoundException", "get-profile-object-type", "--domain-name", d,
                       "--object-type-name", "Note")
        self.assertTrue(self.aws("delete-profile", "--domain-name", d, "--profile-id", pid)["Message"])
        self.aws_fails("ResourceNotFoundException", "delete-profile", "--domain-name", d, "--profile-id", pid)

    def test_integrations_and_tags(self):
        d = self.domain("cli-integ")
        self.aws("put-profile-object-type", "--domain-name", d, "--object-type-name", "Contact",
                 "--template-id", "Salesforce-Contact", "--description", "contacts")
        put = self.aws("put-integration", "--domain-name", d, "--uri", FLOW_URI, "--object-type-name", "Contact")
        self.assertEqual((put["Uri"], put["ObjectTypeName"]), (FLOW_URI, "Contact"))
        self.assertEqual(self.aws("get-integration", "--domain-name", d, "--uri", FLOW_URI)["DomainName"], d)
        self.assertEqual([i["Uri"] for i in self.aws("list-integrations", "--domain-name", d)["Items"]], [FLOW_URI])
        account = self.aws("list-account-integrations", "--uri", FLOW_URI)["Items"]
        self.assertEqual([i["DomainName"] for i in account], [d])

        domain_arn, type_arn = fx.arn(d), fx.arn(d, "object-types", "Contact")
        self.aws("tag-resource", "--resource-arn", domain_arn, "--tags", "env=test,owner=cli")
        self.aws("tag-resource", "--resource-arn", type_arn, "--tags", json.dumps({"pii": "no"}))
        self.assertEqual(self.aws("list-tags-for-resource", "--resource-arn", domain_arn)["tags"],
                         {"env": "test", "owner": "cli"})
        self.aws("untag-resource", "--resource-arn", domain_arn, "--tag-keys", "env")
        self.assertEqual(self.aws("list-tags-for-resource", "--resource-arn", domain_arn)["tags"], {"owner": "cli"})
        self.assertEqual(self.aws("list-tags-for-resource", "--resource-arn", type_arn)["tags"], {"pii": "no"})

        self.assertTrue(self.aws("delete-integration", "--domain-name", d, "--uri", FLOW_URI)["Message"])
        message = self.aws_fails("ResourceNotFoundException", "get-integration", "--domain-name", d, "--uri", FLOW_URI)
        self.assertIn(FLOW_URI, message)
        self.assertEqual(self.aws("list-account-integrations", "--uri", FLOW_URI)["Items"], [])

    def test_predefined_keys_and_todays_members(self):
        d = self.domain("cli-today", cli=False)
        # A documented predefined key that nothing holds is an empty page, not a 400.
        self.assertEqual(self.aws("search-profiles", "--domain-name", d, "--key-name", "_salesforceAccountId",
                                  "--values", "001X")["Items"], [])
        pid = BOTO3.create_profile(DomainName=d, FirstName="Mary")["ProfileId"]
        self.aws("add-profile-key", "--domain-name", d, "--profile-id", pid, "--key-name", "_zendeskExternalId",
                 "--values", "Z-9")
        items = self.aws("search-profiles", "--domain-name", d, "--key-name", "_zendeskExternalId",
                         "--values", "Z-9")["Items"]
        self.assertEqual([p["ProfileId"] for p in items], [pid])

        # A domain with members newer than this CLI's model (sent as today's SDKs send them)
        # still reads: the CLI shows what its model knows.
        body = json.dumps({"DefaultExpirationDays": 30, "RuleBasedMatching": {"Enabled": True},
                           "DataStore": {"Enabled": True}}).encode()
        status, _, answer = fx.signed_request(SERVER, "POST", "/domains/cli-newer", body=body)
        self.assertEqual(status, 200, answer)
        self.addCleanup(delete_quietly, "cli-newer")
        self.assertEqual(json.loads(answer)["RuleBasedMatching"], {"Enabled": True, "Status": "ACTIVE"})
        got = self.aws("get-domain", "--domain-name", "cli-newer")
        self.assertEqual((got["DomainName"], got["DefaultExpirationDays"]), ("cli-newer", 30))


if __name__ == "__main__":
    fx.main()
