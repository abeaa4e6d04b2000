// SPDX-License-Identifier: Apache-2.0
#include "calendar/holidays.h"

#include <algorithm>
#include <map>
#include <set>

#include "calendar/lunar_calendar.h"

namespace motcua::calendar {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr char kNewYear[] = "Tết Dương lịch";
constexpr char kTet[] = "Tết Nguyên đán";
constexpr char kHungKings[] = "Giỗ Tổ Hùng Vương";
constexpr char kVictoryDay[] = "Ngày Chiến thắng";
constexpr char kLabourDay[] = "Ngày Quốc tế Lao động";
constexpr char kNationalDay[] = "Quốc khánh";
constexpr char kCultureDay[] = "Ngày Văn hóa Việt Nam";
constexpr char kMakeUpPrefix[] = "Nghỉ bù ";

Date AddDays(const Date& d, int n) { return Date(sys_days(d) + days(n)); }

bool IsWeekend(const Date& d) {
  const unsigned w = Weekday(d);
  return w == 0 || w == 6;
}

bool HasNotice(int year, const std::vector<YearNotice>& notices) {
  return std::any_of(notices.begin(), notices.end(),
                     [year](const YearNotice& n) { return n.year == year; });
}

// Default Tết: the lunar New Year's Eve and the next 4 weekdays. A weekend eve gets its make-up
// day like any other holiday, so the default always takes 5 weekdays.
std::vector<Date> DefaultTetDays(int year) {
  const Date eve = AddDays(LunarNewYear(year), -1);
  std::vector<Date> out = {eve};
  for (Date d = AddDays(eve, 1); out.size() < 5; d = AddDays(d, 1)) {
    if (!IsWeekend(d)) out.push_back(d);
  }
  return out;
}

Date HungKingsDay(int year) {
  auto d = LunarToSolar(10, 3, year, false);
  MOTCUA_CHECK(d.has_value());  // 10/3 (not leap) exists in every lunar year
  return *d;
}

// Art. 112(1) days of `year` computed by rule, keyed by date (a date holding two holidays
// keeps both names and still counts as one day).
std::map<Date, std::string> RuleHolidays(int year, bool has_notice) {
  std::map<Date, std::string> out;
  auto add = [&out](const Date& d, const std::string& name) {
    auto [it, inserted] = out.emplace(d, name);
    if (!inserted && it->second != name) it->second += ", " + name;
  };
  add(MakeDate(year, 1, 1), kNewYear);
  if (!has_notice) {
    for (const Date& d : DefaultTetDays(year)) add(d, kTet);
  }
  add(HungKingsDay(year), kHungKings);
  add(MakeDate(year, 4, 30), kVictoryDay);
  add(MakeDate(year, 5, 1), kLabourDay);
  const Date national_day = MakeDate(year, 9, 2);
  add(national_day, kNationalDay);
  if (!has_notice) add(AddDays(national_day, Weekday(national_day) == 1 ? 1 : -1), kNationalDay);
  return out;
}

std::string NoticeDayName(const Date& d, const YearNotice& notice) {
  const auto distance_to_tet = sys_days(d) - sys_days(LunarNewYear(static_cast<int>(d.year())));
  if (distance_to_tet >= days(-10) && distance_to_tet <= days(10)) return kTet;
  if (d.month() == std::chrono::September &&
      (d.day() == std::chrono::day(1) || d.day() == std::chrono::day(3))) {
    return kNationalDay;
  }
  if (notice.reference.empty()) {
    return "Nghỉ hoán đổi theo thông báo năm " + std::to_string(notice.year);
  }
  return "Nghỉ hoán đổi theo " + notice.reference;
}

}  // namespace

std::vector<DayOff> HolidaysOfYear(int year, const std::vector<YearNotice>& notices) {
  std::map<Date, std::string> off = RuleHolidays(year, HasNotice(year, notices));
  // Art. 111(3): make-up days go to the next weekday that is free, in date order.
  std::set<Date> taken;
  for (const auto& [d, name] : off) taken.insert(d);
  std::map<Date, std::string> make_ups;
  for (const auto& [d, name] : off) {
    if (!IsWeekend(d)) continue;
    Date m = AddDays(d, 1);
    while (IsWeekend(m) || taken.count(m) > 0) m = AddDays(m, 1);
    taken.insert(m);
    make_ups.emplace(m, kMakeUpPrefix + name);
  }
  off.merge(make_ups);
  // 24/11 and notice days are not Art. 112(1) holidays computed here: they get no make-up day,
  // and where a notice repeats a date already off, the rule's name is kept.
  if (year >= 2026) off.emplace(MakeDate(year, 11, 24), kCultureDay);
  for (const YearNotice& notice : notices) {
    for (const Date& d : notice.days_off) {
      if (static_cast<int>(d.year()) == year) off.emplace(d, NoticeDayName(d, notice));
    }
  }
  std::vector<DayOff> out;
  out.reserve(off.size());
  for (auto& [d, name] : off) out.push_back(DayOff{d, std::move(name)});
  return out;
}

}  // namespace motcua::calendar
