// SPDX-License-Identifier: Apache-2.0
// Pieces shared by the form builders (internal to the forms module).
#pragma once

#include <string>

#include "documents/document.h"
#include "forms/form_builder.h"

namespace motcua::forms::internal {

// A document with the agency header, the form number line and the title.
documents::Document Begin(const FormSet& set, const FormSpec& spec, const org::Agency& agency,
                          std::string_view unit_line);
// "Ngày dd tháng mm năm yyyy" of `t` (local), italic line under the header on official papers.
std::string IssueDateLine(Timestamp t);
// "hh:mm dd/mm/yyyy", or "" when absent.
std::string TimeOrBlank(const std::optional<Timestamp>& t);
// "10 ngày làm việc" / "4 giờ làm việc".
std::string ProcessingTimeVi(const calendar::ProcessingTime& t);
// "Ông/Bà" for citizens, the organization otherwise.
std::string Addressee(const dossier::Applicant& a);

documents::Document BuildControlSlip(const FormSet& set, const FormSpec& spec,
                                     const FormContext& ctx);
documents::Document BuildTrackingBook(const FormSet& set, const FormSpec& spec,
                                      const FormContext& ctx);

}  // namespace motcua::forms::internal
