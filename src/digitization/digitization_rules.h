// SPDX-License-Identifier: Apache-2.0
// Which components must be digitized at intake, and who pays when it is optional (Decree
// 107/2021 as the provincial plans apply it).
#pragma once

#include <optional>
#include <string_view>

#include "catalog/procedure.h"

namespace motcua::digitization {

enum class Requirement {
  kMandatory,  // results of earlier procedures, an agency's processing results, final results
  kOnRequest,  // other papers: digitized when the applicant (or the officer) asks
};

// Who asked for an optional digitization; a citizen's request carries the fee.
enum class RequestedBy { kNobody, kApplicant, kOfficer };

struct DigitizationDecision {
  bool digitize = false;
  bool fee_applies = false;  // the applicant pays the digitization fee
  Requirement requirement = Requirement::kOnRequest;
};

Requirement RequirementFor(catalog::DigitizationClass c);

// Decides for one component: mandatory classes are always digitized and free; other papers only
// when someone asks, and then the applicant pays if it was the applicant who asked.
DigitizationDecision Decide(catalog::DigitizationClass c, RequestedBy requested_by);

// Where a document came from: a scan of paper, a file that was electronic from the start, the
// warehouse (reused), or the agency itself (a result it issued).
enum class Source { kPaperCopy, kElectronicOriginal, kWarehouseReuse, kIssuedResult };
std::string_view SourceName(Source s);
std::optional<Source> ParseSource(std::string_view name);

}  // namespace motcua::digitization
