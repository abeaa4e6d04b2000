// SPDX-License-Identifier: Apache-2.0
// WorkingCalendar: which days the civil service works, and arithmetic in working days and
// office hours, in Vietnam local time.
#pragma once

#include <chrono>
#include <memory>
#include <vector>

#include "calendar/holidays.h"
#include "calendar/year_notice.h"
#include "common/clock.h"
#include "common/local_time.h"

namespace motcua::calendar {

// Office hours of a working day, as durations since local midnight. Must satisfy
// 0 <= morning_open < morning_close <= afternoon_open < afternoon_close <= 24h.
struct OfficeHours {
  std::chrono::seconds morning_open{std::chrono::hours(7) + std::chrono::minutes(30)};
  std::chrono::seconds morning_close{std::chrono::hours(11) + std::chrono::minutes(30)};
  std::chrono::seconds afternoon_open{std::chrono::hours(13)};
  std::chrono::seconds afternoon_close{std::chrono::hours(17)};
};

// The working calendar of the civil service: Saturday and Sunday off, the holidays and make-up
// days of HolidaysOfYear(), and the notices' swaps (a notice's `working_days` turn weekend days
// into working days). All dates and times of day are Vietnam local time (UTC+7).
//
// Dates must lie in years 1..9999 (MOTCUA_CHECK); callers validate input dates first.
//
// Thread-safety: all const methods may be called concurrently (the per-year tables are computed
// on first use under an internal mutex and never change afterwards). Movable, not copyable.
class WorkingCalendar {
 public:
  // `notices` is the override table (see YearNotice); `hours` must be ordered as documented on
  // OfficeHours (a violation is a bug: MOTCUA_CHECK).
  explicit WorkingCalendar(std::vector<YearNotice> notices = {}, OfficeHours hours = {});
  ~WorkingCalendar();
  WorkingCalendar(WorkingCalendar&&) noexcept;
  WorkingCalendar& operator=(WorkingCalendar&&) noexcept;

  // True when `d` is a working day: a weekday that is not a day off, or a weekend day that a
  // notice lists as worked. A day both off and worked is off.
  bool IsWorkingDay(const Date& d) const;

  // Every day off of `year` that is not a plain weekend day (weekend holidays included), with
  // its Vietnamese name, sorted by date. Same as HolidaysOfYear() with this calendar's notices.
  std::vector<DayOff> DaysOff(int year) const;

  // The first working day strictly after `d`.
  Date NextWorkingDay(const Date& d) const;

  // The `days`-th working day after the local date of `from`, at the same local time of day:
  // the count starts on the next working day after receipt (received Fri 27/10/2023 09:32 plus
  // 5 => Fri 03/11/2023 09:32). `from` may be on a non-working day. `days` must be >= 0
  // (MOTCUA_CHECK); 0 returns `from` unchanged.
  Timestamp AddWorkingDays(Timestamp from, int days) const;

  // Adds `hours` hours of office time: only time inside the morning and afternoon sessions of
  // working days counts (lunch breaks, evenings and days off are skipped). A start outside
  // office hours counts from the next session opening. The result is the instant the last hour
  // is used up, so it may be exactly a closing time (13:00 + 4h => 17:00 the same day).
  // `hours` must be >= 0 (MOTCUA_CHECK); 0 returns `from` unchanged.
  Timestamp AddWorkingHours(Timestamp from, int hours) const;

  // When an online or kiosk submission made at `t` counts as received: `t` itself when it is
  // within [morning_open, afternoon_close) of a working day (the lunch break counts as inside);
  // morning_open of the same day when `t` is before opening on a working day; otherwise
  // morning_open of the next working day.
  Timestamp EffectiveReceipt(Timestamp t) const;

  // The number of working days d with from < d <= to; 0 when to <= from.
  int WorkingDaysBetween(const Date& from, const Date& to) const;

  const OfficeHours& hours() const { return hours_; }

 private:
  struct YearTable;
  struct Cache;

  // The table of `year`, computed on first use. The reference stays valid for the calendar's
  // lifetime.
  const YearTable& Year(int year) const;

  std::vector<YearNotice> notices_;
  OfficeHours hours_;
  std::unique_ptr<Cache> cache_;
};

}  // namespace motcua::calendar
