// SPDX-License-Identifier: Apache-2.0
// The JSON API under /api/v1: what it needs from the domain, and where its routes are added.
#pragma once

#include "calendar/notice_repository.h"
#include "catalog/catalog_service.h"
#include "catalog/form_template_service.h"
#include "counters/counter_desk.h"
#include "common/clock.h"
#include "digitization/component_files.h"
#include "digitization/ocr_service.h"
#include "digitization/warehouse_service.h"
#include "dossier/applicant_directory.h"
#include "dossier/dossier_service.h"
#include "feedback/rating_service.h"
#include "forms/form_service.h"
#include "http/router.h"
#include "identity/auth_service.h"
#include "org/org.h"
#include "payment/payment_service.h"
#include "process/engine.h"
#include "process/process_service.h"
#include "signing/key_ring.h"
#include "stats/stats_service.h"
#include "tracking/tracking_service.h"
#include "transfer/transfer_service.h"

namespace motcua::http {

// The services the handlers call. Owned by app::App; every pointer outlives the router.
struct ApiServices {
  const Clock* clock = nullptr;
  identity::AuthService* auth = nullptr;
  identity::UserRepository* users = nullptr;
  catalog::CatalogService* catalog = nullptr;
  dossier::DossierService* dossiers = nullptr;
  org::OrgRepository* org = nullptr;
  calendar::CalendarProvider* calendar = nullptr;
  digitization::UploadService* uploads = nullptr;
  blob::BlobStore* blobs = nullptr;
  signing::KeyRing* keys = nullptr;  // the agencies' signing keys and the trusted CAs
  transfer::TransferService* transfers = nullptr;
  digitization::OcrService* ocr = nullptr;
  digitization::WarehouseService* warehouse = nullptr;
  process::ProcessService* processes = nullptr;  // process maps (BPMN) per procedure
  process::Engine* engine = nullptr;             // running processes: tasks and inboxes
  forms::FormService* forms = nullptr;
  tracking::TrackingService* tracking = nullptr;    // public tracking by dossier code
  payment::PaymentService* payments = nullptr;      // fees paid online
  feedback::RatingService* ratings = nullptr;       // the applicant's rating
  stats::StatsService* stats = nullptr;             // the leaders' numbers
  counters::CounterRepository* counters = nullptr;  // reception counters (administration)
  catalog::FormTemplateService* templates = nullptr;  // blank forms of procedures
  dossier::ApplicantDirectory* applicants = nullptr;  // the reception console's applicant lookup
};

// Adds every API route (and /healthz) to `router`.
void RegisterApiRoutes(Router& router, const ApiServices& services);

// One group per module; RegisterApiRoutes calls them all.
void RegisterSystemRoutes(Router& router, const ApiServices& services);
void RegisterAuthRoutes(Router& router, const ApiServices& services);
void RegisterOrgRoutes(Router& router, const ApiServices& services);
void RegisterCatalogRoutes(Router& router, const ApiServices& services);
void RegisterFormTemplateRoutes(Router& router, const ApiServices& services);
void RegisterProcessRoutes(Router& router, const ApiServices& services);
void RegisterTaskRoutes(Router& router, const ApiServices& services);
void RegisterCalendarRoutes(Router& router, const ApiServices& services);
void RegisterDossierRoutes(Router& router, const ApiServices& services);
void RegisterApplicantRoutes(Router& router, const ApiServices& services);
void RegisterFileRoutes(Router& router, const ApiServices& services);
void RegisterTransferRoutes(Router& router, const ApiServices& services);
void RegisterOcrRoutes(Router& router, const ApiServices& services);
void RegisterWarehouseRoutes(Router& router, const ApiServices& services);
void RegisterFormRoutes(Router& router, const ApiServices& services);
void RegisterTrackingRoutes(Router& router, const ApiServices& services);
void RegisterPaymentRoutes(Router& router, const ApiServices& services);
void RegisterRatingRoutes(Router& router, const ApiServices& services);
void RegisterStatsRoutes(Router& router, const ApiServices& services);
void RegisterAdminRoutes(Router& router, const ApiServices& services);

// The OpenAPI 3 document served at /api/v1/openapi.json.
const nlohmann::json& OpenApiDocument();

}  // namespace motcua::http
