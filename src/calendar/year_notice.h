// SPDX-License-Identifier: Apache-2.0
// YearNotice: the government's yearly notice on public-service days off, as an admin enters it.
#pragma once

#include <string>
#include <vector>

#include "common/local_time.h"

namespace motcua::calendar {

// One year's notice (thông báo nghỉ lễ, Tết), from Bộ LĐTBXH up to 2025 and Bộ Nội vụ from 2026.
//
// `days_off` lists the extra days off the notice decides: the exact Tết days, the second National
// Day day, and weekdays taken off in a swap. `working_days` lists the Saturdays/Sundays worked in
// exchange.
//
// How WorkingCalendar applies it:
//  - When a notice exists for `year`, its `days_off` REPLACE the computed Tết days (with their
//    make-up days) and the computed second National Day day of that year. The fixed-date holidays
//    1/1, 30/4, 1/5, 2/9 and Giỗ Tổ Hùng Vương (10/3 lunar), their Art. 111(3) make-up days, and
//    24/11 (from 2026) still come from the rules, so the notice need not repeat them.
//  - Notice days are taken as given: they get no make-up day, and make-up days are placed without
//    looking at them, so a notice that also lists a make-up day does not produce a second one.
//  - Every date is applied on its own date, even one outside `year` (e.g. a 31/12 swap listed in
//    the next year's notice).
//  - A day that is both a day off and a working day is a day off.
struct YearNotice {
  int year = 0;
  std::vector<Date> days_off;
  std::vector<Date> working_days;
  std::string reference;  // e.g. "Thông báo 6150/TB-BLĐTBXH"
};

}  // namespace motcua::calendar
