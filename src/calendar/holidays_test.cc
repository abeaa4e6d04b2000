// SPDX-License-Identifier: Apache-2.0
#include "calendar/holidays.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace motcua::calendar {
namespace {

// The name of `d` in `days_off`, or "" when it is not listed.
std::string NameOf(const std::vector<DayOff>& days_off, const Date& d) {
  for (const DayOff& off : days_off) {
    if (off.date == d) return off.name;
  }
  return "";
}

TEST(Holidays, Computed2022WithWeekendHolidaysAndMakeUps) {
  // 2022: 1/1 Sat, Tết 1/2 (Tue), Giỗ Tổ Sun 10/4, 30/4 Sat + 1/5 Sun, 2/9 Fri.
  const std::vector<DayOff> expected = {
      {MakeDate(2022, 1, 1), "Tết Dương lịch"},
      {MakeDate(2022, 1, 3), "Nghỉ bù Tết Dương lịch"},
      {MakeDate(2022, 1, 31), "Tết Nguyên đán"},  // New Year's Eve, Monday
      {MakeDate(2022, 2, 1), "Tết Nguyên đán"},
      {MakeDate(2022, 2, 2), "Tết Nguyên đán"},
      {MakeDate(2022, 2, 3), "Tết Nguyên đán"},
      {MakeDate(2022, 2, 4), "Tết Nguyên đán"},
      {MakeDate(2022, 4, 10), "Giỗ Tổ Hùng Vương"},
      {MakeDate(2022, 4, 11), "Nghỉ bù Giỗ Tổ Hùng Vương"},
      {MakeDate(2022, 4, 30), "Ngày Chiến thắng"},
      {MakeDate(2022, 5, 1), "Ngày Quốc tế Lao động"},
      {MakeDate(2022, 5, 2), "Nghỉ bù Ngày Chiến thắng"},
      {MakeDate(2022, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động"},
      {MakeDate(2022, 9, 1), "Quốc khánh"},
      {MakeDate(2022, 9, 2), "Quốc khánh"},
  };
  EXPECT_EQ(HolidaysOfYear(2022, {}), expected);
}

TEST(Holidays, HungKingsOnSunday2026IsMadeUpOnMonday) {
  const auto off = HolidaysOfYear(2026, {});
  EXPECT_EQ(NameOf(off, MakeDate(2026, 4, 26)), "Giỗ Tổ Hùng Vương");
  EXPECT_EQ(NameOf(off, MakeDate(2026, 4, 27)), "Nghỉ bù Giỗ Tổ Hùng Vương");
  EXPECT_EQ(NameOf(off, MakeDate(2026, 4, 28)), "");
}

TEST(Holidays, CultureDayFrom2026WithoutMakeUp) {
  EXPECT_EQ(NameOf(HolidaysOfYear(2025, {}), MakeDate(2025, 11, 24)), "");
  EXPECT_EQ(NameOf(HolidaysOfYear(2026, {}), MakeDate(2026, 11, 24)), "Ngày Văn hóa Việt Nam");
  // 24/11/2029 is a Saturday: no make-up on Mon 26/11.
  const auto off2029 = HolidaysOfYear(2029, {});
  EXPECT_EQ(NameOf(off2029, MakeDate(2029, 11, 24)), "Ngày Văn hóa Việt Nam");
  EXPECT_EQ(NameOf(off2029, MakeDate(2029, 11, 26)), "");
}

TEST(Holidays, DefaultSecondNationalDay) {
  // 2/9/2026 is a Wednesday: 1/9 by default.
  EXPECT_EQ(NameOf(HolidaysOfYear(2026, {}), MakeDate(2026, 9, 1)), "Quốc khánh");
  // 2/9/2024 is a Monday: 3/9 instead, next to the weekend.
  const auto off2024 = HolidaysOfYear(2024, {});
  EXPECT_EQ(NameOf(off2024, MakeDate(2024, 9, 3)), "Quốc khánh");
  EXPECT_EQ(NameOf(off2024, MakeDate(2024, 8, 30)), "");
  // 2029: 1/9 Sat and 2/9 Sun, made up on Mon 3/9 and Tue 4/9.
  const auto off2029 = HolidaysOfYear(2029, {});
  EXPECT_EQ(NameOf(off2029, MakeDate(2029, 9, 1)), "Quốc khánh");
  EXPECT_EQ(NameOf(off2029, MakeDate(2029, 9, 3)), "Nghỉ bù Quốc khánh");
  EXPECT_EQ(NameOf(off2029, MakeDate(2029, 9, 4)), "Nghỉ bù Quốc khánh");
  EXPECT_EQ(NameOf(off2029, MakeDate(2029, 9, 5)), "");
}

TEST(Holidays, DefaultTetIsEvePlusFourWeekdays) {
  // 2027: eve Fri 05/02, Tết Sat 06/02 -> Fri 5, Mon 8 .. Thu 11.
  const auto off = HolidaysOfYear(2027, {});
  for (int day : {5, 8, 9, 10, 11}) {
    EXPECT_EQ(NameOf(off, MakeDate(2027, 2, day)), "Tết Nguyên đán") << day;
  }
  EXPECT_EQ(NameOf(off, MakeDate(2027, 2, 12)), "");
  // 2033: Tết Mon 31/01, so the eve is Sun 30/01 and is made up after the 4 weekdays.
  const auto off2033 = HolidaysOfYear(2033, {});
  EXPECT_EQ(NameOf(off2033, MakeDate(2033, 1, 30)), "Tết Nguyên đán");
  for (int day : {1, 2, 3}) EXPECT_EQ(NameOf(off2033, MakeDate(2033, 2, day)), "Tết Nguyên đán");
  EXPECT_EQ(NameOf(off2033, MakeDate(2033, 1, 31)), "Tết Nguyên đán");
  EXPECT_EQ(NameOf(off2033, MakeDate(2033, 2, 4)), "Nghỉ bù Tết Nguyên đán");
}

TEST(Holidays, NoticeReplacesComputedTetAndSecondNationalDay) {
  const YearNotice notice{
      .year = 2027,
      .days_off = {MakeDate(2027, 2, 4), MakeDate(2027, 2, 5), MakeDate(2027, 2, 8),
                   MakeDate(2027, 2, 9), MakeDate(2027, 2, 10), MakeDate(2027, 9, 3)},
      .working_days = {},
      .reference = "Thông báo thử"};
  const auto off = HolidaysOfYear(2027, {notice});
  EXPECT_EQ(NameOf(off, MakeDate(2027, 2, 4)), "Tết Nguyên đán");
  EXPECT_EQ(NameOf(off, MakeDate(2027, 2, 11)), "");  // computed Tết day dropped
  EXPECT_EQ(NameOf(off, MakeDate(2027, 9, 1)), "");   // computed second day dropped
  EXPECT_EQ(NameOf(off, MakeDate(2027, 9, 3)), "Quốc khánh");
  EXPECT_EQ(NameOf(off, MakeDate(2027, 9, 2)), "Quốc khánh");          // fixed holiday stays
  EXPECT_EQ(NameOf(off, MakeDate(2027, 4, 16)), "Giỗ Tổ Hùng Vương");  // fixed holiday stays
}

TEST(Holidays, NoticeListingAMakeUpDayDoesNotAddASecondOne) {
  const YearNotice notice{.year = 2026,
                          .days_off = {MakeDate(2026, 4, 27), MakeDate(2026, 5, 4)},
                          .working_days = {},
                          .reference = "Thông báo thử"};
  const auto off = HolidaysOfYear(2026, {notice});
  EXPECT_EQ(NameOf(off, MakeDate(2026, 4, 27)), "Nghỉ bù Giỗ Tổ Hùng Vương");
  EXPECT_EQ(NameOf(off, MakeDate(2026, 4, 28)), "");
  EXPECT_EQ(NameOf(off, MakeDate(2026, 5, 4)), "Nghỉ hoán đổi theo Thông báo thử");
  EXPECT_TRUE(std::is_sorted(off.begin(), off.end(),
                             [](const DayOff& a, const DayOff& b) { return a.date < b.date; }));
}

}  // namespace
}  // namespace motcua::calendar
