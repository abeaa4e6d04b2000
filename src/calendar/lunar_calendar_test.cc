// SPDX-License-Identifier: Apache-2.0
#include "calendar/lunar_calendar.h"

#include <gtest/gtest.h>

namespace motcua::calendar {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

TEST(LunarCalendar, TetDatesFromTheFactsTable) {
  // domain/facts.md §4.2: Tết and lunar New Year's Eve, 2025-2030.
  const struct {
    int year;
    Date tet;
    Date eve;
  } cases[] = {
      {2025, MakeDate(2025, 1, 29), MakeDate(2025, 1, 28)},
      {2026, MakeDate(2026, 2, 17), MakeDate(2026, 2, 16)},
      {2027, MakeDate(2027, 2, 6), MakeDate(2027, 2, 5)},
      {2028, MakeDate(2028, 1, 26), MakeDate(2028, 1, 25)},
      {2029, MakeDate(2029, 2, 13), MakeDate(2029, 2, 12)},
      {2030, MakeDate(2030, 2, 2), MakeDate(2030, 2, 1)},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.year);
    EXPECT_EQ(LunarNewYear(c.year), c.tet);
    EXPECT_EQ(SolarToLunar(c.tet), (LunarDate{1, 1, c.year, false}));
    const LunarDate eve = SolarToLunar(c.eve);
    EXPECT_EQ(eve.month, 12);
    EXPECT_EQ(eve.year, c.year - 1);
    EXPECT_FALSE(eve.leap_month);
    EXPECT_GE(eve.day, 29);
  }
}

TEST(LunarCalendar, UsesVietnamTimeZone) {
  // Years where UTC+7 and China's UTC+8 give a different Tết.
  EXPECT_EQ(LunarNewYear(1985), MakeDate(1985, 1, 21));  // China: 20/02/1985
  EXPECT_EQ(LunarNewYear(2007), MakeDate(2007, 2, 17));  // China: 18/02/2007
  EXPECT_EQ(LunarNewYear(2023), MakeDate(2023, 1, 22));
  EXPECT_EQ(LunarNewYear(2024), MakeDate(2024, 2, 10));
}

TEST(LunarCalendar, HungKingsDays) {
  EXPECT_EQ(*LunarToSolar(10, 3, 2022, false), MakeDate(2022, 4, 10));
  EXPECT_EQ(*LunarToSolar(10, 3, 2025, false), MakeDate(2025, 4, 7));
  EXPECT_EQ(*LunarToSolar(10, 3, 2026, false), MakeDate(2026, 4, 26));
  EXPECT_EQ(*LunarToSolar(10, 3, 2027, false), MakeDate(2027, 4, 16));
  EXPECT_EQ(*LunarToSolar(10, 3, 2028, false), MakeDate(2028, 4, 4));
  EXPECT_EQ(*LunarToSolar(10, 3, 2029, false), MakeDate(2029, 4, 23));
  EXPECT_EQ(*LunarToSolar(10, 3, 2030, false), MakeDate(2030, 4, 12));
}

TEST(LunarCalendar, LeapMonth2025IsTheSixth) {
  // Ất Tỵ has a leap 6th month: 1/6 on 25/06/2025, 1/6 nhuận on 25/07/2025; Trung thu (15/8)
  // on 06/10/2025.
  EXPECT_EQ(*LunarToSolar(1, 6, 2025, false), MakeDate(2025, 6, 25));
  EXPECT_EQ(*LunarToSolar(1, 6, 2025, true), MakeDate(2025, 7, 25));
  EXPECT_EQ(*LunarToSolar(15, 8, 2025, false), MakeDate(2025, 10, 6));
  EXPECT_EQ(SolarToLunar(MakeDate(2025, 7, 25)), (LunarDate{1, 6, 2025, true}));
  EXPECT_EQ(SolarToLunar(MakeDate(2025, 8, 23)), (LunarDate{1, 7, 2025, false}));
  // Quý Mão 2023 had a leap 2nd month from 22/03/2023.
  EXPECT_EQ(*LunarToSolar(1, 2, 2023, true), MakeDate(2023, 3, 22));
  EXPECT_EQ(SolarToLunar(MakeDate(2023, 3, 22)), (LunarDate{1, 2, 2023, true}));
}

TEST(LunarCalendar, RejectsDatesThatDoNotExist) {
  for (const auto& r : {LunarToSolar(1, 5, 2025, true),     // 2025's leap month is the 6th
                        LunarToSolar(1, 6, 2024, true),     // 2024 has no leap month
                        LunarToSolar(30, 12, 2024, false),  // Ất Tỵ 2025 had no "30 Tết"
                        LunarToSolar(0, 1, 2025, false), LunarToSolar(31, 1, 2025, false),
                        LunarToSolar(1, 13, 2025, false), LunarToSolar(1, 0, 2025, false)}) {
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  }
  EXPECT_EQ(*LunarToSolar(29, 12, 2024, false), MakeDate(2025, 1, 28));
}

TEST(LunarCalendar, RoundTripsEveryDayFrom1800To2199) {
  LunarDate previous = SolarToLunar(MakeDate(1799, 12, 31));
  for (sys_days d = sys_days(MakeDate(1800, 1, 1)); d <= sys_days(MakeDate(2199, 12, 31));
       d += days(1)) {
    const Date solar(d);
    const LunarDate lunar = SolarToLunar(solar);
    const auto back = LunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap_month);
    ASSERT_TRUE(back.has_value()) << FormatDate(solar);
    ASSERT_EQ(*back, solar) << FormatDate(solar);
    // Consecutive days: the next lunar day, or day 1 after day 29 or 30.
    if (lunar.day == 1) {
      ASSERT_GE(previous.day, 29) << FormatDate(solar);
    } else {
      ASSERT_EQ(lunar.day, previous.day + 1) << FormatDate(solar);
      ASSERT_EQ(lunar.month, previous.month) << FormatDate(solar);
    }
    previous = lunar;
  }
}

}  // namespace
}  // namespace motcua::calendar
