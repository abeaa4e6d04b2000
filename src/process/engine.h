// SPDX-License-Identifier: Apache-2.0
// The process engine: runs a dossier's process map as durable tokens and tasks. Stateless: all
// state lives in an EngineRepository, each step is one load-run-save with an optimistic version
// check, so a restart resumes exactly where the stored state is.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/working_calendar.h"
#include "common/clock.h"
#include "identity/access_policy.h"
#include "process/engine_runner.h"
#include "process/instance.h"
#include "process/process_service.h"

namespace motcua::process {

// What a step asks of the dossier, applied by EngineHooks with the acting principal.
enum class EffectKind {
  kStartProcessing,    // the first step after reception was completed
  kRequestSupplement,  // the dossier's request_supplement (clock stops), note = reason
  kStop,               // refused: the dossier's stop, note = reason
  kIssueResult,        // the signing step was approved: render, sign, result_ready
  kReturnResult,       // the return step was completed
};
struct Effect {
  EffectKind kind;
  std::string note;
};

// Applies effects to the dossier. Called before the step is saved, so an effect that fails
// (the dossier may not move, the signer has no key) leaves the task as it was.
class EngineHooks {
 public:
  virtual ~EngineHooks() = default;
  virtual Status Apply(const identity::Principal& who, const Instance& instance,
                       const std::vector<Effect>& effects) = 0;
};

struct StartRequest {
  std::string dossier_code;
  std::string procedure_code;
  long long definition_id = 0;        // StoredProcess id, usually the procedure's current version
  long long agency_id = 0;            // the handling agency
  long long receiving_agency_id = 0;  // the desk that received it (reception and return steps)
  Variables variables;                // channel, applicant_kind, level, has_fee, ...
  // Set when the dossier was received by an officer's decision (an online dossier accepted):
  // the reception steps the process opens first are recorded as done by this user ("accept").
  std::optional<long long> received_by;
};

enum class InboxScope { kMine, kDepartment, kAgency };
std::optional<InboxScope> ParseInboxScope(std::string_view s);

using DefinitionSource = std::function<Result<LoadedProcess>(long long definition_id)>;
using CalendarFn = std::function<std::shared_ptr<const calendar::WorkingCalendar>()>;

// What a completed step left: the task as stored and its whole instance after the step, so a
// caller can go on to the next task without reading the instance again.
struct StepOutcome {
  Task task;
  InstanceState state;
};

// Thread-safe (holds no state besides its collaborators).
class Engine {
 public:
  Engine(std::shared_ptr<EngineRepository> repo, DefinitionSource definitions, CalendarFn calendar,
         AgencyResolver agency_of, const Clock& clock)
      : repo_(std::move(repo)),
        definitions_(std::move(definitions)),
        calendar_(std::move(calendar)),
        agency_of_(std::move(agency_of)),
        clock_(clock) {}

  // Set once at start-up. Without hooks effects are dropped (engine-only tests).
  void SetHooks(EngineHooks* hooks) { hooks_ = hooks; }

  // Starts an instance for a dossier: the token leaves the start event and the first tasks
  // open. kConflict when the dossier already has an instance; kNotFound for a missing version.
  Result<InstanceState> Start(const StartRequest& request);

  // Takes an open task. kNotFound; kForbidden when `who` is not of the task's agency and
  // assignee role; kConflict (reason "task_closed" / "task_claimed") when it is closed or
  // claimed by someone else. Claiming one's own claimed task again is fine.
  Result<Task> Claim(const identity::Principal& who, long long task_id);

  // Completes a task with `decision`: "approve", "refuse", "return", "request_supplement" or
  // the id of an outgoing flow of the task's node (refuse stops the dossier; the process follows
  // the map when a gateway after the step routes decision == 'refuse', and ends otherwise); a
  // consultation is answered with "agree" or
  // "disagree" (approve/refuse read the same). Moves the tokens on, opens the next tasks and
  // applies the effects, as one step. kInvalidArgument (field "decision" or "note": refuse and
  // request_supplement need a reason; "return" needs a previous step), kForbidden, kConflict
  // (closed, claimed by another, or changed concurrently), and what the hooks return.
  Result<Task> Complete(const identity::Principal& who, long long task_id,
                        std::string_view decision, std::string_view note);
  // Complete, returning the instance as saved too.
  Result<StepOutcome> Advance(const identity::Principal& who, long long task_id,
                              std::string_view decision, std::string_view note);

  // The dossier's supplement arrived: reopens the step that asked for it. kNotFound when the
  // dossier has no instance; does nothing when the instance is not waiting for a supplement.
  Status ResumeAfterSupplement(std::string_view dossier_code);

  // Flags the tasks whose due time passed and fires the boundary timers that are due at `now`.
  // Returns how many tasks changed. Errors of single instances are skipped (logged by the caller
  // through the count staying low); a storage failure is returned.
  Result<int> Sweep(Timestamp now);

  // The active tasks `who` sees: kMine those claimed by them and the open ones of their agency
  // meant for their role; kDepartment every active task of their agency meant for their role;
  // kAgency every active task of their agency. kForbidden for accounts without an agency.
  Result<std::vector<Task>> Inbox(const identity::Principal& who, InboxScope scope);

  // The state of a dossier's process. kNotFound when it has none.
  Result<InstanceState> ByDossier(std::string_view dossier_code);
  // The definition an instance runs on.
  Result<LoadedProcess> DefinitionOf(const Instance& instance) {
    return definitions_(instance.definition_id);
  }

 private:
  // Loads the state of the task's instance, runs `step` on it and saves it.
  using StepFn = std::function<Status(Runner&, InstanceState&, Task&, std::vector<Effect>&)>;
  Result<StepOutcome> RunOnTask(const identity::Principal* who, long long task_id, Timestamp now,
                                const StepFn& step);
  Status Decide(const Node& node, Runner& runner, InstanceState& state, Task& task,
                std::string_view decision, std::string_view note, std::vector<Effect>& effects);
  Status FireDue(Runner& runner, InstanceState& state, Task& task, Timestamp now);
  Status PassReception(Runner& runner, InstanceState& state, long long user_id);

  std::shared_ptr<EngineRepository> repo_;
  DefinitionSource definitions_;
  CalendarFn calendar_;
  AgencyResolver agency_of_;
  const Clock& clock_;
  EngineHooks* hooks_ = nullptr;
};

// True when `who` belongs to the task's agency and matches its assignee role.
bool CanWorkOn(const identity::Principal& who, const Task& task);

}  // namespace motcua::process
