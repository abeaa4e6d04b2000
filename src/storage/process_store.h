// SPDX-License-Identifier: Apache-2.0
// process::ProcessRepository on SQL (both dialects).
#pragma once

#include <memory>

#include "process/process_repository.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlProcessRepository final : public process::ProcessRepository {
 public:
  explicit SqlProcessRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Result<process::StoredProcess> Current(std::string_view procedure_code) override;
  Result<process::StoredProcess> GetVersion(long long id) override;
  Result<process::StoredProcess> GetByNumber(std::string_view procedure_code, int version) override;
  Result<process::StoredProcess> Insert(const process::NewProcessVersion& v) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
