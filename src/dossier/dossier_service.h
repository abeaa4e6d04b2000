// SPDX-License-Identifier: Apache-2.0
// The dossier use cases: intake through any channel, reading with access checks, and status
// transitions with the processing clock.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "calendar/working_calendar.h"
#include "catalog/catalog_repository.h"
#include "common/clock.h"
#include "dossier/dossier.h"
#include "dossier/transitions.h"
#include "identity/access_policy.h"
#include "org/org.h"

namespace motcua::dossier {

struct CreateRequest {
  std::string procedure_code;
  Channel channel = Channel::kCounter;
  Applicant applicant;
  // For commune procedures received elsewhere (reception regardless of administrative
  // boundary), or submitted online: the code of the competent commune one-stop department.
  std::string handling_agency_code;
  std::string note;
  std::string idempotency_key;  // empty when the client sent none
  std::string request_hash;     // digest of the request body, to detect a reused key
};

struct Created {
  Dossier dossier;
  bool replayed = false;
  std::optional<IssuedAccount> account;  // set when an account was issued to the applicant
};

using CalendarSource = std::function<std::shared_ptr<const calendar::WorkingCalendar>()>;

// Thread-safe; holds no state of its own beyond its collaborators.
class DossierService {
 public:
  DossierService(std::shared_ptr<DossierRepository> dossiers,
                 std::shared_ptr<catalog::CatalogRepository> catalog,
                 std::shared_ptr<org::OrgRepository> org, CalendarSource calendar,
                 const Clock& clock)
      : dossiers_(std::move(dossiers)),
        catalog_(std::move(catalog)),
        org_(std::move(org)),
        calendar_(std::move(calendar)),
        clock_(clock) {}

  // Receives a dossier. Counter and postal dossiers are received at once (status received);
  // online and kiosk dossiers wait for an officer (status submitted_online) and count as
  // received at the next opening when submitted outside working hours. The due date follows the
  // procedure version in force today. Errors: kInvalidArgument (bad applicant, unknown
  // procedure, channel not allowed, missing handling agency; `field` names it), kForbidden
  // (the principal may not receive), kConflict (Idempotency-Key reused for another request).
  Result<Created> Create(const identity::Principal& who, const CreateRequest& request);

  // The dossier with its history. kNotFound, or kForbidden when `who` may not read it.
  Result<Dossier> Get(const identity::Principal& who, std::string_view code);

  // Applies an action (see transitions.h). kInvalidArgument for an unknown action or a missing
  // reason; kForbidden; kFailedPrecondition (reason invalid_transition); kConflict when another
  // officer changed the dossier at the same moment.
  Result<Dossier> Transition(const identity::Principal& who, std::string_view code,
                             std::string_view action, std::string_view note);

  // Checks an apology for `d` (as read by the caller) with dossier::CheckApology, today's date
  // and the working calendar in force. Errors as CheckApology; kUnavailable when no calendar is
  // loaded. Access rights are the caller's.
  Status CheckApology(const Dossier& d, std::string_view reason, const Date& new_date) const;

  // Records the apology of `d`: checks it again (CheckApology), then sets promised_at to
  // PromisedTime(new_date) and appends the "apology" history line by `who` (status unchanged,
  // note ApologyNote) in one repository write, which fails with kConflict (reason
  // "concurrent_update") when `d` is stale. due_at is never moved. Returns the dossier as
  // stored. Runs no observers, since the status does not change. Access rights are the caller's.
  Result<Dossier> RecordApology(const identity::Principal& who, const Dossier& d,
                                std::string_view reason, const Date& new_date);

  // Dossiers `who` may see: a citizen's own, or their agency's. Admins and auditors see all.
  Result<std::vector<Dossier>> List(const identity::Principal& who, ListFilter filter);

  static identity::DossierScope ScopeOf(const Dossier& d);

  // Called, in the order added, with the dossier as stored after each committed transition
  // (to seal the archive package once it is closed, to print the form a transition calls
  // for...). Added at start-up, before requests arrive; observers must not throw and must be
  // thread-safe.
  using TransitionObserver = std::function<void(const Dossier&)>;
  void AddTransitionObserver(TransitionObserver observer) {
    observers_.push_back(std::move(observer));
  }
  // Called the same way with a dossier just created (not for a replayed request), its history
  // holding the "create" line (to print the receipt...). Same rules as transition observers.
  void AddCreationObserver(TransitionObserver observer) {
    creation_observers_.push_back(std::move(observer));
  }

  // The agencies besides its own whose staff may read a dossier (DossierScope::reader_agency_ids),
  // such as those that accepted a signed transfer of it. Asked by Get only when the access
  // policy refuses otherwise. Set once at start-up, before requests arrive; must be thread-safe.
  using ReaderAgencies =
      std::function<Result<std::vector<long long>>(std::string_view dossier_code)>;
  void SetReaderAgencies(ReaderAgencies source) { reader_agencies_ = std::move(source); }

 private:
  Result<org::Agency> ResolveHandlingAgency(const identity::Principal& who,
                                            const catalog::Procedure& p,
                                            const CreateRequest& request,
                                            const std::optional<org::Agency>& receiving);

  std::shared_ptr<DossierRepository> dossiers_;
  std::shared_ptr<catalog::CatalogRepository> catalog_;
  std::shared_ptr<org::OrgRepository> org_;
  CalendarSource calendar_;
  const Clock& clock_;
  std::vector<TransitionObserver> observers_;
  std::vector<TransitionObserver> creation_observers_;
  ReaderAgencies reader_agencies_;
};

}  // namespace motcua::dossier
