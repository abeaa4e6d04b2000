// SPDX-License-Identifier: Apache-2.0
// Storage interface of process maps: the BPMN XML of each procedure, one row per version.
#pragma once

#include <string>
#include <string_view>

#include "common/clock.h"
#include "common/result.h"

namespace motcua::process {

// One stored version of a procedure's process map.
struct StoredProcess {
  long long id = 0;  // what a running dossier keeps (GetVersion)
  std::string procedure_code;
  int version = 0;  // 1, 2, ... per procedure
  std::string xml;
  std::string content_hash;  // lowercase hex SHA-256 of `xml`
  std::string created_by;    // user id or "seed"
  Timestamp created_at;
};

struct NewProcessVersion {
  std::string procedure_code;
  std::string xml;
  std::string content_hash;
  std::string created_by;
  Timestamp created_at;
};

// Implementations are thread-safe.
class ProcessRepository {
 public:
  virtual ~ProcessRepository() = default;
  // The newest version of the procedure's map. kNotFound when it has none.
  virtual Result<StoredProcess> Current(std::string_view procedure_code) = 0;
  // One version by its row id. kNotFound when absent.
  virtual Result<StoredProcess> GetVersion(long long id) = 0;
  // One version by its number within the procedure. kNotFound when absent.
  virtual Result<StoredProcess> GetByNumber(std::string_view procedure_code, int version) = 0;
  // Stores `v` as the next version (current + 1, or 1) in one transaction. kConflict when a
  // concurrent insert took the same number; the caller may retry.
  virtual Result<StoredProcess> Insert(const NewProcessVersion& v) = 0;
};

}  // namespace motcua::process
