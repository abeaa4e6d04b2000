// SPDX-License-Identifier: Apache-2.0
#include "calendar/year_notice_json.h"

namespace motcua::calendar {
namespace {

Result<std::vector<Date>> Dates(const nlohmann::json& j, const char* key) {
  std::vector<Date> out;
  if (!j.contains(key) || j[key].is_null()) return out;
  if (!j[key].is_array()) {
    return MakeError(ErrorCode::kInvalidArgument, "Phải là danh sách ngày YYYY-MM-DD", key);
  }
  for (const auto& item : j[key]) {
    if (!item.is_string()) {
      return MakeError(ErrorCode::kInvalidArgument, "Phải là danh sách ngày YYYY-MM-DD", key);
    }
    auto d = ParseDate(item.get<std::string>());
    if (!d) return MakeError(ErrorCode::kInvalidArgument, d.error().message, key);
    out.push_back(*d);
  }
  return out;
}

nlohmann::json DateList(const std::vector<Date>& dates) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : dates) out.push_back(FormatDate(d));
  return out;
}

}  // namespace

nlohmann::json NoticeToJson(const YearNotice& n) {
  return {{"year", n.year},
          {"days_off", DateList(n.days_off)},
          {"working_days", DateList(n.working_days)},
          {"reference", n.reference}};
}

Result<YearNotice> NoticeFromJson(const nlohmann::json& j) {
  if (!j.is_object() || !j.contains("year") || !j["year"].is_number_integer()) {
    return MakeError(ErrorCode::kInvalidArgument, "Thiếu năm áp dụng (số nguyên)", "year");
  }
  YearNotice n;
  n.year = j["year"].get<int>();
  MOTCUA_ASSIGN_OR_RETURN(off, Dates(j, "days_off"));
  MOTCUA_ASSIGN_OR_RETURN(work, Dates(j, "working_days"));
  n.days_off = std::move(off);
  n.working_days = std::move(work);
  if (j.contains("reference")) {
    if (!j["reference"].is_string()) {
      return MakeError(ErrorCode::kInvalidArgument, "Số hiệu văn bản phải là chuỗi", "reference");
    }
    n.reference = j["reference"].get<std::string>();
  }
  return n;
}

}  // namespace motcua::calendar
