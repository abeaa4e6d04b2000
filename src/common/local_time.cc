// SPDX-License-Identifier: Apache-2.0
#include "common/local_time.h"

#include <cstdio>

namespace motcua {
namespace {

using std::chrono::days;
using std::chrono::seconds;
using std::chrono::sys_days;

bool ReadInt(std::string_view s, size_t pos, size_t len, int& out) {
  if (pos + len > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + len; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

Error BadTime(std::string_view text) {
  return MakeError(ErrorCode::kInvalidArgument,
                   "Thời gian không đúng định dạng ISO-8601: \"" + std::string(text.substr(0, 40)) +
                       "\"");
}

}  // namespace

LocalDateTime ToLocal(Timestamp t) {
  const Timestamp local = t + kVietnamUtcOffset;
  const sys_days day = std::chrono::floor<days>(local);
  return LocalDateTime{Date(day), local - day};
}

Timestamp FromLocal(const Date& date, seconds time_of_day) {
  return Timestamp(sys_days(date)) + time_of_day - kVietnamUtcOffset;
}

Date LocalDate(Timestamp t) { return ToLocal(t).date; }

Date MakeDate(int year, unsigned month, unsigned day) {
  Date d{std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)};
  MOTCUA_CHECK(d.ok());
  return d;
}

Timestamp MakeLocalTime(int year, unsigned month, unsigned day, int hour, int minute,
                        int second) {
  return FromLocal(MakeDate(year, month, day), seconds(hour * 3600 + minute * 60 + second));
}

std::string FormatIso(Timestamp t) {
  const LocalDateTime l = ToLocal(t);
  const long long tod = l.time_of_day.count();
  char buf[80];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lld+07:00",
                static_cast<int>(l.date.year()), static_cast<unsigned>(l.date.month()),
                static_cast<unsigned>(l.date.day()), tod / 3600, tod / 60 % 60, tod % 60);
  return buf;
}

std::string FormatDate(const Date& d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

std::string FormatDateVi(const Date& d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(d.day()),
                static_cast<unsigned>(d.month()), static_cast<int>(d.year()));
  return buf;
}

Result<Date> ParseDate(std::string_view text) {
  int y, m, d;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !ReadInt(text, 0, 4, y) ||
      !ReadInt(text, 5, 2, m) || !ReadInt(text, 8, 2, d)) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Ngày không đúng định dạng YYYY-MM-DD: \"" + std::string(text.substr(0, 40)) +
                         "\"");
  }
  Date date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!date.ok()) {
    return MakeError(ErrorCode::kInvalidArgument, "Ngày không tồn tại: " + std::string(text));
  }
  return date;
}

Result<Timestamp> ParseIso(std::string_view text) {
  auto date = ParseDate(text.substr(0, 10));
  if (!date) return BadTime(text);
  if (text.size() == 10) return FromLocal(*date, seconds(0));
  if (text.size() < 16 || (text[10] != 'T' && text[10] != ' ')) return BadTime(text);
  int hh, mm, ss = 0;
  if (!ReadInt(text, 11, 2, hh) || text[13] != ':' || !ReadInt(text, 14, 2, mm)) {
    return BadTime(text);
  }
  size_t pos = 16;
  if (pos < text.size() && text[pos] == ':') {
    if (!ReadInt(text, pos + 1, 2, ss)) return BadTime(text);
    pos += 3;
    if (pos < text.size() && text[pos] == '.') {  // fractional seconds are dropped
      ++pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    }
  }
  if (hh > 23 || mm > 59 || ss > 60) return BadTime(text);
  const seconds tod = seconds(hh * 3600 + mm * 60 + std::min(ss, 59));
  const std::string_view zone = text.substr(pos);
  if (zone.empty()) return FromLocal(*date, tod);  // no offset: Vietnam local time
  const Timestamp as_utc = Timestamp(sys_days(*date)) + tod;
  if (zone == "Z") return as_utc;
  int oh, om;
  if ((zone[0] != '+' && zone[0] != '-') || !ReadInt(zone, 1, 2, oh)) return BadTime(text);
  if (zone.size() == 6 && zone[3] == ':' && ReadInt(zone, 4, 2, om)) {
  } else if (zone.size() == 5 && ReadInt(zone, 3, 2, om)) {
  } else if (zone.size() == 3) {
    om = 0;
  } else {
    return BadTime(text);
  }
  if (oh > 14 || om > 59) return BadTime(text);
  const seconds offset = seconds((oh * 60 + om) * 60);
  return zone[0] == '+' ? as_utc - offset : as_utc + offset;
}

unsigned Weekday(const Date& d) {
  return std::chrono::weekday(sys_days(d)).c_encoding();
}

}  // namespace motcua
