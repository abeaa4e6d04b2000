// SPDX-License-Identifier: Apache-2.0
// catalog::FormTemplateRepository on SQL (both dialects): the form_templates table of migration
// 0012.
#pragma once

#include <memory>

#include "catalog/form_template.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlFormTemplateRepository final : public catalog::FormTemplateRepository {
 public:
  explicit SqlFormTemplateRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Status Put(const catalog::FormTemplate& t) override;
  Result<catalog::FormTemplate> Get(std::string_view procedure_code,
                                    std::string_view component_id) override;
  Result<std::vector<catalog::FormTemplate>> List(std::string_view procedure_code) override;
  Status Remove(std::string_view procedure_code, std::string_view component_id) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
