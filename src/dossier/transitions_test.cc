// SPDX-License-Identifier: Apache-2.0
#include "dossier/transitions.h"

#include <gtest/gtest.h>

namespace motcua::dossier {
namespace {

using identity::Role;

TEST(Transitions, HappyPathAtTheCounter) {
  DossierStatus s = DossierStatus::kReceived;
  for (auto [action, role] : {std::pair{Action::kStartProcessing, Role::kReception},
                              std::pair{Action::kFinish, Role::kSpecialist},
                              std::pair{Action::kReturnResult, Role::kReception}}) {
    auto plan = PlanTransition(s, action, role, "", std::nullopt);
    ASSERT_TRUE(plan.has_value()) << ActionName(action) << ": " << plan.error().message;
    s = plan->to;
  }
  EXPECT_EQ(s, DossierStatus::kReturned);
}

TEST(Transitions, IllegalTransitionIsRefusedWithAReason) {
  auto plan = PlanTransition(DossierStatus::kReturned, Action::kFinish, Role::kLeader, "", std::nullopt);
  ASSERT_FALSE(plan.has_value());
  EXPECT_EQ(plan.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(plan.error().reason, "invalid_transition");
  EXPECT_NE(plan.error().message.find("Đã trả kết quả"), std::string::npos);
}

TEST(Transitions, ReasonsAreRequiredWhereTheLawAsksForThem) {
  for (auto [from, action] : {std::pair{DossierStatus::kSubmittedOnline, Action::kReject},
                              std::pair{DossierStatus::kProcessing, Action::kRequestSupplement},
                              std::pair{DossierStatus::kProcessing, Action::kStop}}) {
    auto plan = PlanTransition(from, action, Role::kLeader, "  ", std::nullopt);
    ASSERT_FALSE(plan.has_value()) << ActionName(action);
    EXPECT_EQ(plan.error().field, "note");
    EXPECT_TRUE(PlanTransition(from, action, Role::kLeader, "Thiếu giấy chứng sinh", std::nullopt)
                    .has_value());
  }
}

TEST(Transitions, SupplementPausesAndResumesToWhereItWas) {
  auto pause = PlanTransition(DossierStatus::kProcessing, Action::kRequestSupplement, Role::kSpecialist,
                              "Thiếu bản sao", std::nullopt);
  ASSERT_TRUE(pause.has_value());
  EXPECT_EQ(pause->clock, ClockEffect::kPause);
  auto resume = PlanTransition(DossierStatus::kSupplementRequested, Action::kSubmitSupplement,
                               Role::kCitizen, "", DossierStatus::kSubmittedOnline);
  ASSERT_TRUE(resume.has_value());
  EXPECT_EQ(resume->clock, ClockEffect::kResume);
  EXPECT_EQ(resume->to, DossierStatus::kSubmittedOnline);
}

TEST(Transitions, RolesAreEnforced) {
  // A citizen cannot finish their own dossier; the counter cannot stop one; an auditor nothing.
  EXPECT_EQ(PlanTransition(DossierStatus::kProcessing, Action::kFinish, Role::kCitizen, "", std::nullopt)
                .error()
                .code,
            ErrorCode::kForbidden);
  EXPECT_EQ(PlanTransition(DossierStatus::kProcessing, Action::kStop, Role::kReception, "x", std::nullopt)
                .error()
                .code,
            ErrorCode::kForbidden);
  EXPECT_TRUE(AvailableActions(DossierStatus::kProcessing, Role::kAuditor, std::nullopt).empty());
  const auto citizen = AvailableActions(DossierStatus::kProcessing, Role::kCitizen, std::nullopt);
  ASSERT_EQ(citizen.size(), 1u);
  EXPECT_EQ(citizen[0], Action::kRequestWithdrawal);
}

TEST(Transitions, NamesRoundTrip) {
  for (int i = 0; i <= static_cast<int>(Action::kReturnResult); ++i) {
    const auto a = static_cast<Action>(i);
    EXPECT_EQ(ParseAction(ActionName(a)), a);
  }
  EXPECT_FALSE(ParseAction("delete").has_value());
  for (int code = 1; code <= 10; ++code) {
    const auto s = static_cast<DossierStatus>(code);
    EXPECT_EQ(ParseStatus(StatusName(s)), s);
    EXPECT_EQ(NationalCode(s), code);
  }
}

}  // namespace
}  // namespace motcua::dossier
