// SPDX-License-Identifier: Apache-2.0
#include "common/text_fold.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(TextFold, StripsVietnameseDiacriticsAndCase) {
  EXPECT_EQ(FoldForSearch("Đăng ký khai sinh"), "dang ky khai sinh");
  EXPECT_EQ(FoldForSearch("CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN"),
            "cap giay xac nhan tinh trang hon nhan");
  EXPECT_EQ(FoldForSearch("Chứng thực bản sao"), "chung thuc ban sao");
}

TEST(TextFold, HandlesDecomposedInputAndSpaces) {
  // "Đăng" written with a combining breve: a + U+0306.
  EXPECT_EQ(FoldForSearch("  \xC4\x90" "a\xCC\x86ng   ky\xCC\x81 "), "dang ky");
}

TEST(TextFold, DropsInvalidUtf8) {
  EXPECT_EQ(FoldForSearch("ab\xFF\xC3"), "ab");
  EXPECT_FALSE(IsValidUtf8("ab\xFF"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));  // overlong '/'
  EXPECT_TRUE(IsValidUtf8("Hộ tịch"));
}

}  // namespace
}  // namespace motcua
