// SPDX-License-Identifier: Apache-2.0
// Looking up an applicant at the counter: who they are, whether they hold an account, their
// latest dossiers and how much their electronic data warehouse holds.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog_repository.h"
#include "common/clock.h"
#include "common/result.h"
#include "dossier/dossier.h"
#include "dossier/dossier_service.h"
#include "identity/access_policy.h"

namespace motcua::dossier {

// A personal number or tax code read from a lookup, in canonical form, with the kind of
// applicant it names.
struct ApplicantId {
  std::string kind;  // "citizen" (12-digit personal number) or "organization" (tax code)
  std::string id_number;
};

// Reads `text` (surrounding spaces trimmed) as an applicant's identifier: twelve digits are a
// personal number (identity/personal_number.h, birth year not after `current_year`); anything
// else must be a tax code (identity/tax_code.h), returned in its canonical form. Otherwise
// kInvalidArgument with a Vietnamese message and field "id_number". Pure.
Result<ApplicantId> ParseApplicantId(std::string_view text, int current_year);

// One of the applicant's dossiers, as the lookup lists it.
struct ApplicantDossier {
  std::string code;
  std::string procedure_code;
  std::string procedure_name;  // of the version the dossier was received under; "" if unknown
  DossierStatus status = DossierStatus::kReceived;
  Timestamp submitted_at;
  std::optional<Timestamp> due_at;
};

// What a lookup finds.
struct ApplicantProfile {
  // From the latest intake; without one, kind, id_number and full_name come from the account.
  Applicant applicant;
  bool known_from_dossiers = false;  // an intake recorded the applicant's details
  bool has_account = false;
  std::string account_username;  // staff (and the like) only: empty for a citizen asking
  // The dossiers the caller may see (DossierService::List), newest first, at most
  // ApplicantDirectory::kRecentDossiers; `more_dossiers` when there are others before them.
  std::vector<ApplicantDossier> recent_dossiers;
  bool more_dossiers = false;
  int valid_documents = 0;  // documents in the warehouse that may be reused today
};

// Counts the documents in `owner_id`'s warehouse that are valid today, on behalf of `who`. The
// count is personal data: the implementation logs the access in the warehouse's access log.
using ValidDocumentCounter =
    std::function<Result<int>(const identity::Principal& who, std::string_view owner_id)>;

// Thread-safe; holds no state beyond its collaborators, which outlive it.
class ApplicantDirectory {
 public:
  static constexpr int kRecentDossiers = 10;

  ApplicantDirectory(std::shared_ptr<DossierRepository> dossiers, DossierService& service,
                     std::shared_ptr<catalog::CatalogRepository> catalog,
                     ValidDocumentCounter count_documents, const Clock& clock)
      : dossiers_(std::move(dossiers)),
        service_(service),
        catalog_(std::move(catalog)),
        count_documents_(std::move(count_documents)),
        clock_(clock) {}

  // The applicant with personal number or tax code `id_number`. Staff, admins and auditors may
  // look anyone up; a citizen or organization account only itself. Errors: kInvalidArgument
  // (field "id_number") for a malformed identifier; kForbidden for someone else's; kNotFound
  // when neither an intake nor an account knows the identifier.
  Result<ApplicantProfile> Lookup(const identity::Principal& who, std::string_view id_number);

 private:
  Result<std::vector<ApplicantDossier>> RecentDossiers(const identity::Principal& who,
                                                       const std::string& id_number,
                                                       bool& more);

  std::shared_ptr<DossierRepository> dossiers_;
  DossierService& service_;
  std::shared_ptr<catalog::CatalogRepository> catalog_;
  ValidDocumentCounter count_documents_;
  const Clock& clock_;
};

}  // namespace motcua::dossier
