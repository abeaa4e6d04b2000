// SPDX-License-Identifier: Apache-2.0
// archive::ArchiveRepository on SQL (both dialects).
#pragma once

#include <memory>

#include "archive/archive_repository.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlArchiveRepository final : public archive::ArchiveRepository {
 public:
  explicit SqlArchiveRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Status Add(const archive::PackageInfo& package) override;
  Result<archive::PackageInfo> Get(std::string_view dossier_code) override;
  Result<std::vector<archive::PackageInfo>> List() override;
  Result<std::vector<std::string>> ListClosedWithoutPackage(int limit) override;

 private:
  std::shared_ptr<Database> db_;
};

}  // namespace motcua::storage
