// SPDX-License-Identifier: Apache-2.0
// The catalog's use cases: search ignoring diacritics, read, import and export.
#pragma once

#include <memory>

#include "catalog/catalog_repository.h"
#include "common/clock.h"

namespace motcua::catalog {

struct SearchRequest {
  std::string text;  // free text, any case, with or without diacritics
  std::string level;
  std::string field;
  int limit = 50;
  int offset = 0;
};

// What an edit of a procedure did.
struct EditOutcome {
  Procedure procedure;  // the version the edit wrote, or the current one when nothing changed
  bool new_version = false;
};

struct ImportReport {
  int procedures = 0;    // entries read
  int new_versions = 0;  // versions added
};

class CatalogService {
 public:
  CatalogService(std::shared_ptr<CatalogRepository> repo, const Clock& clock)
      : repo_(std::move(repo)), clock_(clock) {}

  // kInvalidArgument for a bad limit/offset or level.
  Result<std::vector<Procedure>> Search(const SearchRequest& request);
  // The procedure as in force today. kNotFound for an unknown code.
  Result<Procedure> Get(std::string_view code);
  // One particular version (the one a dossier was received under). kNotFound when absent.
  Result<Procedure> GetVersion(long long version_id) { return repo_->GetVersion(version_id); }
  // Imports {"procedures":[...]}: all or nothing.
  Result<ImportReport> Import(const nlohmann::json& document);
  // The catalog editor: `changes` holds any members of the import format (name, field,
  // processing_time, fees, components, ..., effective_from); the rest is taken from the version
  // in force today, and effective_from defaults to today. Rules equal to the current ones write
  // nothing; otherwise a new version is added (a procedure unknown so far is created, and then
  // every required member must be given). Dossiers keep the version they were received under.
  // kInvalidArgument naming the member; kConflict (field "effective_from") when another
  // version already takes effect on that date.
  Result<EditOutcome> Edit(std::string_view code, const nlohmann::json& changes);
  // Exports every procedure as in force today, in the import format.
  Result<nlohmann::json> Export();

 private:
  std::shared_ptr<CatalogRepository> repo_;
  const Clock& clock_;
};

}  // namespace motcua::catalog
