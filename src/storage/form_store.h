// SPDX-License-Identifier: Apache-2.0
// forms::FormRepository on SQL (both dialects).
#pragma once

#include <memory>

#include "forms/form_repository.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlFormRepository final : public forms::FormRepository {
 public:
  explicit SqlFormRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Result<long long> Add(const forms::StoredForm& form) override;
  Result<std::vector<forms::StoredForm>> List(std::string_view dossier_code) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
