// SPDX-License-Identifier: Apache-2.0
#include "common/local_time.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

TEST(LocalTime, FormatsInVietnamOffset) {
  // 2023-10-27 02:32 UTC is 09:32 in Hanoi.
  const Timestamp t = Timestamp(std::chrono::sys_days(MakeDate(2023, 10, 27))) + hours(2) + minutes(32);
  EXPECT_EQ(FormatIso(t), "2023-10-27T09:32:00+07:00");
}

TEST(LocalTime, LocalMidnightCrossesUtcDate) {
  // 23:30 UTC on the 31st is already 06:30 on the 1st in Vietnam.
  const Timestamp t = Timestamp(std::chrono::sys_days(MakeDate(2024, 12, 31))) + hours(23) + minutes(30);
  EXPECT_EQ(FormatDate(LocalDate(t)), "2025-01-01");
}

TEST(LocalTime, ParsesOffsetsAndLocalForms) {
  const auto local = ParseIso("2025-01-29T09:32:00+07:00");
  ASSERT_TRUE(local.has_value());
  EXPECT_EQ(FormatIso(*local), "2025-01-29T09:32:00+07:00");
  EXPECT_EQ(FormatIso(*ParseIso("2025-01-29T02:32:00Z")), "2025-01-29T09:32:00+07:00");
  EXPECT_EQ(FormatIso(*ParseIso("2025-01-29T09:32")), "2025-01-29T09:32:00+07:00");
  EXPECT_EQ(FormatIso(*ParseIso("2025-01-29T04:32:00.123+02:00")), "2025-01-29T09:32:00+07:00");
  EXPECT_EQ(FormatIso(*ParseIso("2025-01-29")), "2025-01-29T00:00:00+07:00");
}

TEST(LocalTime, MakesAnInstantFromAVietnamWallClock) {
  EXPECT_EQ(FormatIso(MakeLocalTime(2023, 10, 27, 9, 32)), "2023-10-27T09:32:00+07:00");
  EXPECT_EQ(FormatIso(MakeLocalTime(2025, 1, 1, 6, 30, 5)), "2025-01-01T06:30:05+07:00");
}

TEST(LocalTime, RejectsGarbage) {
  for (const char* bad : {"", "2025", "2025-02-30", "2025-01-29T25:00", "29/01/2025",
                          "2025-01-29T09:32+7", "2025-01-29Tab:cd"}) {
    const auto r = ParseIso(bad);
    ASSERT_FALSE(r.has_value()) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  }
}

TEST(LocalTime, WeekdayAndVietnameseDate) {
  EXPECT_EQ(Weekday(MakeDate(2023, 10, 27)), 5u);  // Friday
  EXPECT_EQ(FormatDateVi(MakeDate(2026, 2, 17)), "17/02/2026");
}

}  // namespace
}  // namespace motcua
