# SPDX-License-Identifier: Apache-2.0
# Runs the real `motcua` binary for the system tests: a fresh --data directory with the demo
# province, `serve --port 0`, the port read from the log line, and helpers to talk to it.
# Python 3 standard library only.

import argparse
import http.client
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import uuid

MOTCUA = None  # set by main() from --motcua
PASSWORD = "motcua-demo"
START_TIMEOUT = 20.0
SERVING = re.compile(r"motcua is serving http://([0-9.]+):(\d+)/")

INTAKE = {
    "procedure_code": "2.000488",
    "channel": "counter",
    "applicant": {"kind": "citizen", "id_number": "001090000001", "full_name": "Nguyễn Văn An"},
}


class Server:
    """One motcua process. The data directory outlives restarts; close() removes it."""

    def __init__(self, db_url=None, extra_args=()):
        self.data = tempfile.mkdtemp(prefix="motcua-sys-")
        self.db_url = db_url
        self.extra_args = list(extra_args)
        self.proc = None
        self.port = None
        self.lines = []  # everything the process printed, for failure messages
        self._lines_lock = threading.Lock()
        self._reader = None
        args = [MOTCUA, "init", "--data", self.data, "--demo"]
        if db_url:
            args += ["--db", db_url]
        out = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        if out.returncode != 0:
            raise RuntimeError("motcua init failed:\n" + out.stdout.decode(errors="replace"))

    def start(self):
        args = [MOTCUA, "serve", "--data", self.data, "--port", "0", "--threads", "4"]
        if self.db_url:
            args += ["--db", self.db_url]
        args += self.extra_args
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        found = queue.Queue()

        # Keep draining the pipe for the whole life of the process, or it blocks on a full pipe.
        def read(proc):
            for raw in proc.stdout:
                line = raw.decode(errors="replace")
                with self._lines_lock:
                    self.lines.append(line)
                m = SERVING.search(line)
                if m:
                    found.put(int(m.group(2)))
            found.put(None)

        self._reader = threading.Thread(target=read, args=(self.proc,), daemon=True)
        self._reader.start()
        try:
            port = found.get(timeout=START_TIMEOUT)
        except queue.Empty:
            port = None
        if port is None:
            self.kill()
            raise RuntimeError("motcua did not start:\n" + self.log())
        self.port = port
        return self

    def log(self):
        with self._lines_lock:
            return "".join(self.lines[-200:])

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def signal(self, sig):
        self.proc.send_signal(sig)

    def wait(self, timeout=30):
        code = self.proc.wait(timeout=timeout)
        self._join_reader()
        return code

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self._join_reader()

    def _join_reader(self):
        if self._reader:
            self._reader.join(timeout=5)
            self._reader = None
        if self.proc is not None and self.proc.stdout:
            self.proc.stdout.close()

    def close(self):
        self.kill()
        shutil.rmtree(self.data, ignore_errors=True)

    # --- talking to it -------------------------------------------------------------------

    def connection(self, timeout=10):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def raw_socket(self, timeout=10):
        return socket.create_connection(("127.0.0.1", self.port), timeout=timeout)

    def request(self, method, path, body=None, headers=None, token=None, timeout=10):
        """One request on a fresh connection: (status, headers dict (lower-case), body bytes)."""
        conn = self.connection(timeout)
        try:
            return send(conn, method, path, body, headers, token)
        finally:
            conn.close()

    def login(self, username="tiepnhan"):
        status, _, body = self.request("POST", "/api/v1/auth/login",
                                       {"username": username, "password": PASSWORD})
        if status != 200:
            raise AssertionError("login %s: %d %r" % (username, status, body))
        return json.loads(body)["token"]


def send(conn, method, path, body=None, headers=None, token=None):
    hdrs = dict(headers or {})
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        hdrs.setdefault("Content-Type", "application/json")
    if token:
        hdrs["Authorization"] = "Bearer " + token
    conn.request(method, path, body=data, headers=hdrs)
    resp = conn.getresponse()
    payload = resp.read()
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, payload


MULTIPART_BOUNDARY = "----motcuaSystemTest"
MULTIPART_TYPE = "multipart/form-data; boundary=" + MULTIPART_BOUNDARY


def multipart(name, data, fields=None):
    """A multipart/form-data body (send it with MULTIPART_TYPE): each of `fields` as a part,
    then `data` as the part "file" named `name`."""
    body = b""
    for key, value in (fields or {}).items():
        body += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                 % (MULTIPART_BOUNDARY, key, value)).encode()
    body += ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
             "Content-Type: application/octet-stream\r\n\r\n" % (MULTIPART_BOUNDARY, name)).encode()
    return body + data + ("\r\n--%s--\r\n" % MULTIPART_BOUNDARY).encode()


def flip(path, at):
    """Inverts the bits of the byte at offset `at` of a file (twice restores it)."""
    with open(path, "r+b") as f:
        f.seek(at)
        b = f.read(1)
        f.seek(at)
        f.write(bytes([b[0] ^ 0xFF]))


def intake_body():
    return json.dumps(INTAKE, ensure_ascii=False).encode()


def new_key():
    return "sys-" + uuid.uuid4().hex


def read_http_response(sock):
    """Reads one HTTP/1.1 response with Content-Length from a raw socket.
    Returns (status, headers dict, body bytes, leftover bytes); raises on a short read."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed before the response header (%r)" % buf[:200])
        buf += chunk
    head, rest = buf.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed in the middle of the body")
        rest += chunk
    return status, headers, rest[:length], rest[length:]


def main():
    """Entry point for each test file: `python3 test_x.py --motcua PATH [unittest args]`."""
    global MOTCUA
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--motcua", default=os.environ.get("MOTCUA_BIN"))
    args, rest = parser.parse_known_args()
    if not args.motcua or not os.access(args.motcua, os.X_OK):
        sys.exit("give the server binary with --motcua PATH")
    MOTCUA = os.path.abspath(args.motcua)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)
