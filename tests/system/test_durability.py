# SPDX-License-Identifier: Apache-2.0
# Issue 2 item 10: SIGKILL in the middle of a burst of concurrent intakes. After a restart every
# dossier whose 201 reached a client is there, once; codes are unique and consecutive per day; a
# retry of a request whose answer was lost (same Idempotency-Key) never makes a second dossier.
# Runs on SQLite always, and on PostgreSQL when MOTCUA_TEST_PG_URL is set.
import collections
import http.client
import json
import os
import random
import re
import signal
import subprocess
import threading
import time
import unittest
import urllib.parse

import motcua_server as ms

CLIENTS = 16
BURST_SECONDS = 1.5
CODE = re.compile(r"^(.+)-(\d{6})-(\d{4,})$")


class Outcome:
    def __init__(self):
        self.lock = threading.Lock()
        self.created = {}  # Idempotency-Key -> code, for every 201 that reached the client
        self.unknown = []  # keys whose request was sent (maybe in part) but got no full answer
        self.other = []    # unexpected statuses before the kill


def submit_loop(server, token, stop, out):
    body = ms.intake_body()
    conn = server.connection(timeout=10)
    try:
        while not stop.is_set():
            key = ms.new_key()
            try:
                status, headers, payload = ms.send(
                    conn, "POST", "/api/v1/dossiers", body,
                    {"Idempotency-Key": key, "Content-Type": "application/json"}, token)
            except (OSError, http.client.HTTPException):
                with out.lock:
                    out.unknown.append(key)
                return  # the server is gone
            with out.lock:
                if status == 201:
                    out.created[key] = json.loads(payload)["code"]
                else:
                    out.other.append((status, payload[:300]))
    finally:
        conn.close()


class DurabilityMixin:
    db_url = None

    def setUp(self):
        self.server = ms.Server(db_url=self.db_url(), extra_args=["--no-access-log"]).start()

    def tearDown(self):
        self.server.close()

    def list_all(self, token):
        codes = []
        offset = 0
        while True:
            status, _, payload = self.server.request(
                "GET", "/api/v1/dossiers?limit=200&offset=%d" % offset, token=token)
            self.assertEqual(status, 200, payload)
            items = json.loads(payload)["items"]
            codes += [d["code"] for d in items]
            if len(items) < 200:
                return codes
            offset += 200

    def assert_codes_unique_and_consecutive(self, codes):
        self.assertEqual(len(codes), len(set(codes)),
                         "duplicates: %s" % [c for c, n in collections.Counter(codes).items()
                                             if n > 1])
        per_day = collections.defaultdict(list)
        for code in codes:
            m = CODE.match(code)
            self.assertIsNotNone(m, code)
            per_day[(m.group(1), m.group(2))].append(int(m.group(3)))
        for day, numbers in per_day.items():
            self.assertEqual(sorted(numbers), list(range(1, len(numbers) + 1)),
                             "gaps in the sequence of %s" % (day,))

    def test_sigkill_mid_burst_loses_no_acknowledged_dossier(self):
        token = self.server.login()
        stop = threading.Event()
        out = Outcome()
        threads = [threading.Thread(target=submit_loop, args=(self.server, token, stop, out))
                   for _ in range(CLIENTS)]
        for t in threads:
            t.start()
        time.sleep(BURST_SECONDS)  # let the burst run; the kill lands wherever it lands
        with out.lock:
            acknowledged_before_kill = len(out.created)
        self.server.signal(signal.SIGKILL)
        self.server.wait(timeout=10)
        stop.set()
        for t in threads:
            t.join(timeout=20)
        self.assertFalse(any(t.is_alive() for t in threads))
        self.assertEqual(out.other, [])
        self.assertGreater(acknowledged_before_kill, 0, "the burst never got going")
        self.assertGreater(len(out.unknown), 0, "the kill did not land mid-burst")

        self.server.start()
        token = self.server.login()
        for key, code in out.created.items():
            status, _, payload = self.server.request("GET", "/api/v1/dossiers/" + code,
                                                     token=token)
            self.assertEqual(status, 200, "acknowledged %s lost: %s" % (code, payload))
        stored = self.list_all(token)
        self.assert_codes_unique_and_consecutive(stored)
        self.assertTrue(set(out.created.values()) <= set(stored))

        # The requests whose answer was lost: a retry with the same key either replays the
        # dossier the first attempt made, or makes it now; never a second one.
        replayed = 0
        retried = {}
        for key in out.unknown:
            status, headers, payload = self.server.request(
                "POST", "/api/v1/dossiers", ms.intake_body(),
                {"Idempotency-Key": key, "Content-Type": "application/json"}, token)
            self.assertEqual(status, 201, payload)
            code = json.loads(payload)["code"]
            retried[key] = code
            if headers.get("idempotent-replayed") == "true":
                replayed += 1
                self.assertIn(code, stored, "replayed a dossier that was not stored")
            else:
                self.assertNotIn(code, stored)
            # A second retry is always a replay of the same dossier.
            status, headers, payload = self.server.request(
                "POST", "/api/v1/dossiers", ms.intake_body(),
                {"Idempotency-Key": key, "Content-Type": "application/json"}, token)
            self.assertEqual((status, headers.get("idempotent-replayed")), (201, "true"))
            self.assertEqual(json.loads(payload)["code"], code)

        final = self.list_all(token)
        self.assert_codes_unique_and_consecutive(final)
        # Every stored dossier belongs to exactly one request: acknowledged, or retried.
        expected = set(out.created.values()) | set(retried.values())
        self.assertEqual(len(expected), len(out.created) + len(out.unknown))
        self.assertEqual(set(final), expected)
        print("\n  %s: %d acknowledged before the kill, %d in flight (%d already stored, "
              "%d made on retry), %d stored" %
              (type(self).__name__, len(out.created), len(out.unknown), replayed,
               len(out.unknown) - replayed, len(final)))


class SqliteDurabilityTest(DurabilityMixin, unittest.TestCase):
    def db_url(self):
        return None  # the default: sqlite:<data>/motcua.db


class PostgresDurabilityTest(DurabilityMixin, unittest.TestCase):
    def setUp(self):
        base = os.environ.get("MOTCUA_TEST_PG_URL")
        if not base:
            self.skipTest("MOTCUA_TEST_PG_URL is not set")
        self.base_url = base
        self.dbname = "motcua_sys_%08x" % random.getrandbits(32)
        self.psql("CREATE DATABASE %s" % self.dbname)
        self.addCleanup(self.psql, "DROP DATABASE IF EXISTS %s WITH (FORCE)" % self.dbname)
        super().setUp()

    def db_url(self):
        return urllib.parse.urlunparse(
            urllib.parse.urlparse(self.base_url)._replace(path="/" + self.dbname))

    def psql(self, sql):
        subprocess.run(["psql", self.base_url, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql],
                       check=True, timeout=30, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    ms.main()
