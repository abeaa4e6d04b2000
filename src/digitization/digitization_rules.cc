// SPDX-License-Identifier: Apache-2.0
#include "digitization/digitization_rules.h"

namespace motcua::digitization {

Requirement RequirementFor(catalog::DigitizationClass c) {
  switch (c) {
    case catalog::DigitizationClass::kPriorResult:
    case catalog::DigitizationClass::kAgencyResult:
    case catalog::DigitizationClass::kFinalResult:
      return Requirement::kMandatory;
    case catalog::DigitizationClass::kOther:
      return Requirement::kOnRequest;
  }
  return Requirement::kOnRequest;
}

DigitizationDecision Decide(catalog::DigitizationClass c, RequestedBy requested_by) {
  DigitizationDecision d;
  d.requirement = RequirementFor(c);
  if (d.requirement == Requirement::kMandatory) {
    d.digitize = true;
    return d;
  }
  d.digitize = requested_by != RequestedBy::kNobody;
  d.fee_applies = requested_by == RequestedBy::kApplicant;
  return d;
}

std::string_view SourceName(Source s) {
  switch (s) {
    case Source::kPaperCopy: return "paper_copy";
    case Source::kElectronicOriginal: return "electronic_original";
    case Source::kWarehouseReuse: return "warehouse_reuse";
    case Source::kIssuedResult: return "issued_result";
  }
  return "paper_copy";
}

std::optional<Source> ParseSource(std::string_view name) {
  for (Source s : {Source::kPaperCopy, Source::kElectronicOriginal, Source::kWarehouseReuse,
                   Source::kIssuedResult}) {
    if (SourceName(s) == name) return s;
  }
  return std::nullopt;
}

}  // namespace motcua::digitization
