// SPDX-License-Identifier: Apache-2.0
#include "common/result.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

Result<int> Half(int x) {
  if (x % 2 != 0) return MakeError(ErrorCode::kInvalidArgument, "odd", "x");
  return x / 2;
}

Result<int> Quarter(int x) {
  MOTCUA_ASSIGN_OR_RETURN(h, Half(x));
  return Half(h);
}

TEST(Result, CarriesValueOrError) {
  EXPECT_EQ(*Quarter(8), 2);
  const auto r = Quarter(6);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().field, "x");
  EXPECT_THROW((void)r.value(), InvariantViolation);
}

}  // namespace
}  // namespace motcua
