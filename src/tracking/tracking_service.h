// SPDX-License-Identifier: Apache-2.0
// The public view of a dossier found by its code: what anyone holding the receipt may see.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog_repository.h"
#include "common/clock.h"
#include "dossier/dossier.h"
#include "org/org.h"

namespace motcua::tracking {

// One change of status as the public sees it: when, and into which status. No actor, no note
// (officers' names and their notes may be private).
struct StatusChange {
  Timestamp at;
  dossier::DossierStatus status = dossier::DossierStatus::kReceived;
};

struct PublicDossier {
  std::string code;
  dossier::DossierStatus status = dossier::DossierStatus::kReceived;
  dossier::Channel channel = dossier::Channel::kCounter;
  std::string procedure_code;
  std::string procedure_name;
  std::string receiving_agency;  // names, not ids
  std::string handling_agency;
  std::string applicant_masked;  // MaskPersonName
  Timestamp submitted_at;
  std::optional<Timestamp> received_at;
  std::optional<Timestamp> due_at;
  std::optional<Timestamp> promised_at;  // the new appointment of the latest apology, if any
  std::optional<Timestamp> finished_at;
  std::optional<Timestamp> returned_at;
  bool overdue = false;
  std::vector<StatusChange> history;  // oldest first
};

// Builds the public view. `procedure_name` and the agency names come from the caller. History
// lines that do not change the status (notes, payments) are left out, except the creation.
PublicDossier MakePublicDossier(const dossier::Dossier& d, std::string procedure_name,
                                std::string receiving_agency, std::string handling_agency,
                                Timestamp now);

// Looks dossiers up by code for anyone, signed in or not. Thread-safe.
class TrackingService {
 public:
  TrackingService(std::shared_ptr<dossier::DossierRepository> dossiers,
                  std::shared_ptr<catalog::CatalogRepository> catalog,
                  std::shared_ptr<org::OrgRepository> org, const Clock& clock)
      : dossiers_(std::move(dossiers)),
        catalog_(std::move(catalog)),
        org_(std::move(org)),
        clock_(clock) {}

  // The public view of the dossier `code`. kNotFound (Vietnamese message) for an unknown code.
  Result<PublicDossier> Track(std::string_view code);

 private:
  std::string AgencyName(long long id);

  std::shared_ptr<dossier::DossierRepository> dossiers_;
  std::shared_ptr<catalog::CatalogRepository> catalog_;
  std::shared_ptr<org::OrgRepository> org_;
  const Clock& clock_;
};

}  // namespace motcua::tracking
