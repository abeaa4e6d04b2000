// SPDX-License-Identifier: Apache-2.0
#include "dossier/dossier_code.h"

#include <cstdio>

#include "org/org.h"

namespace motcua::dossier {

std::string DayKey(const Date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d%02u%02u", static_cast<int>(d.year()) % 100,
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

std::string FormatDossierCode(std::string_view agency_code, const Date& local_date,
                              long long seq) {
  char num[32];
  std::snprintf(num, sizeof num, "%04lld", seq);
  return std::string(agency_code) + "-" + DayKey(local_date) + "-" + num;
}

Status ValidateDossierCode(std::string_view code) {
  const auto bad = MakeError(ErrorCode::kInvalidArgument,
                             "Mã hồ sơ phải có dạng <mã cơ quan>-<yyMMdd>-<số thứ tự>, ví dụ "
                             "000.00.06.H56-231027-0361",
                             "code");
  if (code.size() < 13 + 1 + 6 + 1 + 4 || code.size() > 13 + 1 + 6 + 1 + 9) return bad;
  if (!org::ValidateAgencyCode(code.substr(0, 13))) return bad;
  if (code[13] != '-' || code[20] != '-') return bad;
  for (size_t i = 14; i < code.size(); ++i) {
    if (i != 20 && (code[i] < '0' || code[i] > '9')) return bad;
  }
  const int yy = std::stoi(std::string(code.substr(14, 2)));
  const unsigned mm = std::stoul(std::string(code.substr(16, 2)));
  const unsigned dd = std::stoul(std::string(code.substr(18, 2)));
  const Date d{std::chrono::year(2000 + yy), std::chrono::month(mm), std::chrono::day(dd)};
  if (!d.ok()) return bad;
  return Ok();
}

}  // namespace motcua::dossier
