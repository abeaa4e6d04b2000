// SPDX-License-Identifier: Apache-2.0
#include "payment/test_provider.h"

namespace motcua::payment {

Result<StartedPayment> TestProvider::Start(const Payment& payment) {
  const std::string id = std::to_string(payment.id);
  return StartedPayment{"TEST-" + id, pay_page_base_ + id};
}

Result<bool> TestProvider::Confirm(const Payment&,
                                   const std::map<std::string, std::string>& params) {
  const auto it = params.find("result");
  const std::string result = it == params.end() ? "" : it->second;
  if (result == "success") return true;
  if (result == "cancel" || result == "fail") return false;
  return MakeError(ErrorCode::kInvalidArgument,
                   "Kết quả thanh toán phải là success, cancel hoặc fail", "result");
}

}  // namespace motcua::payment
