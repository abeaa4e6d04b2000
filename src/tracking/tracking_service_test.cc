// SPDX-License-Identifier: Apache-2.0
#include "tracking/tracking_service.h"

#include <gtest/gtest.h>

#include "common/local_time.h"

namespace motcua::tracking {
namespace {

using dossier::DossierStatus;

dossier::Dossier Sample() {
  dossier::Dossier d;
  d.code = "000.00.07.H05-261125-0001";
  d.procedure_code = "2.000488";
  d.status = DossierStatus::kProcessing;
  d.applicant.full_name = "Nguyễn Văn An";
  d.submitted_at = MakeLocalTime(2026, 11, 25, 9, 0);
  d.received_at = d.submitted_at;
  d.due_at = MakeLocalTime(2026, 12, 9, 9, 0);
  d.history.push_back({d.submitted_at, 7, "Lê Tiếp Nhận", "create", std::nullopt,
                       DossierStatus::kReceived, "ghi chú nội bộ"});
  d.history.push_back({MakeLocalTime(2026, 11, 26, 9, 0), 8, "Phạm Chuyên Viên", "pay",
                       DossierStatus::kReceived, DossierStatus::kReceived, "Đã nộp phí"});
  d.history.push_back({MakeLocalTime(2026, 11, 26, 10, 0), 8, "Phạm Chuyên Viên",
                       "start_processing", DossierStatus::kReceived, DossierStatus::kProcessing,
                       "riêng tư"});
  return d;
}

TEST(MakePublicDossier, MasksTheApplicantAndKeepsOnlyStatusChanges) {
  const auto p = MakePublicDossier(Sample(), "Cấp Phiếu lý lịch tư pháp", "Sở Tư pháp",
                                   "Sở Tư pháp", MakeLocalTime(2026, 11, 30, 9, 0));
  EXPECT_EQ(p.applicant_masked, "Ng*** V** An");
  ASSERT_EQ(p.history.size(), 2u);
  EXPECT_EQ(p.history[0].status, DossierStatus::kReceived);
  EXPECT_EQ(p.history[1].status, DossierStatus::kProcessing);
  EXPECT_FALSE(p.overdue);
}

TEST(MakePublicDossier, OverdueAfterTheAppointment) {
  const auto p = MakePublicDossier(Sample(), "", "", "", MakeLocalTime(2026, 12, 10, 9, 0));
  EXPECT_TRUE(p.overdue);
}

}  // namespace
}  // namespace motcua::tracking
