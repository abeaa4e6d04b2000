// SPDX-License-Identifier: Apache-2.0
// The yearly notices already published, as seed data for the calendar's override table.
#pragma once

#include <vector>

#include "calendar/year_notice.h"

namespace motcua::calendar {

// The civil-service notices known to motcua, oldest first:
//  - 2025, Thông báo 6150/TB-BLĐTBXH: Tết 27-31/01; Fri 02/05 off, swapped with Sat 26/04 worked;
//    Mon 01/09 as the second National Day day.
//  - 2026, Thông báo 9441/TB-BNV: Fri 02/01 off (a swap; the worked Saturday is not in our
//    sources, so no working day is listed for it); Tết 16-20/02; Mon 31/08 off, swapped with
//    Sat 22/08 worked; Tue 01/09 as the second National Day day.
// Fixed-date holidays and their make-up days are not listed (see YearNotice).
std::vector<YearNotice> PublishedNotices();

}  // namespace motcua::calendar
