// SPDX-License-Identifier: Apache-2.0
// Vietnam local time (UTC+7, no daylight saving) and ISO-8601 formatting/parsing.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "common/clock.h"
#include "common/result.h"

namespace motcua {

// Vietnam has used UTC+7 without daylight saving since 1975.
inline constexpr std::chrono::hours kVietnamUtcOffset{7};

using Date = std::chrono::year_month_day;

// A wall-clock reading in Vietnam: the civil date and the seconds since local midnight.
struct LocalDateTime {
  Date date;
  std::chrono::seconds time_of_day{0};
};

LocalDateTime ToLocal(Timestamp t);
Timestamp FromLocal(const Date& date, std::chrono::seconds time_of_day);
inline Timestamp FromLocal(const LocalDateTime& l) { return FromLocal(l.date, l.time_of_day); }

// The local civil date of `t`.
Date LocalDate(Timestamp t);

// Makes a date; for tests and seed data. Invalid dates are a bug (MOTCUA_CHECK).
Date MakeDate(int year, unsigned month, unsigned day);

// The instant of a Vietnam wall-clock reading, e.g. MakeLocalTime(2023, 10, 27, 9, 32). Invalid
// dates are a bug (MOTCUA_CHECK).
Timestamp MakeLocalTime(int year, unsigned month, unsigned day, int hour, int minute,
                        int second = 0);

// "2025-01-29T09:32:00+07:00". Every time the API returns is written this way.
std::string FormatIso(Timestamp t);
// "2025-01-29".
std::string FormatDate(const Date& d);
// "29/01/2025", the form Vietnamese readers expect.
std::string FormatDateVi(const Date& d);

// Parses ISO-8601 date-times with an offset ("Z", "+07:00", "+0700") or without one (taken as
// Vietnam local time), and plain dates ("2025-01-29", taken as local midnight). Returns
// kInvalidArgument for anything else.
Result<Timestamp> ParseIso(std::string_view text);
// Parses "YYYY-MM-DD". Returns kInvalidArgument for anything else.
Result<Date> ParseDate(std::string_view text);

// Day of week, 0 = Sunday ... 6 = Saturday.
unsigned Weekday(const Date& d);

}  // namespace motcua
