// SPDX-License-Identifier: Apache-2.0
// Ties the process engine to the dossier lifecycle: starts a dossier's process when it is
// received, resumes it when a supplement arrives, and applies the engine's effects to the
// dossier through DossierService::Transition and WarehouseService::IssueResult.
#pragma once

#include "catalog/catalog_repository.h"
#include "digitization/warehouse_service.h"
#include "dossier/dossier_service.h"
#include "identity/user.h"
#include "process/engine.h"
#include "process/process_service.h"

namespace motcua::app {

// Thread-safe: holds references only. Every collaborator outlives it.
class ProcessDriver final : public process::EngineHooks {
 public:
  ProcessDriver(process::Engine& engine, process::ProcessService& processes,
                dossier::DossierService& dossiers, digitization::WarehouseService& warehouse,
                catalog::CatalogRepository& catalog, identity::UserRepository& users)
      : engine_(engine),
        processes_(processes),
        dossiers_(dossiers),
        warehouse_(warehouse),
        catalog_(catalog),
        users_(users) {}

  // The creation observer: a dossier received at once (counter, post) starts its process.
  void OnCreated(const dossier::Dossier& d) noexcept;
  // The transition observer: `accept` of an online dossier starts its process, its reception
  // steps done by the officer who accepted;
  // `submit_supplement` resumes it at the step that asked.
  void OnTransition(const dossier::Dossier& d) noexcept;

  // Starts the process of `d` on its procedure's current map. Ok and nothing started when the
  // procedure has no map; kConflict when the dossier already has a process.
  Status Start(const dossier::Dossier& d, std::optional<long long> received_by = std::nullopt);

  // EngineHooks: start_processing, request_supplement, stop, the signed result (skipped when
  // the dossier already has one) and return_result, each as `who`.
  Status Apply(const identity::Principal& who, const process::Instance& instance,
               const std::vector<process::Effect>& effects) override;

 private:
  Status IssueResult(const identity::Principal& who, const std::string& code);
  // The dossier's start_processing, as the user who accepted it online.
  Status StartProcessingAs(long long user_id, const std::string& code);

  process::Engine& engine_;
  process::ProcessService& processes_;
  dossier::DossierService& dossiers_;
  digitization::WarehouseService& warehouse_;
  catalog::CatalogRepository& catalog_;
  identity::UserRepository& users_;
};

}  // namespace motcua::app
