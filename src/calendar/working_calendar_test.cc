// SPDX-License-Identifier: Apache-2.0
#include "calendar/working_calendar.h"

#include <gtest/gtest.h>

#include <thread>

#include "calendar/published_notices.h"

namespace motcua::calendar {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

class WorkingCalendarTest : public ::testing::Test {
 protected:
  WorkingCalendar cal_{PublishedNotices()};
};

TEST_F(WorkingCalendarTest, WeekendsAreOff) {
  EXPECT_TRUE(cal_.IsWorkingDay(MakeDate(2025, 3, 7)));   // Friday
  EXPECT_FALSE(cal_.IsWorkingDay(MakeDate(2025, 3, 8)));  // Saturday
  EXPECT_FALSE(cal_.IsWorkingDay(MakeDate(2025, 3, 9)));  // Sunday
}

TEST_F(WorkingCalendarTest, NextWorkingDaySkipsTet) {
  EXPECT_EQ(cal_.NextWorkingDay(MakeDate(2025, 1, 24)), MakeDate(2025, 2, 3));
  EXPECT_EQ(cal_.NextWorkingDay(MakeDate(2025, 4, 25)), MakeDate(2025, 4, 26));  // worked Sat
  EXPECT_EQ(cal_.NextWorkingDay(MakeDate(2025, 4, 29)), MakeDate(2025, 5, 5));
}

TEST_F(WorkingCalendarTest, AddWorkingDaysKeepsTheTimeOfDay) {
  // facts.md §1.3: received Fri 27/10/2023 09:32, 5 working days -> Fri 03/11/2023 09:32.
  EXPECT_EQ(FormatIso(cal_.AddWorkingDays(MakeLocalTime(2023, 10, 27, 9, 32), 5)),
            "2023-11-03T09:32:00+07:00");
  EXPECT_EQ(cal_.AddWorkingDays(MakeLocalTime(2023, 10, 27, 9, 32), 0), MakeLocalTime(2023, 10, 27, 9, 32));
  // From a Sunday the count starts on Monday.
  EXPECT_EQ(FormatIso(cal_.AddWorkingDays(MakeLocalTime(2023, 10, 29, 20, 0), 1)),
            "2023-10-30T20:00:00+07:00");
}

TEST_F(WorkingCalendarTest, WorkingDaysBetween) {
  // January 2025 has 23 weekdays; 1/1 and Tết 27-31/01 are off.
  EXPECT_EQ(cal_.WorkingDaysBetween(MakeDate(2024, 12, 31), MakeDate(2025, 1, 31)), 17);
  EXPECT_EQ(cal_.WorkingDaysBetween(MakeDate(2025, 1, 24), MakeDate(2025, 2, 3)), 1);
  EXPECT_EQ(cal_.WorkingDaysBetween(MakeDate(2025, 2, 3), MakeDate(2025, 2, 3)), 0);
  EXPECT_EQ(cal_.WorkingDaysBetween(MakeDate(2025, 2, 4), MakeDate(2025, 2, 3)), 0);
}

TEST_F(WorkingCalendarTest, EffectiveReceipt) {
  // Inside hours, lunch included: unchanged.
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2025, 3, 5, 10, 0)), MakeLocalTime(2025, 3, 5, 10, 0));
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2025, 3, 5, 12, 0)), MakeLocalTime(2025, 3, 5, 12, 0));
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2025, 3, 5, 16, 59)), MakeLocalTime(2025, 3, 5, 16, 59));
  // Before opening: opening of the same day. At or after closing, or at night: next opening.
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2025, 3, 5, 6, 0)), MakeLocalTime(2025, 3, 5, 7, 30));
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2025, 3, 5, 17, 0)), MakeLocalTime(2025, 3, 6, 7, 30));
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2025, 3, 4, 20, 15)), MakeLocalTime(2025, 3, 5, 7, 30));
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2025, 3, 4, 23, 59)), MakeLocalTime(2025, 3, 5, 7, 30));
  // Weekend: Monday's opening. Friday night too.
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2025, 3, 8, 10, 0)), MakeLocalTime(2025, 3, 10, 7, 30));
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2025, 3, 7, 18, 0)), MakeLocalTime(2025, 3, 10, 7, 30));
  // Tết 2026 (16-20/02 by notice): first opening is Mon 23/02.
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2026, 2, 13, 18, 0)), MakeLocalTime(2026, 2, 23, 7, 30));
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2026, 2, 15, 9, 0)), MakeLocalTime(2026, 2, 23, 7, 30));
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2026, 2, 18, 9, 0)), MakeLocalTime(2026, 2, 23, 7, 30));
  // The worked Saturday 26/04/2025 is a normal working day.
  EXPECT_EQ(cal_.EffectiveReceipt(MakeLocalTime(2025, 4, 26, 9, 0)), MakeLocalTime(2025, 4, 26, 9, 0));
}

TEST_F(WorkingCalendarTest, AddWorkingHoursSkipsLunchAndNights) {
  // 10:00 + 3h: 1.5h to 11:30, then 1.5h from 13:00.
  EXPECT_EQ(cal_.AddWorkingHours(MakeLocalTime(2025, 3, 4, 10, 0), 3), MakeLocalTime(2025, 3, 4, 14, 30));
  // During lunch: counts from 13:00.
  EXPECT_EQ(cal_.AddWorkingHours(MakeLocalTime(2025, 3, 4, 12, 0), 1), MakeLocalTime(2025, 3, 4, 14, 0));
  // Ends exactly at closing time.
  EXPECT_EQ(cal_.AddWorkingHours(MakeLocalTime(2025, 3, 4, 13, 0), 4), MakeLocalTime(2025, 3, 4, 17, 0));
  // 16:00 + 2h: 1h today, 1h from 07:30 tomorrow.
  EXPECT_EQ(cal_.AddWorkingHours(MakeLocalTime(2025, 3, 4, 16, 0), 2), MakeLocalTime(2025, 3, 5, 8, 30));
  // At night: from tomorrow's opening.
  EXPECT_EQ(cal_.AddWorkingHours(MakeLocalTime(2025, 3, 4, 20, 0), 1), MakeLocalTime(2025, 3, 5, 8, 30));
  // Friday 16:00 + 8h: 1h Fri, 4h Mon morning, 3h Mon afternoon.
  EXPECT_EQ(cal_.AddWorkingHours(MakeLocalTime(2025, 3, 7, 16, 0), 8), MakeLocalTime(2025, 3, 10, 16, 0));
  // Mon 09:00 + 24h: 6.5h Mon, 8h Tue, 8h Wed, 1.5h Thu.
  EXPECT_EQ(cal_.AddWorkingHours(MakeLocalTime(2025, 3, 3, 9, 0), 24), MakeLocalTime(2025, 3, 6, 9, 0));
  // Across Tết 2025: Fri 24/01 15:00 + 4h -> 2h Fri, 2h Mon 03/02.
  EXPECT_EQ(cal_.AddWorkingHours(MakeLocalTime(2025, 1, 24, 15, 0), 4), MakeLocalTime(2025, 2, 3, 9, 30));
  EXPECT_EQ(cal_.AddWorkingHours(MakeLocalTime(2025, 3, 4, 20, 0), 0), MakeLocalTime(2025, 3, 4, 20, 0));
}

TEST(WorkingCalendar, CustomOfficeHours) {
  OfficeHours h;
  h.morning_open = hours(8);
  h.morning_close = hours(12);
  h.afternoon_open = hours(13) + minutes(30);
  h.afternoon_close = hours(17) + minutes(30);
  const WorkingCalendar cal({}, h);
  EXPECT_EQ(cal.hours().morning_open, hours(8));
  EXPECT_EQ(cal.EffectiveReceipt(MakeLocalTime(2025, 3, 5, 7, 45)), MakeLocalTime(2025, 3, 5, 8, 0));
  EXPECT_EQ(cal.AddWorkingHours(MakeLocalTime(2025, 3, 5, 11, 0), 2), MakeLocalTime(2025, 3, 5, 14, 30));
}

TEST(WorkingCalendar, ConcurrentFirstUseAgrees) {
  const WorkingCalendar cal(PublishedNotices());
  std::vector<int> counts(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&cal, &counts, t] {
      counts[t] = cal.WorkingDaysBetween(MakeDate(2019, 12, 31), MakeDate(2030, 12, 31));
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 1; t < 4; ++t) EXPECT_EQ(counts[t], counts[0]);
}

TEST(WorkingCalendar, MovedCalendarKeepsItsNotices) {
  WorkingCalendar a(PublishedNotices());
  WorkingCalendar b(std::move(a));
  EXPECT_TRUE(b.IsWorkingDay(MakeDate(2025, 4, 26)));
}

}  // namespace
}  // namespace motcua::calendar
