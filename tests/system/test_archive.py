# SPDX-License-Identifier: Apache-2.0
# Issue 3, the electronic archive: a dossier closed through the API is sealed into a BagIt
# package; `motcua archive verify` exits 0 while everything is intact and 1, naming the file,
# once one byte of a payload file (or of a blob) is flipped; `archive export` hands a package
# over as a .tar that tar reads. Python 3 standard library only.
import json
import os
import re
import subprocess
import tarfile
import tempfile
import unittest

import motcua_server as ms

TESTDATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata", "files")

PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
       b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
       b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
       b"0000000115 00000 n \ntrailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n186\n%%EOF\n")


class ArchiveTest(unittest.TestCase):
    def setUp(self):
        self.server = ms.Server(extra_args=["--no-access-log"]).start()
        self.tmp = tempfile.mkdtemp(prefix="motcua-archive-sys-")

    def tearDown(self):
        self.server.close()
        subprocess.run(["rm", "-rf", self.tmp])

    def archive(self, *args):
        out = subprocess.run([ms.MOTCUA, "archive"] + list(args), stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, timeout=60)
        return out.returncode, out.stdout.decode(errors="replace")

    def post(self, user, path, body, headers=None):
        status, _, payload = self.server.request("POST", path, body, headers,
                                                 token=self.server.login(user))
        self.assertIn(status, (200, 201), "%s %s: %r" % (user, path, payload))
        return json.loads(payload)

    def close_a_dossier(self):
        code = self.post("tiepnhan", "/api/v1/dossiers", ms.intake_body(),
                         {"Content-Type": "application/json"})["code"]
        self.post("tiepnhan", "/api/v1/dossiers/%s/components/to-khai/files" % code,
                  ms.multipart("to-khai.pdf", PDF),
                  {"Content-Type": ms.MULTIPART_TYPE})
        for user, action in (("tiepnhan", "start_processing"), ("chuyenvien", "finish"),
                             ("tiepnhan", "return_result")):
            done = self.post(user, "/api/v1/dossiers/%s/transitions" % code, {"action": action})
        self.assertEqual(done["status"], "returned")
        return code

    def test_seal_verify_flip_export(self):
        code = self.close_a_dossier()
        data = self.server.data
        bag = os.path.join(data, "archive", code)
        with open(os.path.join(bag, "manifest-sha256.txt")) as f:
            manifest = f.read()
        scans = re.findall(r"^[0-9a-f]{64}  (data/components/to-khai/\d+\.pdf)$", manifest, re.M)
        self.assertEqual(len(scans), 1, manifest)
        scan = scans[0]

        rc, out = self.archive("verify", "--data", data)
        self.assertEqual(rc, 0, out)
        self.assertIn("intact", out)

        tar_path = os.path.join(self.tmp, code + ".tar")
        rc, out = self.archive("export", "--data", data, "--dossier", code, "--out", tar_path)
        self.assertEqual(rc, 0, out)
        listing = subprocess.run(["tar", "-tf", tar_path], stdout=subprocess.PIPE,
                                 check=True).stdout.decode()
        self.assertIn("%s/%s\n" % (code, scan), listing)
        with tarfile.open(tar_path) as t:
            self.assertEqual(t.extractfile("%s/%s" % (code, scan)).read(), PDF)

        ms.flip(os.path.join(bag, scan), 10)
        rc, out = self.archive("verify", "--data", data)
        self.assertEqual(rc, 1, out)
        self.assertIn("%s: %s" % (code, scan), out)
        rc, out = self.archive("export", "--data", data, "--dossier", code,
                               "--out", os.path.join(self.tmp, "damaged.tar"))
        self.assertEqual(rc, 1, out)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "damaged.tar")))

        ms.flip(os.path.join(bag, scan), 10)  # restored
        sha = re.search(r"^([0-9a-f]{64})  " + re.escape(scan) + "$", manifest, re.M).group(1)
        ms.flip(os.path.join(data, "blobs", sha[:2], sha[2:4], sha), 0)
        rc, out = self.archive("verify", "--data", data)
        self.assertEqual(rc, 1, out)
        self.assertIn("blob " + sha, out)

    def test_signed_result_and_attested_copy_are_sealed(self):
        # A commune procedure end to end: an attested copy at intake, a result signed by the
        # leader, returned at the counter; both signed PDFs land under data/documents/.
        intake = {"procedure_code": "1.004873", "channel": "counter",
                  "applicant": {"kind": "citizen", "id_number": "001090000001",
                                "full_name": "Nguyễn Văn An"}}
        code = self.post("tiepnhanxa", "/api/v1/dossiers",
                         json.dumps(intake, ensure_ascii=False).encode(),
                         {"Content-Type": "application/json"})["code"]
        with open(os.path.join(TESTDATA, "scan.png"), "rb") as f:
            scan = f.read()
        self.post("tiepnhanxa", "/api/v1/dossiers/%s/components/to-khai/files" % code,
                  ms.multipart("to-khai.png", scan, {"attest": "true"}),
                  {"Content-Type": ms.MULTIPART_TYPE})
        self.post("chuyenvienxa", "/api/v1/dossiers/%s/transitions" % code,
                  {"action": "start_processing"})
        self.post("lanhdaoxa", "/api/v1/dossiers/%s/result" % code,
                  {"content": "Ông Nguyễn Văn An hiện chưa đăng ký kết hôn với ai."})
        done = self.post("tiepnhanxa", "/api/v1/dossiers/%s/transitions" % code,
                         {"action": "return_result"})
        self.assertEqual(done["status"], "returned")

        bag = os.path.join(self.server.data, "archive", code)
        with open(os.path.join(bag, "manifest-sha256.txt")) as f:
            manifest = f.read()
        self.assertRegex(manifest, r"  data/components/to-khai/\d+\.png\n")
        self.assertRegex(manifest, r"  data/documents/\d+-001090000001\.TKXNTTHN\.pdf\n")
        self.assertRegex(manifest, r"  data/documents/\d+-001090000001\.XNTTHN\.pdf\n")
        with open(os.path.join(bag, "data", "dossier.json"), encoding="utf-8") as f:
            meta = json.load(f)
        self.assertEqual(sorted(d["kind"] for d in meta["documents"]),
                         ["digitized_copy", "result"])
        rc, out = self.archive("verify", "--data", self.server.data)
        self.assertEqual(rc, 0, out)

    def test_usage_and_missing_data(self):
        rc, out = self.archive("verify", "--data", os.path.join(self.tmp, "nothing-here"))
        self.assertEqual(rc, 2, out)
        rc, out = self.archive("export", "--data", self.server.data, "--dossier", "X",
                               "--out", os.path.join(self.tmp, "x.tar"))
        self.assertEqual(rc, 2, out)
        rc, out = self.archive("verify", "--no-such-option")
        self.assertEqual(rc, 2, out)


if __name__ == "__main__":
    ms.main()
