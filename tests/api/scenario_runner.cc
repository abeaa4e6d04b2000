// SPDX-License-Identifier: Apache-2.0
#include "scenario_runner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "app/demo_seed.h"
#include "common/local_time.h"
#include "documents/poppler_cli_for_test.h"
#include "json_pattern.h"

namespace motcua::api_test {
namespace {

using nlohmann::json;
using Errors = std::vector<std::string>;

const std::set<std::string> kStepKeys = {
    "name",   "comment",       "clock",         "login",         "method",
    "path",   "headers",       "body",          "raw_body",      "expect_status",
    "expect", "expect_headers", "expect_absent", "expect_length", "expect_each",
    "expect_contains", "expect_pdf_text", "save", "upload"};

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// The member `key` of a step, or `empty` when absent. Range-for loops must iterate a named
// copy: `.items()` of a temporary would dangle.
json Member(const json& step, const char* key, json empty) {
  const auto it = step.find(key);
  return it == step.end() ? empty : *it;
}

std::string Shown(const std::string& text) {
  return text.size() > 2000 ? text.substr(0, 2000) + "..." : text;
}

// The value at a JSON pointer, or nullptr (with an error) when there is none.
const json* At(const json& body, const std::string& pointer, Errors& errors) {
  try {
    const json::json_pointer p(pointer);
    if (body.contains(p)) return &body.at(p);
  } catch (const json::exception& e) {
    errors.push_back("bad JSON pointer \"" + pointer + "\": " + e.what());
    return nullptr;
  }
  errors.push_back(pointer + ": not in the response");
  return nullptr;
}

// Every error answer is {"error":{"code","message","field"}}; the server adds the request id
// it also sends as X-Request-Id, so that a citizen can quote it.
void CheckErrorShape(const json& body, const std::string& request_id, Errors& errors) {
  const auto bad = [&](const std::string& why) {
    errors.push_back("error body: " + why);
  };
  if (!body.is_object() || body.size() != 1 || !body.contains("error") ||
      !body["error"].is_object()) {
    return bad("expected exactly {\"error\": {...}}");
  }
  const json& e = body["error"];
  for (const auto& [key, value] : e.items()) {
    if (key != "code" && key != "message" && key != "field" && key != "request_id") {
      bad("unexpected key \"" + key + "\"");
    }
  }
  if (!e.contains("code") || !e["code"].is_string() || e["code"].get<std::string>().empty()) {
    bad("\"code\" must be a non-empty string");
  }
  if (!e.contains("message") || !e["message"].is_string() ||
      e["message"].get<std::string>().empty()) {
    bad("\"message\" must be a non-empty string");
  }
  if (!e.contains("field") || !(e["field"].is_null() || (e["field"].is_string() &&
                                                          !e["field"].get<std::string>().empty()))) {
    bad("\"field\" must be present, null or a non-empty string");
  }
  if (e.contains("request_id") && e["request_id"] != request_id) {
    bad("\"request_id\" must be the request's id " + request_id);
  }
}

void CheckHeaders(const json& expected, const http::Response& resp, Errors& errors) {
  for (const auto& [name, pattern] : expected.items()) {
    const std::string want = Lower(name);
    const std::string* value = want == "content-type" ? &resp.content_type : nullptr;
    for (const auto& [n, v] : resp.headers) {
      if (Lower(n) == want) value = &v;
    }
    if (pattern.is_null()) {
      if (value) errors.push_back("header " + name + ": expected absent, got \"" + *value + "\"");
    } else if (!value) {
      errors.push_back("header " + name + ": missing");
    } else if (!pattern.is_string() || !MatchString(pattern.get<std::string>(), *value)) {
      errors.push_back("header " + name + ": expected " + pattern.dump() + ", got \"" + *value +
                       "\"");
    }
  }
}

// Each wanted string must occur in the text pdftotext reads from the PDF `body`, every run of
// whitespace read as one space (lines and table cells wrap where the layout needs).
void CheckPdfText(const json& wanted, const std::string& body, Errors& errors) {
  const auto text = documents::testing::PdfToText(body);
  if (text.exit_code != 0) {
    errors.push_back("pdftotext failed: " + text.output);
    return;
  }
  std::string flat;
  for (char c : text.output) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (space && (flat.empty() || flat.back() == ' ')) continue;
    flat += space ? ' ' : c;
  }
  for (const auto& w : wanted) {
    if (!w.is_string() || flat.find(w.get<std::string>()) == std::string::npos) {
      errors.push_back("PDF text: missing " + w.dump() + " in: " + flat);
    }
  }
}

void CheckBody(const json& step, const json& expect, const json& body, Errors& errors) {
  if (!expect.is_null()) {
    for (auto& line : MatchJson(expect, body)) errors.push_back("body " + line);
  }
  const json absent = Member(step, "expect_absent", json::array());
  for (const auto& pointer : absent) {
    try {
      if (body.contains(json::json_pointer(pointer.get<std::string>()))) {
        errors.push_back(pointer.get<std::string>() + ": expected absent, got " +
                         body.at(json::json_pointer(pointer.get<std::string>())).dump());
      }
    } catch (const json::exception& e) {
      errors.push_back(std::string("expect_absent: ") + e.what());
    }
  }
  const json lengths = Member(step, "expect_length", json::object());
  for (const auto& [pointer, n] : lengths.items()) {
    const json* v = At(body, pointer, errors);
    if (v && (!v->is_array() || json(v->size()) != n)) {
      errors.push_back(pointer + ": expected " + n.dump() + " elements, got " +
                       (v->is_array() ? std::to_string(v->size()) : v->type_name()));
    }
  }
  const json each = Member(step, "expect_each", json::object());
  for (const auto& [pointer, pattern] : each.items()) {
    const json* v = At(body, pointer, errors);
    if (!v) continue;
    if (!v->is_array()) errors.push_back(pointer + ": expected an array");
    for (size_t i = 0; v->is_array() && i < v->size(); ++i) {
      for (auto& line : MatchJson(pattern, (*v)[i], pointer + "/" + std::to_string(i))) {
        errors.push_back("body " + line);
      }
    }
  }
  const json contains = Member(step, "expect_contains", json::object());
  for (const auto& [pointer, pattern] : contains.items()) {
    const json* v = At(body, pointer, errors);
    if (!v) continue;
    const bool found = v->is_array() && std::any_of(v->begin(), v->end(), [&](const json& e) {
                         return MatchJson(pattern, e).empty();
                       });
    if (!found) errors.push_back(pointer + ": no element matches " + pattern.dump());
  }
}

std::string Describe(const http::Request& req, const http::Response& resp) {
  std::ostringstream out;
  out << "  request:  " << req.method << " " << req.path;
  if (!req.query.empty()) out << " (query: " << req.query.size() << " params)";
  if (!req.body.empty()) out << "\n            " << Shown(req.body);
  out << "\n  response: " << resp.status << "\n            " << Shown(resp.body);
  return out.str();
}

}  // namespace

ScenarioRunner::ScenarioRunner(app::App& app, FakeClock& clock) : app_(app), clock_(clock) {
  if (auto agencies = app.org().ListAgencies()) {
    for (const auto& a : *agencies) vars_["agency_id:" + a.code] = a.id;
  }
}

void ScenarioRunner::Run(const std::filesystem::path& file) {
  std::ifstream in(file);
  ASSERT_TRUE(in) << "cannot read " << file;
  const json doc = json::parse(in, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << file << " is not valid JSON";
  const json& steps = doc.is_array() ? doc : doc.value("steps", json());
  ASSERT_TRUE(steps.is_array() && !steps.empty()) << file << ": expected a list of steps";
  for (size_t i = 0; i < steps.size(); ++i) {
    const std::string label = file.filename().string() + " step " + std::to_string(i + 1) +
                              " \"" + steps[i].value("name", "") + "\"";
    if (!RunStep(steps[i], label)) return;
  }
}

std::string ScenarioRunner::Interpolate(const std::string& text, Errors& errors) const {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t open = text.find("${", pos);
    const size_t close = open == std::string::npos ? open : text.find('}', open);
    if (close == std::string::npos) {
      out += text.substr(pos);
      break;
    }
    out += text.substr(pos, open - pos);
    const std::string name = text.substr(open + 2, close - open - 2);
    const auto it = vars_.find(name);
    if (it == vars_.end()) {
      errors.push_back("unknown variable ${" + name + "}");
    } else {
      out += it->second.is_string() ? it->second.get<std::string>() : it->second.dump();
    }
    pos = close + 1;
  }
  return out;
}

json ScenarioRunner::Substitute(const json& j, Errors& errors) const {
  if (j.is_string()) {
    const auto& s = j.get_ref<const std::string&>();
    if (s.size() > 3 && s.rfind("${", 0) == 0 && s.find('}') == s.size() - 1) {
      const auto it = vars_.find(s.substr(2, s.size() - 3));
      if (it != vars_.end()) return it->second;
    }
    return Interpolate(s, errors);
  }
  if (j.is_object() || j.is_array()) {
    json out = j;
    for (auto& [key, value] : out.items()) value = Substitute(value, errors);
    return out;
  }
  return j;
}

std::string ScenarioRunner::TokenFor(const std::string& username, Errors& errors) {
  // Reuse the session like a signed-in person would; sign in again once it has expired (a
  // scenario may move the clock by days).
  if (const auto it = tokens_.find(username);
      it != tokens_.end() && clock_.Now() < it->second.expires_at) {
    return it->second.token;
  }
  http::Request req;
  req.method = "POST";
  req.path = "/api/v1/auth/login";
  req.headers["content-type"] = "application/json";
  req.body = json{{"username", username}, {"password", app::kDemoPassword}}.dump();
  const http::Response resp = app_.Handle(req);
  const json body = json::parse(resp.body, nullptr, false);
  const auto expires = ParseIso(Member(body, "expires_at", "").get<std::string>());
  if (resp.status != 200 || !body.is_object() || !body.value("token", json()).is_string() ||
      !expires) {
    errors.push_back("login as " + username + " failed: " + std::to_string(resp.status) + " " +
                     resp.body);
    return "";
  }
  tokens_[username] = {body["token"].get<std::string>(), *expires};
  vars_["token:" + username] = body["token"];
  return tokens_[username].token;
}

bool ScenarioRunner::RunStep(const json& step, const std::string& label) {
  Errors errors;
  if (!step.is_object()) {
    ADD_FAILURE() << label << ": a step must be an object";
    return false;
  }
  for (const auto& [key, value] : step.items()) {
    if (!kStepKeys.count(key)) errors.push_back("unknown step key \"" + key + "\"");
  }
  if (step.contains("clock")) {
    auto t = ParseIso(step["clock"].get<std::string>());
    if (t) clock_.Set(*t);
    else errors.push_back("bad clock " + step["clock"].dump());
    // What the server's sweeper thread would do as time passes: flag overdue steps, fire timers.
    if (t) {
      if (auto swept = app_.SweepProcesses(); !swept) {
        errors.push_back("process sweep: " + swept.error().message);
      }
    }
  }
  http::Request req;
  if (step.contains("method") && errors.empty()) req = BuildRequest(step, errors);
  if (!step.contains("method") || !errors.empty()) {
    std::string lines;
    for (const auto& e : errors) lines += "\n  - " + e;
    if (!errors.empty()) ADD_FAILURE() << label << ":" << lines;
    return errors.empty();
  }
  const http::Response resp = app_.Handle(req);
  CheckResponse(step, req, resp, errors);
  if (errors.empty()) return true;
  std::string lines;
  for (const auto& e : errors) lines += "\n  - " + e;
  ADD_FAILURE() << label << ":" << lines << "\n" << Describe(req, resp);
  return false;
}

// "upload": {"file": "<name under tests/testdata/files>", "filename": "...", "fields": {...}}
// sends a multipart/form-data body with the file as part "file" and each field as a part.
void ScenarioRunner::BuildUpload(const json& upload, http::Request& req, Errors& errors) {
  const std::string boundary = "----motcuaScenarioBoundary";
  std::string body;
  const json fields = Member(upload, "fields", json::object());
  for (const auto& [name, value] : fields.items()) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
            "\"\r\n\r\n" + Interpolate(value.get<std::string>(), errors) + "\r\n";
  }
  if (upload.contains("file")) {
    const std::string file = upload["file"].get<std::string>();
    std::ifstream in(std::string(MOTCUA_TESTDATA_DIR) + "/files/" + file, std::ios::binary);
    if (!in) errors.push_back("upload: cannot read tests/testdata/files/" + file);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
            upload.value("filename", file) +
            "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes.str() + "\r\n";
  }
  body += "--" + boundary + "--\r\n";
  req.body = std::move(body);
  req.headers["content-type"] = "multipart/form-data; boundary=" + boundary;
}

http::Request ScenarioRunner::BuildRequest(const json& step, Errors& errors) {
  if (!step.contains("expect_status")) errors.push_back("a request step needs expect_status");
  http::Request req;
  req.method = step["method"].get<std::string>();
  const std::string target = Interpolate(step.value("path", ""), errors);
  const size_t q = target.find('?');
  req.path = http::PercentDecode(target.substr(0, q), false);
  if (q != std::string::npos) req.query = http::ParseQuery(target.substr(q + 1));
  const json headers = Member(step, "headers", json::object());
  for (const auto& [name, value] : headers.items()) {
    req.headers[Lower(name)] = Interpolate(value.get<std::string>(), errors);
  }
  if (step.value("login", json()).is_string() && !req.headers.count("authorization")) {
    req.headers["authorization"] = "Bearer " + TokenFor(step["login"].get<std::string>(), errors);
  }
  if (step.contains("upload")) {
    BuildUpload(step["upload"], req, errors);
  } else if (step.contains("raw_body")) {
    req.body = Interpolate(step["raw_body"].get<std::string>(), errors);
  } else if (step.contains("body")) {
    req.body = Substitute(step["body"], errors).dump();
  }
  if (!req.body.empty() && !req.headers.count("content-type")) {
    req.headers["content-type"] = "application/json";
  }
  req.remote = "127.0.0.1";
  req.request_id = "api-test-" + std::to_string(++requests_);
  return req;
}

void ScenarioRunner::CheckResponse(const json& step, const http::Request& req,
                                   const http::Response& resp, Errors& errors) {
  const json body = json::parse(resp.body, nullptr, false);
  if (resp.status != step["expect_status"]) {
    errors.push_back("status: expected " + step["expect_status"].dump() + ", got " +
                     std::to_string(resp.status));
  }
  if (resp.status >= 400) CheckErrorShape(body, req.request_id, errors);
  const bool wants_body = step.contains("expect") || step.contains("expect_absent") ||
                          step.contains("expect_length") || step.contains("expect_each") ||
                          step.contains("expect_contains") || step.contains("save");
  if (wants_body && body.is_discarded()) {
    errors.push_back("the response body is not JSON");
  } else if (wants_body) {
    json checked = step;  // saved variables may appear in any expectation
    for (const char* key : {"expect_each", "expect_contains"}) {
      if (step.contains(key)) checked[key] = Substitute(step[key], errors);
    }
    CheckBody(checked, Substitute(step.value("expect", json()), errors), body, errors);
  }
  CheckHeaders(Substitute(Member(step, "expect_headers", json::object()), errors), resp, errors);
  if (step.contains("expect_pdf_text")) {
    CheckPdfText(Substitute(step["expect_pdf_text"], errors), resp.body, errors);
  }
  const json saves = Member(step, "save", json::object());
  for (const auto& [var, pointer] : saves.items()) {
    if (const json* v = body.is_discarded() ? nullptr : At(body, pointer, errors)) vars_[var] = *v;
  }
}

}  // namespace motcua::api_test
