// SPDX-License-Identifier: Apache-2.0
#include "catalog/procedure_json.h"

namespace motcua::catalog {
namespace {

using nlohmann::json;

json TimeToJson(const calendar::ProcessingTime& t) {
  return {{"amount", t.amount},
          {"unit", t.unit == calendar::TimeUnit::kWorkingHours ? "working_hours" : "working_days"}};
}

Error Bad(const std::string& path, const std::string& field, const std::string& message) {
  return MakeError(ErrorCode::kInvalidArgument, message,
                   path.empty() ? field : path + "." + field);
}

// Reads an optional member of type T, with a typed error when present but of the wrong type.
template <typename T>
Result<T> Get(const json& j, const std::string& path, const std::string& key, T fallback,
              bool required = false) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    if (required) return Bad(path, key, "Thiếu trường bắt buộc \"" + key + "\"");
    return fallback;
  }
  if constexpr (std::is_same_v<T, std::string>) {
    if (!it->is_string()) return Bad(path, key, "Trường \"" + key + "\" phải là chuỗi");
  } else if constexpr (std::is_same_v<T, bool>) {
    if (!it->is_boolean()) return Bad(path, key, "Trường \"" + key + "\" phải là true/false");
  } else {
    if (!it->is_number_integer()) return Bad(path, key, "Trường \"" + key + "\" phải là số nguyên");
  }
  return it->get<T>();
}

Result<Component> ParseComponent(const json& j, const std::string& path) {
  if (!j.is_object()) return Bad(path, "", "Thành phần hồ sơ phải là một đối tượng");
  Component c;
  MOTCUA_ASSIGN_OR_RETURN(id, Get<std::string>(j, path, "id", "", true));
  MOTCUA_ASSIGN_OR_RETURN(name, Get<std::string>(j, path, "name", "", true));
  MOTCUA_ASSIGN_OR_RETURN(required, Get<bool>(j, path, "required", true));
  MOTCUA_ASSIGN_OR_RETURN(copies, Get<int>(j, path, "copies", 1));
  MOTCUA_ASSIGN_OR_RETURN(type_code, Get<std::string>(j, path, "document_type_code", ""));
  MOTCUA_ASSIGN_OR_RETURN(cls, Get<std::string>(j, path, "digitization_class", "other"));
  const auto parsed = ParseDigitizationClass(cls);
  if (!parsed) {
    return Bad(path, "digitization_class",
               "Loại số hóa phải là prior_result, agency_result, final_result hoặc other");
  }
  c.id = id;
  c.name = name;
  c.required = required;
  c.copies = copies;
  c.document_type_code = type_code;
  c.digitization_class = *parsed;
  return c;
}

}  // namespace

json ProcedureSummaryToJson(const Procedure& p) {
  const auto& r = p.version.rules;
  return {{"code", p.code},
          {"name", r.name},
          {"field", r.field},
          {"level", r.level},
          {"processing_time", TimeToJson(r.processing_time)},
          {"online_level", OnlineLevelName(r.online_level)},
          {"boundary_free", r.boundary_free}};
}

json ProcedureToJson(const Procedure& p) {
  const auto& r = p.version.rules;
  json j = ProcedureSummaryToJson(p);
  j["version"] = p.version.version;
  j["effective_from"] = FormatDate(p.version.effective_from);
  j["competent_agency_code"] = r.competent_agency_code;
  j["four_on_the_spot"] = r.four_on_the_spot;
  j["retention_years"] = r.retention_years;
  if (!r.result.name.empty() || !r.result.document_type_code.empty()) {
    j["result"] = {{"name", r.result.name},
                   {"document_type_code", r.result.document_type_code},
                   {"valid_months", r.result.valid_months}};
  }
  j["legal_basis"] = r.legal_basis;
  j["fees"] = json::array();
  for (const auto& f : r.fees) {
    j["fees"].push_back({{"name", f.name}, {"amount_vnd", f.amount_vnd}, {"note", f.note}});
  }
  j["components"] = json::array();
  for (const auto& c : r.components) {
    j["components"].push_back({{"id", c.id},
                               {"name", c.name},
                               {"required", c.required},
                               {"copies", c.copies},
                               {"document_type_code", c.document_type_code},
                               {"digitization_class", DigitizationClassName(c.digitization_class)}});
  }
  return j;
}

Result<ImportEntry> ParseImportEntry(const json& j, const std::string& path) {
  if (!j.is_object()) return Bad(path, "", "Thủ tục phải là một đối tượng JSON");
  ImportEntry e;
  MOTCUA_ASSIGN_OR_RETURN(code, Get<std::string>(j, path, "code", "", true));
  if (!IsNationalProcedureCode(code)) {
    return Bad(path, "code", "Mã thủ tục phải có dạng D.NNNNNN, ví dụ 1.001193");
  }
  e.code = code;
  MOTCUA_ASSIGN_OR_RETURN(eff, Get<std::string>(j, path, "effective_from", "2025-07-01"));
  auto date = ParseDate(eff);
  if (!date) return Bad(path, "effective_from", date.error().message);
  e.effective_from = *date;

  ProcedureRules& r = e.rules;
  MOTCUA_ASSIGN_OR_RETURN(name, Get<std::string>(j, path, "name", "", true));
  MOTCUA_ASSIGN_OR_RETURN(field, Get<std::string>(j, path, "field", "", true));
  MOTCUA_ASSIGN_OR_RETURN(level, Get<std::string>(j, path, "level", "", true));
  MOTCUA_ASSIGN_OR_RETURN(agency, Get<std::string>(j, path, "competent_agency_code", ""));
  MOTCUA_ASSIGN_OR_RETURN(four, Get<bool>(j, path, "four_on_the_spot", false));
  MOTCUA_ASSIGN_OR_RETURN(boundary, Get<bool>(j, path, "boundary_free", true));
  MOTCUA_ASSIGN_OR_RETURN(retention, Get<int>(j, path, "retention_years", 20));
  MOTCUA_ASSIGN_OR_RETURN(basis, Get<std::string>(j, path, "legal_basis", ""));
  MOTCUA_ASSIGN_OR_RETURN(online, Get<std::string>(j, path, "online_level", "partial"));
  r.name = name;
  r.field = field;
  r.level = level;
  r.competent_agency_code = agency;
  r.four_on_the_spot = four;
  r.boundary_free = boundary;
  r.retention_years = retention;
  r.legal_basis = basis;
  if (auto res = j.find("result"); res != j.end()) {
    if (!res->is_object()) return Bad(path, "result", "Kết quả phải là đối tượng");
    const std::string rpath = path + ".result";
    MOTCUA_ASSIGN_OR_RETURN(rname, Get<std::string>(*res, rpath, "name", ""));
    MOTCUA_ASSIGN_OR_RETURN(rtype, Get<std::string>(*res, rpath, "document_type_code", ""));
    MOTCUA_ASSIGN_OR_RETURN(rmonths, Get<int>(*res, rpath, "valid_months", 0));
    if (rmonths < 0) return Bad(rpath, "valid_months", "Thời hạn hiệu lực không được âm");
    r.result = {rname, rtype, rmonths};
  }
  const auto ol = ParseOnlineLevel(online);
  if (!ol) return Bad(path, "online_level", "Mức độ trực tuyến phải là none, partial hoặc full");
  r.online_level = *ol;

  if (auto t = j.find("processing_time"); t != j.end()) {
    if (!t->is_object()) return Bad(path, "processing_time", "Thời hạn phải là đối tượng");
    const std::string tpath = path.empty() ? "processing_time" : path + ".processing_time";
    MOTCUA_ASSIGN_OR_RETURN(amount, Get<int>(*t, tpath, "amount", 0, true));
    MOTCUA_ASSIGN_OR_RETURN(unit, Get<std::string>(*t, tpath, "unit", "working_days"));
    if (unit != "working_days" && unit != "working_hours") {
      return Bad(tpath, "unit", "Đơn vị thời hạn phải là working_days hoặc working_hours");
    }
    r.processing_time.amount = amount;
    r.processing_time.unit =
        unit == "working_hours" ? calendar::TimeUnit::kWorkingHours : calendar::TimeUnit::kWorkingDays;
  }
  if (auto f = j.find("fees"); f != j.end() && !f->is_null()) {
    if (!f->is_array()) return Bad(path, "fees", "Lệ phí phải là một mảng");
    for (size_t i = 0; i < f->size(); ++i) {
      const std::string fpath = (path.empty() ? "" : path + ".") + "fees[" + std::to_string(i) + "]";
      if (!(*f)[i].is_object()) return Bad(fpath, "", "Lệ phí phải là đối tượng");
      Fee fee;
      MOTCUA_ASSIGN_OR_RETURN(fname, Get<std::string>((*f)[i], fpath, "name", "Lệ phí"));
      MOTCUA_ASSIGN_OR_RETURN(amount, Get<long long>((*f)[i], fpath, "amount_vnd", 0, true));
      MOTCUA_ASSIGN_OR_RETURN(note, Get<std::string>((*f)[i], fpath, "note", ""));
      fee.name = fname;
      fee.amount_vnd = amount;
      fee.note = note;
      r.fees.push_back(std::move(fee));
    }
  }
  if (auto cs = j.find("components"); cs != j.end() && !cs->is_null()) {
    if (!cs->is_array()) return Bad(path, "components", "Thành phần hồ sơ phải là một mảng");
    for (size_t i = 0; i < cs->size(); ++i) {
      const std::string cpath =
          (path.empty() ? "" : path + ".") + "components[" + std::to_string(i) + "]";
      MOTCUA_ASSIGN_OR_RETURN(c, ParseComponent((*cs)[i], cpath));
      r.components.push_back(std::move(c));
    }
  }
  if (auto valid = ValidateRules(r); !valid) {
    Error err = valid.error();
    if (!path.empty()) err.field = path + "." + err.field;
    return err;
  }
  return e;
}

Result<std::vector<ImportEntry>> ParseImportDocument(const json& j) {
  if (!j.is_object() || !j.contains("procedures") || !j["procedures"].is_array()) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Tệp nhập phải có dạng {\"procedures\": [...]}", "procedures");
  }
  std::vector<ImportEntry> out;
  const auto& list = j["procedures"];
  for (size_t i = 0; i < list.size(); ++i) {
    MOTCUA_ASSIGN_OR_RETURN(e, ParseImportEntry(list[i], "procedures[" + std::to_string(i) + "]"));
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace motcua::catalog
