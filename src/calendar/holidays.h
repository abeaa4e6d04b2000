// SPDX-License-Identifier: Apache-2.0
// The days off of one year: Labour Code 2019 Art. 112 holidays, Art. 111(3) make-up days,
// 24/11 from 2026, and the yearly notices' overrides.
#pragma once

#include <string>
#include <vector>

#include "calendar/year_notice.h"
#include "common/local_time.h"

namespace motcua::calendar {

// A day off other than an ordinary weekend, with its Vietnamese name, e.g. "Tết Nguyên đán",
// "Nghỉ bù Giỗ Tổ Hùng Vương".
struct DayOff {
  Date date;
  std::string name;

  friend bool operator==(const DayOff&, const DayOff&) = default;
};

// Every day off of solar `year` that is not a plain weekend day, sorted by date, one entry per
// date. Weekend days that are holidays (e.g. Giỗ Tổ on Sun 26/04/2026) are included.
//
// Rules computed for every year:
//  - Tết Dương lịch 1/1; Giỗ Tổ Hùng Vương 10/3 lunar; Ngày Chiến thắng 30/4; Ngày Quốc tế Lao
//    động 1/5; Quốc khánh 2/9.
//  - Tết Nguyên đán (5 days), only when no notice exists for `year`: lunar New Year's Eve plus
//    the next 4 weekdays (Mon-Fri). This is our default, not law: the real days come from the
//    notice and usually run from lunar 29 or 30 to the 3rd-5th day of the new year.
//  - The second Quốc khánh day, only when no notice exists for `year`: 1/9, or 3/9 when 2/9 is
//    a Monday (so the holiday stays next to the weekend).
//  - Art. 111(3): each of the days above falling on Sat/Sun gives a make-up day ("Nghỉ bù ...")
//    on the first following Mon-Fri that is not already a holiday or a make-up day, in date
//    order (30/4 Sat and 1/5 Sun give Mon 2/5 and Tue 3/5).
//  - From 01/07/2026 (Nghị quyết 28/2026/QH16 [S]): 24/11 "Ngày Văn hóa Việt Nam", with no make-up
//    day (it is outside Art. 112).
//  - The `days_off` of every notice that fall in `year` (see YearNotice for the override rules).
//    Those near Tết are named "Tết Nguyên đán", 1/9 and 3/9 "Quốc khánh", others
//    "Nghỉ hoán đổi theo <reference>".
// Pure function, thread-safe.
std::vector<DayOff> HolidaysOfYear(int year, const std::vector<YearNotice>& notices);

}  // namespace motcua::calendar
