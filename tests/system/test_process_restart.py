# SPDX-License-Identifier: Apache-2.0
# Issue 4 item 2, durability of the process engine: a dossier of the demo map 2.000488 is taken
# through reception and appraisal, the server is killed with SIGKILL, and after a restart the
# department head's inbox shows the same open step, from which the process runs to its end (the
# signed result, the return to the applicant). Python 3 standard library only.
import json
import signal
import unittest

import motcua_server as ms


class ProcessRestartTest(unittest.TestCase):
    def setUp(self):
        self.server = ms.Server(extra_args=["--no-access-log"]).start()
        self.tokens = {}

    def tearDown(self):
        self.server.close()

    def token(self, user):
        if user not in self.tokens:
            self.tokens[user] = self.server.login(user)
        return self.tokens[user]

    def call(self, user, method, path, body=None, expect=200):
        status, _, payload = self.server.request(method, path, body, token=self.token(user))
        self.assertEqual(status, expect, "%s %s as %s: %s" % (method, path, user, payload))
        return json.loads(payload) if payload else None

    def current(self, user, code):
        state = self.call(user, "GET", "/api/v1/dossiers/%s/process" % code)
        self.assertEqual(len(state["current"]), 1, state)
        return state["current"][0]

    def complete(self, user, code, node):
        step = self.current(user, code)
        self.assertEqual(step["step"]["node_id"], node)
        self.call(user, "POST", "/api/v1/tasks/%d/complete" % step["id"], {"decision": "approve"})

    def test_open_step_survives_sigkill_and_the_process_runs_to_the_end(self):
        code = self.call("tiepnhan", "POST", "/api/v1/dossiers", ms.INTAKE, expect=201)["code"]
        self.complete("tiepnhan", code, "Task_receive")
        self.complete("chuyenvien", code, "Task_appraise")
        before = self.call("truongphong", "GET", "/api/v1/tasks?scope=mine")["items"]
        self.assertEqual([(t["dossier_code"], t["step"]["node_id"]) for t in before],
                         [(code, "Task_review")])

        self.server.signal(signal.SIGKILL)
        self.server.wait(timeout=10)
        self.server.start()
        self.tokens = {}  # sessions are stored, but log in again as a client would

        after = self.call("truongphong", "GET", "/api/v1/tasks?scope=mine")["items"]
        self.assertEqual([(t["id"], t["state"], t["due_at"]) for t in after],
                         [(t["id"], t["state"], t["due_at"]) for t in before])
        self.complete("truongphong", code, "Task_review")
        self.complete("lanhdao", code, "Task_approve")
        self.complete("lanhdao", code, "Task_sign")
        self.assertEqual(self.call("lanhdao", "GET", "/api/v1/dossiers/" + code)["status"],
                         "result_ready")
        self.complete("tiepnhan", code, "Task_return")
        state = self.call("kiemtra", "GET", "/api/v1/dossiers/%s/process" % code)
        self.assertEqual(state["status"], "completed")
        self.assertEqual([h["step"]["node_id"] for h in state["history"]],
                         ["Task_receive", "Task_appraise", "Task_review", "Task_approve",
                          "Task_sign", "Task_return"])
        self.assertEqual(self.call("tiepnhan", "GET", "/api/v1/dossiers/" + code)["status"],
                         "returned")


if __name__ == "__main__":
    ms.main()
