// SPDX-License-Identifier: Apache-2.0
#include "process/duration.h"

#include <cctype>
#include <charconv>
#include <string>

namespace motcua::process {

namespace {

Error BadDuration(std::string_view text) {
  return MakeError(ErrorCode::kInvalidArgument,
                   "Thời hạn '" + std::string(text) +
                       "' không hợp lệ: dùng dạng ISO 8601 theo ngày làm việc (P2D) hoặc giờ làm "
                       "việc (PT8H)");
}

}  // namespace

Result<calendar::ProcessingTime> ParseWorkingDuration(std::string_view text) {
  std::string_view s = text;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (s.size() < 3 || s[0] != 'P') return BadDuration(text);
  long long weeks = -1, days = -1, hours = -1;
  bool in_time = false;
  size_t i = 1;
  while (i < s.size()) {
    if (s[i] == 'T') {
      if (in_time) return BadDuration(text);
      in_time = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
    if (j == i || j == s.size() || j - i > 6) return BadDuration(text);
    long long n = 0;
    std::from_chars(s.data() + i, s.data() + j, n);
    char unit = s[j];
    long long* slot = nullptr;
    if (!in_time && unit == 'W')
      slot = &weeks;
    else if (!in_time && unit == 'D')
      slot = &days;
    else if (in_time && unit == 'H')
      slot = &hours;
    if (slot == nullptr || *slot >= 0) return BadDuration(text);
    *slot = n;
    i = j + 1;
  }
  if (s.back() == 'T' || (weeks < 0 && days < 0 && hours < 0)) return BadDuration(text);
  if (weeks >= 0 && (days >= 0 || hours >= 0)) return BadDuration(text);
  calendar::ProcessingTime t;
  if (hours < 0) {
    t.unit = calendar::TimeUnit::kWorkingDays;
    t.amount = static_cast<int>(weeks >= 0 ? weeks * 5 : days);
  } else {
    t.unit = calendar::TimeUnit::kWorkingHours;
    t.amount = static_cast<int>((days > 0 ? days : 0) * kHoursPerWorkingDay + hours);
  }
  return t;
}

std::string FormatWorkingDuration(const calendar::ProcessingTime& t) {
  if (t.unit == calendar::TimeUnit::kWorkingDays) return "P" + std::to_string(t.amount) + "D";
  return "PT" + std::to_string(t.amount) + "H";
}

}  // namespace motcua::process
