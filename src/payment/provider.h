// SPDX-License-Identifier: Apache-2.0
// The seam a payment gateway plugs into.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "common/result.h"
#include "payment/payment.h"

namespace motcua::payment {

// What a provider answers when a payment starts: its own reference and where the payer goes.
struct StartedPayment {
  std::string provider_ref;
  std::string pay_url;
};

// A payment gateway. Implementations are thread-safe.
class Provider {
 public:
  virtual ~Provider() = default;
  // The stable name clients ask for ("test").
  virtual std::string_view Name() const = 0;
  // Opens the payment `payment` (stored, with its id) at the provider. kUnavailable when the
  // provider cannot be reached.
  virtual Result<StartedPayment> Start(const Payment& payment) = 0;
  // Reads the provider's confirmation (its callback or return parameters) of `payment`: true
  // when paid, false when the payer cancelled or the payment failed. kInvalidArgument when the
  // confirmation is malformed or not genuine (field names the parameter).
  virtual Result<bool> Confirm(const Payment& payment,
                               const std::map<std::string, std::string>& params) = 0;
};

}  // namespace motcua::payment
