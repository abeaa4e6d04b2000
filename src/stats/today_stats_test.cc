// SPDX-License-Identifier: Apache-2.0
#include "stats/today_stats.h"

#include <gtest/gtest.h>

namespace motcua::stats {
namespace {

using dossier::DossierStatus;

DossierFacts Facts(std::string code, DossierStatus status, Timestamp received, Timestamp due) {
  DossierFacts f;
  f.code = std::move(code);
  f.procedure_name = "Cấp Phiếu lý lịch tư pháp";
  f.applicant_name = "Nguyễn Văn An";
  f.status = status;
  f.received_at = received;
  f.due_at = due;
  return f;
}

TEST(ComputeToday, CountsAnAgencysDay) {
  const Timestamp now = MakeLocalTime(2026, 12, 10, 10, 0);
  std::vector<DossierFacts> all = {
      Facts("today", DossierStatus::kReceived, MakeLocalTime(2026, 12, 10, 8, 0),
            MakeLocalTime(2026, 12, 24, 8, 0)),
      Facts("late", DossierStatus::kProcessing, MakeLocalTime(2026, 11, 25, 9, 0),
            MakeLocalTime(2026, 12, 8, 9, 0)),
      Facts("waiting", DossierStatus::kSupplementRequested, MakeLocalTime(2026, 12, 1, 9, 0),
            MakeLocalTime(2026, 12, 9, 9, 0)),
      Facts("done", DossierStatus::kReturned, MakeLocalTime(2026, 12, 1, 9, 0),
            MakeLocalTime(2026, 12, 9, 9, 0)),
      Facts("ready", DossierStatus::kResultReady, MakeLocalTime(2026, 1, 1, 9, 0),
            MakeLocalTime(2026, 1, 9, 9, 0)),
  };
  all.push_back(Facts("online", DossierStatus::kSubmittedOnline, MakeLocalTime(2026, 12, 10, 8, 0),
                      MakeLocalTime(2026, 12, 24, 8, 0)));
  all[2].paused_at = MakeLocalTime(2026, 12, 2, 9, 0);  // stopped before its appointment
  all[3].returned_at = MakeLocalTime(2026, 12, 10, 9, 0);
  const auto s = ComputeToday(all, now);
  EXPECT_EQ(s.received_today, 1);
  EXPECT_EQ(s.in_progress, 3);
  EXPECT_EQ(s.late, 1);
  EXPECT_EQ(s.on_time, 2);
  EXPECT_EQ(s.awaiting_supplement, 1);
  EXPECT_EQ(s.result_ready, 1);
  EXPECT_EQ(s.awaiting_reception, 1);  // not received until accepted
  EXPECT_EQ(s.returned_today, 1);
  ASSERT_EQ(s.late_dossiers.size(), 1u);
  EXPECT_EQ(s.late_dossiers[0].code, "late");
  EXPECT_EQ(s.late_dossiers[0].days_late, 3);  // 2 days and 1 hour past, started days count
  ASSERT_EQ(s.received_by_day.size(), 14u);
  EXPECT_EQ(s.received_by_day.back().day, MakeDate(2026, 12, 10));
  EXPECT_EQ(s.received_by_day.back().count, 1);
  EXPECT_EQ(s.received_by_day.front().day, MakeDate(2026, 11, 27));
  EXPECT_EQ(s.received_by_day[4].count, 2);  // 1 December
}

}  // namespace
}  // namespace motcua::stats
