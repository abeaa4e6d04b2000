// SPDX-License-Identifier: Apache-2.0
// Builders that lay a dossier out as the official forms (documents::Document, rendered to PDF by
// documents::RenderPdf): agency header on the left, national motto on the right, title, form
// number with its circular, the fields of facts.md §1.1, and signatures.
#pragma once

#include <optional>
#include <string>

#include "catalog/procedure.h"
#include "common/clock.h"
#include "common/result.h"
#include "documents/document.h"
#include "dossier/dossier.h"
#include "forms/form_set.h"
#include "org/org.h"

namespace motcua::forms {

// Everything a form prints about one dossier, gathered by the caller.
struct FormContext {
  dossier::Dossier dossier;        // with its history, oldest first
  catalog::Procedure procedure;    // the version the dossier was received under
  org::Agency receiving_agency;    // the one-stop unit that received it
  org::Agency handling_agency;     // the agency that processes it
  std::string officer_name;        // who signs for the agency (the acting officer)
  std::string note;                // the reason of the transition (supplement, refusal, stop...)
  std::optional<Date> new_due_date;  // the apology: the new appointment
  std::string tracking_url_prefix;   // e.g. "https://motcua.example.vn/tra-cuu/"
  Timestamp issued_at;               // the date printed as "…, ngày dd tháng mm năm yyyy"
};

// The day a dossier counts as received, which picks its form set: received_at, else submitted_at.
Date ReceiptDay(const dossier::Dossier& d);

// A laid-out form, with the set and the spec it was taken from.
struct BuiltForm {
  const FormSet* set = nullptr;
  FormSpec spec;
  documents::Document document;
};

// Lays out form `kind` of the set in force on the dossier's receipt day. Errors:
// kFailedPrecondition (reason "form_not_in_set") when that set has no such form (the stop notice
// for dossiers received before 01/07/2025); kInvalidArgument when the apology has no
// new_due_date. Thread-safe.
Result<BuiltForm> BuildForm(FormKind kind, const FormContext& ctx);

// "09:32 27/10/2023" in Vietnam local time, as the forms print times.
std::string FormatTimeVi(Timestamp t);

}  // namespace motcua::forms
