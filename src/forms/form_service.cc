// SPDX-License-Identifier: Apache-2.0
#include "forms/form_service.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>

#include "documents/pdf_renderer.h"

namespace motcua::forms {

using dossier::DossierStatus;

std::vector<FormKind> FormsForAction(std::string_view action, DossierStatus to) {
  if (to == DossierStatus::kSubmittedOnline) return {};
  // The apology letter is made by FormService::Apologize itself, and it hands nothing over, so
  // the control slip does not change.
  if (action == "apology") return {};
  std::vector<FormKind> out;
  if ((action == "create" && to == DossierStatus::kReceived) || action == "accept") {
    out.push_back(FormKind::kReceipt);
  } else if (action == "reject") {
    out.push_back(FormKind::kRefusal);
  } else if (action == "request_supplement") {
    out.push_back(FormKind::kSupplementRequest);
  } else if (action == "stop") {
    out.push_back(FormKind::kStopNotice);
  }
  out.push_back(FormKind::kControlSlip);
  return out;
}

std::string FormService::NameOf(std::optional<long long> id, const std::string& fallback) const {
  if (!id || deps_.users == nullptr) return fallback;
  auto user = deps_.users->Get(*id);
  if (!user || user->full_name.empty()) return fallback;
  return user->full_name;
}

Result<FormContext> FormService::Context(const dossier::Dossier& d, std::string officer_name,
                                         std::string note) {
  FormContext ctx;
  ctx.dossier = d;
  std::map<long long, std::string> names;  // the control slip names each officer once per print
  for (auto& h : ctx.dossier.history) {
    if (!h.actor_user_id) continue;
    auto [it, fresh] = names.emplace(*h.actor_user_id, "");
    if (fresh) it->second = NameOf(h.actor_user_id, h.actor_name);
    h.actor_name = it->second;
  }
  MOTCUA_ASSIGN_OR_RETURN(procedure, deps_.catalog->GetVersion(d.procedure_version_id));
  ctx.procedure = std::move(procedure);
  MOTCUA_ASSIGN_OR_RETURN(receiving, deps_.org->GetAgency(d.receiving_agency_id));
  ctx.receiving_agency = std::move(receiving);
  MOTCUA_ASSIGN_OR_RETURN(handling, deps_.org->GetAgency(d.handling_agency_id));
  ctx.handling_agency = std::move(handling);
  ctx.officer_name = std::move(officer_name);
  ctx.note = std::move(note);
  ctx.tracking_url_prefix = tracking_url_prefix_;
  ctx.issued_at = deps_.clock->Now();
  return ctx;
}

Result<StoredForm> FormService::Render(FormKind kind, const dossier::Dossier& d,
                                       std::optional<long long> by, std::string officer_name,
                                       std::string note, std::optional<Date> new_due_date) {
  MOTCUA_ASSIGN_OR_RETURN(ctx, Context(d, std::move(officer_name), std::move(note)));
  ctx.new_due_date = new_due_date;
  MOTCUA_ASSIGN_OR_RETURN(built, BuildForm(kind, ctx));
  MOTCUA_ASSIGN_OR_RETURN(pdf, documents::RenderPdf(built.document));
  MOTCUA_ASSIGN_OR_RETURN(sha, deps_.blobs->Put(pdf));
  return StoredForm{0, d.code, kind, built.set->version, built.spec.title, sha, ctx.issued_at, by};
}

Result<StoredForm> FormService::Produce(FormKind kind, const dossier::Dossier& d,
                                        std::optional<long long> by, std::string officer_name,
                                        std::string note, std::optional<Date> new_due_date) {
  MOTCUA_ASSIGN_OR_RETURN(form, Render(kind, d, by, std::move(officer_name), std::move(note),
                                       new_due_date));
  MOTCUA_ASSIGN_OR_RETURN(id, deps_.forms->Add(form));
  form.id = id;
  return form;
}

void FormService::OnDossierChanged(const dossier::Dossier& d) noexcept {
  if (d.history.empty()) return;
  const auto& last = d.history.back();
  for (FormKind kind : FormsForAction(last.action, d.status)) {
    auto made =
        Produce(kind, d, last.actor_user_id, NameOf(last.actor_user_id, last.actor_name), last.note);
    if (!made && made.error().reason == "form_not_in_set") {
      spdlog::info("forms: {} has no {} in its form set", d.code, FormKindName(kind));
    } else if (!made) {
      spdlog::error("forms: cannot print {} for {}: {}", FormKindName(kind), d.code,
                    made.error().message);
    }
  }
}

// The print queue (FormPrinter) lives in memory, so a crash between a dossier's commit and its
// printing loses those forms, and nothing else would ever print them. Each read therefore
// compares the store with the history: a form kind that some history line calls for
// (FormsForAction), with no print made at or after the last such line, is printed now from the
// dossier as it is, with that line's officer and note. Normally every print is already there and
// this costs one pass over the history. Concurrent reads may both print a lost form; the newest
// print of a kind is the one served, so a duplicate is harmless.
Result<std::vector<StoredForm>> FormService::StoredForms(const dossier::Dossier& d) {
  WaitForPrinting(d.code);
  MOTCUA_ASSIGN_OR_RETURN(all, deps_.forms->List(d.code));
  std::map<FormKind, const dossier::HistoryEntry*> wanted;  // kind -> the last line calling for it
  for (const auto& line : d.history) {
    for (FormKind kind : FormsForAction(line.action, line.to)) wanted[kind] = &line;
  }
  bool printed = false;
  for (const auto& entry : wanted) {
    // Named copies: clang before 16 cannot capture structured bindings in a lambda.
    const FormKind kind = entry.first;
    const dossier::HistoryEntry* line = entry.second;
    const bool current = std::any_of(all.begin(), all.end(), [&](const StoredForm& f) {
      return f.kind == kind && f.created_at >= line->at;
    });
    if (current) continue;
    auto made = Produce(kind, d, line->actor_user_id, NameOf(line->actor_user_id, line->actor_name),
                        line->note);
    if (made) {
      spdlog::warn("forms: {} of {} was missing (a lost print); printed now", FormKindName(kind),
                   d.code);
      printed = true;
    } else if (made.error().reason != "form_not_in_set") {
      spdlog::error("forms: cannot print {} for {}: {}", FormKindName(kind), d.code,
                    made.error().message);
    }
  }
  if (!printed) return all;
  return deps_.forms->List(d.code);
}

Result<std::vector<StoredForm>> FormService::List(const identity::Principal& who,
                                                  std::string_view code) {
  MOTCUA_ASSIGN_OR_RETURN(d, deps_.dossiers->Get(who, code));
  MOTCUA_ASSIGN_OR_RETURN(all, StoredForms(d));
  // The newest of each kind, in the order the kinds first appeared.
  std::vector<StoredForm> out;
  std::map<FormKind, size_t> at;
  for (auto& f : all) {
    auto [it, fresh] = at.emplace(f.kind, out.size());
    if (fresh) {
      out.push_back(std::move(f));
    } else {
      out[it->second] = std::move(f);
    }
  }
  return out;
}

Result<FormFile> FormService::Get(const identity::Principal& who, std::string_view code,
                                  std::string_view form_name) {
  const auto kind = ParseFormKind(form_name);
  if (!kind) {
    return MakeError(ErrorCode::kNotFound, "Không có biểu mẫu \"" + std::string(form_name) + "\"",
                     "form");
  }
  MOTCUA_ASSIGN_OR_RETURN(d, deps_.dossiers->Get(who, code));
  if (*kind == FormKind::kTrackingBook) {
    MOTCUA_ASSIGN_OR_RETURN(ctx, Context(d, NameOf(who.user_id, who.username), ""));
    MOTCUA_ASSIGN_OR_RETURN(built, BuildForm(*kind, ctx));
    MOTCUA_ASSIGN_OR_RETURN(pdf, documents::RenderPdf(built.document));
    StoredForm form{0, d.code, *kind, built.set->version, built.spec.title, "", ctx.issued_at,
                    who.user_id};
    return FormFile{std::move(form), std::move(pdf)};
  }
  MOTCUA_ASSIGN_OR_RETURN(all, StoredForms(d));
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    if (it->kind != *kind) continue;
    MOTCUA_ASSIGN_OR_RETURN(pdf, deps_.blobs->Get(it->blob_sha256));
    return FormFile{std::move(*it), std::move(pdf)};
  }
  return MakeError(ErrorCode::kNotFound,
                   "Hồ sơ " + d.code + " chưa có biểu mẫu \"" + std::string(form_name) + "\"",
                   "form");
}

Result<StoredForm> FormService::Apologize(const identity::Principal& who, std::string_view code,
                                          std::string_view reason, const Date& new_due_date) {
  MOTCUA_ASSIGN_OR_RETURN(d, deps_.dossiers->Get(who, code));
  WaitForPrinting(d.code);
  if (!identity::IsStaffRole(who.role) || who.agency_id != d.handling_agency_id) {
    return MakeError(ErrorCode::kForbidden,
                     "Chỉ cán bộ của cơ quan giải quyết hồ sơ được lập văn bản xin lỗi");
  }
  MOTCUA_TRY(deps_.dossiers->CheckApology(d, reason, new_due_date));
  // The PDF and the dossier live in different stores, so the order makes them agree: the PDF
  // is rendered and its bytes put first (content-addressed, and unseen until a form row names
  // them, so a later failure leaves no apology anyone can list or download); then the new date
  // and its history line are recorded in one transaction checked against the row_version read
  // above, the step that fails when someone changed the dossier meanwhile; only then is the
  // form row added. Both carry the same `new_due_date`, and a failed record leaves no form.
  MOTCUA_ASSIGN_OR_RETURN(form, Render(FormKind::kApology, d, who.user_id,
                                       NameOf(who.user_id, who.username), std::string(reason),
                                       new_due_date));
  MOTCUA_TRY(deps_.dossiers->RecordApology(who, d, reason, new_due_date));
  MOTCUA_ASSIGN_OR_RETURN(id, deps_.forms->Add(form));
  form.id = id;
  return form;
}

}  // namespace motcua::forms
