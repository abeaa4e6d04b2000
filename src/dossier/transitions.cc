// SPDX-License-Identifier: Apache-2.0
#include "dossier/transitions.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace motcua::dossier {
namespace {

using identity::Role;

enum class Who { kApplicant, kStaff, kApprover, kApplicantOrStaff };

struct Rule {
  Action action;
  std::string_view name;
  std::string_view label;
  std::initializer_list<DossierStatus> from;
  DossierStatus to;  // for resuming actions: ignored, the dossier returns to its resume status
  ClockEffect clock;
  bool needs_reason;
  Who who;
};

// Statuses a dossier can be paused or withdrawn from. A supplement may be asked for at the
// intake check (submitted online) or during appraisal (received, processing).
const std::array<Rule, 13> kRules = {{
    {Action::kAccept, "accept", "Tiếp nhận hồ sơ", {DossierStatus::kSubmittedOnline}, DossierStatus::kReceived,
     ClockEffect::kNone, false, Who::kStaff},
    {Action::kReject, "reject", "Từ chối tiếp nhận", {DossierStatus::kSubmittedOnline},
     DossierStatus::kNotReceived, ClockEffect::kNone, true, Who::kStaff},
    {Action::kStartProcessing, "start_processing", "Chuyển xử lý", {DossierStatus::kReceived},
     DossierStatus::kProcessing, ClockEffect::kNone, false, Who::kStaff},
    {Action::kRequestSupplement, "request_supplement", "Yêu cầu bổ sung hồ sơ",
     {DossierStatus::kSubmittedOnline, DossierStatus::kReceived, DossierStatus::kProcessing},
     DossierStatus::kSupplementRequested, ClockEffect::kPause, true, Who::kStaff},
    {Action::kSubmitSupplement, "submit_supplement", "Nộp bổ sung hồ sơ",
     {DossierStatus::kSupplementRequested}, DossierStatus::kProcessing, ClockEffect::kResume, false,
     Who::kApplicantOrStaff},
    {Action::kRequestPayment, "request_payment", "Yêu cầu thực hiện nghĩa vụ tài chính",
     {DossierStatus::kReceived, DossierStatus::kProcessing}, DossierStatus::kFinancialObligation, ClockEffect::kPause,
     true, Who::kStaff},
    {Action::kConfirmPayment, "confirm_payment", "Xác nhận đã thực hiện nghĩa vụ tài chính",
     {DossierStatus::kFinancialObligation}, DossierStatus::kProcessing, ClockEffect::kResume, false,
     Who::kStaff},
    {Action::kRequestWithdrawal, "request_withdrawal", "Yêu cầu rút hồ sơ",
     {DossierStatus::kSubmittedOnline, DossierStatus::kReceived, DossierStatus::kProcessing,
      DossierStatus::kSupplementRequested, DossierStatus::kFinancialObligation},
     DossierStatus::kWithdrawalRequested, ClockEffect::kPause, false, Who::kApplicantOrStaff},
    {Action::kApproveWithdrawal, "approve_withdrawal", "Đồng ý cho rút hồ sơ",
     {DossierStatus::kWithdrawalRequested}, DossierStatus::kStopped, ClockEffect::kNone, false, Who::kApprover},
    {Action::kDenyWithdrawal, "deny_withdrawal", "Không đồng ý rút hồ sơ",
     {DossierStatus::kWithdrawalRequested}, DossierStatus::kProcessing, ClockEffect::kResume, true,
     Who::kApprover},
    {Action::kStop, "stop", "Dừng xử lý hồ sơ",
     {DossierStatus::kReceived, DossierStatus::kProcessing, DossierStatus::kSupplementRequested,
      DossierStatus::kFinancialObligation},
     DossierStatus::kStopped, ClockEffect::kNone, true, Who::kApprover},
    {Action::kFinish, "finish", "Hoàn thành xử lý", {DossierStatus::kProcessing}, DossierStatus::kResultReady,
     ClockEffect::kNone, false, Who::kApprover},
    {Action::kReturnResult, "return_result", "Trả kết quả", {DossierStatus::kResultReady},
     DossierStatus::kReturned, ClockEffect::kNone, false, Who::kStaff},
}};

const Rule& RuleFor(Action a) {
  const Rule& r = kRules[static_cast<size_t>(a)];
  MOTCUA_CHECK(r.action == a);  // the table is in enum order
  return r;
}

bool IsStaff(Role r) {
  return r == Role::kReception || r == Role::kSpecialist || r == Role::kDepartmentHead ||
         r == Role::kLeader;
}

bool Allowed(Who who, Role role) {
  switch (who) {
    case Who::kApplicant: return role == Role::kCitizen;
    case Who::kStaff: return IsStaff(role);
    // Stopping, finishing and deciding on withdrawal are decisions of someone who signs for
    // the agency, not of the counter.
    case Who::kApprover:
      return role == Role::kSpecialist || role == Role::kDepartmentHead || role == Role::kLeader;
    case Who::kApplicantOrStaff: return role == Role::kCitizen || IsStaff(role);
  }
  return false;
}

bool Contains(std::initializer_list<DossierStatus> list, DossierStatus s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

std::string_view ActionName(Action a) { return RuleFor(a).name; }
std::string_view ActionLabelVi(Action a) { return RuleFor(a).label; }

std::optional<Action> ParseAction(std::string_view name) {
  for (const auto& r : kRules) {
    if (r.name == name) return r.action;
  }
  return std::nullopt;
}

Result<TransitionPlan> PlanTransition(DossierStatus from, Action action, Role role,
                                      std::string_view note,
                                      std::optional<DossierStatus> resume_status) {
  const Rule& rule = RuleFor(action);
  if (!Allowed(rule.who, role)) {
    return MakeError(ErrorCode::kForbidden,
                     "Vai trò " + std::string(identity::RoleTitleVi(role)) +
                         " không được thực hiện thao tác \"" + std::string(rule.label) + "\"");
  }
  if (!Contains(rule.from, from)) {
    return MakeError(ErrorCode::kFailedPrecondition,
                     "Không thể \"" + std::string(rule.label) + "\" khi hồ sơ đang ở trạng thái \"" +
                         std::string(StatusLabelVi(from)) + "\"",
                     "action", "invalid_transition");
  }
  if (rule.needs_reason && note.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Thao tác \"" + std::string(rule.label) + "\" phải ghi rõ lý do", "note");
  }
  TransitionPlan plan{rule.to, rule.clock};
  if (rule.clock == ClockEffect::kResume) {
    MOTCUA_CHECK(resume_status.has_value());
    plan.to = *resume_status;
  }
  return plan;
}

std::vector<Action> AvailableActions(DossierStatus from, Role role,
                                     std::optional<DossierStatus> resume_status) {
  std::vector<Action> out;
  for (const auto& r : kRules) {
    if (r.clock == ClockEffect::kResume && !resume_status) continue;
    if (Allowed(r.who, role) && Contains(r.from, from)) out.push_back(r.action);
  }
  return out;
}

}  // namespace motcua::dossier
