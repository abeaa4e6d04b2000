// SPDX-License-Identifier: Apache-2.0
#include "calendar/published_notices.h"

namespace motcua::calendar {

// Source: domain/facts.md §4.1 (civil-service examples, cross-checked against a stock-exchange
// no-trading calendar).
std::vector<YearNotice> PublishedNotices() {
  return {
      YearNotice{
          .year = 2025,
          .days_off = {MakeDate(2025, 1, 27), MakeDate(2025, 1, 28), MakeDate(2025, 1, 29),
                       MakeDate(2025, 1, 30), MakeDate(2025, 1, 31), MakeDate(2025, 5, 2),
                       MakeDate(2025, 9, 1)},
          .working_days = {MakeDate(2025, 4, 26)},
          .reference = "Thông báo 6150/TB-BLĐTBXH",
      },
      YearNotice{
          .year = 2026,
          // Fri 02/01 is a swap, but our sources do not name the Saturday worked for it, so
          // `working_days` holds only Sat 22/08 (the swap for Mon 31/08).
          .days_off = {MakeDate(2026, 1, 2), MakeDate(2026, 2, 16), MakeDate(2026, 2, 17),
                       MakeDate(2026, 2, 18), MakeDate(2026, 2, 19), MakeDate(2026, 2, 20),
                       MakeDate(2026, 8, 31), MakeDate(2026, 9, 1)},
          .working_days = {MakeDate(2026, 8, 22)},
          .reference = "Thông báo 9441/TB-BNV",
      },
  };
}

}  // namespace motcua::calendar
