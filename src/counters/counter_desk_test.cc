// SPDX-License-Identifier: Apache-2.0
#include "counters/counter_desk.h"

#include <gtest/gtest.h>

namespace motcua::counters {
namespace {

CounterDesk Valid() {
  return {0, 1, 3, "Quầy 3 - Hộ tịch", {"Hộ tịch", "Chứng thực"}, false, true};
}

TEST(ValidateCounter, AcceptsAWellFormedCounter) {
  EXPECT_TRUE(ValidateCounter(Valid()).has_value());
}

TEST(ValidateCounter, NamesTheFieldAtFault) {
  auto c = Valid();
  c.number = 0;
  EXPECT_EQ(ValidateCounter(c).error().field, "number");
  c = Valid();
  c.name.clear();
  EXPECT_EQ(ValidateCounter(c).error().field, "name");
  c = Valid();
  c.fields.push_back("Hộ tịch");
  EXPECT_EQ(ValidateCounter(c).error().field, "fields");
}

TEST(CheckSeat, OnlyOfficersOfTheCountersAgencyAtAnOpenCounter) {
  const auto c = Valid();  // agency 1
  EXPECT_TRUE(CheckSeat(c, 1).has_value());
  EXPECT_EQ(CheckSeat(c, 2).error().field, "counter_id");
  EXPECT_EQ(CheckSeat(c, std::nullopt).error().field, "counter_id");
  auto closed = c;
  closed.active = false;
  EXPECT_EQ(CheckSeat(closed, 1).error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace motcua::counters
