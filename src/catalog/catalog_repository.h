// SPDX-License-Identifier: Apache-2.0
// Storage interface of the catalog: procedures and their dated rule versions.
#pragma once

#include <string>
#include <vector>

#include "catalog/procedure.h"
#include "catalog/procedure_json.h"
#include "common/clock.h"
#include "common/result.h"

namespace motcua::catalog {

struct SearchQuery {
  std::vector<std::string> words;  // folded (FoldForSearch); each must occur in name or code
  std::string level;               // exact match when not empty
  std::string field_folded;        // folded field name; exact match when not empty
  int limit = 50;
  int offset = 0;
};

// Implementations are thread-safe.
class CatalogRepository {
 public:
  virtual ~CatalogRepository() = default;
  // Procedures matching `q`, each with the version in force on `on`, ordered by name.
  virtual Result<std::vector<Procedure>> Search(const SearchQuery& q, const Date& on) = 0;
  // The procedure with the version in force on `on`. kNotFound when the code is unknown or no
  // version is yet in force.
  virtual Result<Procedure> Get(std::string_view code, const Date& on) = 0;
  // The procedure with one particular version (what a dossier was received under).
  virtual Result<Procedure> GetVersion(long long version_id) = 0;
  // Every version of a procedure, oldest first.
  virtual Result<std::vector<ProcedureVersion>> ListVersions(std::string_view code) = 0;
  // Every procedure with the version in force on `on`.
  virtual Result<std::vector<Procedure>> ListAll(const Date& on) = 0;
  // Records each entry as a version of its procedure, all in one transaction: on any error
  // nothing is written. A version with the same effective date and identical rules is left as
  // it is; with different rules, kConflict naming the procedure. Returns how many versions were
  // added.
  virtual Result<int> PutVersions(const std::vector<ImportEntry>& entries, Timestamp now) = 0;
};

}  // namespace motcua::catalog
