// SPDX-License-Identifier: Apache-2.0
#include "calendar/published_notices.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "calendar/working_calendar.h"

namespace motcua::calendar {
namespace {

int WeekdayDaysOff(const WorkingCalendar& cal, int year) {
  int count = 0;
  for (const DayOff& off : cal.DaysOff(year)) {
    const unsigned w = Weekday(off.date);
    if (w != 0 && w != 6) ++count;
  }
  return count;
}

TEST(PublishedNotices, References) {
  const auto notices = PublishedNotices();
  ASSERT_EQ(notices.size(), 2u);
  EXPECT_EQ(notices[0].year, 2025);
  EXPECT_EQ(notices[0].reference, "Thông báo 6150/TB-BLĐTBXH");
  EXPECT_EQ(notices[1].year, 2026);
  EXPECT_EQ(notices[1].reference, "Thông báo 9441/TB-BNV");
}

TEST(PublishedNotices, Calendar2025) {
  const WorkingCalendar cal(PublishedNotices());
  const Date days_off[] = {
      MakeDate(2025, 1, 1),  MakeDate(2025, 1, 27), MakeDate(2025, 1, 28), MakeDate(2025, 1, 29),
      MakeDate(2025, 1, 30), MakeDate(2025, 1, 31), MakeDate(2025, 4, 7),  MakeDate(2025, 4, 30),
      MakeDate(2025, 5, 1),  MakeDate(2025, 5, 2),  MakeDate(2025, 9, 1),  MakeDate(2025, 9, 2),
  };
  for (const Date& d : days_off) EXPECT_FALSE(cal.IsWorkingDay(d)) << FormatDate(d);
  // The Tết break runs Sat 25/01 to Sun 02/02; Mon 03/02 (a computed default day) is worked.
  EXPECT_FALSE(cal.IsWorkingDay(MakeDate(2025, 1, 25)));
  EXPECT_FALSE(cal.IsWorkingDay(MakeDate(2025, 2, 2)));
  EXPECT_TRUE(cal.IsWorkingDay(MakeDate(2025, 2, 3)));
  EXPECT_TRUE(cal.IsWorkingDay(MakeDate(2025, 4, 26)));  // Saturday worked for Fri 02/05
  EXPECT_FALSE(cal.IsWorkingDay(MakeDate(2025, 4, 27)));
  EXPECT_EQ(WeekdayDaysOff(cal, 2025), 12);
}

TEST(PublishedNotices, Calendar2026) {
  const WorkingCalendar cal(PublishedNotices());
  const Date days_off[] = {
      MakeDate(2026, 1, 1),  MakeDate(2026, 1, 2),  MakeDate(2026, 2, 16),  MakeDate(2026, 2, 17),
      MakeDate(2026, 2, 18), MakeDate(2026, 2, 19), MakeDate(2026, 2, 20),  MakeDate(2026, 4, 26),
      MakeDate(2026, 4, 27), MakeDate(2026, 4, 30), MakeDate(2026, 5, 1),   MakeDate(2026, 8, 31),
      MakeDate(2026, 9, 1),  MakeDate(2026, 9, 2),  MakeDate(2026, 11, 24),
  };
  for (const Date& d : days_off) EXPECT_FALSE(cal.IsWorkingDay(d)) << FormatDate(d);
  EXPECT_TRUE(cal.IsWorkingDay(MakeDate(2026, 8, 22)));  // Saturday worked for Mon 31/08
  EXPECT_TRUE(cal.IsWorkingDay(MakeDate(2026, 2, 23)));
  EXPECT_TRUE(cal.IsWorkingDay(MakeDate(2026, 9, 3)));
  // 1/1, 2/1, 5 Tết days, 27/4, 30/4, 1/5, 31/8, 1/9, 2/9, 24/11.
  EXPECT_EQ(WeekdayDaysOff(cal, 2026), 14);
}

TEST(PublishedNotices, SwapDaysAreNamedAfterTheNotice) {
  const WorkingCalendar cal(PublishedNotices());
  const auto off = cal.DaysOff(2025);
  const auto it = std::find_if(off.begin(), off.end(),
                               [](const DayOff& d) { return d.date == MakeDate(2025, 5, 2); });
  ASSERT_NE(it, off.end());
  EXPECT_EQ(it->name, "Nghỉ hoán đổi theo Thông báo 6150/TB-BLĐTBXH");
}

}  // namespace
}  // namespace motcua::calendar
