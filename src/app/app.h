// SPDX-License-Identifier: Apache-2.0
// The composition root: opens storage, builds the services, wires the routes.
#pragma once

#include <memory>
#include <string>

#include "app/archive_sealer.h"
#include "calendar/notice_repository.h"
#include "catalog/catalog_service.h"
#include "catalog/form_template_service.h"
#include "common/clock.h"
#include "blob/blob_store.h"
#include "digitization/component_files.h"
#include "digitization/ocr_queue.h"
#include "digitization/ocr_service.h"
#include "dossier/dossier_service.h"
#include "forms/form_printer.h"
#include "forms/form_service.h"
#include "http/api.h"
#include "identity/auth_service.h"
#include "app/process_driver.h"
#include "app/process_sweeper.h"
#include "process/engine.h"
#include "process/process_service.h"
#include "signing/key_ring.h"
#include "transfer/transfer_service.h"
#include "counters/counter_desk.h"
#include "feedback/rating_service.h"
#include "payment/payment_service.h"
#include "stats/stats_service.h"
#include "tracking/tracking_service.h"
#include "storage/database.h"

namespace motcua::app {

struct AppOptions {
  std::string data_dir = "var";
  std::string db_url;  // default: sqlite:<data_dir>/motcua.db
  // OCR of uploads on a background thread (the server); false reads each upload inside its
  // request, so tests see the text at once.
  bool ocr_in_background = true;
  // Where people reach this server; printed (as <public_url>/verify/<code>) in the QR code of
  // every signed result.
  std::string public_url = "http://127.0.0.1:8080";
  // A background thread that flags overdue process steps and fires timers every minute; tests
  // turn it off and call App::SweepProcesses after moving the clock.
  bool process_sweeper = true;
  // The web application's build (index.html and assets/); empty: DefaultWebRoot(), the
  // web/dist of the source tree this binary was built from.
  std::string web_root;
  // The local test payment provider: its pay page marks a payment paid for anyone holding the
  // link, so only a demo province (`init --demo`) or a test turns it on.
  bool payment_test_provider = false;
};

// Everything a running motcua needs, built once. Thread-safe after construction.
class App {
 public:
  // Creates the data directory if needed, opens (and migrates) the database and loads the
  // calendar. kUnavailable when the database cannot be opened.
  static Result<std::unique_ptr<App>> Open(const AppOptions& options, const Clock& clock);

  // Answers one request: routing, and 500 for anything a handler throws.
  http::Response Handle(http::Request& request) const;

  const http::Router& router() const { return router_; }
  storage::Database& database() { return *db_; }
  const Clock& clock() const { return clock_; }
  // One pass of the process engine's sweep at the clock's now (what the sweeper thread runs).
  Result<int> SweepProcesses() { return engine_->Sweep(clock_.Now()); }
  // Returns once the forms queued so far are printed (for harnesses that never stop the App).
  void WaitForPrinting() { form_printer_->Drain(); }
  org::OrgRepository& org() { return *org_; }
  counters::CounterRepository& counters() { return *counters_; }
  identity::UserRepository& users() { return *users_; }
  catalog::CatalogService& catalog() { return *catalog_; }
  catalog::FormTemplateService& form_templates() { return *form_templates_; }
  process::ProcessService& processes() { return *processes_; }
  calendar::CalendarProvider& calendar() { return *calendar_; }
  dossier::DossierService& dossiers() { return *dossiers_; }
  signing::KeyRing& keys() { return *keys_; }
  digitization::WarehouseService& warehouse() { return *warehouse_; }
  blob::BlobStore& blobs() { return *blobs_; }

 private:
  explicit App(const Clock& clock) : clock_(clock) {}

  const Clock& clock_;
  std::shared_ptr<storage::Database> db_;
  std::shared_ptr<org::OrgRepository> org_;
  std::shared_ptr<identity::UserRepository> users_;
  std::unique_ptr<identity::AuthService> auth_;
  std::unique_ptr<catalog::CatalogService> catalog_;
  std::shared_ptr<catalog::FormTemplateRepository> form_template_repo_;
  std::unique_ptr<catalog::FormTemplateService> form_templates_;
  std::unique_ptr<process::ProcessService> processes_;
  std::unique_ptr<calendar::CalendarProvider> calendar_;
  std::unique_ptr<dossier::DossierService> dossiers_;
  std::unique_ptr<blob::BlobStore> blobs_;
  std::unique_ptr<signing::KeyRing> keys_;
  std::shared_ptr<digitization::ComponentFileRepository> files_;
  std::unique_ptr<digitization::UploadService> uploads_;
  std::shared_ptr<transfer::TransferRepository> transfer_repo_;
  std::unique_ptr<transfer::TransferService> transfers_;
  std::shared_ptr<digitization::WarehouseRepository> warehouse_repo_;
  std::unique_ptr<digitization::WarehouseService> warehouse_;
  std::unique_ptr<ArchiveSealer> sealer_;
  std::shared_ptr<forms::FormRepository> form_repo_;
  std::unique_ptr<forms::FormService> forms_;
  std::unique_ptr<forms::FormPrinter> form_printer_;  // after forms_: stopped (drained) first
  std::shared_ptr<digitization::OcrRepository> ocr_repo_;
  std::unique_ptr<digitization::OcrService> ocr_;
  std::unique_ptr<process::Engine> engine_;
  std::unique_ptr<ProcessDriver> process_driver_;
  std::unique_ptr<ProcessSweeper> sweeper_;  // after the engine: stopped before it goes
  std::unique_ptr<tracking::TrackingService> tracking_;
  std::shared_ptr<payment::PaymentRepository> payment_repo_;
  std::unique_ptr<payment::PaymentService> payments_;
  std::shared_ptr<feedback::RatingRepository> rating_repo_;
  std::unique_ptr<feedback::RatingService> ratings_;
  std::unique_ptr<stats::StatsService> stats_;
  std::shared_ptr<counters::CounterRepository> counters_;
  std::unique_ptr<dossier::ApplicantDirectory> applicants_;
  // After everything its worker uses, so that it is stopped first.
  std::unique_ptr<digitization::OcrQueue> ocr_queue_;
  http::Router router_;
};

}  // namespace motcua::app
