// SPDX-License-Identifier: Apache-2.0
#include "documents/qr_code.h"

#include <gtest/gtest.h>

namespace motcua::documents {
namespace {

TEST(EncodeQr, MakesASquareSymbolWithFinderPatterns) {
  const auto qr = EncodeQr("https://motcua.example.vn/verify/000.00.01.H01-250129-0001");
  ASSERT_TRUE(qr.has_value());
  EXPECT_GE(qr->size, 21);
  EXPECT_EQ((qr->size - 17) % 4, 0);  // versions are 21, 25, 29, ... modules wide
  // The three finder patterns have dark corners; the module just inside the ring is light.
  EXPECT_TRUE(qr->At(0, 0));
  EXPECT_TRUE(qr->At(0, qr->size - 1));
  EXPECT_TRUE(qr->At(qr->size - 1, 0));
  EXPECT_FALSE(qr->At(1, 1));
  EXPECT_TRUE(qr->At(3, 3));
}

TEST(EncodeQr, RefusesEmptyAndOversizedPayloads) {
  EXPECT_EQ(EncodeQr("").error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(EncodeQr(std::string(5000, 'x')).error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace motcua::documents
