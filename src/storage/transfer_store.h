// SPDX-License-Identifier: Apache-2.0
// transfer::TransferRepository on SQL (both dialects).
#pragma once

#include <memory>

#include "storage/database.h"
#include "transfer/transfer_repository.h"

namespace motcua::storage {

class SqlTransferRepository final : public transfer::TransferRepository {
 public:
  explicit SqlTransferRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Result<long long> Add(const transfer::Transfer& transfer) override;
  Result<transfer::Transfer> Get(long long id) override;
  Result<std::vector<transfer::Transfer>> ListForAgency(long long agency_id,
                                                        transfer::Direction direction) override;
  Status Decide(long long id, transfer::TransferState state, std::string_view reason,
                std::string_view reason_message, long long decided_by,
                Timestamp decided_at) override;
  Result<std::vector<long long>> AcceptingAgencies(std::string_view dossier_code) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
