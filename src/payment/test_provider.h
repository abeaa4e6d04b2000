// SPDX-License-Identifier: Apache-2.0
// The local test payment provider: no bank, no money; its pay page is served by motcua itself.
#pragma once

#include <string>

#include "payment/provider.h"

namespace motcua::payment {

// Name "test". A payment is paid at `<pay_page_base><id>` (the server's GET /pay/test/{id}
// page), whose buttons confirm it with {"result": "success"} or {"result": "cancel"}.
// Stateless and thread-safe.
class TestProvider final : public Provider {
 public:
  explicit TestProvider(std::string pay_page_base) : pay_page_base_(std::move(pay_page_base)) {}
  std::string_view Name() const override { return "test"; }
  Result<StartedPayment> Start(const Payment& payment) override;
  // "success" is paid; "cancel" and "fail" are not; anything else is kInvalidArgument
  // (field "result").
  Result<bool> Confirm(const Payment& payment,
                       const std::map<std::string, std::string>& params) override;

 private:
  std::string pay_page_base_;
};

}  // namespace motcua::payment
