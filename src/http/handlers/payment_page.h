// SPDX-License-Identifier: Apache-2.0
// The local test payment provider's pay page (HTML, no script).
#pragma once

#include <string>
#include <string_view>

#include "payment/payment.h"

namespace motcua::http {

// A small Vietnamese page for `payment`: the dossier, the fee and amount, and while pending two
// buttons, "Thanh toán" and "Hủy", that post {result: success|cancel} as a form to
// /api/v1/payments/{id}/test-confirm; once paid, the e-receipt number. `error`, when not
// empty, is the error code of the last confirmation (e.g. "already_paid"), shown in words.
std::string TestPayPage(const payment::Payment& payment, std::string_view error);

}  // namespace motcua::http
