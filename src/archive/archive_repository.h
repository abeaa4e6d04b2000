// SPDX-License-Identifier: Apache-2.0
// The record of sealed packages (which dossier, where, until when), and its storage interface.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "archive/package_writer.h"
#include "common/result.h"

namespace motcua::archive {

// Implementations are thread-safe; every method is one transaction.
class ArchiveRepository {
 public:
  virtual ~ArchiveRepository() = default;
  // Records a sealed package (PackageInfo::created is not stored). kConflict when the dossier
  // already has a record; kConflict too when the dossier does not exist.
  virtual Status Add(const PackageInfo& package) = 0;
  // The record of a dossier's package. kNotFound when it has none.
  virtual Result<PackageInfo> Get(std::string_view dossier_code) = 0;
  // Every record, by dossier code.
  virtual Result<std::vector<PackageInfo>> List() = 0;
  // Codes of dossiers in a final status (dossier::IsFinal) without a record, at most `limit`,
  // by code: what a sweep still has to seal.
  virtual Result<std::vector<std::string>> ListClosedWithoutPackage(int limit) = 0;
};

}  // namespace motcua::archive
