// SPDX-License-Identifier: Apache-2.0
#include "ocr/character_accuracy.h"

#include <gtest/gtest.h>

namespace motcua::ocr {
namespace {

TEST(CharacterAccuracy, IdenticalTextIsOne) {
  EXPECT_DOUBLE_EQ(CharacterAccuracy("Nguyễn Thị Hồng Nhung", "Nguyễn Thị Hồng Nhung"), 1.0);
}

TEST(CharacterAccuracy, CountsCodePointsNotBytes) {
  // One lost tone mark is one error out of five letters, although "ễ" is three bytes.
  EXPECT_DOUBLE_EQ(CharacterAccuracy("Nguyễ", "Nguyê"), 0.8);
  EXPECT_DOUBLE_EQ(CharacterAccuracy("abcd", "abxd"), 0.75);
  EXPECT_DOUBLE_EQ(CharacterAccuracy("abcd", "abd"), 0.75);
  EXPECT_DOUBLE_EQ(CharacterAccuracy("abcd", "abcde"), 0.75);
}

TEST(CharacterAccuracy, WhiteSpaceRunsAreOneSpace) {
  EXPECT_DOUBLE_EQ(CharacterAccuracy("Họ và tên\nNơi cư trú", "  Họ  và\ttên \n\n Nơi cư trú\f"),
                   1.0);
}

TEST(CharacterAccuracy, DecomposedVietnameseEqualsPrecomposed) {
  // "Hồng Nhung ệ" with e + dot below + circumflex, o + circumflex + grave.
  EXPECT_DOUBLE_EQ(CharacterAccuracy("Hồng ệ Ử", "Ho\u0302\u0300ng e\u0323\u0302 U\u031B\u0309"),
                   1.0);
  EXPECT_EQ(NormalizeForComparison("e\u0302\u0301 a\u0306\u0303 o\u031B\u0323"), "ế ẵ ợ");
}

TEST(CharacterAccuracy, ClampsAndHandlesEmpty) {
  EXPECT_DOUBLE_EQ(CharacterAccuracy("ab", "xxxxxxxx"), 0.0);
  EXPECT_DOUBLE_EQ(CharacterAccuracy("", ""), 1.0);
  EXPECT_DOUBLE_EQ(CharacterAccuracy(" \n", "x"), 0.0);
  EXPECT_DOUBLE_EQ(CharacterAccuracy("abc", ""), 0.0);
}

TEST(CharacterAccuracy, DropsInvalidUtf8) {
  EXPECT_DOUBLE_EQ(CharacterAccuracy("abc",
                                     "a\xff"
                                     "bc"),
                   1.0);
}

}  // namespace
}  // namespace motcua::ocr
