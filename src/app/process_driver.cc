// SPDX-License-Identifier: Apache-2.0
#include "app/process_driver.h"

#include <spdlog/spdlog.h>

namespace motcua::app {
namespace {

using dossier::DossierStatus;

// The variables a gateway condition may name (process/condition.h), from the dossier and the
// procedure version it was received under.
process::Variables VariablesOf(const dossier::Dossier& d,
                               const std::optional<catalog::Procedure>& procedure) {
  process::Variables v;
  v["channel"] = std::string(d.channel == dossier::Channel::kPostal    ? "post"
                             : d.channel == dossier::Channel::kCounter ? "counter"
                                                                       : "online");
  v["applicant_kind"] = d.applicant.kind;
  v["supplements"] = 0LL;
  if (procedure) {
    long long fee = 0;
    for (const auto& f : procedure->version.rules.fees) fee += f.amount_vnd;
    v["level"] = procedure->version.rules.level;
    v["has_fee"] = fee > 0;
    v["fee_vnd"] = fee;
  }
  return v;
}

}  // namespace

Status ProcessDriver::Start(const dossier::Dossier& d, std::optional<long long> received_by) {
  auto loaded = processes_.LoadCurrent(d.procedure_code);
  if (!loaded && loaded.error().code == ErrorCode::kNotFound) return Ok();
  if (!loaded) return loaded.error();
  std::optional<catalog::Procedure> procedure;
  if (auto p = catalog_.GetVersion(d.procedure_version_id)) procedure = *p;
  process::StartRequest r;
  r.dossier_code = d.code;
  r.procedure_code = d.procedure_code;
  r.definition_id = loaded->stored.id;
  r.agency_id = d.handling_agency_id;
  r.receiving_agency_id = d.receiving_agency_id;
  r.variables = VariablesOf(d, procedure);
  r.received_by = received_by;
  MOTCUA_TRY(engine_.Start(r));
  return Ok();
}

void ProcessDriver::OnCreated(const dossier::Dossier& d) noexcept {
  if (d.status != DossierStatus::kReceived) return;
  if (auto s = Start(d); !s) {
    spdlog::error("process start failed for dossier {}: {}", d.code, s.error().message);
  }
}

void ProcessDriver::OnTransition(const dossier::Dossier& d) noexcept {
  if (d.history.empty()) return;
  const std::string& action = d.history.back().action;
  Status s = Ok();
  // The officer who accepted an online dossier did its reception: the process starts past it,
  // and the dossier moves on to processing as it does when a counter's reception step is done.
  if (action == "accept") {
    s = Start(d, d.history.back().actor_user_id);
    if (s && d.status == DossierStatus::kReceived && d.history.back().actor_user_id) {
      s = StartProcessingAs(*d.history.back().actor_user_id, d.code);
    }
  }
  if (action == "submit_supplement") {
    s = engine_.ResumeAfterSupplement(d.code);
    if (!s && s.error().code == ErrorCode::kNotFound) s = Ok();  // a dossier without a map
  }
  if (!s) spdlog::error("process {} failed for dossier {}: {}", action, d.code, s.error().message);
}

Status ProcessDriver::IssueResult(const identity::Principal& who, const std::string& code) {
  MOTCUA_ASSIGN_OR_RETURN(user, users_.Get(who.user_id));
  auto issued = warehouse_.IssueResult({who, user.full_name}, code, {});
  if (issued) return Ok();
  if (issued.error().reason != "result_exists") return issued.error();
  // Issued by hand before the signing step: the dossier only has to be marked ready.
  MOTCUA_ASSIGN_OR_RETURN(d, dossiers_.Get(who, code));
  if (d.status != DossierStatus::kProcessing) return Ok();
  MOTCUA_TRY(dossiers_.Transition(who, code, "finish", ""));
  return Ok();
}

Status ProcessDriver::StartProcessingAs(long long user_id, const std::string& code) {
  MOTCUA_ASSIGN_OR_RETURN(user, users_.Get(user_id));
  MOTCUA_ASSIGN_OR_RETURN(state, engine_.ByDossier(code));
  if (state.instance.status != process::InstanceStatus::kRunning) return Ok();
  return Apply(identity::ToPrincipal(user), state.instance,
               {process::Effect{process::EffectKind::kStartProcessing, ""}});
}

Status ProcessDriver::Apply(const identity::Principal& who, const process::Instance& instance,
                            const std::vector<process::Effect>& effects) {
  const std::string& code = instance.dossier_code;
  for (const process::Effect& e : effects) {
    switch (e.kind) {
      case process::EffectKind::kStartProcessing: {
        MOTCUA_ASSIGN_OR_RETURN(d, dossiers_.Get(who, code));
        if (d.status != DossierStatus::kReceived) break;  // moved by hand already
        MOTCUA_TRY(dossiers_.Transition(who, code, "start_processing", ""));
        break;
      }
      case process::EffectKind::kRequestSupplement:
        MOTCUA_TRY(dossiers_.Transition(who, code, "request_supplement", e.note));
        break;
      case process::EffectKind::kStop:
        MOTCUA_TRY(dossiers_.Transition(who, code, "stop", e.note));
        break;
      case process::EffectKind::kIssueResult:
        MOTCUA_TRY(IssueResult(who, code));
        break;
      case process::EffectKind::kReturnResult: {
        // A refused dossier is stopped: its return step hands over the refusal, not a result.
        MOTCUA_ASSIGN_OR_RETURN(d, dossiers_.Get(who, code));
        if (d.status != DossierStatus::kResultReady) break;
        MOTCUA_TRY(dossiers_.Transition(who, code, "return_result", ""));
        break;
      }
    }
  }
  return Ok();
}

}  // namespace motcua::app
