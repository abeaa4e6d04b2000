// SPDX-License-Identifier: Apache-2.0
// JSON views of component files, warehouse documents and verifications, shared by the file and
// warehouse handlers.
#pragma once

#include <nlohmann/json.hpp>

#include "common/local_time.h"
#include "digitization/warehouse_service.h"

namespace motcua::http {

nlohmann::json ComponentFileToJson(const digitization::ComponentFile& f);
// `today` decides "status": valid, expired or revoked.
nlohmann::json WarehouseDocumentToJson(const digitization::WarehouseDocument& d, Date today);
// With candidates for the reuse screen; without for the component list.
nlohmann::json DossierComponentsToJson(const digitization::DossierComponents& c,
                                       bool with_candidates);
// The public answer: no personal number or full name, only enough to match the paper in hand.
nlohmann::json VerificationToJson(const digitization::Verification& v);

// The attestation fields of an upload form or an attest request. kInvalidArgument naming the
// field.
Result<digitization::AttestOptions> ParseAttestOptions(const std::string& requested_by,
                                                       const std::string& valid_until);

}  // namespace motcua::http
