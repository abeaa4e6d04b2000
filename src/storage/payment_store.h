// SPDX-License-Identifier: Apache-2.0
// payment::PaymentRepository on SQL (both dialects).
#pragma once

#include <memory>

#include "payment/payment.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlPaymentRepository final : public payment::PaymentRepository {
 public:
  explicit SqlPaymentRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Result<long long> Create(const payment::Payment& payment) override;
  Status SetProviderRef(long long id, std::string_view provider_ref,
                        std::string_view pay_url) override;
  Result<payment::Payment> Get(long long id) override;
  Result<std::vector<payment::Payment>> ListForDossier(std::string_view dossier_code) override;
  Result<payment::Payment> MarkPaid(long long id, Timestamp at, int year) override;
  Result<payment::Payment> MarkFailed(long long id) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
