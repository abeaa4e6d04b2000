// SPDX-License-Identifier: Apache-2.0
#include "forms/timeliness.h"

#include <gtest/gtest.h>

#include "common/local_time.h"

namespace motcua::forms {
namespace {

const Timestamp kDue = MakeLocalTime(2026, 12, 9, 9, 0);

TEST(ClassifyHandOver, EarlierDayIsEarly) {
  EXPECT_EQ(ClassifyHandOver(MakeLocalTime(2026, 12, 8, 16, 59), kDue), Timeliness::kEarly);
  EXPECT_EQ(ClassifyHandOver(MakeLocalTime(2026, 11, 25, 9, 0), kDue), Timeliness::kEarly);
}

TEST(ClassifyHandOver, DueDayUpToTheDueTimeIsOnTime) {
  EXPECT_EQ(ClassifyHandOver(MakeLocalTime(2026, 12, 9, 7, 30), kDue), Timeliness::kOnTime);
  EXPECT_EQ(ClassifyHandOver(kDue, kDue), Timeliness::kOnTime);
}

TEST(ClassifyHandOver, AfterTheDueTimeIsLate) {
  EXPECT_EQ(ClassifyHandOver(kDue + std::chrono::seconds(1), kDue), Timeliness::kLate);
  EXPECT_EQ(ClassifyHandOver(MakeLocalTime(2026, 12, 9, 15, 0), kDue), Timeliness::kLate);
  EXPECT_EQ(ClassifyHandOver(MakeLocalTime(2027, 1, 4, 8, 0), kDue), Timeliness::kLate);
}

TEST(ClassifyHandOver, LocalMidnightDecidesTheDay) {
  // 23:30 local on 08/12 is 16:30 UTC on 08/12; 00:30 local on 09/12 is still 08/12 in UTC.
  EXPECT_EQ(ClassifyHandOver(MakeLocalTime(2026, 12, 8, 23, 30), kDue), Timeliness::kEarly);
  EXPECT_EQ(ClassifyHandOver(MakeLocalTime(2026, 12, 9, 0, 30), kDue), Timeliness::kOnTime);
}

TEST(TimelinessLabelVi, PrintsTheSlipWords) {
  EXPECT_EQ(TimelinessLabelVi(Timeliness::kEarly), "Trước hạn");
  EXPECT_EQ(TimelinessLabelVi(Timeliness::kOnTime), "Đúng hạn");
  EXPECT_EQ(TimelinessLabelVi(Timeliness::kLate), "Quá hạn");
}

}  // namespace
}  // namespace motcua::forms
