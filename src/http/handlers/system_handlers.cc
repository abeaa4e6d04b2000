// SPDX-License-Identifier: Apache-2.0
// /healthz and the OpenAPI document.
#include "http/handlers/handler_support.h"

namespace motcua::http {

void RegisterSystemRoutes(Router& router, const ApiServices& s) {
  router.Add("GET", "/healthz", [s](Request&) {
    return Json(200, {{"status", "ok"}, {"time", FormatIso(s.clock->Now())}});
  });
  router.Add("GET", "/api/v1/openapi.json", [](Request&) { return Json(200, OpenApiDocument()); });
}

void RegisterApiRoutes(Router& router, const ApiServices& services) {
  RegisterSystemRoutes(router, services);
  RegisterAuthRoutes(router, services);
  RegisterOrgRoutes(router, services);
  RegisterCatalogRoutes(router, services);
  RegisterFormTemplateRoutes(router, services);
  RegisterProcessRoutes(router, services);
  RegisterTaskRoutes(router, services);
  RegisterCalendarRoutes(router, services);
  RegisterDossierRoutes(router, services);
  RegisterApplicantRoutes(router, services);
  RegisterFileRoutes(router, services);
  RegisterTransferRoutes(router, services);
  RegisterOcrRoutes(router, services);
  RegisterWarehouseRoutes(router, services);
  RegisterFormRoutes(router, services);
  RegisterTrackingRoutes(router, services);
  RegisterPaymentRoutes(router, services);
  RegisterRatingRoutes(router, services);
  RegisterStatsRoutes(router, services);
  RegisterAdminRoutes(router, services);
}

}  // namespace motcua::http
