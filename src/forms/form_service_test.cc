// SPDX-License-Identifier: Apache-2.0
#include "forms/form_service.h"

#include <gtest/gtest.h>

namespace motcua::forms {
namespace {

using dossier::DossierStatus;
using Kinds = std::vector<FormKind>;

TEST(FormsForAction, IntakeAtTheCounterPrintsTheReceipt) {
  EXPECT_EQ(FormsForAction("create", DossierStatus::kReceived),
            (Kinds{FormKind::kReceipt, FormKind::kControlSlip}));
  EXPECT_EQ(FormsForAction("accept", DossierStatus::kReceived),
            (Kinds{FormKind::kReceipt, FormKind::kControlSlip}));
}

TEST(FormsForAction, AnOnlineDossierPrintsNothingUntilReceived) {
  EXPECT_TRUE(FormsForAction("create", DossierStatus::kSubmittedOnline).empty());
}

TEST(FormsForAction, EachDecisionPrintsItsForm) {
  EXPECT_EQ(FormsForAction("reject", DossierStatus::kNotReceived),
            (Kinds{FormKind::kRefusal, FormKind::kControlSlip}));
  EXPECT_EQ(FormsForAction("request_supplement", DossierStatus::kSupplementRequested),
            (Kinds{FormKind::kSupplementRequest, FormKind::kControlSlip}));
  EXPECT_EQ(FormsForAction("stop", DossierStatus::kStopped),
            (Kinds{FormKind::kStopNotice, FormKind::kControlSlip}));
}

TEST(FormsForAction, OtherStepsRefreshTheControlSlip) {
  EXPECT_EQ(FormsForAction("start_processing", DossierStatus::kProcessing),
            (Kinds{FormKind::kControlSlip}));
  EXPECT_EQ(FormsForAction("return_result", DossierStatus::kReturned),
            (Kinds{FormKind::kControlSlip}));
}

}  // namespace
}  // namespace motcua::forms
