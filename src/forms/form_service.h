// SPDX-License-Identifier: Apache-2.0
// Produces the official forms at the transitions that call for them, keeps them with the dossier
// and serves them to whoever may read the dossier.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "blob/blob_store.h"
#include "catalog/catalog_repository.h"
#include "common/clock.h"
#include "dossier/dossier_service.h"
#include "forms/form_builder.h"
#include "forms/form_repository.h"
#include "identity/user.h"
#include "org/org.h"

namespace motcua::forms {

// The forms an action prints, in order, for a dossier that is now in status `to`:
//   create (counter/postal, status received) and accept: receipt;
//   reject: refusal; request_supplement: supplement-request; stop: stop-notice;
// and, once the dossier has been received or refused, the control slip after every action.
// A dossier created online (still submitted_online) prints nothing yet.
std::vector<FormKind> FormsForAction(std::string_view action, dossier::DossierStatus to);

struct FormServiceDeps {
  dossier::DossierService* dossiers = nullptr;  // reads, with the access checks
  catalog::CatalogRepository* catalog = nullptr;
  org::OrgRepository* org = nullptr;
  blob::BlobStore* blobs = nullptr;
  FormRepository* forms = nullptr;
  const Clock* clock = nullptr;
  // Optional: prints officers' full names instead of their user names.
  identity::UserRepository* users = nullptr;
};

// A form and its PDF bytes.
struct FormFile {
  StoredForm form;
  std::string pdf;
};

// Thread-safe: holds no mutable state of its own.
class FormService {
 public:
  // `tracking_url_prefix` is what the receipt's QR code points at, followed by the dossier code
  // (e.g. "https://motcua.example.vn/tra-cuu/").
  FormService(FormServiceDeps deps, std::string tracking_url_prefix)
      : deps_(deps), tracking_url_prefix_(std::move(tracking_url_prefix)) {}

  // The creation and transition observers of DossierService: print and keep the forms the last
  // history line calls for (FormsForAction). Failures are logged, never thrown: the dossier's
  // change is already committed. A form the dossier's set lacks (the stop notice of the 2018
  // set) is skipped.
  void OnDossierChanged(const dossier::Dossier& d) noexcept;

  // When OnDossierChanged runs on a worker (FormPrinter), the reads below first wait, through
  // this, until the dossier's queued forms are printed. Set once at start-up.
  void SetPrintingWait(std::function<void(std::string_view code)> wait) {
    wait_for_printing_ = std::move(wait);
  }

  // Renders form `kind` for `d` with the acting officer's name, the reason of the transition
  // and, for the apology, the new date; stores the PDF and records it. Errors from BuildForm
  // (kFailedPrecondition "form_not_in_set"), the renderer, the blob store or the repository.
  Result<StoredForm> Produce(FormKind kind, const dossier::Dossier& d,
                             std::optional<long long> by, std::string officer_name,
                             std::string note, std::optional<Date> new_due_date = std::nullopt);

  // The current (newest) form of each kind kept for the dossier, oldest kind first. A form the
  // print queue lost (it lives in memory; a crash loses what was queued) is printed here, from
  // the dossier as it is now. kNotFound / kForbidden as DossierService::Get.
  Result<std::vector<StoredForm>> List(const identity::Principal& who, std::string_view code);

  // The newest PDF of the form named `form_name` ("receipt", ...). The tracking book is printed
  // on demand from the dossier as it stands and not kept. kNotFound for an unknown form name or
  // a form the dossier has not been given; kNotFound / kForbidden as DossierService::Get.
  Result<FormFile> Get(const identity::Principal& who, std::string_view code,
                       std::string_view form_name);

  // The apology of a late dossier (Mẫu 04) with a new date: prints and keeps the form, and
  // records the date as the dossier's promised_at with an "apology" history line
  // (DossierService::RecordApology). Only staff of the handling agency (kForbidden); the rules
  // of dossier::CheckApology: kInvalidArgument for a blank reason ("reason") or a new date that
  // is not a working day after today and after the original due day ("new_due_date"); kConflict
  // (reason "not_overdue") unless overdue and still being processed; kConflict (reason
  // "concurrent_update") when the dossier changed meanwhile, and then no form is kept. kNotFound.
  // Apologising again moves promised_at again; every apology stays in history and as a form.
  Result<StoredForm> Apologize(const identity::Principal& who, std::string_view code,
                               std::string_view reason, const Date& new_due_date);

 private:
  // Renders form `kind` as Produce does and puts its PDF in the blob store, without recording
  // the form (its id is 0).
  Result<StoredForm> Render(FormKind kind, const dossier::Dossier& d, std::optional<long long> by,
                            std::string officer_name, std::string note,
                            std::optional<Date> new_due_date);
  Result<FormContext> Context(const dossier::Dossier& d, std::string officer_name,
                              std::string note);
  // The dossier's stored forms, after printing any its history calls for that the store lacks
  // or holds only from before the history line that called for it (see the .cc).
  Result<std::vector<StoredForm>> StoredForms(const dossier::Dossier& d);
  // The full name of user `id`, or `fallback` when unknown.
  std::string NameOf(std::optional<long long> id, const std::string& fallback) const;

  void WaitForPrinting(std::string_view code) const {
    if (wait_for_printing_) wait_for_printing_(code);
  }

  FormServiceDeps deps_;
  std::string tracking_url_prefix_;
  std::function<void(std::string_view)> wait_for_printing_;
};

}  // namespace motcua::forms
