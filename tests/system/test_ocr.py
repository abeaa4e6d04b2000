# SPDX-License-Identifier: Apache-2.0
# Issue 3, OCR through the real server: an uploaded scan is read by the background worker, its
# text and proposed fields are served and searchable without diacritics, and a file left
# "running" by a process that died is read again after a restart.
# Python 3 standard library only.
import json
import os
import sqlite3
import time
import unittest
import urllib.parse

import motcua_server as ms

TESTDATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata", "files")
# Bounds a broken build's wait; a healthy worker reads the scan in a second or two.
OCR_WAIT = 90.0


class OcrTest(unittest.TestCase):
    def setUp(self):
        self.server = ms.Server(extra_args=["--no-access-log"]).start()

    def tearDown(self):
        self.server.close()

    def json(self, user, method, path, body=None, headers=None, expect=(200, 201)):
        token = self.server.login(user)
        status, _, payload = self.server.request(method, path, body, headers, token=token)
        self.assertIn(status, expect, "%s %s: %r" % (method, path, payload[:300]))
        return json.loads(payload)

    def wait_for_ocr(self, code, file_id):
        """Polls the file's OCR until the worker has finished with it."""
        path = "/api/v1/dossiers/%s/files/%d/ocr" % (code, file_id)
        deadline = time.monotonic() + OCR_WAIT
        while True:
            ocr = self.json("tiepnhan", "GET", path)
            if ocr["status"] in ("done", "failed") or time.monotonic() > deadline:
                return ocr
            time.sleep(0.2)

    def check_read(self, ocr):
        self.assertEqual(ocr["status"], "done", ocr)
        self.assertIn("Phạm Thị Thu Hằng", ocr["text"])
        numbers = [f["value"] for f in ocr["fields"] if f["name"] == "personal_number"]
        self.assertEqual(numbers, ["001319004567"], ocr["fields"])

    def test_background_ocr_is_searchable_and_resumes_after_a_restart(self):
        code = self.json("tiepnhan", "POST", "/api/v1/dossiers", ms.INTAKE)["code"]
        with open(os.path.join(TESTDATA, "ocr-birth-certificate.png"), "rb") as f:
            scan = f.read()
        stored = self.json("tiepnhan", "POST",
                           "/api/v1/dossiers/%s/components/to-khai/files" % code,
                           ms.multipart("khai-sinh.png", scan),
                           {"Content-Type": ms.MULTIPART_TYPE})
        file_id = stored["id"]
        self.check_read(self.wait_for_ocr(code, file_id))

        query = urllib.parse.quote("pham thi thu hang")
        hits = self.json("tiepnhan", "GET", "/api/v1/files/search?q=" + query)["items"]
        self.assertEqual([(h["dossier_code"], h["file_id"]) for h in hits], [(code, file_id)])

        # As if the process had died in the middle of reading the file.
        self.server.signal(ms.signal.SIGTERM)
        self.assertEqual(self.server.wait(), 0, self.server.log())
        db = sqlite3.connect(os.path.join(self.server.data, "motcua.db"))
        with db:
            db.execute("UPDATE component_files SET ocr_status = 'running', ocr_text = '', "
                       "ocr_text_folded = '', ocr_fields = '[]', ocr_confidence = NULL "
                       "WHERE id = ?", (file_id,))
        db.close()

        self.server.start()
        self.check_read(self.wait_for_ocr(code, file_id))
        self.assertIn("ocr: 1 file(s) left from before", self.server.log())


if __name__ == "__main__":
    ms.main()
