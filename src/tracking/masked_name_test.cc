// SPDX-License-Identifier: Apache-2.0
#include "tracking/masked_name.h"

#include <gtest/gtest.h>

namespace motcua::tracking {
namespace {

TEST(MaskPersonName, KeepsInitialsAndTheGivenName) {
  EXPECT_EQ(MaskPersonName("Nguyễn Văn An"), "Ng*** V** An");
  EXPECT_EQ(MaskPersonName("Trần Thị Bình"), "Tr** Th** Bình");
  EXPECT_EQ(MaskPersonName("Đỗ  Minh   Châu"), "Đ** M** Châu");
}

TEST(MaskPersonName, OneWordAndEmpty) {
  EXPECT_EQ(MaskPersonName("Hùng"), "H**");
  EXPECT_EQ(MaskPersonName(""), "");
}

}  // namespace
}  // namespace motcua::tracking
