// SPDX-License-Identifier: Apache-2.0
#include "process/duration.h"

#include <gtest/gtest.h>

namespace motcua::process {
namespace {

using calendar::TimeUnit;

void Expect(const char* text, int amount, TimeUnit unit) {
  auto t = ParseWorkingDuration(text);
  ASSERT_TRUE(t.has_value()) << text;
  EXPECT_EQ(t->amount, amount) << text;
  EXPECT_EQ(t->unit, unit) << text;
}

TEST(ParseWorkingDuration, ReadsDaysHoursAndWeeksAsWorkingTime) {
  Expect("P2D", 2, TimeUnit::kWorkingDays);
  Expect("P0D", 0, TimeUnit::kWorkingDays);
  Expect("PT8H", 8, TimeUnit::kWorkingHours);
  Expect("P1DT4H", 12, TimeUnit::kWorkingHours);
  Expect("P2W", 10, TimeUnit::kWorkingDays);
  Expect(" P3D ", 3, TimeUnit::kWorkingDays);
}

TEST(ParseWorkingDuration, RefusesWhatIsNotWholeDaysOrHours) {
  for (const char* bad : {"", "P", "PT", "P1DT", "2D", "P1M", "P1Y", "PT30M", "PT1H30M", "PT10S",
                          "P1.5D", "P1W2D", "P2D3D", "p2d", "P-1D", "PT1HT2H", "P1234567D"}) {
    EXPECT_FALSE(ParseWorkingDuration(bad).has_value()) << bad;
  }
}

TEST(FormatWorkingDuration, WritesWhatItReadsBack) {
  EXPECT_EQ(FormatWorkingDuration({3, TimeUnit::kWorkingDays}), "P3D");
  EXPECT_EQ(FormatWorkingDuration({12, TimeUnit::kWorkingHours}), "PT12H");
}

}  // namespace
}  // namespace motcua::process
