// SPDX-License-Identifier: Apache-2.0
#include "app/demo_seed.h"

#include <map>
#include <mutex>
#include <sstream>

#include "calendar/published_notices.h"
#include "documents/blank_declaration.h"
#include "identity/password_hasher.h"

namespace motcua::app {

// Generated from seed/*.json (see CMakeLists.txt).
const std::vector<std::pair<std::string_view, std::string_view>>& EmbeddedSeed();

namespace {

using nlohmann::json;

Result<json> SeedFile(std::string_view name) {
  for (const auto& [file, text] : EmbeddedSeed()) {
    if (file == name) return json::parse(text);
  }
  return MakeError(ErrorCode::kInternal, "seed file missing: " + std::string(name));
}

Status SeedUnits(App& app, const json& units) {
  for (const auto& u : units) {
    org::AdminUnit unit;
    unit.code = u.at("code");
    unit.name = u.at("name");
    unit.level = u.at("level");
    unit.parent_code = u.value("parent_code", "");
    unit.valid_from = ParseDate(u.at("valid_from").get<std::string>()).value();
    if (u.contains("valid_to") && u["valid_to"].is_string()) {
      unit.valid_to = ParseDate(u["valid_to"].get<std::string>()).value();
    }
    unit.successor_code = u.value("successor_code", "");
    unit.note = u.value("note", "");
    MOTCUA_TRY(app.org().PutUnit(unit));
  }
  return Ok();
}

// Returns agency code -> (id, department name -> id, counter number -> id).
struct SeededAgency {
  long long id = 0;
  std::string name;
  std::map<std::string, long long> departments;
  std::map<int, long long> counters;  // counter number -> id
};

Result<std::map<std::string, SeededAgency>> SeedAgencies(App& app, const json& agencies) {
  std::map<std::string, SeededAgency> out;
  for (const auto& a : agencies) {
    org::Agency agency;
    agency.code = a.at("code");
    MOTCUA_TRY(org::ValidateAgencyCode(agency.code));
    agency.name = a.at("name");
    agency.kind = org::ParseAgencyKind(a.at("kind").get<std::string>()).value_or(org::AgencyKind::kOther);
    agency.unit_code = a.at("unit_code");
    agency.note = a.value("note", "");
    const std::string parent = a.value("parent_code", "");
    if (!parent.empty()) agency.parent_id = out.at(parent).id;
    MOTCUA_ASSIGN_OR_RETURN(id, app.org().CreateAgency(agency));
    SeededAgency seeded{id, agency.name, {}};
    for (const auto& d : a.value("departments", json::array())) {
      MOTCUA_ASSIGN_OR_RETURN(dep, app.org().CreateDepartment({0, id, d.get<std::string>()}));
      seeded.departments[d.get<std::string>()] = dep;
    }
    for (const auto& c : a.value("counters", json::array())) {
      counters::CounterDesk desk;
      desk.agency_id = id;
      desk.number = c.at("number").get<int>();
      desk.name = c.at("name");
      desk.fields = c.value("fields", std::vector<std::string>{});
      MOTCUA_ASSIGN_OR_RETURN(desk_id, app.counters().Create(desk));
      seeded.counters[desk.number] = desk_id;
    }
    out[agency.code] = std::move(seeded);
  }
  return out;
}

// Every seed/processes/<code>.bpmn becomes version 1 of that procedure's process map.
Status SeedProcesses(App& app) {
  constexpr std::string_view kSuffix = ".bpmn";
  for (const auto& [file, text] : EmbeddedSeed()) {
    if (!file.ends_with(kSuffix)) continue;
    const std::string_view code = file.substr(0, file.size() - kSuffix.size());
    auto stored = app.processes().Put(code, text, "seed");
    if (!stored) {
      return MakeError(ErrorCode::kInternal, "seed process " + std::string(file) + " (" +
                                                 stored.error().field +
                                                 "): " + stored.error().message);
    }
  }
  return Ok();
}

// Every declaration component ("Tờ khai ...") of the demo catalog gets a blank PDF form, so that
// a procedure's page has something to download. These are generic stand-ins drawn at seed time
// (documents::RenderBlankDeclaration), not the official forms of the circulars: a province's
// administrator uploads those (PUT /api/v1/procedures/{code}/components/{id}/template). Several
// procedures share a declaration's title; each title is drawn once per process (the API tests
// seed a fresh demo database for every scenario) and stored once.
Result<std::string> BlankDeclaration(const std::string& title) {
  static std::mutex mutex;
  static std::map<std::string, std::string> drawn;  // GUARDED_BY(mutex): title -> PDF
  std::lock_guard lock(mutex);
  auto it = drawn.find(title);
  if (it == drawn.end()) {
    MOTCUA_ASSIGN_OR_RETURN(pdf, documents::RenderBlankDeclaration(title));
    it = drawn.emplace(title, std::move(pdf)).first;
  }
  return it->second;
}

Status SeedFormTemplates(App& app, const json& procedures) {
  constexpr std::string_view kDeclaration = "Tờ khai";
  for (const auto& p : procedures.at("procedures")) {
    for (const auto& c : p.at("components")) {
      const std::string name = c.at("name");
      if (!name.starts_with(kDeclaration)) continue;
      MOTCUA_ASSIGN_OR_RETURN(pdf, BlankDeclaration(name));
      auto stored = app.form_templates().Store(p.at("code").get<std::string>(),
                                               c.at("id").get<std::string>(), pdf, name + ".pdf");
      // A version that takes effect later is not the one in force today: nothing to attach.
      if (!stored && stored.error().code != ErrorCode::kNotFound) return stored.error();
    }
  }
  return Ok();
}

}  // namespace

Status SeedCalendarNotices(App& app) {
  MOTCUA_ASSIGN_OR_RETURN(existing, app.calendar().Notices());
  if (!existing.empty()) return Ok();
  for (const auto& notice : calendar::PublishedNotices()) {
    MOTCUA_TRY(app.calendar().PutNotice(notice));
  }
  return Ok();
}

Result<std::vector<DemoLogin>> SeedDemo(App& app) {
  MOTCUA_ASSIGN_OR_RETURN(existing, app.org().ListAgencies());
  if (!existing.empty()) {
    return MakeError(ErrorCode::kFailedPrecondition,
                     "the database already holds data; use an empty --data directory");
  }
  MOTCUA_ASSIGN_OR_RETURN(province, SeedFile("demo_province.json"));
  MOTCUA_ASSIGN_OR_RETURN(procedures, SeedFile("procedures.json"));
  MOTCUA_TRY(SeedUnits(app, province.at("units")));
  MOTCUA_ASSIGN_OR_RETURN(agencies, SeedAgencies(app, province.at("agencies")));
  MOTCUA_TRY(app.catalog().Import(procedures));
  MOTCUA_TRY(SeedFormTemplates(app, procedures));
  MOTCUA_TRY(SeedProcesses(app));
  MOTCUA_TRY(SeedCalendarNotices(app));

  // One hash for all demo accounts: they share the demo password, and hashing is slow on
  // purpose.
  const std::string hash = identity::HashPassword(kDemoPassword);
  std::vector<DemoLogin> logins;
  for (const auto& u : province.at("users")) {
    identity::User user;
    user.username = u.at("username");
    user.full_name = u.at("full_name");
    user.role = identity::ParseRole(u.at("role").get<std::string>()).value();
    user.password_hash = hash;
    const auto& agency = agencies.at(u.at("agency_code").get<std::string>());
    user.agency_id = agency.id;
    const std::string dep = u.value("department", "");
    if (!dep.empty()) user.department_id = agency.departments.at(dep);
    if (u.contains("counter")) user.counter_id = agency.counters.at(u.at("counter").get<int>());
    MOTCUA_TRY(app.users().Create(user, app.clock().Now()));
    logins.push_back({user.username, user.full_name,
                      std::string(identity::RoleTitleVi(user.role)), agency.name});
  }
  for (const auto& c : province.at("citizens")) {
    identity::User user;
    user.username = c.at("id_number");
    user.id_number = user.username;
    user.full_name = c.at("full_name");
    user.role = identity::Role::kCitizen;
    user.password_hash = hash;
    MOTCUA_TRY(app.users().Create(user, app.clock().Now()));
    logins.push_back({user.username, user.full_name, "Công dân", ""});
  }
  return logins;
}

std::string FormatLogins(const std::vector<DemoLogin>& logins) {
  std::ostringstream out;
  out << "Tài khoản demo (mật khẩu: " << kDemoPassword << ")\n";
  for (const auto& l : logins) {
    out << "  " << l.username;
    for (size_t i = l.username.size(); i < 14; ++i) out << ' ';
    out << l.role_title << " - " << l.full_name;
    if (!l.agency_name.empty()) out << " (" << l.agency_name << ")";
    out << "\n";
  }
  return out.str();
}

}  // namespace motcua::app
