// SPDX-License-Identifier: Apache-2.0
// A payment of a dossier's fee and its storage interface.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/result.h"

namespace motcua::payment {

enum class PaymentStatus { kPending, kPaid, kFailed };
// "pending", "paid", "failed".
std::string_view PaymentStatusName(PaymentStatus s);
std::optional<PaymentStatus> ParsePaymentStatus(std::string_view name);
// The Vietnamese label: "Chờ thanh toán", "Đã thanh toán", "Không thành công".
std::string_view PaymentStatusLabelVi(PaymentStatus s);

struct Payment {
  long long id = 0;
  std::string dossier_code;
  std::string provider;      // Provider::Name()
  long long amount_vnd = 0;  // whole đồng
  std::string fee_name;      // the catalog's fee line
  PaymentStatus status = PaymentStatus::kPending;
  std::string provider_ref;    // the provider's reference of the payment
  std::string pay_url;         // where the payer goes to pay
  std::string receipt_number;  // biên lai điện tử, set once paid: BL-<year>-<6 digits>
  Timestamp created_at;
  std::optional<Timestamp> paid_at;
  std::optional<long long> created_by;
};

// Implementations are thread-safe; every method is one transaction.
class PaymentRepository {
 public:
  virtual ~PaymentRepository() = default;
  // Stores a new pending payment and returns its id.
  virtual Result<long long> Create(const Payment& payment) = 0;
  // Sets the provider's reference and the pay URL of a payment just created.
  virtual Status SetProviderRef(long long id, std::string_view provider_ref,
                                std::string_view pay_url) = 0;
  // kNotFound when absent.
  virtual Result<Payment> Get(long long id) = 0;
  // The dossier's payments, oldest first.
  virtual Result<std::vector<Payment>> ListForDossier(std::string_view dossier_code) = 0;
  // Marks a pending payment paid at `at` with the next receipt number of `year`
  // ("BL-<year>-<6 digits>", numbered in the same transaction) and returns it as stored.
  // kConflict (reason "already_paid") when the dossier already has a paid payment;
  // kFailedPrecondition when the payment is no longer pending.
  virtual Result<Payment> MarkPaid(long long id, Timestamp at, int year) = 0;
  // Marks a pending payment failed. kFailedPrecondition when it is no longer pending.
  virtual Result<Payment> MarkFailed(long long id) = 0;
};

}  // namespace motcua::payment
