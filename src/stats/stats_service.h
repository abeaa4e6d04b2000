// SPDX-License-Identifier: Apache-2.0
// Who may see an agency's numbers, and where the facts come from.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/clock.h"
#include "identity/access_policy.h"
#include "org/org.h"
#include "stats/today_stats.h"

namespace motcua::stats {

// Implementations are thread-safe.
class StatsRepository {
 public:
  virtual ~StatsRepository() = default;
  // Facts about the dossiers the agency receives or handles that are still open, or that were
  // received, submitted or returned at or after `since`.
  virtual Result<std::vector<DossierFacts>> AgencyDossiers(long long agency_id,
                                                           Timestamp since) = 0;
};

struct AgencyToday {
  org::Agency agency;
  TodayStats stats;
};

// Thread-safe.
class StatsService {
 public:
  StatsService(std::shared_ptr<StatsRepository> repo, std::shared_ptr<org::OrgRepository> org,
               const Clock& clock)
      : repo_(std::move(repo)), org_(std::move(org)), clock_(clock) {}

  // Today's numbers of the agency `agency_code` (empty: the caller's own agency). Leaders and
  // department heads of that agency, admins and auditors may see them. kForbidden;
  // kInvalidArgument (field "agency") when no agency is given and the caller has none;
  // kNotFound for an unknown agency.
  Result<AgencyToday> Today(const identity::Principal& who, std::string_view agency_code);

 private:
  std::shared_ptr<StatsRepository> repo_;
  std::shared_ptr<org::OrgRepository> org_;
  const Clock& clock_;
};

}  // namespace motcua::stats
