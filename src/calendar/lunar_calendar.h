// SPDX-License-Identifier: Apache-2.0
// The Vietnamese lunisolar calendar: Hồ Ngọc Đức's solar<->lunar conversion (Meeus new moons
// and sun longitude) computed for Vietnam's time zone, UTC+7.
#pragma once

#include "common/local_time.h"
#include "common/result.h"

namespace motcua::calendar {

// A date of the Vietnamese lunar calendar. `year` is the solar year in which the lunar year
// begins (the year of its Tết); `leap_month` is true for the repeated (nhuận) month.
struct LunarDate {
  int day = 1;
  int month = 1;
  int year = 1900;
  bool leap_month = false;

  friend bool operator==(const LunarDate&, const LunarDate&) = default;
};

// Converts a solar (Gregorian) date to the lunar date in force in Vietnam on that day. The
// astronomy is accurate for 1800-2199; outside that range the result is an extrapolation.
// Pure function, thread-safe.
LunarDate SolarToLunar(const Date& d);

// Converts a lunar date to its solar date. Returns kInvalidArgument when the date does not
// exist: month outside 1..12, day outside 1..30, day 30 of a 29-day month, a leap month that
// the year does not have, or a year outside 1..9999. Pure function, thread-safe.
Result<Date> LunarToSolar(int day, int month, int year, bool leap_month);

// The solar date of Tết, 1/1 of the lunar year that begins in solar year `year`
// (e.g. 2025 -> 29/01/2025). Pure function, thread-safe.
Date LunarNewYear(int year);

}  // namespace motcua::calendar
