// SPDX-License-Identifier: Apache-2.0
#include "calendar/deadline.h"

#include <gtest/gtest.h>

#include "calendar/published_notices.h"

namespace motcua::calendar {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

std::string Due(const WorkingCalendar& cal, Timestamp received, int amount,
                TimeUnit unit = TimeUnit::kWorkingDays) {
  return FormatIso(ComputeDueAt(cal, received, ProcessingTime{amount, unit}));
}

// Notices for years without a published one, to show that a notice moves the deadline.
YearNotice Notice2027() {
  return YearNotice{.year = 2027,
                    .days_off = {MakeDate(2027, 2, 4), MakeDate(2027, 2, 5), MakeDate(2027, 2, 8),
                                 MakeDate(2027, 2, 9), MakeDate(2027, 2, 10)},
                    .working_days = {},
                    .reference = "Thông báo thử 2027"};
}

YearNotice Notice2028() {
  return YearNotice{
      .year = 2028,
      .days_off = {MakeDate(2028, 1, 24), MakeDate(2028, 1, 25), MakeDate(2028, 1, 26),
                   MakeDate(2028, 1, 27), MakeDate(2028, 1, 28)},
      .working_days = {},
      .reference = "Thông báo thử 2028"};
}

class DeadlineTest : public ::testing::Test {
 protected:
  WorkingCalendar published_{PublishedNotices()};
  WorkingCalendar computed_{};
};

TEST_F(DeadlineTest, ExampleFromARealReceipt) {
  EXPECT_EQ(Due(published_, MakeLocalTime(2023, 10, 27, 9, 32), 5), "2023-11-03T09:32:00+07:00");
}

TEST_F(DeadlineTest, AcrossTet2025) {
  // Notice: off 25/01-02/02. Default: off Tue 28/01-Fri 31/01 and Mon 03/02.
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 1, 24, 10, 0), 1), "2025-02-03T10:00:00+07:00");
  EXPECT_EQ(Due(computed_, MakeLocalTime(2025, 1, 24, 10, 0), 1), "2025-01-27T10:00:00+07:00");
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 1, 24, 10, 0), 5), "2025-02-07T10:00:00+07:00");
  EXPECT_EQ(Due(computed_, MakeLocalTime(2025, 1, 24, 10, 0), 5), "2025-02-07T10:00:00+07:00");
}

TEST_F(DeadlineTest, AcrossTet2026) {
  // Thu 12/02: Fri 13 (1), Tết 16-20, Mon 23 (2) .. Thu 26 (5). The default agrees.
  EXPECT_EQ(Due(published_, MakeLocalTime(2026, 2, 12, 14, 0), 5), "2026-02-26T14:00:00+07:00");
  EXPECT_EQ(Due(computed_, MakeLocalTime(2026, 2, 12, 14, 0), 5), "2026-02-26T14:00:00+07:00");
}

TEST_F(DeadlineTest, AcrossTet2027) {
  // Default: off Fri 05/02 and Mon 08-Thu 11/02.
  EXPECT_EQ(Due(computed_, MakeLocalTime(2027, 2, 3, 9, 0), 1), "2027-02-04T09:00:00+07:00");
  EXPECT_EQ(Due(computed_, MakeLocalTime(2027, 2, 3, 9, 0), 3), "2027-02-15T09:00:00+07:00");
  // With a notice for Thu 04-Wed 10/02: the first working day is Thu 11/02.
  const WorkingCalendar with_notice({Notice2027()});
  EXPECT_EQ(Due(with_notice, MakeLocalTime(2027, 2, 3, 9, 0), 1), "2027-02-11T09:00:00+07:00");
}

TEST_F(DeadlineTest, AcrossTet2028) {
  // Default: off Tue 25/01-Fri 28/01 and Mon 31/01.
  EXPECT_EQ(Due(computed_, MakeLocalTime(2028, 1, 24, 8, 0), 2), "2028-02-02T08:00:00+07:00");
  EXPECT_EQ(Due(computed_, MakeLocalTime(2028, 1, 21, 8, 0), 1), "2028-01-24T08:00:00+07:00");
  // With a notice for Mon 24-Fri 28/01: Mon 31/01 is worked.
  const WorkingCalendar with_notice({Notice2028()});
  EXPECT_EQ(Due(with_notice, MakeLocalTime(2028, 1, 21, 8, 0), 1), "2028-01-31T08:00:00+07:00");
}

TEST_F(DeadlineTest, AcrossVictoryAndLabourDay) {
  // 2025 notice: Sat 26/04 worked, 30/4-2/5 off.
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 4, 25, 10, 0), 3), "2025-04-29T10:00:00+07:00");
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 4, 25, 10, 0), 5), "2025-05-06T10:00:00+07:00");
  // Without it: Mon 28 (1), Tue 29 (2), Fri 02/05 (3).
  EXPECT_EQ(Due(computed_, MakeLocalTime(2025, 4, 25, 10, 0), 3), "2025-05-02T10:00:00+07:00");
  // 2022: 30/4 Sat and 1/5 Sun, made up on Mon 2/5 and Tue 3/5.
  EXPECT_EQ(Due(computed_, MakeLocalTime(2022, 4, 29, 9, 0), 1), "2022-05-04T09:00:00+07:00");
}

TEST_F(DeadlineTest, AcrossNationalDay) {
  // 2025: Mon 1/9 and Tue 2/9 off.
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 8, 29, 15, 30), 2), "2025-09-04T15:30:00+07:00");
  // 2026 notice: Mon 31/08 off (swapped with Sat 22/08), 1/9 and 2/9.
  EXPECT_EQ(Due(published_, MakeLocalTime(2026, 8, 28, 10, 0), 1), "2026-09-03T10:00:00+07:00");
  EXPECT_EQ(Due(published_, MakeLocalTime(2026, 8, 21, 10, 0), 1), "2026-08-22T10:00:00+07:00");
  // Without the notice 31/08 is worked and 22/08 is not.
  EXPECT_EQ(Due(computed_, MakeLocalTime(2026, 8, 28, 10, 0), 1), "2026-08-31T10:00:00+07:00");
  EXPECT_EQ(Due(computed_, MakeLocalTime(2026, 8, 21, 10, 0), 1), "2026-08-24T10:00:00+07:00");
}

TEST_F(DeadlineTest, SameDayProcedures) {
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 3, 5, 14, 59), 0), "2025-03-05T17:00:00+07:00");
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 3, 5, 7, 0), 0), "2025-03-05T17:00:00+07:00");
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 3, 5, 15, 0), 0), "2025-03-06T15:00:00+07:00");
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 3, 7, 16, 30), 0), "2025-03-10T16:30:00+07:00");
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 3, 8, 10, 0), 0), "2025-03-10T17:00:00+07:00");
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 1, 24, 15, 30), 0), "2025-02-03T15:30:00+07:00");
}

TEST_F(DeadlineTest, WorkingHours) {
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 1, 24, 15, 0), 4, TimeUnit::kWorkingHours),
            "2025-02-03T09:30:00+07:00");
  EXPECT_EQ(Due(published_, MakeLocalTime(2025, 3, 4, 10, 0), 3, TimeUnit::kWorkingHours),
            "2025-03-04T14:30:00+07:00");
}

}  // namespace
}  // namespace motcua::calendar
