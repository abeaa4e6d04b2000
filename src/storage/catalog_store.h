// SPDX-License-Identifier: Apache-2.0
// CatalogRepository on SQL (both dialects). Rules are stored as the catalog's JSON.
#pragma once

#include <memory>
#include <mutex>
#include <unordered_map>

#include "catalog/catalog_repository.h"
#include "storage/database.h"

namespace motcua::storage {

class SqlCatalogRepository final : public catalog::CatalogRepository {
 public:
  explicit SqlCatalogRepository(std::shared_ptr<Database> db) : db_(std::move(db)) {}
  Result<std::vector<catalog::Procedure>> Search(const catalog::SearchQuery& q,
                                                 const Date& on) override;
  Result<catalog::Procedure> Get(std::string_view code, const Date& on) override;
  Result<catalog::Procedure> GetVersion(long long version_id) override;
  Result<std::vector<catalog::ProcedureVersion>> ListVersions(std::string_view code) override;
  Result<std::vector<catalog::Procedure>> ListAll(const Date& on) override;
  Result<int> PutVersions(const std::vector<catalog::ImportEntry>& entries,
                          Timestamp now) override;

 private:
  // The procedure a row holds, parsed once per version id: a stored version is never
  // rewritten (PutVersions only adds), so the parse of its JSON body can be kept.
  Result<catalog::Procedure> FromRow(const Row& row);
  std::optional<catalog::Procedure> Cached(long long version_id);
  Result<std::vector<catalog::Procedure>> FromRows(const Rows& rows);

  std::shared_ptr<Database> db_;
  std::mutex parsed_mutex_;
  std::unordered_map<long long, catalog::Procedure> parsed_;  // GUARDED_BY(parsed_mutex_)
};

}  // namespace motcua::storage
