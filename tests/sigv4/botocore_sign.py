#!/usr/bin/python3
"""Signs requests with botocore's SigV4Auth, for tst_sigv4_botocore.

Reads {"requests": [...]} as JSON on stdin; each request has method, url, headers
(a list of [name, value]), body (UTF-8 text), access_key, secret_key, token (may be
empty), region, service and timestamp (epoch seconds). Prints a JSON list with, for
each, the canonical request, the string to sign and the Authorization header that
botocore produced while signing it.
"""

import datetime
import json
import sys
import types

import botocore
import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def freeze_time(epoch_seconds):
    """Makes botocore.auth see a fixed 'now', whichever call its version uses."""

    fixed = datetime.datetime.fromtimestamp(epoch_seconds, datetime.timezone.utc)

    class FrozenDatetime(datetime.datetime):
        @classmethod
        def utcnow(cls):
            return fixed.replace(tzinfo=None)

        @classmethod
        def now(cls, tz=None):
            return fixed if tz is not None else fixed.replace(tzinfo=None)

    frozen = types.ModuleType("datetime")
    frozen.__dict__.update(datetime.__dict__)
    frozen.datetime = FrozenDatetime
    botocore.auth.datetime = frozen


class RecordingSigV4Auth(botocore.auth.SigV4Auth):
    """SigV4Auth that keeps the intermediate strings it computed."""

    def canonical_request(self, request):
        self.recorded_canonical_request = super().canonical_request(request)
        return self.recorded_canonical_request

    def string_to_sign(self, request, canonical_request):
        self.recorded_string_to_sign = super().string_to_sign(request, canonical_request)
        return self.recorded_string_to_sign


def sign(spec):
    freeze_time(spec["timestamp"])
    credentials = Credentials(spec["access_key"], spec["secret_key"], spec.get("token") or None)
    auth = RecordingSigV4Auth(credentials, spec["service"], spec["region"])
    body = spec.get("body", "").encode("utf-8")
    request = AWSRequest(
        method=spec["method"],
        url=spec["url"],
        headers={name: value for name, value in spec["headers"]},
        data=body or None,
    )
    auth.add_auth(request)
    return {
        "canonical_request": auth.recorded_canonical_request,
        "string_to_sign": auth.recorded_string_to_sign,
        "authorization": request.headers["Authorization"],
    }


def main():
    specs = json.load(sys.stdin)["requests"]
    json.dump({"botocore": botocore.__version__, "results": [sign(s) for s in specs]}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
