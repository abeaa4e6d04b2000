// SPDX-License-Identifier: Apache-2.0
// digitization::WarehouseRepository on SQL (both dialects).
#pragma once

#include <memory>

#include "digitization/warehouse.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlWarehouseRepository final : public digitization::WarehouseRepository {
 public:
  explicit SqlWarehouseRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Result<digitization::WarehouseDocument> Add(
      const digitization::WarehouseDocument& doc,
      const std::function<Result<std::string>(int seq)>& make_code,
      std::optional<long long> component_file_id) override;
  Result<digitization::WarehouseDocument> Get(std::string_view code) override;
  Result<std::vector<digitization::WarehouseDocument>> ListByOwner(
      std::string_view owner_id) override;
  Result<std::vector<digitization::WarehouseDocument>> ListForDossier(
      std::string_view dossier_code) override;
  Status LogAccess(const digitization::WarehouseAccess& access) override;
  Result<std::vector<digitization::WarehouseAccess>> ListAccess(std::string_view owner_id,
                                                                int limit) override;

 private:
  Result<std::vector<digitization::WarehouseDocument>> Select(std::string_view where,
                                                              std::string_view order,
                                                              std::string_view arg);
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
