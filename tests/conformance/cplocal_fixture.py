"""Starts the real cplocal for conformance tests and gives them clients of it.

The cplocal binary comes from $CPLOCAL (CTest sets it) or from --cplocal PATH on the
command line. Importing this module isolates the process from the host's AWS setup:
~/.aws, AWS_PROFILE and any keys in the environment never reach botocore or the CLI.
"""

import atexit
import base64
import hashlib
import http.client
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse

REGION = "us-east-1"
ACCOUNT_ID = "123456789012"
ACCESS_KEY_ID = "AKIACONFORMANCE0001"
SECRET_ACCESS_KEY = "conformance/secret/key+0123456789abcdefghij"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 30.0
SANITIZER_MARKERS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:")


def _take_cplocal_argument():
    """Removes --cplocal PATH from sys.argv (so unittest does not see it)."""
    if "--cplocal" in sys.argv:
        i = sys.argv.index("--cplocal")
        os.environ["CPLOCAL"] = sys.argv[i + 1]
        del sys.argv[i : i + 2]


def _isolate_aws_environment():
    for name in list(os.environ):
        if name.startswith("AWS_"):
            del os.environ[name]
    blank = tempfile.mkdtemp(prefix="cplocal-awsenv-")
    atexit.register(shutil.rmtree, blank, True)
    for name, file_name in (("AWS_CONFIG_FILE", "config"), ("AWS_SHARED_CREDENTIALS_FILE", "credentials")):
        path = os.path.join(blank, file_name)
        open(path, "w").close()
        os.environ[name] = path
    os.environ["AWS_EC2_METADATA_DISABLED"] = "true"
    os.environ["AWS_PAGER"] = ""
    os.environ["AWS_DEFAULT_REGION"] = REGION


_take_cplocal_argument()
_isolate_aws_environment()


def cplocal_path():
    path = os.environ.get("CPLOCAL")
    if not path or not os.access(path, os.X_OK):
        raise RuntimeError("set CPLOCAL (or pass --cplocal PATH) to the cplocal executable; got %r" % path)
    return path


class Cplocal:
    """One cplocal process: started on port 0, its URL read from its one stdout line."""

    def __init__(self, data_dir=None, keys=(ACCESS_KEY_ID, SECRET_ACCESS_KEY), extra_args=()):
        self.data_dir = data_dir
        self.keys = keys
        self.extra_args = list(extra_args)
        self.process = None
        self.clients = []
        self.url = None
        self.port = None
        self._stderr = tempfile.NamedTemporaryFile(prefix="cplocal-stderr-", suffix=".log", delete=False)

    def start(self):
        args = [cplocal_path(), "--host", "127.0.0.1", "--port", "0", "--region", REGION, "--account-id", ACCOUNT_ID]
        args += ["--data-dir", self.data_dir] if self.data_dir else ["--in-memory"]
        if self.keys:
            args += ["--access-key-id", self.keys[0], "--secret-access-key", self.keys[1]]
        args += self.extra_args
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=self._stderr)
        line = self._read_line(START_TIMEOUT)
        match = re.fullmatch(r"cplocal listening on (http://127\.0\.0\.1:(\d+))/?\n", line)
        if not match:
            self.process.kill()
            self.process.wait()
            raise AssertionError("cplocal did not start: stdout %r, stderr:\n%s" % (line, self.stderr()))
        self.url, self.port = match.group(1), int(match.group(2))
        if not self.keys:
            with open(os.path.join(self.data_dir, "keys.json")) as f:
                stored = json.load(f)
            self.keys = (stored["AccessKeyId"], stored["SecretAccessKey"])
        return self

    def _read_line(self, timeout):
        deadline = time.monotonic() + timeout
        out = self.process.stdout
        data = b""
        while not data.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([out], [], [], left)[0]:
                break
            chunk = os.read(out.fileno(), 1)
            if not chunk:
                break
            data += chunk
        return data.decode("utf-8", "replace")

    def stderr(self):
        with open(self._stderr.name, encoding="utf-8", errors="replace") as f:
            return f.read()

    def sanitizer_report(self):
        text = self.stderr()
        return text if any(marker in text for marker in SANITIZER_MARKERS) else None

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def close_clients(self):
        for client in self.clients:
            client.close()
        self.clients.clear()

    def stop(self):
        """SIGTERM; asserts a clean exit (code 0) and no sanitizer report."""
        self.close_clients()
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError("cplocal did not stop within %ss of SIGTERM" % STOP_TIMEOUT)
        finally:
            self.process.stdout.close()
        self.check_stderr()
        if code != 0:
            raise AssertionError("cplocal exited with %s after SIGTERM; stderr:\n%s" % (code, self.stderr()))

    def kill(self):
        """SIGKILL, as a crash would; asserts no sanitizer report until then."""
        self.process.kill()
        self.process.wait()
        self.process.stdout.close()
        self.close_clients()
        self.check_stderr()

    def check_stderr(self):
        report = self.sanitizer_report()
        if report:
            raise AssertionError("cplocal's stderr has a sanitizer report:\n" + report)

    def client(self, access_key_id=None, secret_access_key=None, **config):
        """A boto3 client of this server, closed when the server stops."""
        client = boto3_client(self.url, access_key_id or self.keys[0], secret_access_key or self.keys[1], **config)
        self.clients.append(client)
        return client

    def cleanup(self):
        self.close_clients()
        if self.alive():
            self.process.kill()
            self.process.wait()
        if self.process and self.process.stdout and not self.process.stdout.closed:
            self.process.stdout.close()
        self._stderr.close()
        os.unlink(self._stderr.name)


def boto3_client(url, access_key_id, secret_access_key, retries=1, read_timeout=30):
    import boto3
    from botocore.config import Config

    config = Config(retries={"mode": "standard", "max_attempts": retries}, read_timeout=read_timeout,
                    connect_timeout=5)
    return boto3.session.Session().client(
        "customer-profiles", endpoint_url=url, region_name=REGION, aws_access_key_id=access_key_id,
        aws_secret_access_key=secret_access_key, config=config)


def signed_request(server, method, path, body=b"", content_type="application/json", timeout=30):
    """Sends one SigV4-signed request with http.client; returns (status, headers, body bytes).

    The body is sent as given, so a test can send what no SDK would (bad JSON, huge
    bodies). A server that answers before it has read the whole body may reset the
    sending half; the answer is still read.
    """
    import http.client

    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    url = server.url + path
    request = AWSRequest(method=method, url=url, data=body, headers={"Content-Type": content_type})
    SigV4Auth(Credentials(*server.keys), "profile", REGION).add_auth(request)
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=timeout)
    try:
        try:
            connection.request(method, path, body=body, headers=dict(request.headers.items()))
        except (BrokenPipeError, ConnectionResetError):
            pass
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def put_upload(url, client_token, body, key_md5=None, algorithm="AES256"):
    """PUTs a file to an upload job's URL as to a presigned S3 URL with SSE-C (the
    ClientToken as the key); body is bytes or a file object. Returns (status, body)."""
    parts = urllib.parse.urlsplit(url)
    key = base64.b64decode(client_token)
    headers = {
        "Content-Type": "text/csv",
        "x-amz-server-side-encryption-customer-algorithm": algorithm,
        "x-amz-server-side-encryption-customer-key": client_token,
        "x-amz-server-side-encryption-customer-key-MD5":
            key_md5 or base64.b64encode(hashlib.md5(key).digest()).decode(),
    }
    if not isinstance(body, (bytes, bytearray)):
        headers["Content-Length"] = str(os.fstat(body.fileno()).st_size)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        connection.request("PUT", parts.path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def arn(*parts):
    return "arn:aws:profile:%s:%s:domains/%s" % (REGION, ACCOUNT_ID, "/".join(parts))


def main():
    """unittest.main: prints the summary and exits non-zero when anything failed."""
    unittest.main(verbosity=2)
