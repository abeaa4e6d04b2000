# SPDX-License-Identifier: Apache-2.0
# Issue 3, signatures end to end through the real server: a scan attested at the counter and a
# result signed by the commune leader come back as PDFs that poppler's `pdfsig` reports valid,
# that `pdftotext` reads (codes and Vietnamese names), and that `pdfsig` reports broken once a
# byte changes. The public verification says "not authentic" once the stored blob is altered.
# Python 3 standard library, plus poppler-utils (installed by scripts/install-deps.sh).
import json
import os
import subprocess
import tempfile
import unittest

import motcua_server as ms

TESTDATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata", "files")
CITIZEN = {"kind": "citizen", "id_number": "001090000001", "full_name": "Nguyễn Văn An"}


class SignedDocumentsTest(unittest.TestCase):
    def setUp(self):
        self.server = ms.Server(extra_args=["--no-access-log"]).start()
        self.tmp = tempfile.mkdtemp(prefix="motcua-signed-sys-")

    def tearDown(self):
        self.server.close()
        subprocess.run(["rm", "-rf", self.tmp])

    def call(self, user, method, path, body=None, headers=None, expect=(200, 201)):
        token = self.server.login(user) if user else None
        status, hdrs, payload = self.server.request(method, path, body, headers, token=token)
        self.assertIn(status, expect, "%s %s %s: %r" % (user, method, path, payload[:300]))
        return hdrs, payload

    def json(self, user, method, path, body=None, headers=None):
        return json.loads(self.call(user, method, path, body, headers)[1])

    def pdfsig(self, pdf_bytes, name):
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(pdf_bytes)
        out = subprocess.run(["pdfsig", path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             timeout=60)
        return path, out.stdout.decode(errors="replace")

    def text(self, path):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], stdout=subprocess.PIPE,
                              timeout=60).stdout.decode()

    def test_attested_scan_and_result_are_valid_pdf_signatures(self):
        code = self.json("tiepnhanxa", "POST", "/api/v1/dossiers",
                         {"procedure_code": "1.004873", "channel": "counter",
                          "applicant": CITIZEN})["code"]
        with open(os.path.join(TESTDATA, "scan.jpg"), "rb") as f:
            scan = f.read()
        attested = self.json("tiepnhanxa", "POST",
                             "/api/v1/dossiers/%s/components/to-khai/files" % code,
                             ms.multipart("to-khai.jpg", scan, {"attest": "true"}),
                             {"Content-Type": ms.MULTIPART_TYPE})
        doc_code = attested["document_code"]
        self.assertEqual(doc_code, "001090000001.TKXNTTHN")

        hdrs, copy = self.call("tiepnhanxa", "GET", "/api/v1/documents/%s/file" % doc_code)
        self.assertEqual(hdrs["content-type"], "application/pdf")
        path, report = self.pdfsig(copy, "copy.pdf")
        self.assertIn("Signature is Valid.", report)
        self.assertIn(doc_code, self.text(path))  # the footer names the copy

        self.call("chuyenvienxa", "POST", "/api/v1/dossiers/%s/transitions" % code,
                  {"action": "start_processing"})
        result = self.json("lanhdaoxa", "POST", "/api/v1/dossiers/%s/result" % code,
                           {"content": "Ông Nguyễn Văn An hiện chưa đăng ký kết hôn."})
        self.assertEqual(result["code"], "001090000001.XNTTHN")

        hdrs, pdf = self.call("001090000001", "GET", "/api/v1/dossiers/%s/result.pdf" % code)
        self.assertEqual(hdrs["content-type"], "application/pdf")
        path, report = self.pdfsig(pdf, "result.pdf")
        self.assertIn("Signature is Valid.", report)
        self.assertIn("Bộ phận Một cửa UBND phường Kinh Bắc", report)
        text = self.text(path)
        for expected in (code, "001090000001.XNTTHN", "Nguyễn Văn An",
                         "Giấy xác nhận tình trạng hôn nhân", "chưa đăng ký kết hôn"):
            self.assertIn(expected, text)

        # One byte changed inside the signed range breaks the signature.
        tampered = bytearray(pdf)
        at = len(pdf) // 3
        tampered[at] ^= 0x01
        _, report = self.pdfsig(bytes(tampered), "tampered.pdf")
        self.assertNotIn("Signature is Valid.", report)

        verified = self.json(None, "GET", "/api/v1/verify/001090000001.XNTTHN")
        self.assertTrue(verified["authentic"], verified)
        self.assertEqual(verified["status"], "valid")

        # The same change in the stored blob: the public check no longer vouches for it.
        sha = result["sha256"]
        blob = os.path.join(self.server.data, "blobs", sha[:2], sha[2:4], sha)
        ms.flip(blob, os.path.getsize(blob) // 3)
        verified = self.json(None, "GET", "/api/v1/verify/001090000001.XNTTHN")
        self.assertFalse(verified["authentic"], verified)
        self.assertFalse(verified["signature"]["intact"], verified)


if __name__ == "__main__":
    ms.main()
