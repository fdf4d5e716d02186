#!/usr/bin/env python3
"""Writes the seed corpora and dictionaries of fuzz/ (run from anywhere; rewrites them).

Requests are made by botocore itself (the AWS CLI's and boto3's library), signed with
the harnesses' fixed credential at their fixed clock, and captured before they are
sent: the seeds are what a real SDK puts on the wire, and the verifier harness starts
from requests it accepts. Object types come from emulator/templates/; the config files
are written here by hand. Dictionaries list the words of the formats and, for the
model harnesses, the model's own names (schema/model/customer-profiles.json).
"""

import datetime
import hashlib
import json
import pathlib
import sys

import botocore
import botocore.auth
import botocore.session

ROOT = pathlib.Path(__file__).resolve().parents[2]
FUZZ = ROOT / "fuzz"
CORPUS = FUZZ / "corpus"

ACCESS_KEY = "AKIDFUZZEXAMPLE"  # the harnesses' credential (fuzz_sigv4_verifier.cpp)
SECRET = "fuzz/secret+KEY/0123456789abcdefEXAMPLE"
NOW = datetime.datetime(2026, 1, 1, 0, 0, 0)  # kNow in fuzz_sigv4_verifier.cpp
ENDPOINT = "http://localhost:4566"
DOMAIN = "fuzz-domain"
ARN = f"arn:aws:profile:us-east-1:123456789012:domains/{DOMAIN}"
MODEL = json.loads((ROOT / "schema/model/customer-profiles.json").read_text())


class FrozenDatetime(datetime.datetime):
    @classmethod
    def utcnow(cls):
        return NOW

    @classmethod
    def now(cls, tz=None):
        return NOW if tz is None else NOW.replace(tzinfo=tz)


def load_template(name):
    return json.loads((ROOT / "emulator/templates" / f"{name}.json").read_text())


def object_type_params(template_name, type_name):
    t = load_template(template_name)
    return {
        "DomainName": DOMAIN,
        "ObjectTypeName": type_name,
        "Description": f"{t.get('SourceName', '')} {t.get('SourceObject', '')}".strip(),
        "AllowProfileCreation": bool(t.get("AllowProfileCreation", True)),
        "Fields": t["Fields"],
        "Keys": t["Keys"],
    }


# Calls as the console and the SDKs make them (model names, botocore's parameters).
CALLS = [
    ("CreateDomain", {"DomainName": DOMAIN, "DefaultExpirationDays": 366,
                      "Tags": {"team": "contact-centre"}}),
    ("GetDomain", {"DomainName": DOMAIN}),
    ("ListDomains", {"MaxResults": 20}),
    ("UpdateDomain", {"DomainName": DOMAIN, "DefaultExpirationDays": 30,
                      "Matching": {"Enabled": True, "AutoMerging": {
                          "Enabled": True, "Consolidation": {"MatchingAttributesList": [
                              ["EmailAddress"], ["PhoneNumber", "LastName"]]},
                          "ConflictResolution": {"ConflictResolvingModel": "RECENCY"}}}}),
    ("DeleteDomain", {"DomainName": DOMAIN}),
    ("PutProfileObjectType", object_type_params("Salesforce-Contact", "Contact")),
    ("PutProfileObjectType", object_type_params("Shopify-Customer", "ShopifyCustomer")),
    ("PutProfileObjectType", {"DomainName": DOMAIN, "ObjectTypeName": "FromTemplate",
                              "Description": "Zendesk users", "TemplateId": "Zendesk-users"}),
    ("GetProfileObjectType", {"DomainName": DOMAIN, "ObjectTypeName": "Contact"}),
    ("ListProfileObjectTypes", {"DomainName": DOMAIN, "MaxResults": 100,
                                "NextToken": "eyJvZmZzZXQiOjEwMH0="}),
    ("DeleteProfileObjectType", {"DomainName": DOMAIN, "ObjectTypeName": "Contact"}),
    ("GetProfileObjectTypeTemplate", {"TemplateId": "Salesforce-Account"}),
    ("ListProfileObjectTypeTemplates", {}),
    ("PutProfileObject", {"DomainName": DOMAIN, "ObjectTypeName": "Contact",
                          "Object": json.dumps({"Id": "0035g00000XyZ1AAA", "FirstName": "Ana",
                                                "LastName": "Müller", "Email": "ana@example.com",
                                                "Phone": "+49 30 1234567"})}),
    ("ListProfileObjects", {"DomainName": DOMAIN, "ObjectTypeName": "Contact",
                            "ProfileId": "0f1e2d3c4b5a69788796a5b4c3d2e1f0", "MaxResults": 10,
                            "ObjectFilter": {"KeyName": "_salesforceContactId",
                                             "Values": ["0035g00000XyZ1AAA"]}}),
    ("DeleteProfileObject", {"DomainName": DOMAIN, "ObjectTypeName": "Contact",
                             "ProfileId": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                             "ProfileObjectUniqueKey": "c2FsZXNmb3JjZQ=="}),
    ("CreateProfile", {"DomainName": DOMAIN, "FirstName": "Ana", "LastName": "Müller",
                       "EmailAddress": "ana@example.com", "PhoneNumber": "+4930123",
                       "PartyType": "INDIVIDUAL", "Gender": "FEMALE",
                       "Address": {"City": "Berlin", "Country": "DE", "PostalCode": "10115"},
                       "Attributes": {"tier": "gold"}}),
    ("UpdateProfile", {"DomainName": DOMAIN, "ProfileId": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                       "MiddleName": "", "BillingAddress": {"City": "Köln"}}),
    ("DeleteProfile", {"DomainName": DOMAIN, "ProfileId": "0f1e2d3c4b5a69788796a5b4c3d2e1f0"}),
    ("SearchProfiles", {"DomainName": DOMAIN, "KeyName": "_email",
                        "Values": ["ana@example.com"], "MaxResults": 5}),
    ("SearchProfiles", {"DomainName": DOMAIN, "KeyName": "_phone", "Values": ["+4930123"],
                        "AdditionalSearchKeys": [{"KeyName": "_fullName",
                                                  "Values": ["ana müller"]}],
                        "LogicalOperator": "AND"}),
    ("AddProfileKey", {"DomainName": DOMAIN, "ProfileId": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                       "KeyName": "_email", "Values": ["ana@example.org"]}),
    ("DeleteProfileKey", {"DomainName": DOMAIN,
                          "ProfileId": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                          "KeyName": "_email", "Values": ["ana@example.org"]}),
    ("MergeProfiles", {"DomainName": DOMAIN, "MainProfileId": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                       "ProfileIdsToBeMerged": ["1f1e2d3c4b5a69788796a5b4c3d2e1f0"],
                       "FieldSourceProfileIds": {"EmailAddress":
                                                 "1f1e2d3c4b5a69788796a5b4c3d2e1f0"}}),
    ("GetMatches", {"DomainName": DOMAIN, "MaxResults": 10, "NextToken": "abc"}),
    ("PutIntegration", {"DomainName": DOMAIN, "ObjectTypeName": "Contact",
                        "Uri": "arn:aws:appflow:us-east-1:123456789012:flow/salesforce-contacts"}),
    ("GetIntegration", {"DomainName": DOMAIN,
                        "Uri": "arn:aws:appflow:us-east-1:123456789012:flow/salesforce-contacts"}),
    ("ListIntegrations", {"DomainName": DOMAIN, "IncludeHidden": True}),
    ("ListAccountIntegrations", {"Uri": "arn:aws:sqs:us-east-1:123456789012:queue"}),
    ("DeleteIntegration", {"DomainName": DOMAIN,
                           "Uri": "arn:aws:appflow:us-east-1:123456789012:flow/x"}),
    ("TagResource", {"resourceArn": ARN, "tags": {"env": "test", "owner": "ana"}}),
    ("UntagResource", {"resourceArn": ARN, "tagKeys": ["env", "owner"]}),
    ("ListTagsForResource", {"resourceArn": ARN}),
    ("GetProfileHistoryRecord", {"DomainName": DOMAIN,
                                 "ProfileId": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                                 "Id": "d0c1b2a3e4f5061728394a5b6c7d8e9f"}),
    ("DetectProfileObjectType", {"DomainName": DOMAIN,
                                 "Objects": [json.dumps({"email": "x@example.com"})]}),
    ("CreateUploadJob", {"DomainName": DOMAIN, "DisplayName": "contacts",
                         "Fields": {"email": {"Source": "_source.email",
                                              "Target": "_profile.EmailAddress",
                                              "ContentType": "EMAIL_ADDRESS"}},
                         "UniqueKey": "email", "DataExpiry": 30}),
]


def capture_requests():
    botocore.auth.datetime.datetime = FrozenDatetime  # the signer reads the clock here
    session = botocore.session.get_session()
    client = session.create_client(
        "customer-profiles", region_name="us-east-1", endpoint_url=ENDPOINT,
        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET)
    captured = []

    class Captured(Exception):
        pass

    def keep(request, **_):
        captured.append(request)
        raise Captured()

    client.meta.events.register("before-send.customer-profiles.*", keep)
    out = []
    for name, params in CALLS:
        method = getattr(client, botocore.xform_name(name))
        try:
            method(**params)
        except Captured:
            pass
        request = captured[-1]
        out.append((name, params, request))
    return out


def raw_http(request, extra_headers=()):
    from urllib.parse import urlsplit
    url = urlsplit(request.url)
    target = url.path or "/"
    if url.query:
        target += "?" + url.query
    body = request.body or b""
    if isinstance(body, str):
        body = body.encode()
    lines = [f"{request.method} {target} HTTP/1.1", f"Host: {url.netloc}"]
    for name, value in request.headers.items():
        value = value.decode() if isinstance(value, bytes) else value
        if name.lower() == "content-length":
            continue  # written below, once
        # Unsigned and different on every run: fixed, so that the corpus is reproducible.
        if name.lower() == "user-agent":
            value = "Botocore/" + botocore.__version__
        if name.lower() == "amz-sdk-invocation-id":
            value = "5a297684-150d-4b9e-ba67-047badb64fa9"
        lines.append(f"{name}: {value}")
    lines += list(extra_headers)
    if body or request.method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def chunked(raw, size=16):
    head, body = raw.split(b"\r\n\r\n", 1)
    head = b"\r\n".join(l for l in head.split(b"\r\n") if not l.startswith(b"Content-Length"))
    out = head + b"\r\nTransfer-Encoding: chunked\r\n\r\n"
    for i in range(0, len(body), size):
        piece = body[i:i + size]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def write(harness, name, data):
    folder = CORPUS / harness
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    (folder / name).write_bytes(data)


def write_dict(harness, words):
    lines = ["# libFuzzer dictionary for fuzz_%s (written by fuzz/tools/make_corpus.py)" % harness]
    for word in sorted(set(words)):
        # libFuzzer's dictionary syntax: printable ASCII, with \\, \" and \xNN escapes.
        escaped = "".join(chr(b) if 0x20 <= b < 0x7f and chr(b) not in '"\\' else
                          "\\" + chr(b) if chr(b) in '"\\' else "\\x%02X" % b
                          for b in word.encode())
        lines.append(f'"{escaped}"')
    (FUZZ / "dict").mkdir(exist_ok=True)
    (FUZZ / "dict" / f"{harness}.dict").write_text("\n".join(lines) + "\n")


def main():
    import shutil
    for harness in ("http_parser", "sigv4_verifier", "request_decode", "model_validate",
                    "ingestion_plan", "aws_config"):
        shutil.rmtree(CORPUS / harness, ignore_errors=True)

    requests = capture_requests()
    ops = {o["name"]: o for o in MODEL["operations"]}
    for i, (name, params, request) in enumerate(requests):
        raw = raw_http(request)
        stem = f"{i:02d}-{name}"
        write("sigv4_verifier", stem, raw)
        write("request_decode", stem, raw)
        write("model_validate", stem, ops[name]["input"] + "\n" + json.dumps(params, ensure_ascii=False))
        if i % 3 == 0:
            write("http_parser", stem, raw)
    # The parser's own cases: chunked, pipelined, HTTP/1.0, 100-continue, close.
    put = raw_http(requests[13][2])
    get = raw_http(requests[1][2])
    write("http_parser", "chunked", chunked(put))
    write("http_parser", "pipelined", get + put + get)
    write("http_parser", "http10-keepalive",
          get.replace(b"HTTP/1.1", b"HTTP/1.0", 1).replace(b"\r\n\r\n", b"\r\nConnection: keep-alive\r\n\r\n", 1))
    write("http_parser", "expect-continue",
          put.replace(b"\r\n\r\n", b"\r\nExpect: 100-continue\r\n\r\n", 1))
    write("http_parser", "close-then-more",
          get.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1) + get)
    write("http_parser", "chunk-extensions-trailers",
          b"POST /domains/d/profiles/search HTTP/1.1\r\nHost: localhost\r\n"
          b"Transfer-Encoding: chunked\r\n\r\n5;ext=1\r\n{\"Key\r\n3\r\nX\":\r\n2\r\n1}\r\n"
          b"0\r\nX-Trailer: t\r\n\r\n")
    write("http_parser", "bare-lf", get.replace(b"\r\n", b"\n"))

    # A verifier case the SDKs do not send: the secret's signature over a tampered body.
    write("sigv4_verifier", "tampered-body", raw_http(requests[13][2])[:-2] + b"!}")
    write("sigv4_verifier", "unsigned-payload",
          raw_http(requests[1][2]).replace(b"\r\n\r\n", b"\r\nx-amz-content-sha256: UNSIGNED-PAYLOAD\r\n\r\n", 1))

    # Shapes below the operations' inputs.
    nested = {
        "ObjectTypeField": {"Source": "_source.Email", "Target": "_profile.EmailAddress",
                            "ContentType": "EMAIL_ADDRESS"},
        "ObjectTypeKey": {"StandardIdentifiers": ["PROFILE", "UNIQUE"], "FieldNames": ["id"]},
        "Address": {"Address1": "Unter den Linden 1", "City": "Berlin", "Country": "DE"},
        "MatchingRequest": {"Enabled": True, "JobSchedule": {"DayOfTheWeek": "SUNDAY",
                                                             "Time": "03:00"}},
        "AdditionalSearchKey": {"KeyName": "_email", "Values": ["a@b.c"]},
        "TagMap": {"k": "v"},
    }
    for shape, value in nested.items():
        write("model_validate", "shape-" + shape, shape + "\n" + json.dumps(value))

    # Object types (the templates) with an object each; objects were written by hand
    # after the source systems' documented records.
    objects = {
        "Salesforce-Contact": {"Id": "0035g00000XyZ1AAA", "AccountId": "0015g00000AbCdEAAA",
                               "FirstName": "Ana", "LastName": "Müller",
                               "Email": "ANA@example.com ", "Phone": "+49 (30) 123-4567",
                               "MailingCity": "Berlin", "MailingCountry": "DE"},
        "Salesforce-Account": {"Id": "0015g00000AbCdEAAA", "Name": "Acme GmbH",
                               "Phone": "030 1234", "BillingCity": "Berlin"},
        "Shopify-Customer": {"id": 207119551, "email": "bob@example.com", "first_name": "Bob",
                             "last_name": "Norman", "phone": "+16136120707",
                             "default_address": {"city": "Ottawa", "country": "Canada"}},
        "Zendesk-users": {"id": 35436, "name": "Johnny Agent", "email": "johnny@example.com",
                          "phone": "+15551234567", "organization_id": 57542},
        "Segment-Identify": {"userId": "97980cfea0067", "traits": {
            "email": "peter@example.com", "firstName": "Peter", "lastName": "Gibbons"}},
        "Marketo-leads": {"id": 318581, "email": "lead@example.com", "firstName": "Lea",
                          "lastName": "Lead", "phone": "555-0100"},
        "Servicenow-sys_user": {"sys_id": "62826bf03710200044e0bfc8bcbe5df1",
                                "first_name": "Abel", "last_name": "Tuter",
                                "email": "abel.tuter@example.com"},
        "CTR": {"ContactId": "2b7e7f1a-1111-4222-8333-944445555666", "Channel": "VOICE",
                "CustomerEndpoint": {"Address": "+14155550100", "Type": "TELEPHONE_NUMBER"},
                "InitiationTimestamp": "2026-01-01T00:00:00Z"},
    }
    for path in sorted((ROOT / "emulator/templates").glob("*.json")):
        template = json.loads(path.read_text())
        object_type = dict(template)
        object_type["ObjectTypeName"] = path.stem.replace("-", "_")
        object_type["Description"] = path.stem
        obj = objects.get(path.stem, {})
        write("ingestion_plan", path.stem,
              json.dumps(object_type, indent=1, ensure_ascii=False) + "\n%%\n" +
              json.dumps(obj, ensure_ascii=False))
    write("ingestion_plan", "template-only",
          json.dumps({"ObjectTypeName": "T", "Description": "d", "TemplateId": "CTR"}) +
          "\n%%\n{}")
    write("ingestion_plan", "composite-key",
          json.dumps({"ObjectTypeName": "Orders", "Description": "orders",
                      "AllowProfileCreation": False, "ExpirationDays": 30,
                      "Fields": {
                          "orderId": {"Source": "_source.order.id", "Target": "_order.OrderId"},
                          "first": {"Source": "_source.customer.names[0]",
                                    "Target": "_profile.FirstName", "ContentType": "NAME"},
                          "full": {"Source": "{{_source.customer.names[0]}} {{_source.customer.last}}",
                                   "Target": "_profile.Attributes.fullName", "ContentType": "NAME"},
                          "total": {"Source": "_source.total", "Target": "_order.TotalPrice",
                                    "ContentType": "NUMBER"}},
                      "Keys": {"orderId": [{"StandardIdentifiers": ["UNIQUE", "ORDER"],
                                            "FieldNames": ["orderId"]}],
                               "name": [{"StandardIdentifiers": ["PROFILE", "SECONDARY"],
                                         "FieldNames": ["first", "full"]}],
                               "lookup": [{"StandardIdentifiers": ["LOOKUP_ONLY", "PROFILE"],
                                           "FieldNames": ["total"]}]}}) +
          "\n%%\n" + json.dumps({"order": {"id": "A-1"}, "customer": {"names": ["Ann", "B"],
                                                                        "last": "Lee"},
                                 "total": 12.5}))

    # The AWS shared files as users have them: config %% credentials %% environment %%
    # credential_process output.
    configs = {
        "default-keys": ("[default]\nregion = eu-central-1\n",
                         "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                         "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
                         "", ""),
        "profiles-and-env": ("# work\n[profile work]\nregion=us-west-2\n"
                             "endpoint_url = http://localhost:4566\n"
                             "[profile dev]\nregion : eu-west-1\ns3 =\n  max_concurrent_requests = 20\n"
                             "[sso-session corp]\nsso_region = us-east-1\n",
                             "[work]\naws_access_key_id=AKIDWORK\naws_secret_access_key=secret\n"
                             "aws_session_token = FQoGZXIvYXdzEXAMPLE\n; comment\n[dev]\n"
                             "aws_access_key_id = AKIDDEV\n",
                             "AWS_PROFILE=work\nAWS_REGION=us-east-1\nHOME=/home/ana", ""),
        "credential-process": ("\ufeff[default]\r\nregion = us-east-1\r\n"
                               "credential_process = \"/opt/my tools/get-creds\" --profile 'a b' x\\ y\r\n",
                               "", "",
                               json.dumps({"Version": 1, "AccessKeyId": "ASIAEXAMPLE",
                                           "SecretAccessKey": "secret", "SessionToken": "token",
                                           "Expiration": "2026-01-01T01:00:00Z"})),
        "env-keys": ("", "", "AWS_ACCESS_KEY_ID=AKIDENV\nAWS_SECRET_ACCESS_KEY=s\n"
                     "AWS_DEFAULT_REGION=ap-southeast-2\nAWS_ENDPOINT_URL_CUSTOMER_PROFILES=https://x.example",
                     "{\"Version\": 2}"),
        "cn-region": ("[profile cn]\nregion = cn-north-1\n[default]\n", "[cn]\naws_access_key_id = A\n",
                      "AWS_PROFILE=cn", "not json"),
    }
    for name, (config, credentials, env, process) in configs.items():
        write("aws_config", name, "\n%%\n".join([config, credentials, env, process]))

    write_dictionaries()
    for folder in sorted(CORPUS.iterdir()):
        files = list(folder.iterdir())
        print(f"{folder.name}: {len(files)} files, {sum(f.stat().st_size for f in files)} bytes")


def write_dictionaries():
    http_words = ["GET", "POST", "PUT", "DELETE", "PATCH", "HTTP/1.1", "HTTP/1.0", "\r\n",
                  "\r\n\r\n", "Host:", "Content-Length:", "Transfer-Encoding:", "chunked",
                  "Connection:", "close", "keep-alive", "Expect:", "100-continue", "0\r\n\r\n",
                  ";ext=", " ", "\t", ":", ",", "ffffffff", "Content-Length: 0"]
    write_dict("http_parser", http_words)
    sig_words = ["Authorization:", "AWS4-HMAC-SHA256", "Credential=", "SignedHeaders=",
                 "Signature=", "x-amz-date", "X-Amz-Date:", "x-amz-content-sha256:",
                 "UNSIGNED-PAYLOAD", "aws4_request", "profile", "us-east-1", "host;x-amz-date",
                 ACCESS_KEY, "20260101", "20260101T000000Z", "/../", "/./", "//", "%2F", "%2E",
                 "%20", "+", "?", "&", "=", ";", ","]
    write_dict("sigv4_verifier", sig_words + http_words[:4])
    names = set()
    uri_words = set()
    for op in MODEL["operations"]:
        for segment in op["uri"].split("?")[0].split("/"):
            if segment and not segment.startswith("{"):
                uri_words.add("/" + segment)
    for shape in MODEL["shapes"]:
        names.add(shape["name"])
        for member in shape.get("members", []):
            names.add('"%s":' % member.get("locationName", member["name"]))
            names.add(member["name"])
        for value in shape.get("enum", []):
            names.add('"%s"' % value)
    json_words = ["{", "}", "[", "]", "null", "true", "false", "\"\"", "0", "-1", "1e308",
                  "\"\\u0000\"", ":", ","]
    write_dict("request_decode", sorted(uri_words) + json_words + ["x-amz-", "%2F"] +
               [n for n in names if n.startswith('"')])
    write_dict("model_validate", sorted(names) + json_words)
    ingest_words = ["_source.", "_profile.", "_asset.", "_case.", "_order.", "{{", "}}", "[0]",
                    "\n%%\n", "PROFILE", "UNIQUE", "SECONDARY", "LOOKUP_ONLY", "NEW_ONLY",
                    "ASSET", "CASE", "ORDER", "STRING", "NUMBER", "PHONE_NUMBER",
                    "EMAIL_ADDRESS", "NAME", "\"Fields\":", "\"Keys\":", "\"Source\":",
                    "\"Target\":", "\"ContentType\":", "\"FieldNames\":",
                    "\"StandardIdentifiers\":", "\"AllowProfileCreation\":",
                    "\"ObjectTypeName\":", "\"TemplateId\":", "Attributes.", "Address.",
                    "BillingAddress.", "FirstName", "EmailAddress", "PhoneNumber"] + json_words
    write_dict("ingestion_plan", ingest_words)
    config_words = ["[default]", "[profile ", "]", "\n%%\n", " = ", "=", ":", "#", ";", "\r\n",
                    "\ufeff", "aws_access_key_id", "aws_secret_access_key", "aws_session_token",
                    "region", "endpoint_url", "credential_process", "AWS_PROFILE=",
                    "AWS_REGION=", "AWS_DEFAULT_REGION=", "AWS_ACCESS_KEY_ID=",
                    "AWS_SECRET_ACCESS_KEY=", "AWS_ENDPOINT_URL=", "AWS_CONFIG_FILE=",
                    "AWS_ENDPOINT_URL_CUSTOMER_PROFILES=", "https://", "http://", "cn-",
                    "\"Version\": 1", "\"AccessKeyId\"", "\"SecretAccessKey\"",
                    "\"SessionToken\"", "\"Expiration\"", "'", "\"", "\\"]
    write_dict("aws_config", config_words)


if __name__ == "__main__":
    sys.exit(main())
