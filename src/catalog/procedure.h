// SPDX-License-Identifier: Apache-2.0
// An administrative procedure (thủ tục hành chính) of the catalog, with its rules versioned by
// the date they take effect.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/deadline.h"
#include "common/local_time.h"

namespace motcua::catalog {

// How a component must be digitized at intake (Decree 107/2021 as the provincial plans apply
// it): results of earlier procedures, processing results of an agency and final results must be
// digitized; other papers are digitized on request.
enum class DigitizationClass { kPriorResult, kAgencyResult, kFinalResult, kOther };
std::string_view DigitizationClassName(DigitizationClass c);
std::optional<DigitizationClass> ParseDigitizationClass(std::string_view name);

// One paper of the dossier (thành phần hồ sơ).
struct Component {
  std::string id;  // stable within the procedure, e.g. "tk-khai-sinh"
  std::string name;
  bool required = true;
  int copies = 1;
  std::string document_type_code;  // the national paper-type code used in digitized codes
  DigitizationClass digitization_class = DigitizationClass::kOther;
};

struct Fee {
  std::string name;
  long long amount_vnd = 0;
  std::string note;
};

// Online service level under Decree 42/2022: every step online, or only some.
enum class OnlineLevel { kNone, kPartial, kFull };
std::string_view OnlineLevelName(OnlineLevel l);
std::optional<OnlineLevel> ParseOnlineLevel(std::string_view name);

// What the procedure issues when it succeeds: the paper's name and national type code (so that
// a later procedure that asks for that paper finds it in the applicant's warehouse), and how
// long it stays valid (0: no expiry).
struct ResultSpec {
  std::string name;
  std::string document_type_code;
  int valid_months = 0;
};

// The rules of a procedure as in force from one date.
struct ProcedureRules {
  std::string name;
  std::string field;  // lĩnh vực, e.g. "Hộ tịch"
  std::string level;  // "commune" or "province"
  // Code of the competent agency for provincial procedures; empty for commune procedures, which
  // the commune one-stop department of the applicant's choice handles.
  std::string competent_agency_code;
  calendar::ProcessingTime processing_time;
  std::vector<Fee> fees;
  std::vector<Component> components;
  OnlineLevel online_level = OnlineLevel::kPartial;
  bool four_on_the_spot = false;  // "4 tại chỗ": received, appraised, approved, returned on site
  bool boundary_free = true;      // may be received regardless of administrative boundary
  int retention_years = 20;       // how long the archive keeps the dossier
  ResultSpec result;  // empty name and code: "Kết quả giải quyết" and code KQ-<procedure code>
  std::string legal_basis;
};

struct ProcedureVersion {
  long long id = 0;
  int version = 0;
  Date effective_from;
  ProcedureRules rules;
};

// A procedure with the version in force for the date it was read for.
struct Procedure {
  std::string code;  // national code D.NNNNNN
  ProcedureVersion version;
};

// Validates a national procedure code: one digit, a dot, six digits (e.g. 1.001193).
bool IsNationalProcedureCode(std::string_view code);

// Checks a procedure's rules: non-empty name, field and level, known level, non-negative time and
// fees, unique non-empty component ids. kInvalidArgument naming the field at fault.
Status ValidateRules(const ProcedureRules& rules);

}  // namespace motcua::catalog
