"""Every acknowledged PutProfileObject survives cplocal being killed with SIGKILL
mid-stream, twice, and the SQLite store stays intact."""

import json
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cplocal_fixture as fx  # noqa: E402  (isolates the AWS environment on import)

DOMAIN = "durable"
TYPE = "Order"
CUSTOMER = "C-1"
ACKS_BEFORE_KILL = 200
SENDERS = 2
ORDER_TYPE = {
    "Description": "Orders of one customer",
    "AllowProfileCreation": True,
    "Fields": {
        "orderId": {"Source": "_source.orderId", "ContentType": "STRING"},
        "customerId": {"Source": "_source.customerId", "Target": "_profile.AccountNumber", "ContentType": "STRING"},
    },
    "Keys": {
        "_orderId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["orderId"]}],
        "_customerId": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["customerId"]}],
    },
}


class Stream:
    """Threads that put orders until the server goes away, keeping what was acknowledged."""

    def __init__(self, server, round_number):
        self.server = server
        self.round = round_number
        self.acked = {}  # ProfileObjectUniqueKey -> orderId
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.errors = []
        self.threads = [threading.Thread(target=self.send, args=(i,), daemon=True) for i in range(SENDERS)]

    def send(self, sender):
        client = self.server.client(read_timeout=10)
        n = 0
        while not self.stop.is_set():
            order_id = "R%d-S%d-%05d" % (self.round, sender, n)
            n += 1
            try:
                response = client.put_profile_object(
                    DomainName=DOMAIN, ObjectTypeName=TYPE,
                    Object=json.dumps({"orderId": order_id, "customerId": CUSTOMER, "pad": "x" * 200}))
            except Exception as error:  # the server was killed: stop quietly
                if self.server.alive():
                    self.errors.append(error)
                return
            if response["ResponseMetadata"]["HTTPStatusCode"] == 200:
                with self.lock:
                    self.acked[response["ProfileObjectUniqueKey"]] = order_id

    def run_until_killed(self):
        for thread in self.threads:
            thread.start()
        deadline = time.monotonic() + 120
        while len(self.acked) < ACKS_BEFORE_KILL and time.monotonic() < deadline and not self.errors:
            time.sleep(0.01)
        self.server.kill()  # SIGKILL while the senders are mid-request
        self.stop.set()
        for thread in self.threads:
            thread.join(30)
        with self.lock:
            return dict(self.acked)


class DurabilityTest(unittest.TestCase):
    def setUp(self):
        self.data_dir = tempfile.mkdtemp(prefix="cplocal-durability-")
        self.addCleanup(shutil.rmtree, self.data_dir, True)

    def start(self):
        server = fx.Cplocal(data_dir=self.data_dir, keys=None).start()  # keys from DATA_DIR/keys.json
        self.addCleanup(server.cleanup)
        return server

    def stored_objects(self, client):
        profiles = client.search_profiles(DomainName=DOMAIN, KeyName="_customerId", Values=[CUSTOMER])["Items"]
        self.assertEqual(len(profiles), 1, "all orders belong to one profile")
        found, token = {}, None
        while True:
            kwargs = {"NextToken": token} if token else {}
            page = client.list_profile_objects(DomainName=DOMAIN, ObjectTypeName=TYPE,
                                               ProfileId=profiles[0]["ProfileId"], MaxResults=100, **kwargs)
            for item in page["Items"]:
                found[item["ProfileObjectUniqueKey"]] = json.loads(item["Object"])["orderId"]
            token = page.get("NextToken")
            if not token:
                return found

    def integrity(self):
        connection = sqlite3.connect(os.path.join(self.data_dir, "cplocal.sqlite"))
        try:
            return connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()

    def test_acknowledged_objects_survive_sigkill(self):
        server = self.start()
        keys = server.keys
        client = server.client()
        client.create_domain(DomainName=DOMAIN, DefaultExpirationDays=365)
        client.put_profile_object_type(DomainName=DOMAIN, ObjectTypeName=TYPE, **ORDER_TYPE)

        acknowledged = {}
        for round_number in (1, 2):
            stream = Stream(server, round_number)
            acked = stream.run_until_killed()
            self.assertEqual(stream.errors, [], "requests failed before the kill")
            self.assertGreaterEqual(len(acked), ACKS_BEFORE_KILL)
            acknowledged.update(acked)

            server = self.start()
            self.assertEqual(server.keys, keys, "the same keys from keys.json")
            client = server.client()
            stored = self.stored_objects(client)
            lost = {key: order for key, order in acknowledged.items() if stored.get(key) != order}
            print("\nkill %d: %d acknowledged in all, %d stored" % (round_number, len(acknowledged), len(stored)),
                  file=sys.stderr)
            self.assertEqual(lost, {}, "acknowledged objects lost after kill %d" % round_number)
            stats = client.get_domain(DomainName=DOMAIN)["Stats"]
            self.assertEqual(stats["ObjectCount"], len(stored))

        server.stop()
        self.assertEqual(self.integrity(), [("ok",)])


if __name__ == "__main__":
    fx.main()
