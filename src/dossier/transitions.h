// SPDX-License-Identifier: Apache-2.0
// The dossier state machine: which action may move a dossier from which status, by whom, and
// what it does to the processing clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "dossier/dossier_status.h"
#include "identity/role.h"

namespace motcua::dossier {

enum class Action {
  kAccept,               // receive an online dossier: submitted_online -> received
  kReject,               // refuse to receive (reason required): submitted_online -> not_received
  kStartProcessing,      // received -> processing
  kRequestSupplement,    // ask for missing papers (reason required); stops the clock
  kSubmitSupplement,     // the supplement arrived; the clock resumes
  kRequestPayment,       // ask the applicant to meet a financial obligation; stops the clock
  kConfirmPayment,       // the obligation is met; the clock resumes
  kRequestWithdrawal,    // the applicant asks to withdraw
  kApproveWithdrawal,    // withdrawal accepted: the dossier stops
  kDenyWithdrawal,       // withdrawal refused: back to where it was
  kStop,                 // stop processing (reason required)
  kFinish,               // the result is ready
  kReturnResult,         // the result has been handed to the applicant
};

std::string_view ActionName(Action a);
std::optional<Action> ParseAction(std::string_view name);
std::string_view ActionLabelVi(Action a);

// What the clock does on a transition.
enum class ClockEffect { kNone, kPause, kResume };

struct TransitionPlan {
  DossierStatus to;
  ClockEffect clock = ClockEffect::kNone;
};

// Decides whether `role` may apply `action` to a dossier in `from`. `resume_status` is where a
// paused dossier returns (kSubmitSupplement, kConfirmPayment, kDenyWithdrawal). An empty note
// where a reason is required gives kInvalidArgument (field "note"); a role that may not act gives
// kForbidden; a status the action does not apply to gives kFailedPrecondition with reason
// "invalid_transition" and a message naming both.
Result<TransitionPlan> PlanTransition(DossierStatus from, Action action, identity::Role role,
                                      std::string_view note,
                                      std::optional<DossierStatus> resume_status);

// The actions `role` could take on a dossier in `from` (for the UI's buttons).
std::vector<Action> AvailableActions(DossierStatus from, identity::Role role,
                                     std::optional<DossierStatus> resume_status);

}  // namespace motcua::dossier
