// SPDX-License-Identifier: Apache-2.0
#include "org/org.h"

#include <gtest/gtest.h>

namespace motcua::org {
namespace {

TEST(AgencyCode, AcceptsQcvnShape) {
  EXPECT_TRUE(ValidateAgencyCode("000.00.06.H56").has_value());
  for (const char* bad : {"", "000.00.06.h56", "000.00.06.H5", "00.00.06.H56", "000-00-06-H56",
                          "000.00.06.H56 "}) {
    const auto r = ValidateAgencyCode(bad);
    ASSERT_FALSE(r.has_value()) << bad;
    EXPECT_EQ(r.error().field, "code");
  }
}

TEST(AdminUnit, FollowsSuccessorsToTheUnitInForce) {
  std::vector<AdminUnit> units = {
      {"09169", "Phường Suối Hoa", "commune", "256", MakeDate(2000, 1, 1), MakeDate(2025, 6, 30),
       "09170", ""},
      {"09170", "Phường Kinh Bắc", "commune", "27", MakeDate(2025, 7, 1), std::nullopt, "", ""},
  };
  const auto before = ResolveSuccessor(units, "09169", MakeDate(2025, 6, 1));
  ASSERT_TRUE(before.has_value());
  EXPECT_EQ(before->code, "09169");
  const auto after = ResolveSuccessor(units, "09169", MakeDate(2025, 8, 1));
  ASSERT_TRUE(after.has_value());
  EXPECT_EQ(after->code, "09170");
  EXPECT_FALSE(ResolveSuccessor(units, "99999", MakeDate(2025, 8, 1)).has_value());
}

TEST(AdminUnit, DetectsACycle) {
  std::vector<AdminUnit> units = {
      {"1", "A", "commune", "", MakeDate(2000, 1, 1), MakeDate(2001, 1, 1), "2", ""},
      {"2", "B", "commune", "", MakeDate(2000, 1, 1), MakeDate(2001, 1, 1), "1", ""},
  };
  EXPECT_FALSE(ResolveSuccessor(units, "1", MakeDate(2020, 1, 1)).has_value());
}

}  // namespace
}  // namespace motcua::org
