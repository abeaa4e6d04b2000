// SPDX-License-Identifier: Apache-2.0
#include "app/app.h"

#include <spdlog/spdlog.h>

#include <filesystem>

#include "app/archive_sealer.h"
#include "app/web_routes.h"
#include "http/error_mapping.h"
#include "storage/archive_store.h"
#include "storage/catalog_store.h"
#include "storage/form_template_store.h"
#include "storage/component_file_store.h"
#include "storage/counter_store.h"
#include "storage/dossier_store.h"
#include "storage/engine_store.h"
#include "storage/form_store.h"
#include "storage/notice_store.h"
#include "storage/ocr_store.h"
#include "storage/org_store.h"
#include "storage/payment_store.h"
#include "storage/process_store.h"
#include "storage/rating_store.h"
#include "storage/stats_store.h"
#include "storage/transfer_store.h"
#include "storage/user_store.h"
#include "storage/warehouse_store.h"
#include "payment/test_provider.h"

namespace motcua::app {

Result<std::unique_ptr<App>> App::Open(const AppOptions& options, const Clock& clock) {
  std::error_code ec;
  std::filesystem::create_directories(options.data_dir, ec);
  if (ec) {
    return MakeError(ErrorCode::kUnavailable,
                     "cannot create data directory " + options.data_dir + ": " + ec.message());
  }
  const std::string url =
      options.db_url.empty() ? "sqlite:" + options.data_dir + "/motcua.db" : options.db_url;
  MOTCUA_ASSIGN_OR_RETURN(db, storage::OpenDatabase(url));
  std::unique_ptr<App> app(new App(clock));
  app->db_ = db;
  auto catalog_repo = std::make_shared<storage::SqlCatalogRepository>(db);
  app->org_ = std::make_shared<storage::SqlOrgRepository>(db);
  app->users_ = std::make_shared<storage::SqlUserRepository>(db);
  app->auth_ = std::make_unique<identity::AuthService>(app->users_, clock);
  app->catalog_ = std::make_unique<catalog::CatalogService>(catalog_repo, clock);
  app->processes_ = std::make_unique<process::ProcessService>(
      std::make_shared<storage::SqlProcessRepository>(db), clock);
  app->calendar_ = std::make_unique<calendar::CalendarProvider>(
      std::make_shared<storage::SqlNoticeRepository>(db, clock));
  MOTCUA_TRY(app->calendar_->Reload());
  auto* provider = app->calendar_.get();
  auto dossier_repo = std::make_shared<storage::SqlDossierRepository>(db);
  app->dossiers_ = std::make_unique<dossier::DossierService>(
      dossier_repo, catalog_repo, app->org_,
      [provider] { return provider->Current(); }, clock);

  app->blobs_ = std::make_unique<blob::FileBlobStore>(options.data_dir + "/blobs");
  app->keys_ = std::make_unique<signing::KeyRing>(options.data_dir + "/keys");
  app->files_ = std::make_shared<storage::SqlComponentFileRepository>(db);
  // The blank forms a procedure's page offers (mẫu đơn, tờ khai).
  app->form_template_repo_ = std::make_shared<storage::SqlFormTemplateRepository>(db);
  app->form_templates_ = std::make_unique<catalog::FormTemplateService>(
      *app->catalog_, *app->blobs_, *app->form_template_repo_, clock);
  app->uploads_ = std::make_unique<digitization::UploadService>(
      *app->dossiers_, *app->catalog_, *app->blobs_, *app->files_, clock);

  // Signed transfers between agencies; an agency that accepted one may read the dossier.
  app->transfer_repo_ = std::make_shared<storage::SqlTransferRepository>(db);
  app->transfers_ = std::make_unique<transfer::TransferService>(
      *app->dossiers_, *app->files_, *app->org_, *app->keys_, *app->blobs_, *app->transfer_repo_,
      clock);
  app->dossiers_->SetReaderAgencies([repo = app->transfer_repo_](std::string_view code) {
    return repo->AcceptingAgencies(code);
  });

  // OCR of uploads: one worker thread in the server, since Tesseract is CPU-heavy; files left
  // queued or running by the previous process are read again.
  app->ocr_repo_ = std::make_shared<storage::SqlOcrRepository>(db);
  app->ocr_ = std::make_unique<digitization::OcrService>(*app->dossiers_, *app->ocr_repo_);
  app->ocr_queue_ = std::make_unique<digitization::OcrQueue>(
      *app->ocr_repo_, *app->blobs_,
      options.ocr_in_background ? digitization::OcrQueue::Mode::kBackground
                                : digitization::OcrQueue::Mode::kSynchronous);
  MOTCUA_TRY(app->ocr_queue_->Start());
  app->uploads_->SetStoredHook([queue = app->ocr_queue_.get()](const auto& file) {
    if (auto queued = queue->Enqueue(file); !queued) {
      spdlog::error("ocr: cannot queue file {}: {}", file.id, queued.error().message);
    }
  });

  app->warehouse_repo_ = std::make_shared<storage::SqlWarehouseRepository>(db);
  app->warehouse_ = std::make_unique<digitization::WarehouseService>(
      digitization::WarehouseService::Deps{app->dossiers_.get(), app->catalog_.get(),
                                           app->org_.get(), app->blobs_.get(), app->files_.get(),
                                           app->warehouse_repo_.get(), app->keys_.get(), &clock},
      digitization::DocumentCodeFormat::Default(), options.public_url + "/verify/");

  // The official forms, printed as a dossier is created and at the transitions that call for them
  // (before the archive's observer, so that a closing dossier's last control slip exists when it
  // is sealed); the receipt's QR code leads to the public tracking page.
  app->form_repo_ = std::make_shared<storage::SqlFormRepository>(db);
  app->forms_ = std::make_unique<forms::FormService>(
      forms::FormServiceDeps{app->dossiers_.get(), catalog_repo.get(), app->org_.get(),
                             app->blobs_.get(), app->form_repo_.get(), &clock,
                             app->users_.get()},
      options.public_url + "/tra-cuu/");
  // Laying out two PDFs would double the time of a counter intake: a worker prints them, and a
  // read of a dossier's forms waits for that dossier's queue (FormService::SetPrintingWait).
  app->form_printer_ = std::make_unique<forms::FormPrinter>(
      [forms = app->forms_.get()](const dossier::Dossier& d) { forms->OnDossierChanged(d); });
  app->forms_->SetPrintingWait(
      [printer = app->form_printer_.get()](std::string_view code) { printer->WaitFor(code); });
  const auto print_forms = [printer = app->form_printer_.get()](const dossier::Dossier& d) {
    printer->Enqueue(d);
  };
  app->dossiers_->AddCreationObserver(print_forms);
  app->dossiers_->AddTransitionObserver(print_forms);

  // The process engine: a dossier's process starts as it is received (created at the counter, or
  // an online dossier accepted) and its steps move the dossier; the sweeper flags overdue steps.
  app->engine_ = std::make_unique<process::Engine>(
      std::make_shared<storage::SqlEngineRepository>(db),
      [processes = app->processes_.get()](long long id) { return processes->LoadVersion(id); },
      [provider] { return provider->Current(); },
      [org = app->org_](std::string_view code) -> Result<long long> {
        MOTCUA_ASSIGN_OR_RETURN(agency, org->GetAgencyByCode(code));
        return agency.id;
      },
      clock);
  app->process_driver_ = std::make_unique<ProcessDriver>(*app->engine_, *app->processes_,
                                                         *app->dossiers_, *app->warehouse_,
                                                         *catalog_repo, *app->users_);
  app->engine_->SetHooks(app->process_driver_.get());
  app->dossiers_->AddCreationObserver(
      [driver = app->process_driver_.get()](const dossier::Dossier& d) { driver->OnCreated(d); });
  app->dossiers_->AddTransitionObserver([driver = app->process_driver_.get()](
                                            const dossier::Dossier& d) { driver->OnTransition(d); });
  if (options.process_sweeper) {
    app->sweeper_ =
        std::make_unique<ProcessSweeper>(*app->engine_, clock, std::chrono::seconds(60));
  }

  // The electronic archive: a dossier is sealed as it closes (in the closing request, after the
  // commit), and a start-up pass seals closed dossiers that have no package yet (a seal that
  // failed, or dossiers closed before the archive existed).
  app->sealer_ = std::make_unique<ArchiveSealer>(
      ArchiveSources{dossier_repo, catalog_repo, app->org_, app->files_,
                     app->warehouse_repo_,
                     std::make_shared<storage::SqlArchiveRepository>(db), app->blobs_.get()},
      options.data_dir + "/archive", clock);
  app->dossiers_->AddTransitionObserver([sealer = app->sealer_.get(),
                                         printer = app->form_printer_.get()](
                                            const dossier::Dossier& d) {
    if (dossier::IsFinal(d.status)) printer->WaitFor(d.code);  // the last control slip first
    sealer->OnTransition(d);
  });
  if (const int sealed = app->sealer_->SealPending(); sealed > 0) {
    spdlog::info("archive: sealed {} closed dossiers at start-up", sealed);
  }

  // The citizen portal's services (issue 5): public tracking, fees paid online (the local test
  // provider's pay page is served here), ratings, the leaders' numbers, reception counters.
  app->tracking_ = std::make_unique<tracking::TrackingService>(dossier_repo, catalog_repo,
                                                               app->org_, clock);
  app->payment_repo_ = std::make_shared<storage::SqlPaymentRepository>(db);
  app->payments_ = std::make_unique<payment::PaymentService>(payment::PaymentServiceDeps{
      app->dossiers_.get(), dossier_repo, catalog_repo.get(), app->payment_repo_.get(), &clock});
  if (options.payment_test_provider) {
    app->payments_->AddProvider(
        std::make_unique<payment::TestProvider>(options.public_url + "/pay/test/"));
  }
  app->rating_repo_ = std::make_shared<storage::SqlRatingRepository>(db);
  app->ratings_ =
      std::make_unique<feedback::RatingService>(*app->dossiers_, *app->rating_repo_, clock);
  app->stats_ = std::make_unique<stats::StatsService>(
      std::make_shared<storage::SqlStatsRepository>(db), app->org_, clock);
  app->counters_ = std::make_shared<storage::SqlCounterRepository>(db);
  // The reception console's applicant lookup: the warehouse tells it only how many documents
  // are valid (WarehouseService::CountValid, logged).
  app->applicants_ = std::make_unique<dossier::ApplicantDirectory>(
      dossier_repo, *app->dossiers_, catalog_repo,
      [warehouse = app->warehouse_.get()](const identity::Principal& who, std::string_view owner) {
        return warehouse->CountValid(who, owner);
      },
      clock);

  http::ApiServices services;
  services.tracking = app->tracking_.get();
  services.payments = app->payments_.get();
  services.ratings = app->ratings_.get();
  services.stats = app->stats_.get();
  services.counters = app->counters_.get();
  services.templates = app->form_templates_.get();
  services.applicants = app->applicants_.get();
  services.clock = &clock;
  services.auth = app->auth_.get();
  services.users = app->users_.get();
  services.catalog = app->catalog_.get();
  services.processes = app->processes_.get();
  services.engine = app->engine_.get();
  services.dossiers = app->dossiers_.get();
  services.org = app->org_.get();
  services.calendar = app->calendar_.get();
  services.uploads = app->uploads_.get();
  services.blobs = app->blobs_.get();
  services.keys = app->keys_.get();
  services.transfers = app->transfers_.get();
  services.ocr = app->ocr_.get();
  services.warehouse = app->warehouse_.get();
  services.forms = app->forms_.get();
  http::RegisterApiRoutes(app->router_, services);
  RegisterWebRoutes(app->router_,
                    options.web_root.empty() ? DefaultWebRoot() : options.web_root);
  spdlog::info("storage: {}", db->Describe());
  return app;
}

http::Response App::Handle(http::Request& request) const {
  try {
    return router_.Dispatch(request);
  } catch (const std::exception& e) {
    spdlog::error("request {} {} {} failed: {}", request.request_id, request.method, request.path,
                  e.what());
  }
  return http::ErrorResponse(MakeError(ErrorCode::kInternal, "unhandled exception"),
                             request.request_id);
}

}  // namespace motcua::app
