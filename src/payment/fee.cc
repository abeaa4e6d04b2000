// SPDX-License-Identifier: Apache-2.0
#include "payment/fee.h"

#include "common/text_fold.h"

namespace motcua::payment {
namespace {

Error NoFee() {
  return MakeError(ErrorCode::kInvalidArgument,
                   "Thủ tục này không thu phí, lệ phí nên không cần thanh toán", "procedure",
                   "no_fee");
}

bool NamesOtherChannel(const catalog::Fee& fee, dossier::Channel channel) {
  const std::string name = FoldForSearch(fee.name);
  const bool online = channel == dossier::Channel::kOnline || channel == dossier::Channel::kKiosk;
  const std::string_view other = online ? "truc tiep" : "truc tuyen";
  return name.find(other) != std::string::npos;
}

}  // namespace

Result<ChosenFee> ChooseFee(const std::vector<catalog::Fee>& fees, dossier::Channel channel,
                            std::optional<int> fee_index) {
  if (fee_index) {
    if (*fee_index < 0 || *fee_index >= static_cast<int>(fees.size())) {
      return MakeError(
          ErrorCode::kInvalidArgument,
          "Không có khoản phí, lệ phí số " + std::to_string(*fee_index) + " trong thủ tục này",
          "fee_index");
    }
    const auto& fee = fees[static_cast<size_t>(*fee_index)];
    if (fee.amount_vnd <= 0) return NoFee();
    return ChosenFee{*fee_index, fee.name, fee.amount_vnd};
  }
  for (size_t i = 0; i < fees.size(); ++i) {
    if (fees[i].amount_vnd > 0 && !NamesOtherChannel(fees[i], channel)) {
      return ChosenFee{static_cast<int>(i), fees[i].name, fees[i].amount_vnd};
    }
  }
  return NoFee();
}

}  // namespace motcua::payment
