// SPDX-License-Identifier: Apache-2.0
#include "calendar/working_calendar.h"

#include <algorithm>
#include <map>
#include <mutex>

#include "common/check.h"

namespace motcua::calendar {
namespace {

using std::chrono::days;
using std::chrono::seconds;
using std::chrono::sys_days;

Date AddDays(const Date& d, int n) { return Date(sys_days(d) + days(n)); }

int YearOf(const Date& d) { return static_cast<int>(d.year()); }

// 0-based day of the year.
int DayIndex(const Date& d) {
  return static_cast<int>((sys_days(d) - sys_days(d.year() / std::chrono::January / 1)).count());
}

}  // namespace

struct WorkingCalendar::YearTable {
  std::vector<DayOff> days_off;
  std::vector<bool> working;  // indexed by DayIndex()
};

struct WorkingCalendar::Cache {
  std::mutex mu;
  std::map<int, std::unique_ptr<const YearTable>> years;  // GUARDED_BY(mu)
};

WorkingCalendar::WorkingCalendar(std::vector<YearNotice> notices, OfficeHours hours)
    : notices_(std::move(notices)), hours_(hours), cache_(std::make_unique<Cache>()) {
  MOTCUA_CHECK(hours_.morning_open >= seconds(0));
  MOTCUA_CHECK(hours_.morning_open < hours_.morning_close);
  MOTCUA_CHECK(hours_.morning_close <= hours_.afternoon_open);
  MOTCUA_CHECK(hours_.afternoon_open < hours_.afternoon_close);
  MOTCUA_CHECK(hours_.afternoon_close <= days(1));
}

WorkingCalendar::~WorkingCalendar() = default;
WorkingCalendar::WorkingCalendar(WorkingCalendar&&) noexcept = default;
WorkingCalendar& WorkingCalendar::operator=(WorkingCalendar&&) noexcept = default;

const WorkingCalendar::YearTable& WorkingCalendar::Year(int year) const {
  std::lock_guard<std::mutex> lock(cache_->mu);
  auto& slot = cache_->years[year];
  if (slot) return *slot;
  auto table = std::make_unique<YearTable>();
  table->days_off = HolidaysOfYear(year, notices_);
  const Date first = MakeDate(year, 1, 1);
  const int length = DayIndex(MakeDate(year, 12, 31)) + 1;
  table->working.resize(length);
  for (int i = 0; i < length; ++i) {
    const unsigned w = Weekday(AddDays(first, i));
    table->working[i] = w != 0 && w != 6;
  }
  for (const YearNotice& notice : notices_) {
    for (const Date& d : notice.working_days) {
      if (YearOf(d) == year) table->working[DayIndex(d)] = true;
    }
  }
  // Days off win over worked days.
  for (const DayOff& off : table->days_off) table->working[DayIndex(off.date)] = false;
  slot = std::move(table);
  return *slot;
}

bool WorkingCalendar::IsWorkingDay(const Date& d) const {
  return Year(YearOf(d)).working[DayIndex(d)];
}

std::vector<DayOff> WorkingCalendar::DaysOff(int year) const { return Year(year).days_off; }

Date WorkingCalendar::NextWorkingDay(const Date& d) const {
  Date next = AddDays(d, 1);
  // Tết plus two weekends is the longest legal run of days off; a year without a working day
  // means a broken notice table, which is a bug.
  for (int i = 0; i < 366 && !IsWorkingDay(next); ++i) next = AddDays(next, 1);
  MOTCUA_CHECK(IsWorkingDay(next));
  return next;
}

Timestamp WorkingCalendar::AddWorkingDays(Timestamp from, int days) const {
  MOTCUA_CHECK(days >= 0);
  if (days == 0) return from;
  const LocalDateTime local = ToLocal(from);
  Date d = local.date;
  for (int i = 0; i < days; ++i) d = NextWorkingDay(d);
  return FromLocal(d, local.time_of_day);
}

Timestamp WorkingCalendar::AddWorkingHours(Timestamp from, int hours) const {
  MOTCUA_CHECK(hours >= 0);
  if (hours == 0) return from;
  seconds left = std::chrono::hours(hours);
  const LocalDateTime local = ToLocal(from);
  Date d = local.date;
  seconds time_of_day = local.time_of_day;
  const std::pair<seconds, seconds> sessions[] = {
      {hours_.morning_open, hours_.morning_close},
      {hours_.afternoon_open, hours_.afternoon_close},
  };
  while (true) {
    if (IsWorkingDay(d)) {
      for (const auto& [open, close] : sessions) {
        const seconds start = std::max(time_of_day, open);
        if (start >= close) continue;
        if (left <= close - start) return FromLocal(d, start + left);
        left -= close - start;
      }
    }
    d = NextWorkingDay(d);
    time_of_day = seconds(0);
  }
}

Timestamp WorkingCalendar::EffectiveReceipt(Timestamp t) const {
  const LocalDateTime local = ToLocal(t);
  if (IsWorkingDay(local.date)) {
    if (local.time_of_day < hours_.morning_open) return FromLocal(local.date, hours_.morning_open);
    if (local.time_of_day < hours_.afternoon_close) return t;
  }
  return FromLocal(NextWorkingDay(local.date), hours_.morning_open);
}

int WorkingCalendar::WorkingDaysBetween(const Date& from, const Date& to) const {
  int count = 0;
  for (Date d = AddDays(from, 1); d <= to; d = AddDays(d, 1)) {
    if (IsWorkingDay(d)) ++count;
  }
  return count;
}

}  // namespace motcua::calendar
