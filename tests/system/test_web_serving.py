# SPDX-License-Identifier: Apache-2.0
# The web application as the real binary serves it (`serve --web DIR`): its files with their
# content types and caching, index.html for client-side routes such as the receipt QR code's
# /tra-cuu/<code>, no way out of the web root, and the API's JSON answers left alone.
import json
import os
import shutil
import tempfile
import unittest

import motcua_server as ms

INDEX = b'<!doctype html><html lang="vi"><head><script type="module" src="/assets/index-a1b2c3.js"></script></head></html>'


class WebServingTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.base = tempfile.mkdtemp(prefix="motcua-web-")
        cls.root = os.path.join(cls.base, "dist")
        os.makedirs(os.path.join(cls.root, "assets"))
        with open(os.path.join(cls.root, "index.html"), "wb") as f:
            f.write(INDEX)
        with open(os.path.join(cls.root, "assets", "index-a1b2c3.js"), "wb") as f:
            f.write(b"export const x = 1;\n")
        with open(os.path.join(cls.root, "assets", "index-a1b2c3.css"), "wb") as f:
            f.write(b"body{margin:0}\n")
        with open(os.path.join(cls.base, "secret.txt"), "wb") as f:
            f.write(b"not for the web\n")
        cls.server = ms.Server(extra_args=["--no-access-log", "--web", cls.root]).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.close()
        shutil.rmtree(cls.base, ignore_errors=True)

    def raw_get(self, path):
        sock = self.server.raw_socket()
        try:
            sock.sendall(("GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % path).encode())
            status, headers, body, _ = ms.read_http_response(sock)
            return status, headers, body
        finally:
            sock.close()

    def test_assets_have_their_types_and_are_cached_for_good(self):
        status, headers, body = self.server.request("GET", "/assets/index-a1b2c3.js")
        self.assertEqual(status, 200)
        self.assertEqual(headers["content-type"], "text/javascript; charset=utf-8")
        self.assertEqual(headers["cache-control"], "public, max-age=31536000, immutable")
        self.assertEqual(body, b"export const x = 1;\n")
        status, headers, _ = self.server.request("GET", "/assets/index-a1b2c3.css")
        self.assertEqual(headers["content-type"], "text/css; charset=utf-8")

    def test_client_routes_answer_the_application(self):
        for path in ("/", "/tra-cuu/000.00.06.H05-261123-0001", "/tiep-nhan", "/thu-tuc/2.000488?x=1"):
            status, headers, body = self.server.request("GET", path)
            self.assertEqual(status, 200, path)
            self.assertEqual(headers["content-type"], "text/html; charset=utf-8", path)
            self.assertEqual(headers["cache-control"], "no-cache", path)
            self.assertIn("script-src 'self'", headers["content-security-policy"])
            self.assertEqual(body, INDEX, path)

    def test_nothing_outside_the_root_and_no_html_for_missing_assets(self):
        for path in ("/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt",
                     "/assets/..%2f..%2fsecret.txt"):
            status, _, body = self.raw_get(path)
            self.assertNotIn(b"not for the web", body, path)
            self.assertNotEqual(status, 500, path)
        status, headers, _ = self.server.request("GET", "/assets/index-gone.js")
        self.assertEqual(status, 404)
        self.assertTrue(headers["content-type"].startswith("application/json"))

    def test_the_api_and_the_document_check_keep_their_own_answers(self):
        status, headers, body = self.server.request("GET", "/api/v1/khong-co")
        self.assertEqual(status, 404)
        self.assertTrue(headers["content-type"].startswith("application/json"))
        self.assertEqual(json.loads(body)["error"]["code"], "route_not_found")
        status, _, body = self.server.request("GET", "/healthz")
        self.assertEqual(status, 200)
        status, headers, body = self.server.request("GET", "/verify/001090000001.GKS")
        self.assertEqual(status, 200)
        self.assertIn("Kiểm tra giấy tờ điện tử".encode(), body)


if __name__ == "__main__":
    ms.main()
