// SPDX-License-Identifier: Apache-2.0
// Paying a dossier's fee online: start with a provider, confirm, list.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog_repository.h"
#include "common/clock.h"
#include "dossier/dossier_service.h"
#include "payment/payment.h"
#include "payment/provider.h"

namespace motcua::payment {

struct PaymentServiceDeps {
  dossier::DossierService* dossiers = nullptr;  // access checks
  // Appends the payment's line to the dossier's history (no status change).
  std::shared_ptr<dossier::DossierRepository> dossier_repo;
  catalog::CatalogRepository* catalog = nullptr;
  PaymentRepository* payments = nullptr;
  const Clock* clock = nullptr;
};

// Thread-safe once its providers are added (at start-up, before requests arrive).
class PaymentService {
 public:
  explicit PaymentService(PaymentServiceDeps deps) : d_(std::move(deps)) {}

  // Makes `provider` available by its Name().
  void AddProvider(std::unique_ptr<Provider> provider);

  // Starts paying the fee of dossier `code` (ChooseFee, with `fee_index` when given) with
  // `provider`. Who may: the applicant and the staff who may act on the dossier. Errors:
  // kNotFound, kForbidden; kInvalidArgument for an unknown provider (field "provider"), a
  // procedure without a fee (reason "no_fee") or a bad fee_index; kFailedPrecondition (reason
  // "dossier_closed") for a closed dossier; kConflict (reason "already_paid") when the dossier's
  // fee is already paid.
  Result<Payment> Start(const identity::Principal& who, std::string_view code,
                        std::string_view provider, std::optional<int> fee_index);

  // The dossier's payments, oldest first, for whoever may read the dossier.
  Result<std::vector<Payment>> List(const identity::Principal& who, std::string_view code);

  // Whether `provider` was added (the test provider only in a demo province and in tests).
  bool HasProvider(std::string_view provider) const { return providers_.contains(provider); }

  // One payment, for the provider's pay page. kNotFound.
  Result<Payment> Get(long long id) { return d_.payments->Get(id); }

  // The provider's confirmation of payment `id`. Idempotent: a payment already paid is
  // returned as it is. When paid, the receipt number and time are recorded and the dossier's
  // history notes it. kNotFound; kInvalidArgument for a malformed confirmation;
  // kFailedPrecondition (reason "payment_closed") for a failed payment; kConflict (reason
  // "already_paid") when another payment of the dossier was paid first.
  Result<Payment> Confirm(long long id, const std::map<std::string, std::string>& params);

 private:
  void NoteInHistory(const Payment& p);

  PaymentServiceDeps d_;
  std::map<std::string, std::unique_ptr<Provider>, std::less<>> providers_;
};

// "200.000 đồng": an amount the way Vietnamese papers write it.
std::string FormatDong(long long amount_vnd);

}  // namespace motcua::payment
