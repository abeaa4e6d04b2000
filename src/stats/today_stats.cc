// SPDX-License-Identifier: Apache-2.0
#include "stats/today_stats.h"

#include <algorithm>

namespace motcua::stats {
namespace {

using dossier::DossierStatus;

bool InProgress(DossierStatus s) {
  return s != DossierStatus::kSubmittedOnline && s != DossierStatus::kResultReady &&
         !dossier::IsFinal(s);
}

// Online dossiers carry their receipt time from submission on; they count as received once
// an officer accepts them, and a refused one never was.
bool Received(const DossierFacts& d) {
  return d.received_at && d.status != DossierStatus::kSubmittedOnline &&
         d.status != DossierStatus::kNotReceived;
}

bool OnDay(const std::optional<Timestamp>& t, const Date& day) { return t && LocalDate(*t) == day; }

}  // namespace

TodayStats ComputeToday(const std::vector<DossierFacts>& dossiers, Timestamp now, int days) {
  TodayStats s;
  s.today = LocalDate(now);
  const std::chrono::sys_days today_days{s.today};
  for (int i = days - 1; i >= 0; --i) {
    s.received_by_day.push_back({Date{today_days - std::chrono::days(i)}, 0});
  }
  for (const auto& d : dossiers) {
    if (Received(d)) {
      const auto day = std::chrono::sys_days{LocalDate(*d.received_at)};
      const auto back = (today_days - day).count();
      if (back >= 0 && back < days) ++s.received_by_day[static_cast<size_t>(days - 1 - back)].count;
    }
    if (Received(d) && OnDay(d.received_at, s.today)) ++s.received_today;
    if (OnDay(d.returned_at, s.today)) ++s.returned_today;
    if (d.status == DossierStatus::kSubmittedOnline) ++s.awaiting_reception;
    if (d.status == DossierStatus::kResultReady) ++s.result_ready;
    if (!InProgress(d.status)) continue;
    ++s.in_progress;
    if (d.status == DossierStatus::kSupplementRequested) ++s.awaiting_supplement;
    const Timestamp until = d.finished_at.value_or(d.paused_at.value_or(now));
    if (d.due_at && until > *d.due_at) {
      ++s.late;
      const auto late_seconds = (now - *d.due_at).count();
      const int days_late =
          static_cast<int>(std::max<long long>(1, (late_seconds + 86399) / 86400));
      s.late_dossiers.push_back({d.code, d.procedure_name, d.applicant_name, *d.due_at, days_late});
    } else {
      ++s.on_time;
    }
  }
  std::stable_sort(s.late_dossiers.begin(), s.late_dossiers.end(),
                   [](const LateDossier& a, const LateDossier& b) { return a.due_at < b.due_at; });
  return s;
}

}  // namespace motcua::stats
