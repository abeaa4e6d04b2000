# SPDX-License-Identifier: Apache-2.0
# SIGTERM while dossier intakes are in flight: every request the server had begun, and every one
# a client had fully sent, gets a complete answer; the process exits 0; the dossiers are kept.
import json
import signal
import threading
import unittest

import motcua_server as ms

CLIENTS = 20


def intake_head(token, key, length, expect):
    head = ("POST /api/v1/dossiers HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/json\r\nAuthorization: Bearer %s\r\n"
            "Idempotency-Key: %s\r\nContent-Length: %d\r\n" % (token, key, length))
    if expect:
        head += "Expect: 100-continue\r\n"
    return (head + "\r\n").encode()


class GracefulStopTest(unittest.TestCase):
    def setUp(self):
        self.server = ms.Server(extra_args=["--no-access-log"]).start()
        self.token = self.server.login()

    def tearDown(self):
        self.server.close()

    def test_sigterm_lets_requests_in_flight_finish(self):
        body = ms.intake_body()
        started = threading.Barrier(CLIENTS + 1, timeout=20)
        results = [None] * CLIENTS
        # An idle kept-alive connection must not hold the stop up.
        idle = self.server.connection()
        self.assertEqual(ms.send(idle, "GET", "/healthz")[0], 200)

        def client(i):
            # Half the clients send headers with "Expect: 100-continue" and hold the body back
            # until after SIGTERM: the "100 Continue" proves the server has begun the request.
            # The other half send the whole request before SIGTERM in one write.
            late_body = i % 2 == 0
            sock = None
            try:
                sock = self.server.raw_socket(timeout=20)
                if late_body:
                    sock.sendall(intake_head(self.token, ms.new_key(), len(body), True))
                    status, _, _, rest = ms.read_http_response(sock)
                    assert status == 100 and rest == b"", (status, rest)
                else:
                    sock.sendall(intake_head(self.token, ms.new_key(), len(body), False) + body)
                started.wait()  # every request is begun or fully sent
                started.wait()  # SIGTERM has been sent
                if late_body:
                    sock.sendall(body)
                status, headers, payload, _ = ms.read_http_response(sock)
                results[i] = (status, headers, payload)
            except Exception as e:  # recorded and asserted below
                results[i] = e
                started.abort()
            finally:
                if sock:
                    sock.close()

        threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
        for t in threads:
            t.start()
        started.wait()
        self.server.signal(signal.SIGTERM)
        started.wait()
        for t in threads:
            t.join(timeout=30)
        idle.close()

        codes = []
        for i, r in enumerate(results):
            self.assertNotIsInstance(r, Exception, "client %d: %r\n%s" % (i, r, self.server.log()))
            status, _, payload = r
            self.assertEqual(status, 201, payload)
            codes.append(json.loads(payload)["code"])
        self.assertEqual(self.server.wait(timeout=30), 0, self.server.log())
        self.assertEqual(len(set(codes)), CLIENTS)

        self.server.start()
        token = self.server.login()
        for code in codes:
            status, _, payload = self.server.request("GET", "/api/v1/dossiers/" + code,
                                                     token=token)
            self.assertEqual(status, 200, payload)
            self.assertEqual(json.loads(payload)["code"], code)

    def test_sigterm_with_only_idle_connections_exits_0(self):
        conns = [self.server.connection() for _ in range(5)]
        for c in conns:
            self.assertEqual(ms.send(c, "GET", "/healthz")[0], 200)
        self.server.signal(signal.SIGTERM)
        self.assertEqual(self.server.wait(timeout=20), 0, self.server.log())
        for c in conns:
            c.close()


if __name__ == "__main__":
    ms.main()
