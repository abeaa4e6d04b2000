// SPDX-License-Identifier: Apache-2.0
#include "payment/payment.h"

namespace motcua::payment {

std::string_view PaymentStatusName(PaymentStatus s) {
  switch (s) {
    case PaymentStatus::kPending:
      return "pending";
    case PaymentStatus::kPaid:
      return "paid";
    case PaymentStatus::kFailed:
      return "failed";
  }
  return "pending";
}

std::optional<PaymentStatus> ParsePaymentStatus(std::string_view name) {
  for (auto s : {PaymentStatus::kPending, PaymentStatus::kPaid, PaymentStatus::kFailed}) {
    if (PaymentStatusName(s) == name) return s;
  }
  return std::nullopt;
}

std::string_view PaymentStatusLabelVi(PaymentStatus s) {
  switch (s) {
    case PaymentStatus::kPending:
      return "Chờ thanh toán";
    case PaymentStatus::kPaid:
      return "Đã thanh toán";
    case PaymentStatus::kFailed:
      return "Không thành công";
  }
  return "";
}

}  // namespace motcua::payment
