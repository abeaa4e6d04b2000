// SPDX-License-Identifier: Apache-2.0
#include "payment/fee.h"

#include <gtest/gtest.h>

namespace motcua::payment {
namespace {

using dossier::Channel;

const std::vector<catalog::Fee> kTemporaryResidence = {
    {"Lệ phí đăng ký tạm trú - nộp trực tiếp", 15000, ""},
    {"Lệ phí đăng ký tạm trú - nộp trực tuyến", 7000, ""}};

TEST(ChooseFee, OnlineDossiersPayTheOnlineRate) {
  auto online = ChooseFee(kTemporaryResidence, Channel::kOnline, std::nullopt);
  ASSERT_TRUE(online.has_value());
  EXPECT_EQ(online->amount_vnd, 7000);
  EXPECT_EQ(online->index, 1);
  auto counter = ChooseFee(kTemporaryResidence, Channel::kCounter, std::nullopt);
  ASSERT_TRUE(counter.has_value());
  EXPECT_EQ(counter->amount_vnd, 15000);
}

TEST(ChooseFee, SkipsFreeLinesAndHonoursAChoice) {
  const std::vector<catalog::Fee> fees = {{"Lệ phí khai sinh", 0, ""},
                                          {"Lệ phí nhận cha, mẹ, con", 15000, ""}};
  EXPECT_EQ(ChooseFee(fees, Channel::kCounter, std::nullopt)->amount_vnd, 15000);
  EXPECT_EQ(ChooseFee(fees, Channel::kCounter, 0).error().reason, "no_fee");
  EXPECT_EQ(ChooseFee(fees, Channel::kCounter, 5).error().field, "fee_index");
}

TEST(ChooseFee, FreeProceduresHaveNothingToPay) {
  EXPECT_EQ(ChooseFee({{"Lệ phí", 0, "Không thu"}}, Channel::kOnline, std::nullopt).error().reason,
            "no_fee");
  EXPECT_EQ(ChooseFee({}, Channel::kOnline, std::nullopt).error().code,
            ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace motcua::payment
