// SPDX-License-Identifier: Apache-2.0
// A dossier (hồ sơ) with its applicant and its append-only history, and the storage interface.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/local_time.h"
#include "common/result.h"
#include "dossier/dossier_status.h"

namespace motcua::dossier {

// Who the dossier is for: a citizen by 12-digit personal number, or an organization by tax code.
struct Applicant {
  std::string kind;  // "citizen" or "organization"
  std::string id_number;
  std::string full_name;
  std::string phone;
  std::string email;
  std::string address;
};

// A user account held by an applicant: a citizen by personal number, an organization by tax code.
struct ApplicantAccount {
  std::string username;
  std::string full_name;
};

// One line of the history. Written once, never changed.
struct HistoryEntry {
  Timestamp at;
  std::optional<long long> actor_user_id;
  std::string actor_name;
  std::string action;  // "create" or an ActionName
  std::optional<DossierStatus> from;
  DossierStatus to = DossierStatus::kReceived;
  std::string note;
};

struct Dossier {
  std::string code;
  std::string procedure_code;
  long long procedure_version_id = 0;
  long long receiving_agency_id = 0;
  long long handling_agency_id = 0;
  Channel channel = Channel::kCounter;
  DossierStatus status = DossierStatus::kReceived;
  Applicant applicant;
  Timestamp submitted_at;
  std::optional<Timestamp> received_at;
  std::optional<Timestamp> due_at;  // the legal deadline; lateness is measured against it
  // The new appointment promised by the latest apology (Mẫu 04), or nullopt when none. It never
  // moves due_at: the indicators count the dossier late against the original deadline.
  std::optional<Timestamp> promised_at;
  std::optional<Timestamp> paused_at;     // set while the clock is stopped
  std::optional<DossierStatus> resume_status;    // where a paused dossier goes back to
  std::optional<Timestamp> finished_at;
  std::optional<Timestamp> returned_at;
  std::optional<long long> created_by;
  int row_version = 1;
  std::vector<HistoryEntry> history;  // oldest first
};

// An account issued at intake to an applicant who had none.
struct IssuedAccount {
  std::string username;
  std::string password_hash;
  std::string temporary_password;  // shown once to the applicant, never stored
};

struct NewDossier {
  Dossier dossier;                // code and row_version are assigned by the repository
  std::string receiving_agency_code;
  Date local_day;                 // the day part of the code
  HistoryEntry first_entry;
  std::optional<IssuedAccount> account;
  // Idempotency: a retried create with the same (user, key) returns the first dossier.
  std::optional<long long> idempotency_user;
  std::string idempotency_key;
  std::string request_hash;
};

struct CreateOutcome {
  std::string code;
  bool replayed = false;  // an earlier request with the same Idempotency-Key made it
};

struct ListFilter {
  std::optional<long long> agency_id;  // receiving or handling
  std::string applicant_id_number;
  std::optional<DossierStatus> status;
  int limit = 50;
  int offset = 0;
};

// Implementations are thread-safe; every method is one transaction.
class DossierRepository {
 public:
  virtual ~DossierRepository() = default;
  // Allocates the next number of (receiving agency, day), then writes the dossier, its first
  // history line, the applicant record, the issued account and the idempotency key together.
  // A number is never handed out twice: the counter moves in the same transaction as the
  // insert. A known idempotency key with the same request hash returns the first code
  // (replayed); with another hash, kConflict (reason "idempotency_key_reused").
  virtual Result<CreateOutcome> Create(const NewDossier& d) = 0;
  // The dossier with its history. kNotFound when absent.
  virtual Result<Dossier> Get(std::string_view code) = 0;
  // Writes the new state of `d` and appends `entry`, if the stored row_version still equals
  // d.row_version (it is then incremented); otherwise kConflict (reason "concurrent_update");
  // kNotFound when absent.
  virtual Status Update(const Dossier& d, const HistoryEntry& entry) = 0;
  // Sets the dossier's promised_at to `promised_at` and appends `entry` (the apology line), if
  // the stored row_version still equals d.row_version (it is then incremented); otherwise
  // kConflict (reason "concurrent_update"); kNotFound when absent. Nothing else of `d` is
  // written. The default answers kInternal, for repositories that never record apologies.
  virtual Status Reschedule(const Dossier& d, Timestamp promised_at, const HistoryEntry& entry) {
    (void)promised_at;
    (void)entry;
    return MakeError(ErrorCode::kInternal, "Không ghi được ngày hẹn mới của hồ sơ " + d.code);
  }
  // Dossiers matching the filter, newest first, without history.
  virtual Result<std::vector<Dossier>> List(const ListFilter& filter) = 0;
  // True when a user account exists for this personal number or tax code.
  virtual Result<bool> HasAccount(std::string_view id_number) = 0;
  // The applicant record kept from the latest intake for this personal number or tax code (in
  // canonical form), or nullopt when nobody with it has filed a dossier.
  virtual Result<std::optional<Applicant>> FindApplicant(std::string_view id_number) = 0;
  // The account of this personal number or tax code (the same match as HasAccount), or nullopt.
  virtual Result<std::optional<ApplicantAccount>> FindAccount(std::string_view id_number) = 0;
};

}  // namespace motcua::dossier
