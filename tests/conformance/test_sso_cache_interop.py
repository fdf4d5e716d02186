"""The console and botocore (the AWS CLI's engine) read each other's IAM Identity Center
token cache: a token botocore refreshed serves the console without another refresh, and a
token the console refreshed serves botocore. Local fakes of SSO OIDC and the portal stand
in for AWS (AWS_ENDPOINT_URL_SSO_OIDC, AWS_ENDPOINT_URL_SSO, which botocore >= 1.31 reads).
SSO_PROBE names tests/client's sso_cache_probe, which resolves a profile as the console."""

import datetime
import hashlib
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import shutil
import unittest

# botocore takes the token cache's folder from HOME when it is imported.
HOME = tempfile.mkdtemp(prefix="sso-interop-")
os.environ["HOME"] = HOME
import botocore.session  # noqa: E402

SESSION = "corp"
START_URL = "https://corp.awsapps.com/start"


class Fakes(http.server.ThreadingHTTPServer):
    """SSO OIDC's CreateToken (refresh) and the portal's GetRoleCredentials, one server."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.refreshes = []  # (who asked, refresh token given)
        self.bearers = []
        self.lock = threading.Lock()

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.server_address[1]


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        if self.path != "/token" or body.get("grantType") != "refresh_token":
            return self.answer(400, {"error": "invalid_request"})
        with self.server.lock:
            n = len(self.server.refreshes) + 1
            self.server.refreshes.append((self.headers.get("User-Agent", ""), body.get("refreshToken")))
        self.answer(200, {"accessToken": "token-%d" % n, "expiresIn": 28800,
                          "refreshToken": "refresh-%d" % n, "tokenType": "Bearer"})

    def do_GET(self):
        if not self.path.startswith("/federation/credentials"):
            return self.answer(404, {"message": "not found"})
        token = self.headers.get("x-amz-sso_bearer_token", "")
        with self.server.lock:
            self.server.bearers.append(token)
        expiration = int((datetime.datetime.now(datetime.timezone.utc)
                          + datetime.timedelta(hours=1)).timestamp() * 1000)
        self.answer(200, {"roleCredentials": {
            "accessKeyId": "ASIA" + token.upper().replace("-", ""),
            "secretAccessKey": "secret", "sessionToken": "session", "expiration": expiration}})


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class CacheInterop(unittest.TestCase):
    def setUp(self):
        self.fakes = Fakes()
        threading.Thread(target=self.fakes.serve_forever, daemon=True).start()
        aws = os.path.join(HOME, ".aws")
        os.makedirs(os.path.join(aws, "sso", "cache"))
        with open(os.path.join(aws, "config"), "w") as f:
            f.write("[profile dev]\nsso_session = %s\nsso_account_id = 111122223333\n"
                    "sso_role_name = Admin\nregion = us-east-1\n"
                    "[sso-session %s]\nsso_start_url = %s\nsso_region = eu-central-1\n"
                    "sso_registration_scopes = sso:account:access\n" % (SESSION, SESSION, START_URL))
        self.cache = os.path.join(aws, "sso", "cache",
                                  hashlib.sha1(SESSION.encode()).hexdigest() + ".json")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        self.env.update({
            "HOME": HOME,
            "AWS_CONFIG_FILE": os.path.join(aws, "config"),
            "AWS_SHARED_CREDENTIALS_FILE": os.path.join(aws, "credentials"),
            "AWS_ENDPOINT_URL_SSO": self.fakes.url,
            "AWS_ENDPOINT_URL_SSO_OIDC": self.fakes.url,
            "AWS_EC2_METADATA_DISABLED": "true",
        })
        os.environ.clear()
        os.environ.update(self.env)

    def tearDown(self):
        self.fakes.shutdown()
        self.fakes.server_close()
        shutil.rmtree(os.path.join(HOME, ".aws"), ignore_errors=True)

    def write_expired_token(self, access, refresh):
        now = datetime.datetime.now(datetime.timezone.utc)
        with open(self.cache, "w") as f:
            json.dump({"startUrl": START_URL, "region": "eu-central-1", "accessToken": access,
                       "expiresAt": iso(now - datetime.timedelta(minutes=1)),
                       "clientId": "client-1", "clientSecret": "client-secret",
                       "registrationExpiresAt": iso(now + datetime.timedelta(days=80)),
                       "refreshToken": refresh}, f)

    def expire_cache(self):
        with open(self.cache) as f:
            token = json.load(f)
        token["expiresAt"] = iso(datetime.datetime.now(datetime.timezone.utc)
                                 - datetime.timedelta(minutes=1))
        with open(self.cache, "w") as f:
            json.dump(token, f)

    def botocore_key(self):
        session = botocore.session.Session(profile="dev")
        return session.get_credentials().get_frozen_credentials().access_key

    def console_key(self):
        run = subprocess.run([os.environ["SSO_PROBE"], "dev"], env=self.env, capture_output=True,
                             text=True, timeout=60)
        answer = json.loads(run.stdout.strip().splitlines()[-1])
        self.assertIn("accessKeyId", answer, answer.get("error") or run.stderr)
        return answer["accessKeyId"]

    def test_each_reads_what_the_other_refreshed(self):
        self.write_expired_token("stale-0", "refresh-0")

        # botocore refreshes the expired token and writes the cache back...
        self.assertEqual(self.botocore_key(), "ASIATOKEN1")
        self.assertEqual([r[1] for r in self.fakes.refreshes], ["refresh-0"])
        # ...which the console uses as it is: no second refresh.
        self.assertEqual(self.console_key(), "ASIATOKEN1")
        self.assertEqual(len(self.fakes.refreshes), 1)

        # Expired again: the console refreshes with botocore's refresh token and writes
        # the cache back in the CLI's format...
        self.expire_cache()
        self.assertEqual(self.console_key(), "ASIATOKEN2")
        self.assertEqual([r[1] for r in self.fakes.refreshes], ["refresh-0", "refresh-1"])
        with open(self.cache) as f:
            written = json.load(f)
        for member in ("startUrl", "region", "accessToken", "expiresAt", "clientId",
                       "clientSecret", "registrationExpiresAt", "refreshToken"):
            self.assertIn(member, written)
        self.assertRegex(written["expiresAt"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        # ...which botocore uses as it is.
        self.assertEqual(self.botocore_key(), "ASIATOKEN2")
        self.assertEqual(len(self.fakes.refreshes), 2)
        self.assertEqual(self.fakes.bearers, ["token-1", "token-1", "token-2", "token-2"])


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)
    try:
        unittest.main(verbosity=2)
    finally:
        shutil.rmtree(HOME, ignore_errors=True)
