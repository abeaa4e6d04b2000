# SPDX-License-Identifier: Apache-2.0
# The HTTP server as a client sees it on the wire: health, keep-alive, limits (413, 431), garbage,
# a slow client, and the JSON error shape of every error status.
import json
import socket
import time
import unittest

import motcua_server as ms


class HttpServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = ms.Server(extra_args=["--no-access-log"]).start()
        cls.token = cls.server.login()

    @classmethod
    def tearDownClass(cls):
        cls.server.close()

    def assert_healthy(self):
        status, headers, body = self.server.request("GET", "/healthz")
        self.assertEqual(status, 200, body)
        self.assertIn("application/json", headers["content-type"])
        return json.loads(body)

    def assert_error_shape(self, status, headers, body, expected_status):
        self.assertEqual(status, expected_status, body)
        self.assertIn("application/json", headers.get("content-type", ""))
        doc = json.loads(body)
        self.assertIn("error", doc, body)
        err = doc["error"]
        for key in ("code", "message", "field"):
            self.assertIn(key, err, body)
        self.assertIsInstance(err["code"], str)
        self.assertTrue(err["code"])
        self.assertIsInstance(err["message"], str)
        self.assertTrue(err["message"].strip(), body)
        # Messages are for people, in Vietnamese: they carry Vietnamese letters.
        self.assertTrue(any(ord(ch) > 127 for ch in err["message"]), err["message"])
        return err

    def test_healthz_is_json(self):
        doc = self.assert_healthy()
        self.assertIsInstance(doc, dict)

    def test_keep_alive_serves_several_requests_on_one_connection(self):
        conn = self.server.connection()
        try:
            for _ in range(5):
                status, _, _ = ms.send(conn, "GET", "/healthz")
                self.assertEqual(status, 200)
            first_sock = conn.sock
            self.assertIsNotNone(first_sock, "http.client dropped the connection")
            ms.send(conn, "GET", "/healthz")
            self.assertIs(conn.sock, first_sock, "the connection was not reused")
        finally:
            conn.close()
        # The same on a raw socket: two requests, one after the other, same connection.
        with self.server.raw_socket() as sock:
            leftover = b""
            for i in range(2):
                sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                status, headers, body, leftover = ms.read_http_response(sock)
                self.assertEqual(status, 200)
                self.assertNotEqual(headers.get("connection", "").lower(), "close")
                self.assertEqual(leftover, b"")
            # Pipelined: both requests in one write, both answered in order.
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                         b"GET /api/v1/nowhere HTTP/1.1\r\nHost: x\r\n\r\n")
            status1, _, _, leftover = ms.read_http_response(sock)
            self.assertEqual(status1, 200)
            sock2 = _Prefixed(sock, leftover)
            status2, _, _, _ = ms.read_http_response(sock2)
            self.assertEqual(status2, 404)

    def test_connection_close_is_honoured(self):
        with self.server.raw_socket() as sock:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            status, headers, _, leftover = ms.read_http_response(sock)
            self.assertEqual(status, 200)
            self.assertEqual(headers.get("connection", "").lower(), "close")
            self.assertEqual(leftover, b"")
            self.assertEqual(sock.recv(100), b"", "the server kept the connection open")

    def test_oversized_body_is_413_json_and_server_stays_healthy(self):
        body = b'{"username":"' + b"a" * (1024 * 1024 + 100) + b'","password":"x"}'
        with self.server.raw_socket() as sock:
            sock.sendall(b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                         b"Content-Type: application/json\r\n"
                         b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n")
            try:
                sock.sendall(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server may answer and close before taking all of it
            status, headers, payload, _ = ms.read_http_response(sock)
        err = self.assert_error_shape(status, headers, payload, 413)
        self.assertEqual(err["code"], "payload_too_large")
        self.assert_healthy()

    def test_oversized_headers_are_431_json(self):
        with self.server.raw_socket() as sock:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * (20 * 1024) +
                         b"\r\n\r\n")
            status, headers, payload, _ = ms.read_http_response(sock)
        self.assert_error_shape(status, headers, payload, 431)
        self.assert_healthy()

    def test_garbage_is_400_json_and_server_stays_up(self):
        garbage = [
            b"THIS IS NOT HTTP\r\n\r\n",
            b"GET\r\n\r\n",
            b"GET / HTTP/9.9\r\n\r\n",
            b"\x00\x01\x02\xff\xfe binary junk \r\n\r\n",
            b"GET /healthz HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
            b"GET /healthz HTTP/1.1\r\nBad Header Without Colon\r\n\r\n",
            b"POST /api/v1/auth/login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n",
        ]
        for data in garbage:
            with self.subTest(data=data[:40]):
                with self.server.raw_socket() as sock:
                    sock.sendall(data)
                    sock.shutdown(socket.SHUT_WR)
                    status, headers, payload, _ = ms.read_http_response(sock)
                    err = self.assert_error_shape(status, headers, payload, 400)
                    self.assertEqual(err["code"], "bad_request")
                    self.assertEqual(sock.recv(100), b"", "not closed after a bad request")
                self.assert_healthy()

    def test_truncated_request_is_400_or_closed(self):
        for data in (b"GET /healthz HTTP/1.1\r\nHo", b"POST /api/v1/auth/login HTTP/1.1\r\n"
                     b"Content-Length: 100\r\n\r\n{\"user"):
            with self.subTest(data=data[:40]):
                with self.server.raw_socket() as sock:
                    sock.sendall(data)
                    sock.shutdown(socket.SHUT_WR)  # the client gives up half-way
                    try:
                        status, headers, payload, _ = ms.read_http_response(sock)
                    except ConnectionError:
                        continue  # closed without an answer is fine too
                    self.assert_error_shape(status, headers, payload, 400)
                self.assert_healthy()

    def test_slow_client_does_not_block_others(self):
        # Half a request line and header, then silence: a slowloris client.
        stalled = []
        try:
            for _ in range(8):
                s = self.server.raw_socket()
                s.sendall(b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Le")
                stalled.append(s)
            # The socket timeout is the bound: well under the server's 30 s read timeout, which
            # is what a blocked server would make this client wait for.
            for _ in range(3):
                status, _, _ = self.server.request("GET", "/healthz", timeout=5)
                self.assertEqual(status, 200)
        finally:
            for s in stalled:
                s.close()

    def test_every_error_status_is_json_with_code_message_field(self):
        srv = self.server
        cases = [
            ("400 malformed JSON", 400,
             lambda: srv.request("POST", "/api/v1/auth/login", b"{not json")),
            ("401 no token", 401, lambda: srv.request("GET", "/api/v1/dossiers")),
            ("401 bad password", 401,
             lambda: srv.request("POST", "/api/v1/auth/login",
                                 {"username": "tiepnhan", "password": "wrong"})),
            ("404 route", 404, lambda: srv.request("GET", "/api/v1/no-such-thing")),
            ("404 dossier", 404,
             lambda: srv.request("GET", "/api/v1/dossiers/000.00.00.H00-250101-0001",
                                 token=self.token)),
            ("405 method", 405, lambda: srv.request("DELETE", "/healthz")),
            ("422 missing password", 422,
             lambda: srv.request("POST", "/api/v1/auth/login", {"username": "tiepnhan"})),
            ("422 bad applicant id", 422,
             lambda: srv.request("POST", "/api/v1/dossiers",
                                 dict(ms.INTAKE, applicant=dict(ms.INTAKE["applicant"],
                                                                id_number="123")),
                                 token=self.token)),
        ]
        for name, expected, call in cases:
            with self.subTest(name):
                status, headers, body = call()
                err = self.assert_error_shape(status, headers, body, expected)
                if name.startswith("422 missing"):
                    self.assertEqual(err["field"], "password")


class UploadLimitTest(unittest.TestCase):
    """File uploads have their own, larger body limit; other routes keep 1 MiB."""

    def test_a_two_megabyte_scan_is_accepted_on_the_upload_route_only(self):
        import os
        import struct
        import zlib

        def chunk(kind, data):
            return (struct.pack(">I", len(data)) + kind + data +
                    struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
        # Random bytes do not compress: the IDAT makes the file a little over 2 MiB.
        png = (b"\x89PNG\r\n\x1a\n" +
               chunk(b"IHDR", struct.pack(">IIBBBBB", 1024, 700, 8, 2, 0, 0, 0)) +
               chunk(b"IDAT", zlib.compress(os.urandom(2 * 1024 * 1024), 0)) + chunk(b"IEND", b""))
        self.assertGreater(len(png), 2 * 1024 * 1024)
        server = ms.Server(extra_args=["--no-access-log"]).start()
        try:
            token = server.login()
            status, _, body = server.request(
                "POST", "/api/v1/dossiers",
                {"procedure_code": "2.000488", "channel": "counter",
                 "applicant": {"kind": "citizen", "id_number": "001090000001",
                               "full_name": "Nguyễn Văn An"}}, token=token)
            self.assertEqual(status, 201, body)
            code = json.loads(body)["code"]
            boundary = "motcuaSystemTest"
            multipart = (("--%s\r\nContent-Disposition: form-data; name=\"file\"; "
                          "filename=\"scan.png\"\r\nContent-Type: image/png\r\n\r\n" % boundary)
                         .encode() + png + ("\r\n--%s--\r\n" % boundary).encode())
            headers = {"Content-Type": "multipart/form-data; boundary=" + boundary}
            status, _, body = server.request(
                "POST", "/api/v1/dossiers/%s/components/giay-to-tuy-than/files" % code,
                multipart, headers=headers, token=token, timeout=60)
            self.assertEqual(status, 201, body)
            stored = json.loads(body)
            self.assertEqual(stored["detected_type"], "image/png")
            self.assertEqual(stored["size_bytes"], len(png))
            # The same size on an ordinary route is over its limit: the server answers 413 as
            # soon as it has read the headers, without waiting for the body.
            with server.raw_socket() as sock:
                sock.sendall(("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                              "Content-Type: multipart/form-data; boundary=%s\r\n"
                              "Content-Length: %d\r\n\r\n" % (boundary, len(multipart))).encode())
                status, _, body, _ = ms.read_http_response(sock)
            self.assertEqual(status, 413, body)
        finally:
            server.close()


class AccessLogTest(unittest.TestCase):
    """Every request leaves one structured (JSON) line in the log, tied to its X-Request-Id."""

    def test_each_request_is_logged_as_json_with_its_request_id(self):
        server = ms.Server().start()
        try:
            status, headers, _ = server.request("GET", "/api/v1/procedures?q=khai%20sinh")
            self.assertEqual(status, 200)
            request_id = headers["x-request-id"]
            status, _, _ = server.request("GET", "/api/v1/nowhere")
            self.assertEqual(status, 404)
            entries = []
            for _ in range(50):  # the log line is written just after the answer
                with server._lines_lock:
                    lines = list(server.lines)
                entries = []
                for line in lines:
                    start = line.find('{"')
                    if start >= 0 and '"access"' in line:
                        entries.append(json.loads(line[start:]))
                if len(entries) >= 2:
                    break
                time.sleep(0.1)
            by_id = {e["id"]: e for e in entries}
            self.assertIn(request_id, by_id, lines)
            entry = by_id[request_id]
            self.assertEqual(entry["method"], "GET")
            self.assertEqual(entry["target"], "/api/v1/procedures?q=khai%20sinh")
            self.assertEqual(entry["status"], 200)
            self.assertGreater(entry["bytes"], 0)
            self.assertGreaterEqual(entry["ms"], 0)
            self.assertIn(404, [e["status"] for e in entries])
        finally:
            server.close()


class _Prefixed:
    """A socket whose first recv returns bytes already read."""

    def __init__(self, sock, prefix):
        self.sock, self.prefix = sock, prefix

    def recv(self, n):
        if self.prefix:
            out, self.prefix = self.prefix, b""
            return out
        return self.sock.recv(n)


if __name__ == "__main__":
    ms.main()
