// SPDX-License-Identifier: Apache-2.0
// The catalog's JSON form, used by the API and by import/export files.
#pragma once

#include <nlohmann/json.hpp>

#include "catalog/procedure.h"
#include "common/result.h"

namespace motcua::catalog {

// A procedure as the API shows it: code, the rules in force, version and effective date, and
// components with their ids.
nlohmann::json ProcedureToJson(const Procedure& p);
// The short form used in search results.
nlohmann::json ProcedureSummaryToJson(const Procedure& p);

// One entry of an import file: a procedure code, the date its rules take effect, and the rules.
struct ImportEntry {
  std::string code;
  Date effective_from;
  ProcedureRules rules;
};

// Parses one procedure object (the same shape ProcedureToJson writes). kInvalidArgument naming
// the field, with `path` (e.g. "procedures[3]") prefixed, for anything missing or mistyped.
Result<ImportEntry> ParseImportEntry(const nlohmann::json& j, const std::string& path = "");

// Parses an import document {"procedures":[...]}.
Result<std::vector<ImportEntry>> ParseImportDocument(const nlohmann::json& j);

}  // namespace motcua::catalog
