// SPDX-License-Identifier: Apache-2.0
#include "calendar/lunar_calendar.h"

#include <cmath>
#include <numbers>
#include <string>

namespace motcua::calendar {
namespace {

using std::numbers::pi;

// Vietnam has kept UTC+7 for the calendar since 1968; with China's UTC+8 some years differ
// (Tết 1985, 2007), which is why the time zone is part of the algorithm.
constexpr double kTimeZone = 7.0;
// Julian day of the new moon of 1900-01-01, the epoch of the k numbering in NewMoon().
constexpr double kEpoch = 2415021.076998695;
constexpr double kSynodicMonth = 29.530588853;

long Floor(double x) { return static_cast<long>(std::floor(x)); }

// Julian day number <-> date, proleptic Gregorian throughout. JD 2440588 is 1970-01-01, the
// epoch of sys_days.
constexpr long kUnixEpochJd = 2440588;

long JulianDay(const Date& d) {
  return std::chrono::sys_days(d).time_since_epoch().count() + kUnixEpochJd;
}

long JulianDay(int d, int m, int y) {
  return JulianDay(Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)});
}

Date FromJulianDay(long jd) {
  return Date(std::chrono::sys_days(std::chrono::days(jd - kUnixEpochJd)));
}

// Julian day (with fraction, UT) of the k-th new moon after 1900-01-01 (Meeus, ch. 49, with
// the abridged correction terms and ΔT that Hồ Ngọc Đức uses).
double NewMoon(long k) {
  const double t = k / 1236.85;
  const double t2 = t * t;
  const double t3 = t2 * t;
  const double dr = pi / 180;
  double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
  const double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  double c1 = (0.1734 - 0.000393 * t) * std::sin(m * dr) + 0.0021 * std::sin(2 * dr * m);
  c1 = c1 - 0.4068 * std::sin(mpr * dr) + 0.0161 * std::sin(dr * 2 * mpr);
  c1 = c1 - 0.0004 * std::sin(dr * 3 * mpr);
  c1 = c1 + 0.0104 * std::sin(dr * 2 * f) - 0.0051 * std::sin(dr * (m + mpr));
  c1 = c1 - 0.0074 * std::sin(dr * (m - mpr)) + 0.0004 * std::sin(dr * (2 * f + m));
  c1 = c1 - 0.0004 * std::sin(dr * (2 * f - m)) - 0.0006 * std::sin(dr * (2 * f + mpr));
  c1 = c1 + 0.0010 * std::sin(dr * (2 * f - mpr)) + 0.0005 * std::sin(dr * (2 * mpr + m));
  const double delta_t =
      t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
              : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - delta_t;
}

// The sun's ecliptic longitude in radians, 0..2π, at Julian day `jdn` (UT).
double SunLongitude(double jdn) {
  const double t = (jdn - 2451545.0) / 36525;
  const double t2 = t * t;
  const double dr = pi / 180;
  const double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(dr * m);
  dl += (0.019993 - 0.000101 * t) * std::sin(dr * 2 * m) + 0.000290 * std::sin(dr * 3 * m);
  const double l = (l0 + dl) * dr;
  return l - 2 * pi * Floor(l / (2 * pi));
}

// Local day number of the k-th new moon.
long NewMoonDay(long k) { return Floor(NewMoon(k) + 0.5 + kTimeZone / 24); }

// Which of the 12 major solar terms (30° sectors) the sun is in at the start of local day `jdn`.
int SunSector(long jdn) {
  return static_cast<int>(SunLongitude(jdn - 0.5 - kTimeZone / 24) / pi * 6);
}

// First day of lunar month 11 of `year`: the month that contains the winter solstice.
long LunarMonth11(int year) {
  const double off = JulianDay(31, 12, year) - 2415021;
  const long k = Floor(off / kSynodicMonth);
  const long nm = NewMoonDay(k);
  // The new moon before 31/12 is already past the solstice sector: month 11 began a month earlier.
  return SunSector(nm) >= 9 ? NewMoonDay(k - 1) : nm;
}

// In a 13-month year starting at month 11 on day `a11`: the offset (1..13) of the leap month,
// the first month that contains no major solar term.
int LeapMonthOffset(long a11) {
  const long k = Floor((a11 - kEpoch) / kSynodicMonth + 0.5);
  int i = 1;
  int arc = SunSector(NewMoonDay(k + i));
  int last = 0;
  do {
    last = arc;
    ++i;
    arc = SunSector(NewMoonDay(k + i));
  } while (arc != last && i < 14);
  return i - 1;
}

LunarDate SolarToLunarJd(long day_number, int solar_year) {
  // The mean lunation only estimates k; the true new moon can be far enough off that the
  // original "k or k+1" choice misses by a month (it gives day 0 at 26/03/2009 with tz = 8), so
  // walk to the last new moon on or before the day.
  long k = Floor((day_number - kEpoch) / kSynodicMonth);
  while (NewMoonDay(k + 1) <= day_number) ++k;
  while (NewMoonDay(k) > day_number) --k;
  const long month_start = NewMoonDay(k);
  long a11 = LunarMonth11(solar_year);
  long b11 = a11;
  int lunar_year;
  if (a11 >= month_start) {
    lunar_year = solar_year;
    a11 = LunarMonth11(solar_year - 1);
  } else {
    lunar_year = solar_year + 1;
    b11 = LunarMonth11(solar_year + 1);
  }
  const int day = static_cast<int>(day_number - month_start + 1);
  const int diff = static_cast<int>(Floor((month_start - a11) / 29.0));
  bool leap = false;
  int month = diff + 11;
  if (b11 - a11 > 365) {  // 13 lunar months between the two solstice months
    const int leap_diff = LeapMonthOffset(a11);
    if (diff >= leap_diff) {
      month = diff + 10;
      leap = diff == leap_diff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunar_year -= 1;
  return LunarDate{day, month, lunar_year, leap};
}

// Day number of day 1 of the given lunar month, or -1 when the year has no such leap month.
long LunarMonthStart(int month, int year, bool leap_month) {
  long a11, b11;
  if (month < 11) {
    a11 = LunarMonth11(year - 1);
    b11 = LunarMonth11(year);
  } else {
    a11 = LunarMonth11(year);
    b11 = LunarMonth11(year + 1);
  }
  const long k = Floor(0.5 + (a11 - kEpoch) / kSynodicMonth);
  int off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const int leap_off = LeapMonthOffset(a11);
    int leap_month_number = leap_off - 2;
    if (leap_month_number < 0) leap_month_number += 12;
    if (leap_month && month != leap_month_number) return -1;
    if (leap_month || off >= leap_off) off += 1;
  } else if (leap_month) {
    return -1;
  }
  return NewMoonDay(k + off);
}

}  // namespace

LunarDate SolarToLunar(const Date& d) {
  return SolarToLunarJd(JulianDay(d), static_cast<int>(d.year()));
}

Result<Date> LunarToSolar(int day, int month, int year, bool leap_month) {
  const std::string what = std::to_string(day) + "/" + std::to_string(month) +
                           (leap_month ? " nhuận" : "") + "/" + std::to_string(year);
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 30) {
    return MakeError(ErrorCode::kInvalidArgument, "Ngày âm lịch không hợp lệ: " + what);
  }
  const long start = LunarMonthStart(month, year, leap_month);
  if (start < 0) {
    return MakeError(ErrorCode::kInvalidArgument, "Năm âm lịch " + std::to_string(year) +
                                                      " không có tháng " + std::to_string(month) +
                                                      " nhuận");
  }
  const long jd = start + day - 1;
  // Day 30 of a 29-day month lands on day 1 of the next month.
  if (day == 30 && SolarToLunarJd(jd, static_cast<int>(FromJulianDay(jd).year())).day != 30) {
    return MakeError(ErrorCode::kInvalidArgument, "Tháng âm lịch chỉ có 29 ngày: " + what);
  }
  return FromJulianDay(jd);
}

Date LunarNewYear(int year) { return FromJulianDay(LunarMonthStart(1, year, false)); }

}  // namespace motcua::calendar
