// SPDX-License-Identifier: Apache-2.0
// An agency's numbers for today, computed from facts about its dossiers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/local_time.h"
#include "dossier/dossier_status.h"

namespace motcua::stats {

// What the numbers need to know of one dossier.
struct DossierFacts {
  std::string code;
  std::string procedure_code;
  std::string procedure_name;
  std::string applicant_name;
  dossier::DossierStatus status = dossier::DossierStatus::kReceived;
  std::optional<Timestamp> received_at;
  std::optional<Timestamp> due_at;
  std::optional<Timestamp> paused_at;
  std::optional<Timestamp> finished_at;
  std::optional<Timestamp> returned_at;
};

struct LateDossier {
  std::string code;
  std::string procedure_name;
  std::string applicant_name;
  Timestamp due_at;
  int days_late = 0;  // calendar days past the appointment, started days counted (at least 1)
};

struct DayCount {
  Date day;
  int count = 0;
};

struct TodayStats {
  Date today;
  int received_today = 0;       // received (counter, or accepted online) on today's local date
  int in_progress = 0;          // received, not yet processed: neither result ready nor closed
  int on_time = 0;              // in progress and not past the appointment
  int late = 0;                 // in progress and past the appointment
  int awaiting_supplement = 0;  // in progress, waiting for the applicant's papers
  int result_ready = 0;         // processed, waiting to be returned
  int awaiting_reception = 0;   // submitted online, not yet accepted
  int returned_today = 0;
  std::vector<DayCount> received_by_day;   // the last `days` local days, oldest first, today last
  std::vector<LateDossier> late_dossiers;  // most days late first
};

// Counts `dossiers` as of `now` (local Vietnam days). A dossier waiting for a supplement is
// measured at the moment its clock stopped, as the dossier page does, so it is late only if it
// was late when it stopped. `days` >= 1.
TodayStats ComputeToday(const std::vector<DossierFacts>& dossiers, Timestamp now, int days = 14);

}  // namespace motcua::stats
