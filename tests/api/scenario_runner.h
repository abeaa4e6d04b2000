// SPDX-License-Identifier: Apache-2.0
// Runs one data-driven API scenario (a JSON file of request steps, see README.md) against an
// app::App in process, and reports every failed expectation through GoogleTest.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "common/clock.h"

namespace motcua::api_test {

// One scenario run. Not thread-safe; one per test.
class ScenarioRunner {
 public:
  // `app` and `clock` (the one `app` was opened with) must outlive the runner. Every agency's
  // id is available to the steps as ${agency_id:<agency code>}.
  ScenarioRunner(app::App& app, FakeClock& clock);

  // Runs the steps of `file` in order. A step that fails reports (ADD_FAILURE) the file, the
  // step, every mismatch, the request and the response, and ends the scenario.
  void Run(const std::filesystem::path& file);

 private:
  using json = nlohmann::json;
  using Errors = std::vector<std::string>;

  // Runs one step; false when it failed (already reported).
  bool RunStep(const json& step, const std::string& label);
  // The request a step describes (variables substituted, demo user logged in).
  http::Request BuildRequest(const json& step, Errors& errors);
  void BuildUpload(const json& upload, http::Request& req, Errors& errors);
  // Checks status, error shape, body and headers, and saves the step's variables.
  void CheckResponse(const json& step, const http::Request& req, const http::Response& resp,
                     Errors& errors);
  // Replaces every ${name} in `text` with the saved variable.
  std::string Interpolate(const std::string& text, Errors& errors) const;
  // Interpolates every string in `j`; a string that is exactly "${name}" becomes the saved
  // value itself, keeping its JSON type.
  json Substitute(const json& j, Errors& errors) const;
  // The bearer token of a demo user, logging in (password motcua-demo) the first time and
  // again after the session expired.
  std::string TokenFor(const std::string& username, Errors& errors);

  app::App& app_;
  FakeClock& clock_;
  std::map<std::string, json> vars_;
  struct Session {
    std::string token;
    Timestamp expires_at;
  };
  std::map<std::string, Session> tokens_;  // by username
  int requests_ = 0;
};

}  // namespace motcua::api_test
