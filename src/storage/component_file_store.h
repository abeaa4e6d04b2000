// SPDX-License-Identifier: Apache-2.0
// digitization::ComponentFileRepository on SQL (both dialects).
#pragma once

#include <memory>

#include "digitization/component_files.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlComponentFileRepository final : public digitization::ComponentFileRepository {
 public:
  explicit SqlComponentFileRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Result<long long> Add(const digitization::ComponentFile& file) override;
  Result<std::vector<digitization::ComponentFile>> List(std::string_view dossier_code) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
